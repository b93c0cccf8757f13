#include "FieldIssueHelpers.h"
#include "tandem/domain/WellCommRules.h"

#include "QtCatch.h"

using namespace tandem;
using namespace tandem::domain;
using namespace tandem::test;
namespace Rules = tandem::domain::WellCommRules;

namespace {

// The early-years sections by age band, as DOMAIN.md lists them; built by hand so these tests
// check the rules, not the data file.
WellCommDefinition definition()
{
    WellCommDefinition d;
    d.version = QStringLiteral("2026.1");
    const int bands[][3] = {{1, 6, 11},  {2, 12, 17}, {3, 18, 23}, {4, 24, 29}, {5, 30, 35},
                            {6, 36, 41}, {7, 42, 47}, {8, 48, 59}, {9, 60, 72}};
    for (const auto& b : bands)
        d.sections.append({b[0], b[1], b[2], true, QStringLiteral("Synthetic test band")});
    return d;
}

const QDate kBorn(2023, 3, 15);
const QDate kToday(2025, 7, 1);
const QDate kScreened(2025, 6, 10); // 2 years 2 months: section 4

Child ada()
{
    Child c;
    c.uuid = QStringLiteral("child-ada");
    c.familyUuid = QStringLiteral("family-1");
    c.givenName = QStringLiteral("Ada");
    c.familyName = QStringLiteral("Penn");
    c.dateOfBirth = kBorn;
    return c;
}

WellCommScreening at(int section, const char* result) { return {section, QString::fromLatin1(result)}; }

WellCommDraft draft(QList<WellCommScreening> screenings)
{
    WellCommDraft d;
    d.childUuid = QStringLiteral("child-ada");
    d.assessedOn = kScreened;
    d.screenings = std::move(screenings);
    return d;
}

FieldIssues checked(WellCommDraft d, const Child& child = ada(), const QDate& today = kToday)
{
    return Rules::check(d, child, today, definition());
}

} // namespace

TEST_CASE("WellComm: the section for an age at every band edge", "[wellcomm]")
{
    const WellCommDefinition d = definition();
    CHECK_FALSE(Rules::sectionForAge(d, -1).has_value());
    CHECK_FALSE(Rules::sectionForAge(d, 5).has_value());
    const std::pair<int, int> edges[] = {{6, 1},  {11, 1}, {12, 2}, {17, 2}, {18, 3}, {23, 3}, {24, 4},
                                         {29, 4}, {30, 5}, {35, 5}, {36, 6}, {41, 6}, {42, 7}, {47, 7},
                                         {48, 8}, {59, 8}, {60, 9}, {72, 9}};
    for (const auto& [months, section] : edges) {
        INFO(months << " months");
        CHECK(Rules::sectionForAge(d, months) == section);
    }
    CHECK_FALSE(Rules::sectionForAge(d, 73).has_value());
}

TEST_CASE("WellComm referral: red at the age-appropriate section", "[wellcomm][referral]")
{
    const Rules::Referral r = Rules::referral({at(4, "red"), at(3, "green")}, 4, false, false);
    CHECK(r.suggested);
    CHECK(r.reasons == QStringList{QStringLiteral("Red at the age-appropriate section (4)")});
}

TEST_CASE("WellComm referral: red only at a lower section is not that rule", "[wellcomm][referral]")
{
    SECTION("amber at the age section, red below it")
    {
        const Rules::Referral r = Rules::referral({at(4, "amber"), at(3, "red"), at(2, "green")}, 4, false, false);
        CHECK_FALSE(r.suggested);
        CHECK(r.reasons.isEmpty());
    }
    SECTION("a red first screening that is not the age section")
    {
        const Rules::Referral r = Rules::referral({at(3, "red"), at(2, "green")}, 4, false, false);
        CHECK_FALSE(r.suggested);
    }
    SECTION("red lower down still counts when the age section was red too")
    {
        const Rules::Referral r = Rules::referral({at(4, "red"), at(3, "red"), at(2, "green")}, 4, false, false);
        CHECK(r.suggested);
        CHECK(r.reasons == QStringList{QStringLiteral("Red at the age-appropriate section (4)")});
    }
}

