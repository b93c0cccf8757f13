#include "HealthVisitingFixtures.h"

#include "tandem/services/AppointmentService.h"
#include "tandem/services/CareTeamService.h"
#include "tandem/services/CaseloadService.h"
#include "tandem/services/NoteService.h"
#include "tandem/services/VisitService.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;
using domain::ContactStatus;
using domain::MandatedContact;

namespace {
QStringList names(const Caseload& c)
{
    QStringList out;
    for (const CaseloadEntry& e : c.entries)
        out << e.familyName;
    return out;
}
} // namespace

TEST_CASE("CaseloadService: my families, overdue first, with the next contact for each", "[services][caseload]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    const QDate today = t.today();
    registerHvFamily(*hv, QStringLiteral("Sol"), QStringLiteral("Achterberg"), today.addDays(-100), 41); // 6-8 week overdue
    registerHvFamily(*hv, QStringLiteral("Tia"), QStringLiteral("Bellweather"), today.addDays(-12), 42); // new birth due
    Family done = registerHvFamily(*hv, QStringLiteral("Uma"), QStringLiteral("Carrow"), today.addDays(-11), 43);
    registerHvFamily(*hv, QStringLiteral("Vic"), QStringLiteral("Dunmore"), today.addDays(-12), 44, false); // not mine
    REQUIRE(VisitService(*hv).logContact(contactDraft(done, QStringLiteral("new-birth"), QDateTime(today, QTime(8, 0)))).ok());

    auto caseload = CaseloadService(*hv).caseload();
    REQUIRE(caseload.ok());
    CHECK(caseload.value().familiesHeld == 3);
    REQUIRE(names(caseload.value()) == QStringList{QStringLiteral("Achterberg"), QStringLiteral("Bellweather"), QStringLiteral("Carrow")});
    const CaseloadEntry& overdue = caseload.value().entries.at(0);
    CHECK(overdue.overdueCount == 1);
    REQUIRE(overdue.next.has_value());
    CHECK(overdue.next->contact == MandatedContact::SixToEightWeek);
    CHECK(overdue.next->status == ContactStatus::Overdue);
    CHECK(overdue.nextChildName == QStringLiteral("Sol Achterberg"));
    const CaseloadEntry& due = caseload.value().entries.at(1);
    CHECK(due.next->contact == MandatedContact::NewBirth);
    CHECK(due.dueThisWeek);
    const CaseloadEntry& visited = caseload.value().entries.at(2);
    CHECK(visited.lastContact == today);
    CHECK(visited.next->contact == MandatedContact::SixToEightWeek); // the new birth visit is done
    CHECK(visited.children.first().schedule.at(1).status == ContactStatus::DoneOnTime);
}

TEST_CASE("CaseloadService: filters by level, overdue and due this week", "[services][caseload]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    const QDate today = t.today();
    Family a = registerHvFamily(*hv, QStringLiteral("Wes"), QStringLiteral("Ellingham"), today.addDays(-100), 51);
    registerHvFamily(*hv, QStringLiteral("Xan"), QStringLiteral("Fothergill"), today.addDays(-12), 52);
    registerHvFamily(*hv, QStringLiteral("Yas"), QStringLiteral("Gallagher"), today.addDays(-300), 53); // 12-month review due
    REQUIRE(CareTeamService(*hv).setServiceLevel(a.uuid, QStringLiteral("universal-plus"), QStringLiteral("Feeding support"), today).ok());
    CaseloadService caseload(*hv);
    CHECK(names(caseload.caseload({{}, QStringLiteral("universal-plus"), false, false}).value()) == QStringList{QStringLiteral("Ellingham")});
    CHECK(names(caseload.caseload({{}, {}, true, false}).value()) == QStringList{QStringLiteral("Ellingham")});
    CHECK(names(caseload.caseload({{}, {}, false, true}).value()) == QStringList{QStringLiteral("Fothergill")});
    CHECK(caseload.caseload({{}, QStringLiteral("gold"), false, false}).error().code == ErrorCode::Invalid);
    CHECK(caseload.caseload({{}, {}, true, true}).value().entries.isEmpty());
}

