#include "tandem/domain/InstrumentDefinition.h"

#include "tandem/core/Assessment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

// The resource lives in the static tandem_core library; registering it explicitly does not rely
// on the linker keeping its initialiser. Q_INIT_RESOURCE must be used outside any namespace.
static void initInstrumentResources() { Q_INIT_RESOURCE(tandem_instruments); }

namespace tandem::domain {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::domain::InstrumentFiles", text); }

constexpr int kFormat = 1;
constexpr int kMaxAgeMonths = 240;

// Reads one definition file, remembering the first problem as "<file>: <key path>: <what>".
class Reader {
public:
    explicit Reader(QString file) : m_file(std::move(file)) {}

    bool failed() const { return m_error.has_value(); }
    Error error() const { return makeError(ErrorCode::Invalid, m_error.value_or(QString())); }

    bool fail(const QString& path, const QString& what)
    {
        if (!m_error)
            m_error = path.isEmpty() ? tr("%1: %2").arg(m_file, what) : tr("%1: %2: %3").arg(m_file, path, what);
        return false;
    }

    static QString at(const QString& path, const QString& key) { return path.isEmpty() ? key : path + u'.' + key; }
    static QString at(const QString& path, qsizetype index) { return QStringLiteral("%1[%2]").arg(path).arg(index); }

    bool document(const QByteArray& json, QJsonObject& out)
    {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError)
            return fail({}, tr("not valid JSON (%1 at character %2)").arg(error.errorString()).arg(error.offset));
        if (!doc.isObject())
            return fail({}, tr("the file must hold one JSON object"));
        out = doc.object();
        return true;
    }