TEST_CASE("WellComm referral: amber in one section only is not enough", "[wellcomm][referral]")
{
    CHECK_FALSE(Rules::referral({at(4, "amber"), at(3, "green")}, 4, false, false).suggested);
    CHECK_FALSE(Rules::referral({at(4, "amber")}, 4, false, false).suggested);
}

TEST_CASE("WellComm referral: amber in two or more sections", "[wellcomm][referral]")
{
    SECTION("two")
    {
        const Rules::Referral r = Rules::referral({at(4, "amber"), at(3, "amber"), at(2, "green")}, 4, false, false);
        CHECK(r.suggested);
        CHECK(r.reasons == QStringList{QStringLiteral("Amber in two sections (4 and 3)")});
    }
    SECTION("two below the age section")
    {
        const Rules::Referral r =
            Rules::referral({at(5, "red"), at(4, "amber"), at(3, "amber"), at(2, "green")}, 6, false, false);
        CHECK(r.suggested);
        CHECK(r.reasons == QStringList{QStringLiteral("Amber in two sections (4 and 3)")});
    }
    SECTION("three")
    {
        const Rules::Referral r =
            Rules::referral({at(5, "amber"), at(4, "amber"), at(3, "amber"), at(2, "green")}, 5, false, false);
        CHECK(r.suggested);
        CHECK(r.reasons == QStringList{QStringLiteral("Amber in 3 sections (5, 4 and 3)")});
    }
}

TEST_CASE("WellComm referral: a concern from the parent or practitioner alone", "[wellcomm][referral]")
{
    const QList<WellCommScreening> green = {at(4, "green")};
    SECTION("parent")
    {
        const Rules::Referral r = Rules::referral(green, 4, true, false);
        CHECK(r.suggested);
        CHECK(r.reasons == QStringList{QStringLiteral("The parent raised a concern")});
    }
    SECTION("practitioner")
    {
        const Rules::Referral r = Rules::referral(green, 4, false, true);
        CHECK(r.suggested);
        CHECK(r.reasons == QStringList{QStringLiteral("The practitioner raised a concern")});
    }
    SECTION("all green and no concern")
    {
        const Rules::Referral r = Rules::referral(green, 4, false, false);
        CHECK_FALSE(r.suggested);
        CHECK(r.reasons.isEmpty());
    }
}

TEST_CASE("WellComm referral: every reason is listed, in order", "[wellcomm][referral]")
{
    const Rules::Referral r =
        Rules::referral({at(4, "red"), at(3, "amber"), at(2, "amber"), at(1, "green")}, 4, true, true);
    CHECK(r.suggested);
    CHECK(r.reasons == QStringList{QStringLiteral("Red at the age-appropriate section (4)"),
                                   QStringLiteral("Amber in two sections (3 and 2)"),
                                   QStringLiteral("The parent raised a concern"),
                                   QStringLiteral("The practitioner raised a concern")});
}

