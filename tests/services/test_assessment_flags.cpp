#include "AssessmentFixtures.h"
#include "HealthVisitingFixtures.h"

#include "tandem/services/AssessmentService.h"
#include "tandem/services/CaseloadService.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {
const CaseloadEntry* entryFor(const Caseload& c, const QString& familyUuid)
{
    for (const CaseloadEntry& e : c.entries)
        if (e.familyUuid == familyUuid)
            return &e;
    return nullptr;
}

QList<AssessmentFlag> flagsOf(Session& s, const QString& familyUuid)
{
    auto caseload = CaseloadService(s).caseload();
    REQUIRE(caseload.ok());
    const CaseloadEntry* e = entryFor(caseload.value(), familyUuid);
    REQUIRE(e);
    QList<AssessmentFlag> out;
    for (const CaseloadChild& c : e->children)
        out << c.flags;
    CHECK(e->flagCount == out.size());
    return out;
}
} // namespace

TEST_CASE("Caseload flags: a child below cutoff with no follow-up is flagged until a plan is recorded", "[services][caseload][assessments]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    const QDate today = t.today();
    // 18 months old: no review due, so only the follow-up flag can show.
    const Family f = registerHvFamily(*hv, QStringLiteral("Sid"), QStringLiteral("Marchbank"), today.addMonths(-18), 91);
    const Family calm = registerHvFamily(*hv, QStringLiteral("Tam"), QStringLiteral("Northcote"), today.addMonths(-18), 92);
    CHECK(flagsOf(*hv, f.uuid).isEmpty());

    auto below = AssessmentService(*hv).addAsq3(asq3Totals(f.children.first().uuid, today, {5, 50, 50, 50, 50}));
    REQUIRE(below.ok());
    REQUIRE(AssessmentService(*hv).addAsq3(asq3Totals(calm.children.first().uuid, today, {55, 55, 55, 55, 55})).ok());
    auto flags = flagsOf(*hv, f.uuid);
    REQUIRE(flags.size() == 1);
    CHECK(flags.first().kind == AssessmentFlag::Kind::NoFollowUp);
    CHECK(flags.first().assessmentUuid == below.value().uuid);
    CHECK(flags.first().text.contains(QStringLiteral("below cutoff")));
    CHECK(flagsOf(*hv, calm.uuid).isEmpty());

    CaseloadFilter flagged;
    flagged.flaggedOnly = true;
    auto narrowed = CaseloadService(*hv).caseload(flagged);
    REQUIRE(narrowed.ok());
    REQUIRE(narrowed.value().entries.size() == 1);
    CHECK(narrowed.value().entries.first().familyUuid == f.uuid);

    REQUIRE(AssessmentService(*hv).recordFollowUp(below.value().uuid, QStringLiteral("Home visit with WellComm in two weeks")).ok());
    CHECK(flagsOf(*hv, f.uuid).isEmpty());
}

TEST_CASE("Caseload flags: a development review that is due is flagged; an unshared EYFS concern is not", "[services][caseload][assessments]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    auto cc = t.as("cc");
    const QDate today = t.today();
    const Family f = registerHvFamily(*hv, QStringLiteral("Una"), QStringLiteral("Oakshott"), today.addMonths(-26), 93);
    auto flags = flagsOf(*hv, f.uuid);
    REQUIRE(flags.size() == 1);
    CHECK(flags.first().kind == AssessmentFlag::Kind::ReviewDue);
    CHECK(flags.first().text.contains(QStringLiteral("review due by")));

    REQUIRE(AssessmentService(*cc).addEyfs(eyfsDraft(f.children.first().uuid, today, false, QStringLiteral("possible-delay"))).ok());
    CHECK(flagsOf(*hv, f.uuid).size() == 1); // still only the review
}