TEST_CASE("CaseloadService: another worker's caseload needs the team caseload permission", "[services][caseload][permissions]")
{
    HealthVisitingStore t;
    {
        auto hv = t.as("hv");
        registerHvFamily(*hv, QStringLiteral("Zed"), QStringLiteral("Harcourt"), t.today().addDays(-12), 61);
    }
    const QString hvUuid = t.userUuid("hv");
    auto cc = t.as("cc");
    CHECK(CaseloadService(*cc).caseload({hvUuid, {}, false, false}).error().code == ErrorCode::PermissionDenied);
    CHECK(CaseloadService(*cc).caseload().value().entries.isEmpty());
    auto lead = t.as("lead");
    auto theirs = CaseloadService(*lead).caseload({hvUuid, {}, false, false});
    REQUIRE(theirs.ok());
    CHECK(theirs.value().workerName == QStringLiteral("Amara Nwosu-Lane"));
    CHECK(theirs.value().entries.size() == 1);
    auto holders = CaseloadService(*lead).caseloadHolders();
    REQUIRE(holders.ok());
    CHECK(holders.value().size() == 2); // the health visitor and the team lead
}

TEST_CASE("CaseloadService: a family that moved away leaves the caseload", "[services][caseload]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    Family f = registerHvFamily(*hv, QStringLiteral("Ada"), QStringLiteral("Ingram"), t.today().addDays(-12), 71);
    REQUIRE(CareTeamService(*hv).recordLeftArea(f.uuid, t.today(), QStringLiteral("Moved to Cardiff")).ok());
    CHECK(CaseloadService(*hv).caseload().value().entries.isEmpty());
}

TEST_CASE("CaseloadService: the day plan lists booked visits with what is due and no restricted text", "[services][caseload][dayplan]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    Family f = registerHvFamily(*hv, QStringLiteral("Bea"), QStringLiteral("Jorgensen"), t.today().addDays(-12), 81);
    Note secret;
    secret.familyUuid = f.uuid;
    secret.restriction = NoteRestriction::HealthVisiting;
    secret.text = QStringLiteral("Synthetic restricted detail");
    REQUIRE(NoteService(*hv).addNote(secret).ok());
    Appointment late;
    late.familyUuid = f.uuid;
    late.startsAt = QDateTime(t.today(), QTime(15, 30));
    late.type = QStringLiteral("new-birth");
    late.place = QStringLiteral("home");
    late.purpose = QStringLiteral("Weigh; discuss feeding");
    REQUIRE(AppointmentService(*hv).book(late).ok());
    Appointment early = late;
    early.startsAt = QDateTime(t.today(), QTime(9, 30));
    early.type = QStringLiteral("additional");
    auto cancelled = AppointmentService(*hv).book(early);
    REQUIRE(cancelled.ok());
    early.startsAt = QDateTime(t.today(), QTime(11, 0));
    REQUIRE(AppointmentService(*hv).book(early).ok());
    REQUIRE(AppointmentService(*hv).cancel(cancelled.value().uuid, QStringLiteral("Family unwell")).ok());

    auto plan = CaseloadService(*hv).dayPlan(t.today());
    REQUIRE(plan.ok());
    REQUIRE(plan.value().visits.size() == 2);
    CHECK(plan.value().visits.at(0).appointment.startsAt.time() == QTime(11, 0));
    const DayPlanVisit& v = plan.value().visits.at(1);
    CHECK(v.address.postcode == f.address.postcode);
    CHECK(v.familyName == QStringLiteral("Jorgensen"));
    REQUIRE(v.children.size() == 1);
    CHECK(v.children.first().schedule.at(1).status == ContactStatus::Due);
    CHECK(CaseloadService(*hv).dayPlan(t.today().addDays(1)).value().visits.isEmpty());
    auto cc = t.as("cc");
    CHECK(CaseloadService(*cc).dayPlan(t.today(), t.userUuid("hv")).error().code == ErrorCode::PermissionDenied);
}
