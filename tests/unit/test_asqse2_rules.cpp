#include "tandem/domain/AsqSe2Rules.h"

#include "QtCatch.h"

using namespace tandem;
using namespace tandem::domain;

namespace Catch {
template <>
struct StringMaker<Zone> {
    static std::string convert(Zone z) { return Zones::token(z).toStdString(); }
};
} // namespace Catch

namespace {

// Synthetic child: born 03/05/2024 at term. On 10/05/2026 she is 24 months 7 days old.
const QDate kBirth(2024, 5, 3);
const QDate kOn(2026, 5, 10);
const QDate kToday(2026, 6, 30);

const InstrumentDefinitions& shipped()
{
    static const InstrumentDefinitions defs = [] {
        const Result<InstrumentDefinitions> r = InstrumentFiles::builtIn();
        REQUIRE(r.ok());
        return r.value();
    }();
    return defs;
}

const AsqSe2Definition& asqSe2() { return shipped().asqSe2; }

Child ada(std::optional<int> gestation = 40)
{
    Child c;
    c.uuid = QStringLiteral("child-1");
    c.familyUuid = QStringLiteral("family-1");
    c.givenName = QStringLiteral("Ada");
    c.familyName = QStringLiteral("Example");
    c.dateOfBirth = kBirth;
    c.gestationWeeks = gestation;
    return c;
}

AsqSe2Draft draft(std::optional<double> total, int omitted = 0, const QDate& on = kOn)
{
    AsqSe2Draft d;
    d.childUuid = QStringLiteral("child-1");
    d.assessedOn = on;
    d.total = total;
    d.omittedItems = omitted;
    return d;
}

QStringList messages(const FieldIssues& issues, const QString& field)
{
    QStringList out;
    for (const FieldIssue& i : issues)
        if (i.field == field)
            out.append(i.message);
    return out;
}

} // namespace

TEST_CASE("ASQ:SE-2 zones: above the cutoff refers, the monitoring zone runs up to it", "[asqse2]")
{
    CHECK(AsqSe2Rules::zoneFor(65, 65, 50) == Zone::Monitoring);
    CHECK(AsqSe2Rules::zoneFor(65.01, 65, 50) == Zone::Refer);
    CHECK(AsqSe2Rules::zoneFor(70, 65, 50) == Zone::Refer);
    CHECK(AsqSe2Rules::zoneFor(64.99, 65, 50) == Zone::Monitoring);
    CHECK(AsqSe2Rules::zoneFor(50, 65, 50) == Zone::Monitoring);
    CHECK(AsqSe2Rules::zoneFor(49.99, 65, 50) == Zone::OnSchedule);
    CHECK(AsqSe2Rules::zoneFor(45, 65, 50) == Zone::OnSchedule);
    CHECK(AsqSe2Rules::zoneFor(0, 65, 50) == Zone::OnSchedule);
    CHECK(AsqSe2Rules::zoneFor(0.1 + 0.2, 0.3, 0.3) == Zone::Monitoring);

    for (const AsqSe2Interval& i : asqSe2().intervals) {
        INFO(i.months << " months");
        const double cut = i.cutoff.value;
        const double mon = i.monitoring.value;
        CHECK(AsqSe2Rules::zoneFor(cut, cut, mon) == Zone::Monitoring);
        CHECK(AsqSe2Rules::zoneFor(cut + 0.01, cut, mon) == Zone::Refer);
        CHECK(AsqSe2Rules::zoneFor(cut + 5, cut, mon) == Zone::Refer);
        CHECK(AsqSe2Rules::zoneFor(cut - 0.01, cut, mon) == Zone::Monitoring);
        CHECK(AsqSe2Rules::zoneFor(mon, cut, mon) == Zone::Monitoring);
        CHECK(AsqSe2Rules::zoneFor(mon - 0.01, cut, mon) == Zone::OnSchedule);
        CHECK(AsqSe2Rules::zoneFor(mon - 5, cut, mon) == Zone::OnSchedule);
    }
}

TEST_CASE("ASQ:SE-2 check: the total", "[asqse2]")
{
    const QString field = QStringLiteral("asqse2.total");
    const auto issuesFor = [&](std::optional<double> total) {
        AsqSe2Draft d = draft(total);
        return messages(AsqSe2Rules::check(d, ada(), kToday, asqSe2()), field);
    };
    for (double ok : {0.0, 5.0, 65.0, 495.0, 500.0})
        CHECK(issuesFor(ok).isEmpty());
    CHECK(issuesFor(37) == QStringList{QStringLiteral("ASQ:SE-2 totals are multiples of 5 (items score 0, 5 or 10, plus 5 "
                                                      "for a concern): check 37.")});
    CHECK(issuesFor(37.5) == QStringList{QStringLiteral("ASQ:SE-2 totals are multiples of 5 (items score 0, 5 or 10, plus "
                                                        "5 for a concern): check 37.5.")});
    CHECK(issuesFor(65.001).size() == 1);
    CHECK(issuesFor(505) ==
          QStringList{QStringLiteral("A total above 500 is not possible for the 24-month questionnaire.")});
    CHECK(issuesFor(-5) == QStringList{QStringLiteral("A total below 0 is not possible.")});
    CHECK(issuesFor(std::nullopt) == QStringList{QStringLiteral("Enter the ASQ:SE-2 total from the scored form.")});
}

