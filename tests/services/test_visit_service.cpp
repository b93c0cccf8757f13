#include "FamilyFixtures.h"
#include "HealthVisitingFixtures.h"

#include "tandem/services/AppointmentService.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/ScheduleService.h"
#include "tandem/services/VisitService.h"
#include "tandem/store/Database.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;
using domain::ContactStatus;
using domain::MandatedContact;

namespace {
qint64 count(Session& s, const QString& sql) { return s.database().scalarInt(sql).value(); }

domain::ScheduledContact scheduled(Session& s, const QString& childUuid, MandatedContact which)
{
    auto schedule = ScheduleService(s).forChild(childUuid);
    REQUIRE(schedule.ok());
    for (const auto& c : schedule.value().contacts)
        if (c.contact == which)
            return c;
    FAIL("contact missing from the schedule");
    return {};
}

QDateTime at(const QDate& day, int hour = 8) { return QDateTime(day, QTime(hour, 0)); }
} // namespace

TEST_CASE("VisitService: logging a new birth visit completes that contact on the schedule", "[services][visits]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    const QDate born = t.today().addDays(-12);
    Family f = registerHvFamily(*hv, QStringLiteral("Ava"), QStringLiteral("Okafor"), born, 1);
    const QString child = f.children.first().uuid;
    CHECK(scheduled(*hv, child, MandatedContact::NewBirth).status == ContactStatus::Due);

    auto logged = VisitService(*hv).logContact(contactDraft(f, QStringLiteral("new-birth"), at(t.today(), 9)));
    INFO(logged.message().toStdString());
    REQUIRE(logged.ok());
    const auto nbv = scheduled(*hv, child, MandatedContact::NewBirth);
    CHECK(nbv.status == ContactStatus::DoneOnTime);
    CHECK(nbv.doneOn == t.today());
    CHECK(nbv.contactUuid == logged.value().uuid);
    // The other contacts are untouched.
    CHECK(scheduled(*hv, child, MandatedContact::SixToEightWeek).status == ContactStatus::NotYetDue);

    // Stored with its child, audited, on the timeline as a visit, and counted for the worker.
    CHECK(count(*hv, QStringLiteral("SELECT count(*) FROM contact_child WHERE child_uuid = '%1'").arg(child)) == 1);
    CHECK(count(*hv, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'contact.create'")) == 1);
    auto record = FamilyRecordService(*hv).record(f.uuid);
    REQUIRE(record.ok());
    CHECK(record.value().timeline.first().category == QStringLiteral("visit"));
    CHECK(record.value().timeline.first().summary.contains(QStringLiteral("New birth visit")));
    bool counted = false;
    for (const Involvement& i : record.value().involved)
        if (i.workerUserUuid == hv->user().uuid)
            counted = i.contacts == 1;
    CHECK(counted);
}

TEST_CASE("VisitService: a late visit completes the contact as done late", "[services][visits]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    Family f = registerHvFamily(*hv, QStringLiteral("Ben"), QStringLiteral("Halloran"), t.today().addDays(-20), 2);
    REQUIRE(VisitService(*hv).logContact(contactDraft(f, QStringLiteral("new-birth"), at(t.today().addDays(-3)))).ok());
    const auto nbv = scheduled(*hv, f.children.first().uuid, MandatedContact::NewBirth);
    CHECK(nbv.status == ContactStatus::DoneLate);
    CHECK(nbv.doneOn == t.today().addDays(-3));
}

TEST_CASE("VisitService: attempts that did not happen complete nothing", "[services][visits]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    Family f = registerHvFamily(*hv, QStringLiteral("Cleo"), QStringLiteral("Marchetti"), t.today().addDays(-11), 3);
    for (const char* type : {"no-access", "not-brought", "additional"}) {
        auto logged = VisitService(*hv).logContact(contactDraft(f, QString::fromLatin1(type), at(t.today(), 8)));
        INFO(type << ": " << logged.message().toStdString());
        REQUIRE(logged.ok());
    }
    CHECK(scheduled(*hv, f.children.first().uuid, MandatedContact::NewBirth).status == ContactStatus::Due);
}

TEST_CASE("VisitService: one contact can cover several children of the family", "[services][visits]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    Family f = registerHvFamily(*hv, QStringLiteral("Dara"), QStringLiteral("Quinlan"), QDate(2024, 1, 20), 4);
    Child twin;
    twin.givenName = QStringLiteral("Eli");
    twin.familyName = QStringLiteral("Quinlan");
    twin.dateOfBirth = QDate(2024, 1, 20);
    twin.nhsNumber = syntheticNhs(5);
    auto added = FamilyService(*hv).addChild(f.uuid, twin);
    REQUIRE(added.ok());
    Contact c = contactDraft(f, QStringLiteral("two-year"), at(t.today()));
    c.childUuids << added.value().uuid;
    auto early = VisitService(*hv).logContact(c);
    INFO(early.message().toStdString());
    REQUIRE(early.ok());
    // 24 months falls on 20 Jan 2026: the window opens after today, so the early contact does not count.
    for (const QString& child : {f.children.first().uuid, added.value().uuid}) {
        CHECK(scheduled(*hv, child, MandatedContact::TwoYear).status == ContactStatus::NotYetDue);
        CHECK(scheduled(*hv, child, MandatedContact::TwoYear).doneOn == std::nullopt);
    }

    t.clock().set(QDateTime(QDate(2026, 2, 2), QTime(9, 0), Qt::UTC));
    auto later = t.as("hv");
    Contact review = contactDraft(f, QStringLiteral("two-year"), at(QDate(2026, 2, 2)));
    review.childUuids << added.value().uuid;
    REQUIRE(VisitService(*later).logContact(review).ok());
    CHECK(scheduled(*later, f.children.first().uuid, MandatedContact::TwoYear).status == ContactStatus::DoneOnTime);
    CHECK(scheduled(*later, added.value().uuid, MandatedContact::TwoYear).status == ContactStatus::DoneOnTime);
    auto listed = VisitService(*later).contactsForChild(added.value().uuid);
    REQUIRE(listed.ok());
    REQUIRE(listed.value().size() == 2);
    CHECK(listed.value().first().childUuids.size() == 2);
}

TEST_CASE("VisitService: bad input is refused with a reason and changes nothing", "[services][visits]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    Family f = registerHvFamily(*hv, QStringLiteral("Fen"), QStringLiteral("Abernathy"), t.today().addDays(-12), 6);
    const qint64 audits = count(*hv, QStringLiteral("SELECT count(*) FROM audit"));
    VisitService visits(*hv);

    Contact future = contactDraft(f, QStringLiteral("new-birth"), QDateTime(t.today().addDays(1), QTime(9, 0)));
    auto r = visits.logContact(future);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Invalid);

    Contact noChild = contactDraft(f, QStringLiteral("new-birth"), at(t.today(), 8));
    noChild.childUuids = {QStringLiteral("not-a-child")};
    CHECK_FALSE(visits.logContact(noChild).ok());

    Contact badAction = contactDraft(f, QStringLiteral("additional"), at(t.today(), 8));
    badAction.actions << FollowUpAction{{}, QStringLiteral("Refer to infant feeding team"), t.today().addDays(-1), QStringLiteral("Amara"), {}, {}, {}};
    r = visits.logContact(badAction);
    REQUIRE_FALSE(r.ok());
    CHECK_FALSE(r.message().isEmpty());

    CHECK(count(*hv, QStringLiteral("SELECT count(*) FROM contact")) == 0);
    CHECK(count(*hv, QStringLiteral("SELECT count(*) FROM audit")) == audits);
}

TEST_CASE("VisitService: only health visitors and team leads record mandated contacts", "[services][visits][permissions]")
{
    HealthVisitingStore t;
    Family f;
    {
        auto hv = t.as("hv");
        f = registerHvFamily(*hv, QStringLiteral("Gus"), QStringLiteral("Ferreira"), t.today().addDays(-12), 7);
    }
    auto cc = t.as("cc");
    auto refused = VisitService(*cc).logContact(contactDraft(f, QStringLiteral("new-birth"), at(t.today(), 8)));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    auto group = contactDraft(f, QStringLiteral("additional"), at(t.today(), 8), QStringLiteral("childrens-centre"));
    CHECK(VisitService(*cc).logContact(group).ok());
    auto admin = t.store().unlockAdmin();
    CHECK(VisitService(*admin).logContact(group).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("VisitService: follow-up actions are stored and can be marked done once", "[services][visits]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    Family f = registerHvFamily(*hv, QStringLiteral("Hana"), QStringLiteral("Lindqvist"), t.today().addDays(-50), 8);
    Contact c = contactDraft(f, QStringLiteral("additional"), at(t.today().addDays(-2)));
    c.actions << FollowUpAction{{}, QStringLiteral("Weigh again in clinic"), t.today().addDays(7), QStringLiteral("Amara (HV)"), {}, {}, {}};
    auto logged = VisitService(*hv).logContact(c);
    REQUIRE(logged.ok());
    auto contacts = VisitService(*hv).contactsForFamily(f.uuid);
    REQUIRE(contacts.ok());
    REQUIRE(contacts.value().first().actions.size() == 1);
    const QString action = contacts.value().first().actions.first().uuid;
    CHECK_FALSE(VisitService(*hv).completeAction(action, t.today().addDays(-3)).ok()); // before the contact
    CHECK_FALSE(VisitService(*hv).completeAction(action, t.today().addDays(1)).ok());  // in the future
    REQUIRE(VisitService(*hv).completeAction(action, t.today()).ok());
    CHECK_FALSE(VisitService(*hv).completeAction(action, t.today()).ok());
    CHECK(VisitService(*hv).contactsForFamily(f.uuid).value().first().actions.first().doneOn == t.today());
}

TEST_CASE("VisitService: logging a booked visit marks the booking done", "[services][visits][appointments]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    Family f = registerHvFamily(*hv, QStringLiteral("Ivo"), QStringLiteral("Santangelo"), t.today().addDays(-12), 9);
    Appointment a;
    a.familyUuid = f.uuid;
    a.startsAt = QDateTime(t.today(), QTime(14, 0));
    a.type = QStringLiteral("new-birth");
    a.place = QStringLiteral("home");
    auto booked = AppointmentService(*hv).book(a);
    REQUIRE(booked.ok());
    auto logged = VisitService(*hv).logContact(contactDraft(f, QStringLiteral("new-birth"), at(t.today(), 8)), booked.value().uuid);
    REQUIRE(logged.ok());
    auto upcoming = AppointmentService(*hv).upcomingForFamily(f.uuid);
    REQUIRE(upcoming.ok());
    REQUIRE(upcoming.value().size() == 1);
    CHECK(upcoming.value().first().status == QStringLiteral("done"));
    CHECK(upcoming.value().first().contactUuid == logged.value().uuid);
    // A finished booking cannot complete another contact or be cancelled.
    CHECK_FALSE(VisitService(*hv).logContact(contactDraft(f, QStringLiteral("additional"), at(t.today(), 8)), booked.value().uuid).ok());
    CHECK_FALSE(AppointmentService(*hv).cancel(booked.value().uuid, QStringLiteral("Family away")).ok());
}

TEST_CASE("AppointmentService: bookings are validated and can be cancelled with a reason", "[services][appointments]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    Family f = registerHvFamily(*hv, QStringLiteral("Jude"), QStringLiteral("Okonkwo"), t.today().addDays(-30), 10);
    Appointment a;
    a.familyUuid = f.uuid;
    a.startsAt = QDateTime(t.today().addDays(-1), QTime(10, 0));
    a.type = QStringLiteral("six-to-eight-week");
    a.place = QStringLiteral("home");
    CHECK_FALSE(AppointmentService(*hv).book(a).ok()); // in the past
    a.startsAt = QDateTime(t.today().addDays(3), QTime(10, 0));
    a.type = QStringLiteral("no-access");
    CHECK_FALSE(AppointmentService(*hv).book(a).ok());
    a.type = QStringLiteral("six-to-eight-week");
    a.durationMinutes = 2;
    CHECK_FALSE(AppointmentService(*hv).book(a).ok());
    a.durationMinutes = 45;
    auto booked = AppointmentService(*hv).book(a);
    REQUIRE(booked.ok());
    CHECK_FALSE(AppointmentService(*hv).cancel(booked.value().uuid, QStringLiteral("ill")).ok()); // reason too short
    REQUIRE(AppointmentService(*hv).cancel(booked.value().uuid, QStringLiteral("Family asked to rearrange")).ok());
    CHECK(AppointmentService(*hv).upcomingForFamily(f.uuid).value().isEmpty());
}
