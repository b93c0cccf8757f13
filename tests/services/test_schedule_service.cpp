#include "HealthVisitingFixtures.h"

#include "tandem/services/ScheduleService.h"
#include "tandem/services/VisitService.h"
#include "tandem/store/Database.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;
using domain::ContactStatus;
using domain::MandatedContact;

TEST_CASE("ScheduleService: declined and not applicable decisions, replaced and withdrawn", "[services][schedule]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    Family f = registerHvFamily(*hv, QStringLiteral("Quin"), QStringLiteral("Adeyemi"), t.today().addDays(-45), 31);
    const QString child = f.children.first().uuid;
    ScheduleService schedule(*hv);
    CHECK_FALSE(schedule.recordDecision(child, MandatedContact::SixToEightWeek, true, QStringLiteral("no"), t.today()).ok());
    CHECK_FALSE(schedule.recordDecision(child, MandatedContact::SixToEightWeek, true, QStringLiteral("Family declined by phone"),
                                        t.today().addDays(1)).ok());
    REQUIRE(schedule.recordDecision(child, MandatedContact::SixToEightWeek, true, QStringLiteral("Family declined by phone"),
                                    t.today()).ok());
    auto six = schedule.forChild(child).value().contacts.at(2);
    CHECK(six.status == ContactStatus::Declined);
    CHECK(six.reason == QStringLiteral("Family declined by phone"));

    REQUIRE(schedule.recordDecision(child, MandatedContact::SixToEightWeek, false, QStringLiteral("Baby in neonatal unit"),
                                    t.today()).ok());
    six = schedule.forChild(child).value().contacts.at(2);
    CHECK(six.status == ContactStatus::NotApplicable);
    CHECK(hv->database().scalarInt(QStringLiteral("SELECT count(*) FROM schedule_decision WHERE deleted_at IS NULL")).value() == 1);

    REQUIRE(schedule.clearDecision(child, MandatedContact::SixToEightWeek).ok());
    CHECK(schedule.forChild(child).value().contacts.at(2).status == ContactStatus::Due);
    CHECK_FALSE(schedule.clearDecision(child, MandatedContact::SixToEightWeek).ok());

    // A contact already done cannot be declined.
    REQUIRE(VisitService(*hv).logContact(contactDraft(f, QStringLiteral("six-to-eight-week"), QDateTime(t.today(), QTime(8, 0)))).ok());
    CHECK_FALSE(schedule.recordDecision(child, MandatedContact::SixToEightWeek, true, QStringLiteral("Family declined"), t.today()).ok());
}

TEST_CASE("ScheduleService: children's centre users can read the schedule but not decide it", "[services][schedule][permissions]")
{
    HealthVisitingStore t;
    Family f;
    {
        auto hv = t.as("hv");
        f = registerHvFamily(*hv, QStringLiteral("Rae"), QStringLiteral("Montgomery"), t.today().addDays(-45), 32);
    }
    auto cc = t.as("cc");
    CHECK(ScheduleService(*cc).forFamily(f.uuid).ok());
    CHECK(ScheduleService(*cc).recordDecision(f.children.first().uuid, MandatedContact::SixToEightWeek, true,
                                              QStringLiteral("Family declined"), t.today())
              .error()
              .code == ErrorCode::PermissionDenied);
}