TEST_CASE("ASQ:SE-2 check: omitted items", "[asqse2]")
{
    const QString field = QStringLiteral("asqse2.omittedItems");
    for (int omitted : {0, 1, 2}) {
        AsqSe2Draft d = draft(40, omitted);
        CHECK(AsqSe2Rules::check(d, ada(), kToday, asqSe2()).isEmpty());
    }
    AsqSe2Draft d = draft(40, 3);
    CHECK(messages(AsqSe2Rules::check(d, ada(), kToday, asqSe2()), field) ==
          QStringList{QStringLiteral("More than 2 items were left blank: adjust the total as the ASQ:SE-2 User's Guide "
                                     "describes, then confirm.")});
    d.totalAdjustedPerGuide = true;
    CHECK(AsqSe2Rules::check(d, ada(), kToday, asqSe2()).isEmpty());
    d = draft(40, -1);
    CHECK(messages(AsqSe2Rules::check(d, ada(), kToday, asqSe2()), field) ==
          QStringList{QStringLiteral("The number of items left blank cannot be negative.")});
}

TEST_CASE("ASQ:SE-2 check: date, interval and free text", "[asqse2]")
{
    AsqSe2Draft d = draft(40, 0, kToday.addDays(1));
    CHECK(messages(AsqSe2Rules::check(d, ada(), kToday, asqSe2()), QStringLiteral("asqse2.assessedOn")) ==
          QStringList{QStringLiteral("The assessment date cannot be in the future.")});
    d.assessedOn = kBirth.addDays(-3);
    CHECK(messages(AsqSe2Rules::check(d, ada(), kToday, asqSe2()), QStringLiteral("asqse2.assessedOn")) ==
          QStringList{QStringLiteral("The assessment date is before Ada's date of birth (03/05/2024).")});
    Child unborn = ada();
    unborn.dateOfBirth.reset();
    d.assessedOn = kOn;
    CHECK(messages(AsqSe2Rules::check(d, unborn, kToday, asqSe2()), QStringLiteral("asqse2.assessedOn")).size() == 1);

    d.intervalMonths = 30;
    CHECK(messages(AsqSe2Rules::check(d, ada(), kToday, asqSe2()), QStringLiteral("asqse2.interval")) ==
          QStringList{QStringLiteral("The 30-month questionnaire covers 27 months 0 days to 32 months 30 days, not the "
                                     "child's age 24 months 7 days on that day: use the 24-month questionnaire.")});
    d.intervalMonths = 27;
    CHECK(messages(AsqSe2Rules::check(d, ada(), kToday, asqSe2()), QStringLiteral("asqse2.interval")) ==
          QStringList{QStringLiteral("ASQ:SE-2 has no 27-month questionnaire; the intervals are 2, 6, 12, 18, 24, 30, 36, "
                                     "48, 60 months.")});
    d.intervalMonths = 24;
    CHECK(AsqSe2Rules::check(d, ada(), kToday, asqSe2()).isEmpty());

    d.parentConcerns = QStringLiteral("  Tantrums at bedtime ");
    d.followUpPlan = QString(2001, u'x');
    const FieldIssues issues = AsqSe2Rules::check(d, ada(), kToday, asqSe2());
    CHECK(d.parentConcerns == QStringLiteral("Tantrums at bedtime"));
    CHECK(messages(issues, QStringLiteral("asqse2.followUpPlan")) ==
          QStringList{QStringLiteral("Shorten the follow-up plan to 2000 characters or fewer; it has 2001.")});
}

