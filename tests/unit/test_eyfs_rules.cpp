#include "FieldIssueHelpers.h"
#include "tandem/domain/EyfsRules.h"

#include "QtCatch.h"

using namespace tandem;
using namespace tandem::domain;
using namespace tandem::test;
namespace Rules = tandem::domain::EyfsRules;

namespace {

// The three prime areas and Tandem's status words, built by hand so these tests check the rules.
EyfsDefinition definition()
{
    EyfsDefinition d;
    d.version = QStringLiteral("2026.1");
    d.areas = {{QStringLiteral("communication-language"), QStringLiteral("Communication and Language")},
               {QStringLiteral("physical"), QStringLiteral("Physical Development")},
               {QStringLiteral("personal-social-emotional"), QStringLiteral("Personal, Social and Emotional Development")}};
    d.statuses = {{QStringLiteral("on-track"), QStringLiteral("Progress as expected")},
                  {QStringLiteral("less-than-expected"), QStringLiteral("Progress less than expected")},
                  {QStringLiteral("possible-delay"), QStringLiteral("Possible delay or special educational need")}};
    d.concernStatus = QStringLiteral("possible-delay");
    d.fromMonths = 24;
    d.toMonths = 36;
    d.source = QStringLiteral("Synthetic test definition");
    return d;
}

const QDate kBorn(2023, 3, 15);
const QDate kToday(2026, 6, 1);
const QString kCl = QStringLiteral("communication-language");
const QString kPd = QStringLiteral("physical");
const QString kPse = QStringLiteral("personal-social-emotional");

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

EyfsAreaInput area(const QString& key, const char* status, const QString& summary = QStringLiteral("Enjoys stories."))
{
    return {key, QString::fromLatin1(status), summary};
}

EyfsDraft draft()
{
    EyfsDraft d;
    d.childUuid = QStringLiteral("child-ada");
    d.completedOn = QDate(2025, 6, 10); // 2 years 2 months
    d.completedByName = QStringLiteral("Priya (key person)");
    d.setting = QStringLiteral("Oak Tree Nursery");
    d.parentAgreedToShare = true;
    d.areas = {area(kCl, "on-track"), area(kPd, "on-track"), area(kPse, "on-track")};
    return d;
}

FieldIssues checked(EyfsDraft d, const Child& child = ada()) { return Rules::check(d, child, kToday, definition()); }

} // namespace

TEST_CASE("EYFS check: a complete check passes and text is normalised", "[eyfs][check]")
{
    EyfsDraft d = draft();
    d.completedByName = QStringLiteral("  Priya   (key person) ");
    d.setting = QStringLiteral(" Oak Tree Nursery");
    d.areas[0].summary = QStringLiteral("  Uses two-word phrases.\nPoints to ask.  ");
    d.parentConcerns = QStringLiteral(" None ");
    d.followUpPlan = QStringLiteral(" Extra story time. ");
    CHECK(Rules::check(d, ada(), kToday, definition()).isEmpty());
    CHECK(d.completedByName == QStringLiteral("Priya (key person)"));
    CHECK(d.setting == QStringLiteral("Oak Tree Nursery"));
    CHECK(d.areas[0].summary == QStringLiteral("Uses two-word phrases.\nPoints to ask."));
    CHECK(d.parentConcerns == QStringLiteral("None"));
    CHECK(d.followUpPlan == QStringLiteral("Extra story time."));
}

TEST_CASE("EYFS check: the child is aged 24 to 36 whole months", "[eyfs][check]")
{
    const QString field = QStringLiteral("eyfs.completedOn");
    EyfsDraft d = draft();
    SECTION("23 months is too young")
    {
        d.completedOn = QDate(2025, 3, 14); // 1 year 11 months 27 days
        const FieldIssues issues = checked(d);
        CHECK(fields(issues) == QStringList{field});
        CHECK(message(issues, field) == QStringLiteral("The progress check at two is for children aged 2 to 3; Ada "
                                                       "was 1 year 11 months 27 days on 14/03/2025."));
    }
    SECTION("24 months exactly")
    {
        d.completedOn = QDate(2025, 3, 15);
        CHECK(checked(d).isEmpty());
    }
    SECTION("36 months and 30 days")
    {
        d.completedOn = QDate(2026, 4, 14);
        CHECK(checked(d).isEmpty());
    }
    SECTION("37 months is too old")
    {
        d.completedOn = QDate(2026, 4, 15);
        const FieldIssues issues = checked(d);
        CHECK(fields(issues) == QStringList{field});
        CHECK(message(issues, field).contains(QStringLiteral("Ada was 3 years 1 month on 15/04/2026")));
    }
}