TEST_CASE("WellComm: what to screen next, and the guidance", "[wellcomm]")
{
    SECTION("nothing screened yet")
    {
        CHECK_FALSE(Rules::nextSection({}).has_value());
        CHECK(Rules::guidance({}) == QStringLiteral("Screen with the age-appropriate section first."));
    }
    SECTION("after red")
    {
        CHECK(Rules::nextSection({at(4, "red")}) == 3);
        CHECK(Rules::guidance({at(4, "red")}) == QStringLiteral("Red at section 4: now screen with section 3."));
    }
    SECTION("after amber")
    {
        CHECK(Rules::nextSection({at(4, "amber")}) == 3);
        CHECK(Rules::guidance({at(4, "amber")}) == QStringLiteral("Amber at section 4: now screen with section 3."));
        CHECK(Rules::nextSection({at(4, "amber"), at(3, "red")}) == 2);
    }
    SECTION("after green")
    {
        CHECK_FALSE(Rules::nextSection({at(4, "amber"), at(3, "green")}).has_value());
        CHECK(Rules::guidance({at(4, "amber"), at(3, "green")}) ==
              QStringLiteral("Green at section 3: screening is complete."));
    }
    SECTION("red or amber at section 1")
    {
        CHECK_FALSE(Rules::nextSection({at(1, "red")}).has_value());
        CHECK_FALSE(Rules::nextSection({at(2, "amber"), at(1, "amber")}).has_value());
        CHECK(Rules::guidance({at(1, "red")}) ==
              QStringLiteral("Red at section 1: there is no lower section; record the result and consider referral."));
        CHECK(Rules::guidance({at(2, "amber"), at(1, "amber")}) ==
              QStringLiteral("Amber at section 1: there is no lower section; record the result and consider "
                             "referral."));
    }
    SECTION("a result not yet chosen")
    {
        CHECK_FALSE(Rules::nextSection({at(4, "")}).has_value());
        CHECK(Rules::guidance({at(4, "")}) == QStringLiteral("Record red, amber or green for section 4."));
    }
}

TEST_CASE("WellComm check: a complete screening passes and free text is trimmed", "[wellcomm][check]")
{
    WellCommDraft d = draft({at(4, "amber"), at(3, "amber"), at(2, "green")});
    d.parentConcerns = QStringLiteral("  Few words at home.\nUnderstands well.  ");
    d.followUpPlan = QStringLiteral("\tRefer to SALT ");
    const FieldIssues issues = Rules::check(d, ada(), kToday, definition());
    CHECK(issues.isEmpty());
    CHECK(d.parentConcerns == QStringLiteral("Few words at home.\nUnderstands well."));
    CHECK(d.followUpPlan == QStringLiteral("Refer to SALT"));
}

TEST_CASE("WellComm check: the screenings", "[wellcomm][check]")
{
    SECTION("at least one")
    {
        const FieldIssues issues = checked(draft({}));
        CHECK(fields(issues) == QStringList{QStringLiteral("wellcomm.screenings")});
        CHECK(message(issues, QStringLiteral("wellcomm.screenings")).contains(QStringLiteral("section (4)")));
    }
    SECTION("the first is the age section")
    {
        const FieldIssues issues = checked(draft({at(3, "green")}));
        CHECK(fields(issues) == QStringList{QStringLiteral("wellcomm.screenings[0]")});
        CHECK(message(issues, QStringLiteral("wellcomm.screenings[0]")) ==
              QStringLiteral("Start with the age-appropriate section for Ada on that day: section 4 (24 to 29 "
                             "months), not section 3."));
    }
    SECTION("no gap between sections")
    {
        const FieldIssues issues = checked(draft({at(4, "amber"), at(2, "green")}));
        CHECK(fields(issues) == QStringList{QStringLiteral("wellcomm.screenings[1]")});
        CHECK(message(issues, QStringLiteral("wellcomm.screenings[1]")) ==
              QStringLiteral("After section 4, screen with the section directly below (3), not section 2."));
    }
    SECTION("no going back up")
    {
        const FieldIssues issues = checked(draft({at(4, "amber"), at(5, "green")}));
        CHECK(fields(issues) == QStringList{QStringLiteral("wellcomm.screenings[1]")});
    }
    SECTION("screening stops at green")
    {
        const FieldIssues issues = checked(draft({at(4, "green"), at(3, "amber")}));
        CHECK(fields(issues) == QStringList{QStringLiteral("wellcomm.screenings[1]")});
        CHECK(message(issues, QStringLiteral("wellcomm.screenings[1]")) ==
              QStringLiteral("Screening stops at green: section 4 was green, so remove section 3."));
    }
    SECTION("an unknown colour")
    {
        const FieldIssues issues = checked(draft({at(4, "purple")}));
        CHECK(fields(issues) == QStringList{QStringLiteral("wellcomm.screenings[0]")});
        CHECK(message(issues, QStringLiteral("wellcomm.screenings[0]")) ==
              QStringLiteral("Section 4: choose red, amber or green."));
    }
    SECTION("a section that does not exist")
    {
        const FieldIssues issues = checked(draft({at(4, "red"), at(3, "red"), at(2, "red"), at(1, "red"), at(0, "red")}));
        CHECK(fields(issues) == QStringList{QStringLiteral("wellcomm.screenings[4]")});
        CHECK(message(issues, QStringLiteral("wellcomm.screenings[4]")) ==
              QStringLiteral("Section 0 is not a WellComm early-years section."));
    }
    SECTION("stopping before green is allowed")
    {
        CHECK(checked(draft({at(4, "amber")})).isEmpty());
    }
}