    // Every required key present, and no key Tandem does not know (a misspelt key would
    // otherwise be silently ignored).
    bool keys(const QJsonObject& object, const QString& path, const QStringList& required,
              const QStringList& optional = {})
    {
        for (const QString& key : required)
            if (!object.contains(key))
                return fail(at(path, key), tr("this key is missing"));
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!required.contains(it.key()) && !optional.contains(it.key()))
                return fail(at(path, it.key()), tr("Tandem does not know this key (check its spelling)"));
        return true;
    }

    bool object(const QJsonValue& value, const QString& path, QJsonObject& out)
    {
        if (!value.isObject())
            return fail(path, tr("an object { ... } is needed"));
        out = value.toObject();
        return true;
    }

    bool array(const QJsonValue& value, const QString& path, QJsonArray& out, bool allowEmpty = false)
    {
        if (!value.isArray())
            return fail(path, tr("a list [ ... ] is needed"));
        out = value.toArray();
        if (out.isEmpty() && !allowEmpty)
            return fail(path, tr("the list must not be empty"));
        return true;
    }

    bool integer(const QJsonValue& value, const QString& path, int min, int max, int& out)
    {
        const double d = value.toDouble();
        if (!value.isDouble() || d != std::floor(d) || d < min || d > max)
            return fail(path, tr("a whole number between %1 and %2 is needed").arg(min).arg(max));
        out = static_cast<int>(d);
        return true;
    }

    // Thresholds and scores are compared in hundredths, so a third decimal would be lost.
    bool number(const QJsonValue& value, const QString& path, double min, double max, double& out)
    {
        const double d = value.toDouble();
        if (!value.isDouble() || !std::isfinite(d) || d < min || d > max)
            return fail(path, tr("a number between %1 and %2 is needed").arg(min).arg(max));
        if (std::abs(d * 100 - std::round(d * 100)) > 1e-6)
            return fail(path, tr("use at most two decimals"));
        out = d;
        return true;
    }

    bool boolean(const QJsonValue& value, const QString& path, bool& out)
    {
        if (!value.isBool())
            return fail(path, tr("true or false is needed"));
        out = value.toBool();
        return true;
    }

    bool text(const QJsonValue& value, const QString& path, QString& out)
    {
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return fail(path, tr("some text is needed"));
        out = value.toString().trimmed();
        return true;
    }

    // A stable key such as "gross-motor".
    bool token(const QJsonValue& value, const QString& path, QString& out)
    {
        static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(?:-[a-z0-9]+)*$"));
        if (!value.isString() || !re.match(value.toString()).hasMatch())
            return fail(path, tr("a key in lower case letters, digits and hyphens is needed, e.g. \"gross-motor\""));
        out = value.toString();
        return true;
    }

    // "2026.1": "+" is kept for the "+store.<n>" suffix of corrected definitions.
    bool version(const QJsonValue& value, const QString& path, QString& out)
    {
        static const QRegularExpression re(QStringLiteral("^[0-9A-Za-z][0-9A-Za-z.\\-]*$"));
        if (!value.isString() || !re.match(value.toString()).hasMatch())
            return fail(path, tr("a version such as \"2026.1\" is needed (letters, digits, dots and hyphens)"));
        out = value.toString();
        return true;
    }

    bool header(const QJsonObject& root, const QString& instrument, QString& versionOut)
    {
        int format = 0;
        if (!root.contains(QStringLiteral("format")))
            return fail(QStringLiteral("format"), tr("this key is missing"));
        if (!integer(root.value(QStringLiteral("format")), QStringLiteral("format"), 1, 999, format))
            return false;
        if (format != kFormat)
            return fail(QStringLiteral("format"), tr("this Tandem reads format %1 files; this file is format %2 (a newer "
                                                     "Tandem may be needed)")
                                                      .arg(kFormat)
                                                      .arg(format));
        if (!root.contains(QStringLiteral("instrument")))
            return fail(QStringLiteral("instrument"), tr("this key is missing"));
        const QJsonValue name = root.value(QStringLiteral("instrument"));
        if (name.toString() != instrument)
            return fail(QStringLiteral("instrument"),
                        tr("\"%1\" is needed; this file is for \"%2\"").arg(instrument, name.toString()));
        if (!root.contains(QStringLiteral("version")))
            return fail(QStringLiteral("version"), tr("this key is missing"));
        return version(root.value(QStringLiteral("version")), QStringLiteral("version"), versionOut);
    }

    // {"value", "verified", "source"}
    bool sourced(const QJsonValue& value, const QString& path, double min, double max, SourcedValue& out)
    {
        QJsonObject o;
        return object(value, path, o)
            && keys(o, path, {QStringLiteral("value"), QStringLiteral("verified"), QStringLiteral("source")})
            && number(o.value(QStringLiteral("value")), path, min, max, out.value)
            && boolean(o.value(QStringLiteral("verified")), at(path, QStringLiteral("verified")), out.verified)
            && text(o.value(QStringLiteral("source")), at(path, QStringLiteral("source")), out.source);
    }

    bool ageSpan(const QJsonValue& value, const QString& path, AgeSpan& out)
    {
        const std::optional<AgeSpan> span = value.isString() ? parseAgeSpan(value.toString()) : std::nullopt;
        if (!span)
            return fail(path, tr("an age such as \"28m16d\" (months, then days 0 to 30) is needed"));
        out = *span;
        return true;
    }

    // {"from", "to", "verified", "source"}; the window must contain the interval's own age.
    bool window(const QJsonValue& value, const QString& path, int months, AgeWindow& out)
    {
        QJsonObject o;
        if (!object(value, path, o)
            || !keys(o, path, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("verified"),
                               QStringLiteral("source")})
            || !ageSpan(o.value(QStringLiteral("from")), at(path, QStringLiteral("from")), out.from)
            || !ageSpan(o.value(QStringLiteral("to")), at(path, QStringLiteral("to")), out.to)
            || !boolean(o.value(QStringLiteral("verified")), at(path, QStringLiteral("verified")), out.verified)
            || !text(o.value(QStringLiteral("source")), at(path, QStringLiteral("source")), out.source))
            return false;
        if (out.from > out.to)
            return fail(path, tr("\"from\" must not be after \"to\""));
        const AgeSpan own{months, 0};
        if (own < out.from || own > out.to)
            return fail(path, tr("the window must include %1 months, the questionnaire's own age").arg(months));
        return true;
    }

    bool prematurity(const QJsonValue& value, const QString& path, PrematurityRule& out)
    {
        QJsonObject o;
        return object(value, path, o)
            && keys(o, path, {QStringLiteral("minWeeksEarly"), QStringLiteral("untilMonths"), QStringLiteral("verified"),
                              QStringLiteral("source")})
            && integer(o.value(QStringLiteral("minWeeksEarly")), at(path, QStringLiteral("minWeeksEarly")), 1, 18,
                       out.minWeeksEarly)
            && integer(o.value(QStringLiteral("untilMonths")), at(path, QStringLiteral("untilMonths")), 1, 72,
                       out.untilMonths)
            && boolean(o.value(QStringLiteral("verified")), at(path, QStringLiteral("verified")), out.verified)
            && text(o.value(QStringLiteral("source")), at(path, QStringLiteral("source")), out.source);
    }

    // [{"key", "name"}, ...] with distinct keys.
    bool namedKeys(const QJsonValue& value, const QString& path, QList<NamedKey>& out)
    {
        QJsonArray list;
        if (!array(value, path, list))
            return false;
        QSet<QString> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString p = at(path, i);
            QJsonObject o;
            NamedKey named;
            if (!object(list.at(i), p, o) || !keys(o, p, {QStringLiteral("key"), QStringLiteral("name")})
                || !token(o.value(QStringLiteral("key")), at(p, QStringLiteral("key")), named.key)
                || !text(o.value(QStringLiteral("name")), at(p, QStringLiteral("name")), named.name))
                return false;
            if (seen.contains(named.key))
                return fail(at(p, QStringLiteral("key")), tr("\"%1\" appears twice").arg(named.key));
            seen.insert(named.key);
            out.append(named);
        }
        return true;
    }

    // An object holding exactly one sourced value per domain key, read in domain order.
    bool perDomain(const QJsonValue& value, const QString& path, const QList<NamedKey>& domains, double max,
                   QList<std::pair<QString, SourcedValue>>& out)
    {
        QJsonObject o;
        QStringList domainKeys;
        for (const NamedKey& d : domains)
            domainKeys.append(d.key);
        if (!object(value, path, o) || !keys(o, path, domainKeys))
            return false;
        for (const QString& key : domainKeys) {
            SourcedValue v;
            if (!sourced(o.value(key), at(path, key), 0, max, v))
                return false;
            out.append({key, v});
        }
        return true;
    }