TEST_CASE("EYFS check: the date", "[eyfs][check]")
{
    const QString field = QStringLiteral("eyfs.completedOn");
    EyfsDraft d = draft();
    SECTION("missing")
    {
        d.completedOn = QDate();
        CHECK(fields(checked(d)) == QStringList{field});
    }
    SECTION("in the future")
    {
        d.completedOn = kToday.addDays(1);
        const FieldIssues issues = checked(d);
        CHECK(fields(issues) == QStringList{field});
        CHECK(message(issues, field).contains(QStringLiteral("02/06/2026, which is in the future")));
    }
    SECTION("today")
    {
        Child older = ada();
        older.dateOfBirth = QDate(2024, 1, 1);
        d.completedOn = kToday;
        CHECK(checked(d, older).isEmpty());
    }
    SECTION("before birth")
    {
        d.completedOn = kBorn.addDays(-1);
        const FieldIssues issues = checked(d);
        CHECK(fields(issues) == QStringList{field});
        CHECK(message(issues, field).contains(QStringLiteral("before Ada was born on 15/03/2023")));
    }
    SECTION("an unborn child")
    {
        Child unborn = ada();
        unborn.dateOfBirth.reset();
        unborn.expectedDeliveryDate = QDate(2026, 8, 1);
        CHECK(fields(checked(d, unborn)) == QStringList{field});
    }
}

TEST_CASE("EYFS check: who and where", "[eyfs][check]")
{
    EyfsDraft d = draft();
    SECTION("both required")
    {
        d.completedByName = QStringLiteral("   ");
        d.setting.clear();
        CHECK(fields(checked(d)) == QStringList{QStringLiteral("eyfs.completedBy"), QStringLiteral("eyfs.setting")});
    }
    SECTION("at most 200 characters")
    {
        d.completedByName = QString(200, QLatin1Char('p'));
        d.setting = QString(201, QLatin1Char('s'));
        CHECK(fields(checked(d)) == QStringList{QStringLiteral("eyfs.setting")});
    }
}

TEST_CASE("EYFS check: each prime area once", "[eyfs][check]")
{
    EyfsDraft d = draft();
    SECTION("a missing area")
    {
        d.areas.removeAt(1);
        const FieldIssues issues = checked(d);
        CHECK(fields(issues) == QStringList{QStringLiteral("eyfs.physical")});
        CHECK(message(issues, QStringLiteral("eyfs.physical")) ==
              QStringLiteral("Record Physical Development: a status and the setting's short summary."));
    }
    SECTION("no areas at all")
    {
        d.areas.clear();
        CHECK(fields(checked(d)) ==
              QStringList{QStringLiteral("eyfs.communication-language"), QStringLiteral("eyfs.physical"),
                          QStringLiteral("eyfs.personal-social-emotional")});
    }
    SECTION("a duplicate area")
    {
        d.areas.append(area(kPd, "less-than-expected"));
        const FieldIssues issues = checked(d);
        CHECK(fields(issues) == QStringList{QStringLiteral("eyfs.areas")});
        CHECK(message(issues, QStringLiteral("eyfs.areas")).contains(QStringLiteral("Physical Development is recorded "
                                                                                    "more than once")));
    }
    SECTION("an area that is not a prime area")
    {
        d.areas.append(area(QStringLiteral("mathematics"), "on-track"));
        CHECK(fields(checked(d)) == QStringList{QStringLiteral("eyfs.areas")});
    }
    SECTION("an unknown status")
    {
        d.areas[1].status = QStringLiteral("excellent");
        const FieldIssues issues = checked(d);
        CHECK(fields(issues) == QStringList{QStringLiteral("eyfs.physical")});
        CHECK(message(issues, QStringLiteral("eyfs.physical")).contains(QStringLiteral("\"excellent\" is not a known "
                                                                                       "status")));
    }
    SECTION("no status")
    {
        d.areas[2].status.clear();
        CHECK(fields(checked(d)) == QStringList{QStringLiteral("eyfs.personal-social-emotional")});
    }
}