TEST_CASE("WellComm check: the date", "[wellcomm][check]")
{
    const QString field = QStringLiteral("wellcomm.assessedOn");
    SECTION("missing")
    {
        WellCommDraft d = draft({at(4, "green")});
        d.assessedOn = QDate();
        CHECK(fields(checked(d)) == QStringList{field});
    }
    SECTION("today is allowed, tomorrow is not")
    {
        WellCommDraft d = draft({at(4, "green")});
        d.assessedOn = kToday;
        CHECK(checked(d).isEmpty());
        d.assessedOn = kToday.addDays(1);
        const FieldIssues issues = checked(d);
        CHECK(fields(issues).contains(field));
        CHECK(message(issues, field).contains(QStringLiteral("02/07/2025, which is in the future")));
    }
    SECTION("before birth")
    {
        WellCommDraft d = draft({at(1, "green")});
        d.assessedOn = kBorn.addDays(-1);
        const FieldIssues issues = checked(d);
        CHECK(fields(issues).contains(field));
        CHECK(message(issues, field) ==
              QStringLiteral("The screening is dated 14/03/2023, before Ada was born on 15/03/2023: check the date."));
    }
    SECTION("an unborn child")
    {
        Child unborn = ada();
        unborn.dateOfBirth.reset();
        unborn.expectedDeliveryDate = QDate(2025, 9, 1);
        CHECK(fields(checked(draft({at(4, "green")}), unborn)).contains(field));
    }
}

TEST_CASE("WellComm check: the child's age falls in a section's band", "[wellcomm][check]")
{
    const QString field = QStringLiteral("wellcomm.assessedOn");
    SECTION("too young: 5 months 30 days")
    {
        WellCommDraft d = draft({at(1, "green")});
        d.assessedOn = QDate(2023, 9, 14);
        const FieldIssues issues = checked(d);
        CHECK(fields(issues) == QStringList{field});
        CHECK(message(issues, field) == QStringLiteral("WellComm early-years sections cover children aged 6 to 72 "
                                                       "months; Ada was 5 months 30 days on 14/09/2023."));
    }
    SECTION("6 months exactly: section 1")
    {
        WellCommDraft d = draft({at(1, "green")});
        d.assessedOn = QDate(2023, 9, 15);
        CHECK(checked(d).isEmpty());
    }
    SECTION("72 months and some days: section 9")
    {
        WellCommDraft d = draft({at(9, "green")});
        d.assessedOn = QDate(2029, 4, 14);
        CHECK(checked(d, ada(), QDate(2029, 5, 1)).isEmpty());
    }
    SECTION("too old: 73 months")
    {
        WellCommDraft d = draft({at(9, "green")});
        d.assessedOn = QDate(2029, 4, 15);
        const FieldIssues issues = checked(d, ada(), QDate(2029, 5, 1));
        CHECK(fields(issues) == QStringList{field});
        CHECK(message(issues, field).contains(QStringLiteral("Ada was 6 years 1 month on 15/04/2029")));
    }
}

TEST_CASE("WellComm check: free text at most 2000 characters", "[wellcomm][check]")
{
    WellCommDraft d = draft({at(4, "green")});
    d.parentConcerns = QString(2000, QLatin1Char('a'));
    d.followUpPlan = QString(2001, QLatin1Char('b'));
    const FieldIssues issues = Rules::check(d, ada(), kToday, definition());
    CHECK(fields(issues) == QStringList{QStringLiteral("wellcomm.followUpPlan")});
}