private:
    QString m_file;
    std::optional<QString> m_error;
};

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

std::optional<AgeSpan> parseAgeSpan(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,3})m(?:([0-9]{1,2})d)?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    AgeSpan span{m.captured(1).toInt(), m.captured(2).isEmpty() ? 0 : m.captured(2).toInt()};
    // The days since the last monthly birthday never exceed 30.
    if (span.months > kMaxAgeMonths || span.days > 30)
        return std::nullopt;
    return span;
}

const SourcedValue* Asq3Interval::cutoff(const QString& domain) const
{
    for (const auto& [key, value] : cutoffs)
        if (key == domain)
            return &value;
    return nullptr;
}

const SourcedValue* Asq3Interval::monitoringThreshold(const QString& domain) const
{
    for (const auto& [key, value] : monitoring)
        if (key == domain)
            return &value;
    return nullptr;
}

const Asq3Interval* Asq3Definition::interval(int months) const
{
    for (const Asq3Interval& i : intervals)
        if (i.months == months)
            return &i;
    return nullptr;
}

const AsqSe2Interval* AsqSe2Definition::interval(int months) const
{
    for (const AsqSe2Interval& i : intervals)
        if (i.months == months)
            return &i;
    return nullptr;
}

const WellCommSection* WellCommDefinition::section(int number) const
{
    for (const WellCommSection& s : sections)
        if (s.number == number)
            return &s;
    return nullptr;
}