TEST_CASE("EYFS check: each summary 1 to 1000 characters", "[eyfs][check]")
{
    EyfsDraft d = draft();
    const QString field = QStringLiteral("eyfs.communication-language.summary");
    SECTION("empty")
    {
        d.areas[0].summary = QStringLiteral(" \n ");
        CHECK(fields(checked(d)) == QStringList{field});
    }
    SECTION("1000 is the limit")
    {
        d.areas[0].summary = QString(1000, QLatin1Char('x'));
        CHECK(checked(d).isEmpty());
    }
    SECTION("1001 is too long")
    {
        d.areas[0].summary = QString(1001, QLatin1Char('x'));
        const FieldIssues issues = checked(d);
        CHECK(fields(issues) == QStringList{field});
        CHECK(message(issues, field).contains(QStringLiteral("it has 1001")));
    }
}

TEST_CASE("EYFS check: free text at most 2000 characters", "[eyfs][check]")
{
    EyfsDraft d = draft();
    d.parentConcerns = QString(2001, QLatin1Char('c'));
    d.followUpPlan = QString(2000, QLatin1Char('f'));
    CHECK(fields(checked(d)) == QStringList{QStringLiteral("eyfs.parentConcerns")});
}

TEST_CASE("EYFS score: parts in the definition's order", "[eyfs][score]")
{
    EyfsDraft d = draft();
    d.areas = {area(kPse, "on-track", QStringLiteral("Plays alongside others.")),
               area(kCl, "less-than-expected", QStringLiteral("Few words yet.")),
               area(kPd, "on-track", QStringLiteral("Climbs confidently."))};
    const Assessment a = Rules::score(d, ada(), definition());
    CHECK(a.kind == AssessmentKind::Eyfs);
    CHECK(a.childUuid == QStringLiteral("child-ada"));
    CHECK(a.familyUuid == QStringLiteral("family-1"));
    CHECK(a.assessedOn == QDate(2025, 6, 10));
    CHECK(a.completedByName == QStringLiteral("Priya (key person)"));
    CHECK(a.setting == QStringLiteral("Oak Tree Nursery"));
    CHECK(a.parentAgreedToShare);
    CHECK(a.definitionVersion == QStringLiteral("eyfs 2026.1"));
    REQUIRE(a.parts.size() == 3);
    CHECK(a.parts[0].part == kCl);
    CHECK(a.parts[0].result == QStringLiteral("less-than-expected"));
    CHECK(a.parts[0].note == QStringLiteral("Few words yet."));
    CHECK(a.parts[1].part == kPd);
    CHECK(a.parts[2].part == kPse);
    CHECK(a.parts[2].note == QStringLiteral("Plays alongside others."));
}

TEST_CASE("EYFS score: outcome and follow-up", "[eyfs][score]")
{
    EyfsDraft d = draft();
    SECTION("all as expected")
    {
        const Assessment a = Rules::score(d, ada(), definition());
        CHECK(a.outcome == QStringLiteral("Progress as expected in all three prime areas."));
        CHECK_FALSE(a.needsFollowUp);
    }
    SECTION("less than expected alone needs no follow-up")
    {
        d.areas[1].status = QStringLiteral("less-than-expected");
        const Assessment a = Rules::score(d, ada(), definition());
        CHECK(a.outcome == QStringLiteral("Less than expected: Physical Development."));
        CHECK_FALSE(a.needsFollowUp);
    }
    SECTION("a possible delay needs follow-up and comes first")
    {
        d.areas[0].status = QStringLiteral("possible-delay");
        d.areas[1].status = QStringLiteral("less-than-expected");
        const Assessment a = Rules::score(d, ada(), definition());
        CHECK(a.outcome ==
              QStringLiteral("Possible delay: Communication and Language. Less than expected: Physical Development."));
        CHECK(a.needsFollowUp);
    }
    SECTION("two areas under one status")
    {
        d.areas[0].status = QStringLiteral("possible-delay");
        d.areas[2].status = QStringLiteral("possible-delay");
        const Assessment a = Rules::score(d, ada(), definition());
        CHECK(a.outcome == QStringLiteral("Possible delay: Communication and Language; Personal, Social and Emotional "
                                          "Development."));
        CHECK(a.needsFollowUp);
    }
}