TEST_CASE("WellComm score: parts, outcome and follow-up", "[wellcomm][score]")
{
    SECTION("amber then green: no referral")
    {
        const Assessment a = Rules::score(draft({at(4, "amber"), at(3, "green")}), ada(), definition());
        CHECK(a.kind == AssessmentKind::WellComm);
        CHECK(a.childUuid == QStringLiteral("child-ada"));
        CHECK(a.familyUuid == QStringLiteral("family-1"));
        CHECK(a.assessedOn == kScreened);
        CHECK(a.ageSection == 4);
        REQUIRE(a.parts.size() == 2);
        CHECK(a.parts[0].part == QStringLiteral("section-4"));
        CHECK(a.parts[0].result == QStringLiteral("amber"));
        CHECK(a.parts[1].part == QStringLiteral("section-3"));
        CHECK(a.parts[1].result == QStringLiteral("green"));
        CHECK(a.outcome == QStringLiteral("Amber at section 4, green at section 3."));
        CHECK_FALSE(a.needsFollowUp);
        CHECK(a.definitionVersion == QStringLiteral("wellcomm 2026.1"));
        CHECK(a.unverified.isEmpty());
    }
    SECTION("amber in two sections")
    {
        const Assessment a = Rules::score(draft({at(4, "amber"), at(3, "amber"), at(2, "green")}), ada(), definition());
        CHECK(a.outcome == QStringLiteral("Amber at section 4, amber at section 3, green at section 2. Referral to "
                                          "speech and language therapy suggested: amber in two sections."));
        CHECK(a.needsFollowUp);
    }
    SECTION("red at the age section")
    {
        const Assessment a = Rules::score(draft({at(4, "red"), at(3, "green")}), ada(), definition());
        CHECK(a.outcome == QStringLiteral("Red at section 4, green at section 3. Referral to speech and language "
                                          "therapy suggested: red at the age-appropriate section."));
        CHECK(a.needsFollowUp);
    }
    SECTION("green at the age section")
    {
        const Assessment a = Rules::score(draft({at(4, "green")}), ada(), definition());
        CHECK(a.outcome == QStringLiteral("Green at section 4 (age-appropriate)."));
        CHECK_FALSE(a.needsFollowUp);
    }
    SECTION("green, with the parent's concern")
    {
        WellCommDraft d = draft({at(4, "green")});
        d.parentConcern = true;
        d.parentConcerns = QStringLiteral("Worried about stammering");
        const Assessment a = Rules::score(d, ada(), definition());
        CHECK(a.parentConcern);
        CHECK_FALSE(a.practitionerConcern);
        CHECK(a.parentConcerns == QStringLiteral("Worried about stammering"));
        CHECK(a.outcome == QStringLiteral("Green at section 4 (age-appropriate). Referral to speech and language "
                                          "therapy suggested: the parent raised a concern."));
        CHECK(a.needsFollowUp);
    }
    SECTION("an unverified age band is named")
    {
        WellCommDefinition d = definition();
        d.sections[3].verified = false;
        const Assessment a = Rules::score(draft({at(4, "green")}), ada(), d);
        REQUIRE(a.unverified.size() == 1);
        CHECK(a.unverified.first().contains(QStringLiteral("section 4 (24 to 29 months) is unverified")));
    }
}

TEST_CASE("WellComm: the shipped definition has the same age bands", "[wellcomm]")
{
    const Result<InstrumentDefinitions> shipped = InstrumentFiles::builtIn();
    REQUIRE(shipped.ok());
    const WellCommDefinition& shippedDefinition = shipped.value().wellComm;
    for (int months = 0; months <= 80; ++months) {
        INFO(months << " months");
        CHECK(Rules::sectionForAge(shippedDefinition, months) == Rules::sectionForAge(definition(), months));
    }
}