TEST_CASE("ASQ:SE-2 score", "[asqse2]")
{
    const AsqSe2Interval& i24 = *asqSe2().interval(24); // cutoff 65, monitoring 50

    SECTION("at the cutoff: monitoring zone")
    {
        const Assessment a = AsqSe2Rules::score(draft(65), ada(), asqSe2());
        CHECK(a.kind == AssessmentKind::AsqSe2);
        CHECK(a.childUuid == QStringLiteral("child-1"));
        CHECK(a.familyUuid == QStringLiteral("family-1"));
        CHECK(a.intervalMonths == 24);
        CHECK_FALSE(a.correctedAge);
        CHECK(a.intervalReason.endsWith(QStringLiteral("The 24-month ASQ:SE-2 questionnaire covers 21 months 0 days to 26 "
                                                       "months 30 days.")));
        REQUIRE(a.parts.size() == 1);
        const AssessmentPart& p = a.parts.first();
        CHECK(p.part == QStringLiteral("total"));
        CHECK(p.score == 65);
        CHECK(p.zone == Zone::Monitoring);
        CHECK(p.cutoff->value == 65);
        CHECK_FALSE(p.cutoff->verified);
        CHECK(p.monitoring->value == 50);
        CHECK(a.outcome == QStringLiteral("Total 65 is in the monitoring zone (50 to 65)."));
        CHECK_FALSE(a.needsFollowUp);
        CHECK(a.definitionVersion == QStringLiteral("asqse2 2026.1"));
        CHECK(a.unverified ==
              QStringList{QStringLiteral("The 24-month ASQ:SE-2 window (21 months 0 days to 26 months 30 days) is "
                                         "unverified: ") + i24.window.source,
                          QStringLiteral("ASQ:SE-2 cutoff at 24 months (65) is unverified: ") + i24.cutoff.source,
                          QStringLiteral("ASQ:SE-2 monitoring threshold at 24 months (50) is unverified: ") +
                              i24.monitoring.source});
    }

    SECTION("cutoff + 5: refer")
    {
        const Assessment a = AsqSe2Rules::score(draft(70), ada(), asqSe2());
        CHECK(a.parts.first().zone == Zone::Refer);
        CHECK(a.outcome == QStringLiteral("Total 70 is above the cutoff of 65: refer for further assessment."));
        CHECK(a.needsFollowUp);
        // The monitoring threshold played no part in a referral.
        CHECK(a.unverified.size() == 2);
        CHECK(a.unverified.filter(QStringLiteral("monitoring threshold")).isEmpty());
    }

    SECTION("below the monitoring zone")
    {
        const Assessment a = AsqSe2Rules::score(draft(45), ada(), asqSe2());
        CHECK(a.parts.first().zone == Zone::OnSchedule);
        CHECK(a.outcome == QStringLiteral("Total 45 is below the monitoring zone (from 50): on schedule."));
        CHECK_FALSE(a.needsFollowUp);
        CHECK(AsqSe2Rules::score(draft(50), ada(), asqSe2()).parts.first().zone == Zone::Monitoring);
    }

    SECTION("omitted items adjusted per the guide are recorded and said")
    {
        AsqSe2Draft d = draft(40, 4);
        d.totalAdjustedPerGuide = true;
        const Assessment a = AsqSe2Rules::score(d, ada(), asqSe2());
        CHECK(a.omittedItems == 4);
        CHECK(a.totalAdjustedPerGuide);
        CHECK(a.outcome == QStringLiteral("Total 40 is below the monitoring zone (from 50): on schedule. The total was "
                                          "adjusted for 4 items left blank as the User's Guide describes."));
        const Assessment few = AsqSe2Rules::score(draft(40, 2), ada(), asqSe2());
        CHECK(few.omittedItems == 2);
        CHECK(few.outcome == QStringLiteral("Total 40 is below the monitoring zone (from 50): on schedule."));
    }

    SECTION("corrected age, with the unverified prematurity rule")
    {
        // Born at 34 weeks: 21 months 26 days old on 01/03/2026, 20 months 15 days corrected.
        const Assessment a = AsqSe2Rules::score(draft(40, 0, QDate(2026, 3, 1)), ada(34), asqSe2());
        CHECK(a.correctedAge);
        CHECK(a.intervalMonths == 18);
        CHECK(a.unverified.contains(QStringLiteral("The ASQ:SE-2 rule for corrected age (from 3 weeks early, until 24 "
                                                   "months) is unverified: ") +
                                    asqSe2().prematurity.source));
        const Assessment term = AsqSe2Rules::score(draft(40, 0, QDate(2026, 3, 1)), ada(40), asqSe2());
        CHECK_FALSE(term.correctedAge);
        CHECK(term.intervalMonths == 24);
        CHECK(term.unverified.filter(QStringLiteral("corrected age")).isEmpty());
    }

    SECTION("an administrator's correction applies to new results")
    {
        ThresholdOverride o;
        o.instrument = QStringLiteral("asqse2");
        o.intervalMonths = 24;
        o.part = QStringLiteral("total");
        o.kind = QStringLiteral("cutoff");
        o.value = 60;
        o.reason = QStringLiteral("Checked against the User's Guide");
        o.setByName = QStringLiteral("Sam Admin");
        o.setAt = QStringLiteral("2026-04-01T09:00:00.000Z");
        const AsqSe2Definition corrected = applyOverrides(shipped(), {o}).asqSe2;
        const Assessment before = AsqSe2Rules::score(draft(65), ada(), asqSe2());
        const Assessment after = AsqSe2Rules::score(draft(65), ada(), corrected);
        CHECK(before.parts.first().zone == Zone::Monitoring);
        CHECK(after.parts.first().zone == Zone::Refer);
        CHECK(after.definitionVersion == QStringLiteral("asqse2 2026.1+store.1"));
        CHECK(after.parts.first().cutoff->verified);
        CHECK(after.unverified.filter(QStringLiteral("cutoff")).isEmpty());
    }
}
