#include "tandem/domain/InstrumentDefinition.h"

#include "QtCatch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <variant>

using namespace tandem;
using namespace tandem::domain;

namespace {

const QStringList kDomains = {QStringLiteral("communication"), QStringLiteral("gross-motor"), QStringLiteral("fine-motor"),
                              QStringLiteral("problem-solving"), QStringLiteral("personal-social")};

// DOMAIN.md's ASQ-3 cutoff table, typed in again so a slip in the data file shows up here.
struct CutoffRow {
    int months;
    double values[5]; // Communication, Gross Motor, Fine Motor, Problem Solving, Personal-Social
};
const CutoffRow kCutoffs[] = {
    {2, {22.77, 41.84, 30.16, 24.62, 33.71}},  {4, {34.60, 38.41, 29.62, 34.98, 33.16}},
    {6, {29.65, 22.25, 25.14, 27.72, 25.34}},  {8, {33.06, 30.61, 40.15, 36.17, 35.84}},
    {9, {13.97, 17.82, 31.32, 28.72, 18.91}},  {10, {22.87, 30.07, 37.97, 32.51, 27.25}},
    {12, {15.64, 21.49, 34.50, 27.32, 21.73}}, {14, {17.40, 25.80, 23.06, 22.56, 23.18}},
    {16, {16.81, 37.91, 31.98, 30.51, 26.43}}, {18, {13.06, 37.38, 34.32, 25.74, 27.19}},
    {20, {20.50, 39.89, 36.05, 28.84, 33.36}}, {22, {13.04, 27.75, 29.61, 29.30, 30.07}},
    {24, {25.17, 38.07, 35.16, 29.78, 31.54}}, {27, {24.02, 28.01, 18.42, 27.62, 25.31}},
    {30, {33.30, 36.14, 19.25, 27.08, 32.01}}, {33, {25.36, 34.80, 12.28, 26.92, 28.96}},
    {36, {30.99, 36.99, 18.07, 30.29, 35.33}}, {42, {27.06, 36.27, 19.82, 28.11, 31.12}},
    {48, {30.72, 32.78, 15.81, 31.30, 26.60}}, {54, {31.85, 35.18, 17.32, 28.12, 32.33}},
    {60, {33.19, 31.28, 26.54, 29.99, 39.07}},
};

qint64 hundredths(double v) { return qRound64(v * 100); }

const InstrumentDefinitions& shipped()
{
    static const InstrumentDefinitions defs = [] {
        const Result<InstrumentDefinitions> r = InstrumentFiles::builtIn();
        REQUIRE(r.ok());
        return r.value();
    }();
    return defs;
}

// The shipped file as JSON, to break in one place per test.
QJsonObject shippedJson(const QString& name)
{
    (void)shipped(); // registers the resources
    QFile file(QStringLiteral(":/tandem/instruments/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray bytes(const QJsonObject& o) { return QJsonDocument(o).toJson(); }

// Sets a value at a path of object keys and array indexes, e.g. {"intervals", 3, "cutoffs"}.
using Step = std::variant<QString, int>;
QJsonValue edited(const QJsonValue& node, QList<Step> path, const std::function<QJsonValue(const QJsonValue&)>& change)
{
    if (path.isEmpty())
        return change(node);
    const Step step = path.takeFirst();
    if (std::holds_alternative<int>(step)) {
        QJsonArray a = node.toArray();
        a[std::get<int>(step)] = edited(a.at(std::get<int>(step)), path, change);
        return a;
    }
    QJsonObject o = node.toObject();
    o[std::get<QString>(step)] = edited(o.value(std::get<QString>(step)), path, change);
    return o;
}

QJsonObject set(const QJsonObject& root, const QList<Step>& path, const QJsonValue& value)
{
    return edited(root, path, [&](const QJsonValue&) { return value; }).toObject();
}

QJsonObject removeKey(const QJsonObject& root, QList<Step> path)
{
    const QString key = std::get<QString>(path.takeLast());
    return edited(root, path, [&](const QJsonValue& v) {
               QJsonObject o = v.toObject();
               o.remove(key);
               return QJsonValue(o);
           }).toObject();
}

template <typename T>
QString errorOf(const Result<T>& r)
{
    return r.ok() ? QStringLiteral("(accepted)") : r.message();
}

QString asq3Error(const QJsonObject& o) { return errorOf(InstrumentFiles::parseAsq3(bytes(o))); }
QString asqSe2Error(const QJsonObject& o) { return errorOf(InstrumentFiles::parseAsqSe2(bytes(o))); }
QString wellCommError(const QJsonObject& o) { return errorOf(InstrumentFiles::parseWellComm(bytes(o))); }
QString eyfsError(const QJsonObject& o) { return errorOf(InstrumentFiles::parseEyfs(bytes(o))); }

// Every value of the two questionnaires in one text, to show what a correction changed.
QStringList dump(const InstrumentDefinitions& d)
{
    QStringList out;
    const auto line = [&](const QString& where, const SourcedValue& v) {
        out.append(QStringLiteral("%1 %2 %3 %4").arg(where).arg(v.value).arg(v.verified).arg(v.source));
    };
    for (const Asq3Interval& i : d.asq3.intervals)
        for (qsizetype k = 0; k < i.cutoffs.size(); ++k) {
            line(QStringLiteral("asq3 %1 %2 cutoff").arg(i.months).arg(i.cutoffs.at(k).first), i.cutoffs.at(k).second);
            line(QStringLiteral("asq3 %1 %2 monitoring").arg(i.months).arg(i.monitoring.at(k).first),
                 i.monitoring.at(k).second);
        }
    for (const AsqSe2Interval& i : d.asqSe2.intervals) {
        line(QStringLiteral("asqse2 %1 cutoff").arg(i.months), i.cutoff);
        line(QStringLiteral("asqse2 %1 monitoring").arg(i.months), i.monitoring);
    }
    return out;
}

ThresholdOverride correction(const QString& instrument, int months, const QString& part, const QString& kind, double value)
{
    ThresholdOverride o;
    o.instrument = instrument;
    o.intervalMonths = months;
    o.part = part;
    o.kind = kind;
    o.value = value;
    o.reason = QStringLiteral("Checked against the User's Guide table");
    o.setByName = QStringLiteral("Sam Admin");
    o.setAt = QStringLiteral("2026-03-14T10:15:00.000Z");
    return o;
}

} // namespace

TEST_CASE("The shipped ASQ-3 definition matches DOMAIN.md", "[instruments]")
{
    const Asq3Definition& asq3 = shipped().asq3;
    CHECK(asq3.version == QStringLiteral("2026.1"));
    REQUIRE(asq3.domains.size() == 5);
    for (int d = 0; d < 5; ++d)
        CHECK(asq3.domains.at(d).key == kDomains.at(d));
    CHECK(asq3.domains.at(3).name == QStringLiteral("Problem Solving"));
    CHECK(asq3.itemsPerDomain == 6);
    CHECK(asq3.maxDomainScore == 60);
    CHECK(asq3.maxMissingAdjusted == 2);
    CHECK_FALSE(asq3.missingItemRule.verified);
    CHECK_FALSE(asq3.missingItemRule.source.isEmpty());
    CHECK(asq3.prematurity.minWeeksEarly == 3);
    CHECK(asq3.prematurity.untilMonths == 24);
    CHECK(asq3.prematurity.verified);

    REQUIRE(asq3.intervals.size() == int(std::size(kCutoffs)));
    for (const CutoffRow& row : kCutoffs) {
        INFO("interval " << row.months);
        const Asq3Interval* interval = asq3.interval(row.months);
        REQUIRE(interval != nullptr);
        // Rows 12 and 36 were checked against published tables; every other row is unverified.
        const bool checkedRow = row.months == 12 || row.months == 36;
        for (int d = 0; d < 5; ++d) {
            INFO("domain " << kDomains.at(d).toStdString());
            const SourcedValue* cutoff = interval->cutoff(kDomains.at(d));
            const SourcedValue* monitoring = interval->monitoringThreshold(kDomains.at(d));
            REQUIRE(cutoff != nullptr);
            REQUIRE(monitoring != nullptr);
            CHECK(hundredths(cutoff->value) == hundredths(row.values[d]));
            CHECK(cutoff->verified == checkedRow);
            CHECK_FALSE(cutoff->source.isEmpty());
            // The 1 SD values are unverified: shipped as an estimate, cutoff + 10.
            CHECK_FALSE(monitoring->verified);
            CHECK(hundredths(monitoring->value) == hundredths(row.values[d]) + 1000);
            CHECK(monitoring->source.contains(QStringLiteral("Estimate")));
        }
        // Only the 30- and 36-month windows are confirmed.
        CHECK(interval->window.verified == (row.months == 30 || row.months == 36));
        CHECK_FALSE(interval->window.source.isEmpty());
    }
    CHECK(asq3.interval(30)->window.from == AgeSpan{28, 16});
    CHECK(asq3.interval(30)->window.to == AgeSpan{31, 15});
    CHECK(asq3.interval(36)->window.from == AgeSpan{34, 16});
    CHECK(asq3.interval(36)->window.to == AgeSpan{38, 30});
}

TEST_CASE("The shipped ASQ:SE-2, WellComm and EYFS definitions", "[instruments]")
{
    const AsqSe2Definition& se = shipped().asqSe2;
    CHECK(se.version == QStringLiteral("2026.1"));
    CHECK(se.maxOmittedWithoutAdjustment == 2);
    CHECK_FALSE(se.prematurity.verified);
    QList<int> months;
    for (const AsqSe2Interval& i : se.intervals) {
        months.append(i.months);
        INFO("interval " << i.months);
        // DOMAIN.md: every ASQ:SE-2 cutoff is unverified.
        CHECK_FALSE(i.cutoff.verified);
        CHECK_FALSE(i.monitoring.verified);
        CHECK(i.monitoring.value <= i.cutoff.value);
        CHECK(i.maxTotal == 500);
    }
    CHECK(months == QList<int>{2, 6, 12, 18, 24, 30, 36, 48, 60});

    const WellCommDefinition& wc = shipped().wellComm;
    CHECK(wc.version == QStringLiteral("2026.1"));
    CHECK_FALSE(wc.referralRuleSource.isEmpty());
    const int bands[][3] = {{1, 6, 11},  {2, 12, 17}, {3, 18, 23}, {4, 24, 29}, {5, 30, 35},
                            {6, 36, 41}, {7, 42, 47}, {8, 48, 59}, {9, 60, 72}};
    REQUIRE(wc.sections.size() == 9);
    for (const auto& band : bands) {
        const WellCommSection* s = wc.section(band[0]);
        REQUIRE(s != nullptr);
        CHECK(s->fromMonths == band[1]);
        CHECK(s->toMonths == band[2]);
        CHECK(s->verified);
    }
    CHECK(wc.section(0) == nullptr);
    CHECK(wc.section(10) == nullptr);

    const EyfsDefinition& eyfs = shipped().eyfs;
    REQUIRE(eyfs.areas.size() == 3);
    CHECK(eyfs.areas.at(0).name == QStringLiteral("Communication and Language"));
    CHECK(eyfs.areas.at(1).name == QStringLiteral("Physical Development"));
    CHECK(eyfs.areas.at(2).name == QStringLiteral("Personal, Social and Emotional Development"));
    CHECK(eyfs.concernStatus == QStringLiteral("possible-delay"));
    CHECK(eyfs.statuses.size() == 3);
    CHECK(eyfs.fromMonths == 24);
    CHECK(eyfs.toMonths == 36);
}

TEST_CASE("Definition lookups find only what the file holds", "[instruments]")
{
    const Asq3Definition& asq3 = shipped().asq3;
    CHECK(asq3.interval(24) != nullptr);
    CHECK(asq3.interval(25) == nullptr);
    CHECK(asq3.interval(0) == nullptr);
    const Asq3Interval& i24 = *asq3.interval(24);
    CHECK(i24.cutoff(QStringLiteral("walking")) == nullptr);
    CHECK(i24.monitoringThreshold(QStringLiteral("")) == nullptr);
    CHECK(hundredths(i24.monitoringThreshold(QStringLiteral("fine-motor"))->value) == 4516);
    CHECK(shipped().asqSe2.interval(24) != nullptr);
    CHECK(shipped().asqSe2.interval(27) == nullptr);
}

TEST_CASE("builtIn parses once and answers the same every time", "[instruments]")
{
    const Result<InstrumentDefinitions> a = InstrumentFiles::builtIn();
    const Result<InstrumentDefinitions> b = InstrumentFiles::builtIn();
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(dump(a.value()) == dump(b.value()));
}

TEST_CASE("parseAgeSpan reads months and days", "[instruments]")
{
    CHECK(parseAgeSpan(QStringLiteral("28m16d")) == AgeSpan{28, 16});
    CHECK(parseAgeSpan(QStringLiteral("24m")) == AgeSpan{24, 0});
    CHECK(parseAgeSpan(QStringLiteral("6m0d")) == AgeSpan{6, 0});
    CHECK(parseAgeSpan(QStringLiteral("0m30d")) == AgeSpan{0, 30});
    for (const char* bad : {"", "m", "28", "16d", "28m31d", "28m16", "28 m16d", " 28m16d", "28m16d ", "28M16D",
                            "-1m", "2.5m", "28m1d6d", "1000m"}) {
        INFO(bad);
        CHECK_FALSE(parseAgeSpan(QString::fromLatin1(bad)).has_value());
    }
    CHECK(AgeSpan{7, 30} < AgeSpan{8, 0});
    CHECK(AgeSpan{8, 0} < AgeSpan{8, 1});
    CHECK(AgeSpan{8, 1} == AgeSpan{8, 1});
}

TEST_CASE("A malformed ASQ-3 file is refused with the file, the key path and what is wrong", "[instruments]")
{
    const QJsonObject good = shippedJson(QStringLiteral("asq3.json"));
    REQUIRE(InstrumentFiles::parseAsq3(bytes(good)).ok());

    const QList<Step> comm = {QStringLiteral("intervals"), 3, QStringLiteral("cutoffs"), QStringLiteral("communication")};
    const QList<Step> commValue = comm + QList<Step>{QStringLiteral("value")};

    CHECK(asq3Error(set(good, commValue, 61)) ==
          QStringLiteral("asq3.json: intervals[3].cutoffs.communication: a number between 0 and 60 is needed"));
    CHECK(asq3Error(set(good, commValue, -0.01)) ==
          QStringLiteral("asq3.json: intervals[3].cutoffs.communication: a number between 0 and 60 is needed"));
    CHECK(asq3Error(set(good, commValue, QStringLiteral("33.06"))) ==
          QStringLiteral("asq3.json: intervals[3].cutoffs.communication: a number between 0 and 60 is needed"));
    CHECK(asq3Error(set(good, commValue, 33.061)) ==
          QStringLiteral("asq3.json: intervals[3].cutoffs.communication: use at most two decimals"));
    CHECK(asq3Error(removeKey(good, comm)) ==
          QStringLiteral("asq3.json: intervals[3].cutoffs.communication: this key is missing"));
    CHECK(asq3Error(removeKey(good, commValue)) ==
          QStringLiteral("asq3.json: intervals[3].cutoffs.communication.value: this key is missing"));
    CHECK(asq3Error(set(good, comm + QList<Step>{QStringLiteral("verified")}, QStringLiteral("yes"))) ==
          QStringLiteral("asq3.json: intervals[3].cutoffs.communication.verified: true or false is needed"));
    CHECK(asq3Error(set(good, comm + QList<Step>{QStringLiteral("source")}, QStringLiteral("  "))) ==
          QStringLiteral("asq3.json: intervals[3].cutoffs.communication.source: some text is needed"));
    CHECK(asq3Error(set(good, comm + QList<Step>{QStringLiteral("sourse")}, QStringLiteral("x"))) ==
          QStringLiteral("asq3.json: intervals[3].cutoffs.communication.sourse: Tandem does not know this key (check "
                         "its spelling)"));
    CHECK(asq3Error(set(good, {QStringLiteral("intervals"), 3, QStringLiteral("cutoffs"), QStringLiteral("walking")},
                        QJsonObject{{QStringLiteral("value"), 1}})) ==
          QStringLiteral("asq3.json: intervals[3].cutoffs.walking: Tandem does not know this key (check its spelling)"));
    CHECK(asq3Error(set(good, {QStringLiteral("intervals"), 3, QStringLiteral("monitoring")}, QJsonArray{})) ==
          QStringLiteral("asq3.json: intervals[3].monitoring: an object { ... } is needed"));

    SECTION("the wrong instrument, format or version")
    {
        CHECK(asq3Error(set(good, {QStringLiteral("instrument")}, QStringLiteral("asqse2"))) ==
              QStringLiteral("asq3.json: instrument: \"asq3\" is needed; this file is for \"asqse2\""));
        CHECK(asqSe2Error(good) == QStringLiteral("asqse2.json: instrument: \"asqse2\" is needed; this file is for \"asq3\""));
        CHECK(asq3Error(removeKey(good, {QStringLiteral("instrument")})) ==
              QStringLiteral("asq3.json: instrument: this key is missing"));
        CHECK(asq3Error(set(good, {QStringLiteral("format")}, 2)) ==
              QStringLiteral("asq3.json: format: this Tandem reads format 1 files; this file is format 2 (a newer "
                             "Tandem may be needed)"));
        CHECK(asq3Error(set(good, {QStringLiteral("version")}, QStringLiteral("2026.1+store.1"))).startsWith(
            QStringLiteral("asq3.json: version: a version such as \"2026.1\" is needed")));
        CHECK(asq3Error(set(good, {QStringLiteral("version")}, 2026)).startsWith(QStringLiteral("asq3.json: version: ")));
        CHECK(errorOf(InstrumentFiles::parseAsq3("{\"format\": 1,")).startsWith(QStringLiteral("asq3.json: not valid JSON")));
        CHECK(errorOf(InstrumentFiles::parseAsq3("[1]")) == QStringLiteral("asq3.json: the file must hold one JSON object"));
    }

    SECTION("unknown and missing top-level keys")
    {
        CHECK(asq3Error(set(good, {QStringLiteral("itemsPerDomian")}, 6)) ==
              QStringLiteral("asq3.json: itemsPerDomian: Tandem does not know this key (check its spelling)"));
        CHECK(asq3Error(removeKey(good, {QStringLiteral("prematurity")})) ==
              QStringLiteral("asq3.json: prematurity: this key is missing"));
        CHECK(asq3Error(set(good, {QStringLiteral("prematurity"), QStringLiteral("untilMonths")}, 24.5)) ==
              QStringLiteral("asq3.json: prematurity.untilMonths: a whole number between 1 and 72 is needed"));
        CHECK(asq3Error(set(good, {QStringLiteral("missingItems"), QStringLiteral("maxAdjusted")}, 6)) ==
              QStringLiteral("asq3.json: missingItems.maxAdjusted: a whole number between 0 and 5 is needed"));
        CHECK(asq3Error(set(good, {QStringLiteral("maxDomainScore")}, 50)) ==
              QStringLiteral("asq3.json: maxDomainScore: 60 is needed (6 items of 10 points)"));
        CHECK(asq3Error(set(good, {QStringLiteral("itemPoints"), QStringLiteral("sometimes")}, 4)) ==
              QStringLiteral("asq3.json: itemPoints.sometimes: Tandem scores this answer as 5 points; the file says 4"));
        CHECK(asq3Error(set(good, {QStringLiteral("intervals")}, QJsonArray{})) ==
              QStringLiteral("asq3.json: intervals: the list must not be empty"));
    }

    SECTION("domains")
    {
        CHECK(asq3Error(set(good, {QStringLiteral("domains"), 1, QStringLiteral("key")}, QStringLiteral("Gross Motor"))) ==
              QStringLiteral("asq3.json: domains[1].key: a key in lower case letters, digits and hyphens is needed, e.g. "
                             "\"gross-motor\""));
        CHECK(asq3Error(set(good, {QStringLiteral("domains"), 1, QStringLiteral("key")}, QStringLiteral("communication"))) ==
              QStringLiteral("asq3.json: domains[1].key: \"communication\" appears twice"));
        CHECK(asq3Error(set(good, {QStringLiteral("domains"), 4, QStringLiteral("name")}, QString())) ==
              QStringLiteral("asq3.json: domains[4].name: some text is needed"));
    }

    SECTION("intervals in order, cutoffs at or below monitoring")
    {
        CHECK(asq3Error(set(good, {QStringLiteral("intervals"), 4, QStringLiteral("months")}, 8)) ==
              QStringLiteral("asq3.json: intervals[4].months: intervals must be in ascending order of months (8 comes "
                             "after 8)"));
        CHECK(asq3Error(set(good, {QStringLiteral("intervals"), 1, QStringLiteral("months")}, 1)) ==
              QStringLiteral("asq3.json: intervals[1].months: intervals must be in ascending order of months (1 comes "
                             "after 2)"));
        // 12 months, Communication: cutoff 15.64.
        const QList<Step> monitoring = {QStringLiteral("intervals"), 6, QStringLiteral("monitoring"),
                                        QStringLiteral("communication"), QStringLiteral("value")};
        CHECK(asq3Error(set(good, monitoring, 15.63)) ==
              QStringLiteral("asq3.json: intervals[6].cutoffs.communication: the cutoff (15.64) is above its monitoring "
                             "threshold (15.63)"));
        CHECK(asq3Error(set(good, monitoring, 15.64)) == QStringLiteral("(accepted)"));
    }

    SECTION("windows")
    {
        const QList<Step> window = {QStringLiteral("intervals"), 3, QStringLiteral("window")};
        const QString ageNeeded = QStringLiteral("an age such as \"28m16d\" (months, then days 0 to 30) is needed");
        CHECK(asq3Error(set(good, window + QList<Step>{QStringLiteral("from")}, QStringLiteral("7 months"))) ==
              QStringLiteral("asq3.json: intervals[3].window.from: ") + ageNeeded);
        CHECK(asq3Error(set(good, window + QList<Step>{QStringLiteral("to")}, QStringLiteral("8m31d"))) ==
              QStringLiteral("asq3.json: intervals[3].window.to: ") + ageNeeded);
        CHECK(asq3Error(set(good, window + QList<Step>{QStringLiteral("to")}, 8)) ==
              QStringLiteral("asq3.json: intervals[3].window.to: ") + ageNeeded);
        CHECK(asq3Error(set(good, window + QList<Step>{QStringLiteral("from")}, QStringLiteral("9m0d"))) ==
              QStringLiteral("asq3.json: intervals[3].window: \"from\" must not be after \"to\""));
        CHECK(asq3Error(set(good, window + QList<Step>{QStringLiteral("to")}, QStringLiteral("7m30d"))) ==
              QStringLiteral("asq3.json: intervals[3].window: the window must include 8 months, the questionnaire's own "
                             "age"));
        CHECK(asq3Error(removeKey(good, window + QList<Step>{QStringLiteral("verified")})) ==
              QStringLiteral("asq3.json: intervals[3].window.verified: this key is missing"));
        CHECK(asq3Error(set(good, window + QList<Step>{QStringLiteral("to")}, QStringLiteral("8m"))) ==
              QStringLiteral("(accepted)"));
    }
}

TEST_CASE("A malformed ASQ:SE-2, WellComm or EYFS file is refused with the key path", "[instruments]")
{
    const QJsonObject se = shippedJson(QStringLiteral("asqse2.json"));
    REQUIRE(InstrumentFiles::parseAsqSe2(bytes(se)).ok());
    const QList<Step> i24 = {QStringLiteral("intervals"), 4};
    CHECK(asqSe2Error(set(se, i24 + QList<Step>{QStringLiteral("monitoring"), QStringLiteral("value")}, 70)) ==
          QStringLiteral("asqse2.json: intervals[4].monitoring: the monitoring threshold (70) is above the cutoff (65)"));
    CHECK(asqSe2Error(set(se, i24 + QList<Step>{QStringLiteral("cutoff"), QStringLiteral("value")}, 505)) ==
          QStringLiteral("asqse2.json: intervals[4].cutoff: a number between 0 and 500 is needed"));
    CHECK(asqSe2Error(set(se, i24 + QList<Step>{QStringLiteral("maxTotal"), QStringLiteral("value")}, 250.5)) ==
          QStringLiteral("asqse2.json: intervals[4].maxTotal: a whole number is needed"));
    CHECK(asqSe2Error(set(se, i24 + QList<Step>{QStringLiteral("maxTotal")}, 500)) ==
          QStringLiteral("asqse2.json: intervals[4].maxTotal: an object { ... } is needed"));
    CHECK(asqSe2Error(set(se, i24 + QList<Step>{QStringLiteral("months")}, 18)) ==
          QStringLiteral("asqse2.json: intervals[4].months: intervals must be in ascending order of months (18 comes "
                         "after 18)"));
    CHECK(asqSe2Error(set(se, {QStringLiteral("omittedItems"), QStringLiteral("maxWithoutAdjustment")}, -1)) ==
          QStringLiteral("asqse2.json: omittedItems.maxWithoutAdjustment: a whole number between 0 and 50 is needed"));
    CHECK(asqSe2Error(set(se, {QStringLiteral("itemPoints"), QStringLiteral("Z")}, QStringLiteral("zero"))) ==
          QStringLiteral("asqse2.json: itemPoints.Z: a whole number between 0 and 100 is needed"));

    const QJsonObject wc = shippedJson(QStringLiteral("wellcomm.json"));
    REQUIRE(InstrumentFiles::parseWellComm(bytes(wc)).ok());
    CHECK(wellCommError(set(wc, {QStringLiteral("sections"), 2, QStringLiteral("fromMonths")}, 17)) ==
          QStringLiteral("wellcomm.json: sections[2].fromMonths: the age bands must not overlap (section 2 ends at 17 "
                         "months)"));
    CHECK(wellCommError(set(wc, {QStringLiteral("sections"), 2, QStringLiteral("toMonths")}, 12)) ==
          QStringLiteral("wellcomm.json: sections[2]: \"fromMonths\" must not be after \"toMonths\""));
    CHECK(wellCommError(set(wc, {QStringLiteral("sections"), 2, QStringLiteral("number")}, 2)) ==
          QStringLiteral("wellcomm.json: sections[2].number: sections must be in ascending order (2 comes after 2)"));
    CHECK(wellCommError(set(wc, {QStringLiteral("results"), 0, QStringLiteral("key")}, QStringLiteral("purple"))) ==
          QStringLiteral("wellcomm.json: results: the results must be red, amber, green, in that order"));
    CHECK(wellCommError(removeKey(wc, {QStringLiteral("referralRule"), QStringLiteral("source")})) ==
          QStringLiteral("wellcomm.json: referralRule.source: this key is missing"));

    const QJsonObject eyfs = shippedJson(QStringLiteral("eyfs.json"));
    REQUIRE(InstrumentFiles::parseEyfs(bytes(eyfs)).ok());
    CHECK(eyfsError(set(eyfs, {QStringLiteral("concernStatus")}, QStringLiteral("delayed"))) ==
          QStringLiteral("eyfs.json: concernStatus: \"delayed\" is not one of the statuses"));
    CHECK(eyfsError(set(eyfs, {QStringLiteral("ageMonths"), QStringLiteral("from")}, 40)) ==
          QStringLiteral("eyfs.json: ageMonths: \"from\" must not be after \"to\""));
    CHECK(eyfsError(set(eyfs, {QStringLiteral("areas")}, QJsonArray{})) ==
          QStringLiteral("eyfs.json: areas: the list must not be empty"));
    CHECK(eyfsError(set(eyfs, {QStringLiteral("instrument")}, QStringLiteral("wellcomm"))) ==
          QStringLiteral("eyfs.json: instrument: \"eyfs\" is needed; this file is for \"wellcomm\""));
}

TEST_CASE("applyOverrides changes only the corrected value and says so in the version", "[instruments]")
{
    const InstrumentDefinitions& original = shipped();
    const QStringList before = dump(original);

    SECTION("one ASQ-3 cutoff")
    {
        const InstrumentDefinitions after = applyOverrides(
            original, {correction(QStringLiteral("asq3"), 24, QStringLiteral("communication"), QStringLiteral("cutoff"), 26)});
        CHECK(after.asq3.version == QStringLiteral("2026.1+store.1"));
        CHECK(after.asqSe2.version == QStringLiteral("2026.1"));
        const SourcedValue* cutoff = after.asq3.interval(24)->cutoff(QStringLiteral("communication"));
        CHECK(cutoff->value == 26);
        CHECK(cutoff->verified);
        CHECK(cutoff->source ==
              QStringLiteral("Corrected in this store by Sam Admin on 14/03/2026: Checked against the User's Guide table"));
        // Everything else is as shipped.
        const QStringList changed = dump(after);
        REQUIRE(changed.size() == before.size());
        int differences = 0;
        for (qsizetype i = 0; i < before.size(); ++i)
            if (before.at(i) != changed.at(i)) {
                ++differences;
                CHECK(before.at(i).startsWith(QStringLiteral("asq3 24 communication cutoff ")));
            }
        CHECK(differences == 1);
        // The monitoring threshold of the same domain is untouched.
        CHECK(hundredths(after.asq3.interval(24)->monitoringThreshold(QStringLiteral("communication"))->value) == 3517);
    }

    SECTION("later corrections win and each is counted")
    {
        const InstrumentDefinitions after = applyOverrides(
            original, {correction(QStringLiteral("asq3"), 24, QStringLiteral("communication"), QStringLiteral("cutoff"), 26),
                       correction(QStringLiteral("asq3"), 24, QStringLiteral("communication"), QStringLiteral("cutoff"), 27.5),
                       correction(QStringLiteral("asq3"), 36, QStringLiteral("fine-motor"), QStringLiteral("monitoring"), 30)});
        CHECK(after.asq3.version == QStringLiteral("2026.1+store.3"));
        CHECK(after.asq3.interval(24)->cutoff(QStringLiteral("communication"))->value == 27.5);
        const SourcedValue* monitoring = after.asq3.interval(36)->monitoringThreshold(QStringLiteral("fine-motor"));
        CHECK(monitoring->value == 30);
        CHECK(monitoring->verified);
        CHECK(after.asq3.interval(36)->cutoff(QStringLiteral("fine-motor"))->value == 18.07);
    }

    SECTION("an ASQ:SE-2 threshold")
    {
        const InstrumentDefinitions after = applyOverrides(
            original, {correction(QStringLiteral("asqse2"), 24, QStringLiteral("total"), QStringLiteral("monitoring"), 55)});
        CHECK(after.asqSe2.version == QStringLiteral("2026.1+store.1"));
        CHECK(after.asq3.version == QStringLiteral("2026.1"));
        CHECK(after.asqSe2.interval(24)->monitoring.value == 55);
        CHECK(after.asqSe2.interval(24)->monitoring.verified);
        CHECK(after.asqSe2.interval(24)->cutoff.value == 65);
        CHECK_FALSE(after.asqSe2.interval(24)->cutoff.verified);
    }

    SECTION("unknown intervals, parts, kinds and instruments are ignored")
    {
        const InstrumentDefinitions after = applyOverrides(
            original, {correction(QStringLiteral("asq3"), 25, QStringLiteral("communication"), QStringLiteral("cutoff"), 26),
                       correction(QStringLiteral("asq3"), 24, QStringLiteral("walking"), QStringLiteral("cutoff"), 26),
                       correction(QStringLiteral("asq3"), 24, QStringLiteral("total"), QStringLiteral("cutoff"), 26),
                       correction(QStringLiteral("asq3"), 24, QStringLiteral("communication"), QStringLiteral("median"), 26),
                       correction(QStringLiteral("asqse2"), 24, QStringLiteral("communication"), QStringLiteral("cutoff"), 60),
                       correction(QStringLiteral("asqse2"), 27, QStringLiteral("total"), QStringLiteral("cutoff"), 60),
                       correction(QStringLiteral("wellcomm"), 24, QStringLiteral("total"), QStringLiteral("cutoff"), 60)});
        CHECK(after.asq3.version == QStringLiteral("2026.1"));
        CHECK(after.asqSe2.version == QStringLiteral("2026.1"));
        CHECK(dump(after) == before);
    }

    SECTION("no corrections")
    {
        const InstrumentDefinitions after = applyOverrides(original, {});
        CHECK(after.asq3.version == QStringLiteral("2026.1"));
        CHECK(dump(after) == before);
    }
}
