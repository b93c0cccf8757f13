#include "tandem/domain/InstrumentDefinition.h"

#include "InstrumentJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace tandem::domain::InstrumentFiles {

using InstrumentJson::kMaxAgeMonths;
using InstrumentJson::Reader;
using InstrumentJson::tr;

Result<AsqSe2Definition> parseAsqSe2(const QByteArray& json)
{
    Reader r(QStringLiteral("asqse2.json"));
    AsqSe2Definition def;
    QJsonObject root;
    if (!r.document(json, root) || !r.header(root, QStringLiteral("asqse2"), def.version)
        || !r.keys(root, {},
                   {QStringLiteral("format"), QStringLiteral("instrument"), QStringLiteral("version"),
                    QStringLiteral("omittedItems"), QStringLiteral("prematurity"), QStringLiteral("intervals")},
                   {QStringLiteral("title"), QStringLiteral("note"), QStringLiteral("itemPoints")}))
        return r.error();

    // itemPoints is documentation only (Tandem records totals); still, it must be well formed.
    if (root.contains(QStringLiteral("itemPoints"))) {
        const QString path = QStringLiteral("itemPoints");
        QJsonObject o;
        if (!r.object(root.value(path), path, o))
            return r.error();
        for (auto it = o.begin(); it != o.end(); ++it) {
            int points = 0;
            if (!r.integer(it.value(), Reader::at(path, it.key()), 0, 100, points))
                return r.error();
        }
    }

    {
        const QString path = QStringLiteral("omittedItems");
        QJsonObject o;
        bool verified = false;
        QString source;
        if (!r.object(root.value(path), path, o)
            || !r.keys(o, path, {QStringLiteral("maxWithoutAdjustment"), QStringLiteral("verified"),
                                 QStringLiteral("source")})
            || !r.integer(o.value(QStringLiteral("maxWithoutAdjustment")),
                          Reader::at(path, QStringLiteral("maxWithoutAdjustment")), 0, 50,
                          def.maxOmittedWithoutAdjustment)
            || !r.boolean(o.value(QStringLiteral("verified")), Reader::at(path, QStringLiteral("verified")), verified)
            || !r.text(o.value(QStringLiteral("source")), Reader::at(path, QStringLiteral("source")), source))
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
        AsqSe2Interval interval;
        SourcedValue maxTotal;
        if (!r.object(intervals.at(i), path, o)
            || !r.keys(o, path, {QStringLiteral("months"), QStringLiteral("window"), QStringLiteral("cutoff"),
                                 QStringLiteral("monitoring"), QStringLiteral("maxTotal")})
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
            || !r.sourced(o.value(QStringLiteral("maxTotal")), Reader::at(path, QStringLiteral("maxTotal")), 5, 1000,
                          maxTotal))
            return r.error();
        if (maxTotal.value != std::floor(maxTotal.value)) {
            r.fail(Reader::at(path, QStringLiteral("maxTotal")), tr("a whole number is needed"));
            return r.error();
        }
        interval.maxTotal = static_cast<int>(maxTotal.value);
        if (!r.sourced(o.value(QStringLiteral("cutoff")), Reader::at(path, QStringLiteral("cutoff")), 0,
                       interval.maxTotal, interval.cutoff)
            || !r.sourced(o.value(QStringLiteral("monitoring")), Reader::at(path, QStringLiteral("monitoring")), 0,
                          interval.maxTotal, interval.monitoring))
            return r.error();
        // Higher is more concern: the monitoring zone runs from its threshold up to the cutoff.
        if (std::round(interval.monitoring.value * 100) > std::round(interval.cutoff.value * 100)) {
            r.fail(Reader::at(path, QStringLiteral("monitoring")),
                   tr("the monitoring threshold (%1) is above the cutoff (%2)")
                       .arg(interval.monitoring.value).arg(interval.cutoff.value));
            return r.error();
        }
        def.intervals.append(interval);
    }
    return def;
}

} // namespace tandem::domain::InstrumentFiles
