#include "tandem/domain/InstrumentDefinition.h"

#include "tandem/core/Assessment.h"

#include "InstrumentJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace tandem::domain::InstrumentFiles {

using InstrumentJson::kMaxAgeMonths;
using InstrumentJson::Reader;
using InstrumentJson::tr;

namespace {

// A definition file must not promise points the scoring code does not give.
bool asq3ItemPoints(Reader& r, const QJsonValue& value)
{
    const QString path = QStringLiteral("itemPoints");
    QJsonObject o;
    const std::pair<QString, Asq3Answer> expected[] = {{QStringLiteral("yes"), Asq3Answer::Yes},
                                                       {QStringLiteral("sometimes"), Asq3Answer::Sometimes},
                                                       {QStringLiteral("not-yet"), Asq3Answer::NotYet}};
    if (!r.object(value, path, o)
        || !r.keys(o, path, {QStringLiteral("yes"), QStringLiteral("sometimes"), QStringLiteral("not-yet")}))
        return false;
    for (const auto& [key, answer] : expected) {
        const int points = Asq3Answers::points(answer);
        int given = 0;
        if (!r.integer(o.value(key), Reader::at(path, key), 0, 100, given))
            return false;
        if (given != points)
            return r.fail(Reader::at(path, key), tr("Tandem scores this answer as %1 points; the file says %2")
                                                     .arg(points).arg(given));
    }
    return true;
}

} // namespace

Result<Asq3Definition> parseAsq3(const QByteArray& json)
{
    Reader r(QStringLiteral("asq3.json"));
    Asq3Definition def;
    QJsonObject root;
    if (!r.document(json, root) || !r.header(root, QStringLiteral("asq3"), def.version)
        || !r.keys(root, {},
                   {QStringLiteral("format"), QStringLiteral("instrument"), QStringLiteral("version"),
                    QStringLiteral("domains"), QStringLiteral("itemsPerDomain"), QStringLiteral("maxDomainScore"),
                    QStringLiteral("itemPoints"), QStringLiteral("missingItems"), QStringLiteral("prematurity"),
                    QStringLiteral("intervals")},
                   {QStringLiteral("title"), QStringLiteral("note")})
        || !r.namedKeys(root.value(QStringLiteral("domains")), QStringLiteral("domains"), def.domains)
        || !r.integer(root.value(QStringLiteral("itemsPerDomain")), QStringLiteral("itemsPerDomain"), 1, 30,
                      def.itemsPerDomain)
        || !asq3ItemPoints(r, root.value(QStringLiteral("itemPoints"))))
        return r.error();

    // The highest score is every item answered "yes"; entry checks rely on the two agreeing.
    const int fullMarks = def.itemsPerDomain * Asq3Answers::points(Asq3Answer::Yes);
    if (!r.integer(root.value(QStringLiteral("maxDomainScore")), QStringLiteral("maxDomainScore"), 1, 1000,
                   def.maxDomainScore))
        return r.error();
    if (def.maxDomainScore != fullMarks) {
        r.fail(QStringLiteral("maxDomainScore"), tr("%1 is needed (%2 items of %3 points)")
                                                     .arg(fullMarks)
                                                     .arg(def.itemsPerDomain)
                                                     .arg(Asq3Answers::points(Asq3Answer::Yes)));
        return r.error();
    }

    // missingItems: {maxAdjusted, rule, verified, source}
    {
        const QString path = QStringLiteral("missingItems");
        QJsonObject o;
        QString rule;
        if (!r.object(root.value(path), path, o)
            || !r.keys(o, path, {QStringLiteral("maxAdjusted"), QStringLiteral("rule"), QStringLiteral("verified"),
                                 QStringLiteral("source")})
            || !r.integer(o.value(QStringLiteral("maxAdjusted")), Reader::at(path, QStringLiteral("maxAdjusted")), 0,
                          def.itemsPerDomain - 1, def.maxMissingAdjusted)
            || !r.text(o.value(QStringLiteral("rule")), Reader::at(path, QStringLiteral("rule")), rule)
            || !r.boolean(o.value(QStringLiteral("verified")), Reader::at(path, QStringLiteral("verified")),
                          def.missingItemRule.verified)
            || !r.text(o.value(QStringLiteral("source")), Reader::at(path, QStringLiteral("source")),
                       def.missingItemRule.source))
            return r.error();
    }

    if (!r.prematurity(root.value(QStringLiteral("prematurity")), QStringLiteral("prematurity"), def.prematurity))
        return r.error();

    QJsonArray intervals;
    if (!r.array(root.value(QStringLiteral("intervals")), QStringLiteral("intervals"), intervals))
        return r.error();
    for (qsizetype i = 0; i < intervals.size(); ++i) {
        const QString path = Reader::at(QStringLiteral("intervals"), i);
        QJsonObject o;
        Asq3Interval interval;
        if (!r.object(intervals.at(i), path, o)
            || !r.keys(o, path, {QStringLiteral("months"), QStringLiteral("window"), QStringLiteral("cutoffs"),
                                 QStringLiteral("monitoring")})
            || !r.integer(o.value(QStringLiteral("months")), Reader::at(path, QStringLiteral("months")), 1,
                          kMaxAgeMonths, interval.months))
            return r.error();
        if (!def.intervals.isEmpty() && interval.months <= def.intervals.last().months) {
            r.fail(Reader::at(path, QStringLiteral("months")),
                   tr("intervals must be in ascending order of months (%1 comes after %2)")
                       .arg(interval.months).arg(def.intervals.last().months));
            return r.error();
        }
        if (!r.window(o.value(QStringLiteral("window")), Reader::at(path, QStringLiteral("window")), interval.months,
                      interval.window)
            || !r.perDomain(o.value(QStringLiteral("cutoffs")), Reader::at(path, QStringLiteral("cutoffs")),
                            def.domains, def.maxDomainScore, interval.cutoffs)
            || !r.perDomain(o.value(QStringLiteral("monitoring")), Reader::at(path, QStringLiteral("monitoring")),
                            def.domains, def.maxDomainScore, interval.monitoring))
            return r.error();
        // The monitoring zone lies between the cutoff (2 SD) and the monitoring threshold (1 SD).
        for (qsizetype d = 0; d < interval.cutoffs.size(); ++d) {
            const double cut = interval.cutoffs.at(d).second.value;
            const double mon = interval.monitoring.at(d).second.value;
            if (std::round(cut * 100) > std::round(mon * 100)) {
                r.fail(Reader::at(Reader::at(path, QStringLiteral("cutoffs")), interval.cutoffs.at(d).first),
                       tr("the cutoff (%1) is above its monitoring threshold (%2)").arg(cut).arg(mon));
                return r.error();
            }
        }
        def.intervals.append(interval);
    }
    return def;
}

} // namespace tandem::domain::InstrumentFiles
