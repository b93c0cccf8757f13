#include "AssessmentFixtures.h"
#include "HealthVisitingFixtures.h"

#include "tandem/services/AssessmentService.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/ReviewService.h"
#include "tandem/services/ScheduleService.h"
#include "tandem/store/Database.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;
using domain::ContactStatus;
using domain::MandatedContact;

namespace {
qint64 count(Session& s, const QString& sql) { return s.database().scalarInt(sql).value(); }

// 26 months old on the fixture's today (15 Jan 2026): the 2-2 1/2 year review is due.
const QDate kBorn(2023, 11, 1);

domain::ScheduledContact twoYear(Session& s, const QString& childUuid)
{
    auto schedule = ScheduleService(s).forChild(childUuid);
    REQUIRE(schedule.ok());
    for (const auto& c : schedule.value().contacts)
        if (c.contact == MandatedContact::TwoYear)
            return c;
    FAIL("no two-year contact");
    return {};
}

IntegratedReview draft(const QString& childUuid, const QDate& on, const QString& asq3Uuid)
{
    IntegratedReview r;
    r.childUuid = childUuid;
    r.reviewedAt = QDateTime(on, QTime(8, 0)); // the fixture's clock reads 09:00
    r.place = QStringLiteral("childrens-centre");
    r.durationMinutes = 60;
    r.settingPractitioner = QStringLiteral("Rowan Vexley");
    r.peoplePresent = QStringLiteral("Mother, key person from nursery");
    r.asq3Uuid = asq3Uuid;
    r.parentViews = QStringLiteral("Happy with progress; would like ideas for talking together at home.");
    r.summary = QStringLiteral("Communication in the monitoring zone; on track otherwise.");
    FollowUpAction a;
    a.description = QStringLiteral("Invite to Chatterbox group");
    a.dueOn = on.addDays(14);
    a.ownerName = QStringLiteral("Rowan (nursery)");
    r.actions << a;
    return r;
}
} // namespace

TEST_CASE("ReviewService: completing the integrated review completes the 2-2 1/2 year mandated contact", "[services][review]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    auto cc = t.as("cc");
    const Family f = registerHvFamily(*hv, QStringLiteral("Quin"), QStringLiteral("Farrant"), kBorn, 81);
    const QString child = f.children.first().uuid;
    CHECK(twoYear(*hv, child).status == ContactStatus::Due);

    auto asq3 = AssessmentService(*hv).addAsq3(asq3Totals(child, t.today().addDays(-5), {40, 50, 50, 50, 50}));
    REQUIRE(asq3.ok());
    auto eyfs = AssessmentService(*cc).addEyfs(eyfsDraft(child, t.today().addDays(-20), true));
    REQUIRE(eyfs.ok());

    auto inputs = ReviewService(*hv).inputs(child, t.today());
    REQUIRE(inputs.ok());
    CHECK(inputs.value().asq3.size() == 1);
    CHECK(inputs.value().eyfs.size() == 1);
    CHECK_FALSE(inputs.value().alreadyReviewed);

    IntegratedReview r = draft(child, t.today(), asq3.value().uuid);
    r.eyfsUuid = eyfs.value().uuid;
    auto done = ReviewService(*hv).complete(r);
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
    CHECK_FALSE(done.value().contactUuid.isEmpty());
    CHECK(done.value().practitionerName == hv->user().displayName);

    const domain::ScheduledContact contact = twoYear(*hv, child);
    CHECK(contact.status == ContactStatus::DoneOnTime);
    CHECK(contact.doneOn == t.today());
    CHECK(contact.contactUuid == done.value().contactUuid);

    auto listed = ReviewService(*hv).forChild(child);
    REQUIRE(listed.ok());
    REQUIRE(listed.value().size() == 1);
    const IntegratedReview& back = listed.value().first();
    CHECK(back.eyfsUuid == eyfs.value().uuid);
    CHECK(back.place == QStringLiteral("childrens-centre"));
    CHECK(back.parentViews == r.parentViews);
    REQUIRE(back.actions.size() == 1);
    CHECK(back.actions.first().ownerName == QStringLiteral("Rowan (nursery)"));
    CHECK(ReviewService(*hv).inputs(child, t.today()).value().alreadyReviewed);

    CHECK(count(*hv, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'review.integrated'")) == 1);
    auto record = FamilyRecordService(*hv).record(f.uuid);
    REQUIRE(record.ok());
    QStringList kinds;
    for (const TimelineEvent& e : record.value().timeline)
        kinds << e.summary;
    CHECK(kinds.contains(QStringLiteral("Integrated review at 2 to 2½ years completed")));
}

TEST_CASE("ReviewService: a review is refused without an ASQ-3, with an unshared EYFS check, or by children's centre staff",
          "[services][review]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    auto cc = t.as("cc");
    const Family f = registerHvFamily(*hv, QStringLiteral("Rue"), QStringLiteral("Gathercole"), kBorn, 82);
    const QString child = f.children.first().uuid;

    auto noAsq3 = ReviewService(*hv).complete(draft(child, t.today(), QString()));
    REQUIRE_FALSE(noAsq3.ok());
    CHECK(noAsq3.error().code == ErrorCode::Invalid);

    auto asq3 = AssessmentService(*hv).addAsq3(asq3Totals(child, t.today(), {40, 50, 50, 50, 50}));
    REQUIRE(asq3.ok());
    auto unshared = AssessmentService(*cc).addEyfs(eyfsDraft(child, t.today(), false));
    REQUIRE(unshared.ok());
    IntegratedReview withUnshared = draft(child, t.today(), asq3.value().uuid);
    withUnshared.eyfsUuid = unshared.value().uuid;
    auto refused = ReviewService(*hv).complete(withUnshared);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("agreed")));

    auto denied = ReviewService(*cc).complete(draft(child, t.today(), asq3.value().uuid));
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);

    // Nothing was written by any refusal.
    CHECK(count(*hv, QStringLiteral("SELECT count(*) FROM contact")) == 0);
    CHECK(count(*hv, QStringLiteral("SELECT count(*) FROM integrated_review")) == 0);
    CHECK(twoYear(*hv, child).status == ContactStatus::Due);
}