namespace InstrumentFiles {

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

Result<WellCommDefinition> parseWellComm(const QByteArray& json)
{
    Reader r(QStringLiteral("wellcomm.json"));
    WellCommDefinition def;
    QJsonObject root;
    if (!r.document(json, root) || !r.header(root, QStringLiteral("wellcomm"), def.version)
        || !r.keys(root, {},
                   {QStringLiteral("format"), QStringLiteral("instrument"), QStringLiteral("version"),
                    QStringLiteral("results"), QStringLiteral("referralRule"), QStringLiteral("sections")},
                   {QStringLiteral("title"), QStringLiteral("note")}))
        return r.error();

    // The result colours are fixed in code (WellCommResults); the file must name the same ones.
    QList<NamedKey> results;
    if (!r.namedKeys(root.value(QStringLiteral("results")), QStringLiteral("results"), results))
        return r.error();
    QStringList resultKeys;
    for (const NamedKey& k : results)
        resultKeys.append(k.key);
    if (resultKeys != WellCommResults::tokens()) {
        r.fail(QStringLiteral("results"), tr("the results must be %1, in that order")
                                              .arg(WellCommResults::tokens().join(QStringLiteral(", "))));
        return r.error();
    }

    {
        const QString path = QStringLiteral("referralRule");
        QJsonObject o;
        bool verified = false;
        if (!r.object(root.value(path), path, o)
            || !r.keys(o, path, {QStringLiteral("verified"), QStringLiteral("source")})
            || !r.boolean(o.value(QStringLiteral("verified")), Reader::at(path, QStringLiteral("verified")), verified)
            || !r.text(o.value(QStringLiteral("source")), Reader::at(path, QStringLiteral("source")),
                       def.referralRuleSource))
            return r.error();
    }

    QJsonArray sections;
    if (!r.array(root.value(QStringLiteral("sections")), QStringLiteral("sections"), sections))
        return r.error();
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QString path = Reader::at(QStringLiteral("sections"), i);
        QJsonObject o;
        WellCommSection s;
        if (!r.object(sections.at(i), path, o)
            || !r.keys(o, path, {QStringLiteral("number"), QStringLiteral("fromMonths"), QStringLiteral("toMonths"),
                                 QStringLiteral("verified"), QStringLiteral("source")})
            || !r.integer(o.value(QStringLiteral("number")), Reader::at(path, QStringLiteral("number")), 1, 99, s.number)
            || !r.integer(o.value(QStringLiteral("fromMonths")), Reader::at(path, QStringLiteral("fromMonths")), 0,
                          kMaxAgeMonths, s.fromMonths)
            || !r.integer(o.value(QStringLiteral("toMonths")), Reader::at(path, QStringLiteral("toMonths")), 0,
                          kMaxAgeMonths, s.toMonths)
            || !r.boolean(o.value(QStringLiteral("verified")), Reader::at(path, QStringLiteral("verified")), s.verified)
            || !r.text(o.value(QStringLiteral("source")), Reader::at(path, QStringLiteral("source")), s.source))
            return r.error();
        if (s.fromMonths > s.toMonths) {
            r.fail(path, tr("\"fromMonths\" must not be after \"toMonths\""));
            return r.error();
        }
        if (!def.sections.isEmpty()) {
            const WellCommSection& previous = def.sections.last();
            if (s.number <= previous.number) {
                r.fail(Reader::at(path, QStringLiteral("number")),
                       tr("sections must be in ascending order (%1 comes after %2)").arg(s.number).arg(previous.number));
                return r.error();
            }
            if (s.fromMonths <= previous.toMonths) {
                r.fail(Reader::at(path, QStringLiteral("fromMonths")),
                       tr("the age bands must not overlap (section %1 ends at %2 months)")
                           .arg(previous.number).arg(previous.toMonths));
                return r.error();
            }
        }
        def.sections.append(s);
    }
    return def;
}

Result<EyfsDefinition> parseEyfs(const QByteArray& json)
{
    Reader r(QStringLiteral("eyfs.json"));
    EyfsDefinition def;
    QJsonObject root;
    if (!r.document(json, root) || !r.header(root, QStringLiteral("eyfs"), def.version)
        || !r.keys(root, {},
                   {QStringLiteral("format"), QStringLiteral("instrument"), QStringLiteral("version"),
                    QStringLiteral("source"), QStringLiteral("ageMonths"), QStringLiteral("areas"),
                    QStringLiteral("statuses"), QStringLiteral("concernStatus")},
                   {QStringLiteral("title"), QStringLiteral("note")})
        || !r.text(root.value(QStringLiteral("source")), QStringLiteral("source"), def.source))
        return r.error();

    {
        const QString path = QStringLiteral("ageMonths");
        QJsonObject o;
        if (!r.object(root.value(path), path, o) || !r.keys(o, path, {QStringLiteral("from"), QStringLiteral("to")})
            || !r.integer(o.value(QStringLiteral("from")), Reader::at(path, QStringLiteral("from")), 0, kMaxAgeMonths,
                          def.fromMonths)
            || !r.integer(o.value(QStringLiteral("to")), Reader::at(path, QStringLiteral("to")), 0, kMaxAgeMonths,
                          def.toMonths))
            return r.error();
        if (def.fromMonths > def.toMonths) {
            r.fail(path, tr("\"from\" must not be after \"to\""));
            return r.error();
        }
    }

    if (!r.namedKeys(root.value(QStringLiteral("areas")), QStringLiteral("areas"), def.areas)
        || !r.namedKeys(root.value(QStringLiteral("statuses")), QStringLiteral("statuses"), def.statuses)
        || !r.token(root.value(QStringLiteral("concernStatus")), QStringLiteral("concernStatus"), def.concernStatus))
        return r.error();
    bool known = false;
    for (const NamedKey& s : def.statuses)
        known = known || s.key == def.concernStatus;
    if (!known) {
        r.fail(QStringLiteral("concernStatus"), tr("\"%1\" is not one of the statuses").arg(def.concernStatus));
        return r.error();
    }
    return def;
}

namespace {

Result<QByteArray> readResource(const QString& name)
{
    QFile file(QStringLiteral(":/tandem/instruments/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal,
                         tr("The instrument definition %1 is missing from this build of Tandem: reinstall Tandem.").arg(name));
    return file.readAll();
}

Result<InstrumentDefinitions> loadBuiltIn()
{
    initInstrumentResources();
    const Result<QByteArray> asq3 = readResource(QStringLiteral("asq3.json"));
    const Result<QByteArray> asqSe2 = readResource(QStringLiteral("asqse2.json"));
    const Result<QByteArray> wellComm = readResource(QStringLiteral("wellcomm.json"));
    const Result<QByteArray> eyfs = readResource(QStringLiteral("eyfs.json"));
    for (const Result<QByteArray>* file : {&asq3, &asqSe2, &wellComm, &eyfs})
        if (!file->ok())
            return file->error();

    InstrumentDefinitions defs;
    Result<Asq3Definition> a = parseAsq3(asq3.value());
    if (!a.ok())
        return a.error();
    Result<AsqSe2Definition> s = parseAsqSe2(asqSe2.value());
    if (!s.ok())
        return s.error();
    Result<WellCommDefinition> w = parseWellComm(wellComm.value());
    if (!w.ok())
        return w.error();
    Result<EyfsDefinition> e = parseEyfs(eyfs.value());
    if (!e.ok())
        return e.error();
    defs.asq3 = std::move(a).value();
    defs.asqSe2 = std::move(s).value();
    defs.wellComm = std::move(w).value();
    defs.eyfs = std::move(e).value();
    return defs;
}

} // namespace

Result<InstrumentDefinitions> builtIn()
{
    // The files are compiled in and cannot change while Tandem runs: parse once per process
    // (a function-local static is initialised exactly once, even across threads).
    static const Result<InstrumentDefinitions> cached = loadBuiltIn();
    return cached;
}

} // namespace InstrumentFiles

namespace {

// "Corrected in this store by <name> on <date>: <reason>", the date as users read it.
QString correctionSource(const ThresholdOverride& o)
{
    QDateTime at = QDateTime::fromString(o.setAt, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(o.setAt, Qt::ISODate);
    const QString date = at.isValid() ? at.toUTC().date().toString(QStringLiteral("dd/MM/yyyy")) : o.setAt;
    return tr("Corrected in this store by %1 on %2: %3").arg(o.setByName, date, o.reason);
}

SourcedValue corrected(const ThresholdOverride& o) { return SourcedValue{o.value, true, correctionSource(o)}; }

bool replaceIn(QList<std::pair<QString, SourcedValue>>& values, const ThresholdOverride& o)
{
    for (auto& [key, value] : values)
        if (key == o.part) {
            value = corrected(o);
            return true;
        }
    return false;
}

bool applyAsq3(Asq3Definition& def, const ThresholdOverride& o)
{
    for (Asq3Interval& interval : def.intervals) {
        if (interval.months != o.intervalMonths)
            continue;
        if (o.kind == QLatin1String("cutoff"))
            return replaceIn(interval.cutoffs, o);
        if (o.kind == QLatin1String("monitoring"))
            return replaceIn(interval.monitoring, o);
        return false;
    }
    return false;
}

bool applyAsqSe2(AsqSe2Definition& def, const ThresholdOverride& o)
{
    if (o.part != QLatin1String("total"))
        return false;
    for (AsqSe2Interval& interval : def.intervals) {
        if (interval.months != o.intervalMonths)
            continue;
        if (o.kind == QLatin1String("cutoff"))
            interval.cutoff = corrected(o);
        else if (o.kind == QLatin1String("monitoring"))
            interval.monitoring = corrected(o);
        else
            return false;
        return true;
    }
    return false;
}

} // namespace

InstrumentDefinitions applyOverrides(InstrumentDefinitions definitions, const QList<ThresholdOverride>& overrides)
{
    int asq3 = 0;
    int asqSe2 = 0;
    for (const ThresholdOverride& o : overrides) {
        if (o.instrument == QLatin1String("asq3") && applyAsq3(definitions.asq3, o))
            ++asq3;
        else if (o.instrument == QLatin1String("asqse2") && applyAsqSe2(definitions.asqSe2, o))
            ++asqSe2;
    }
    if (asq3 > 0)
        definitions.asq3.version += QStringLiteral("+store.%1").arg(asq3);
    if (asqSe2 > 0)
        definitions.asqSe2.version += QStringLiteral("+store.%1").arg(asqSe2);
    return definitions;
}

} // namespace tandem::domain
