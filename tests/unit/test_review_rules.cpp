#include "FieldIssueHelpers.h"
#include "tandem/domain/ReviewRules.h"

#include "QtCatch.h"

using namespace tandem;
using namespace tandem::domain;
using namespace tandem::test;
namespace Rules = tandem::domain::ReviewRules;

namespace {

const QDateTime kNow(QDate(2025, 6, 20), QTime(14, 0));
const QDate kReviewDay(2025, 6, 10);

// Born so that on the review day Ada is 2 years 2 months.
Child ada(const QDate& born = QDate(2023, 4, 10))
{
    Child c;
    c.uuid = QStringLiteral("child-ada");
    c.familyUuid = QStringLiteral("family-1");
    c.givenName = QStringLiteral("Ada");
    c.familyName = QStringLiteral("Penn");
    c.dateOfBirth = born;
    return c;
}

Assessment assessment(const QString& uuid, AssessmentKind kind, const QDate& on = kReviewDay)
{
    Assessment a;
    a.uuid = uuid;
    a.childUuid = QStringLiteral("child-ada");
    a.familyUuid = QStringLiteral("family-1");
    a.kind = kind;
    a.assessedOn = on;
    return a;
}

Assessment eyfs(bool agreed)
{
    Assessment a = assessment(QStringLiteral("eyfs-1"), AssessmentKind::Eyfs, kReviewDay.addDays(-14));
    a.parentAgreedToShare = agreed;
    return a;
}

FollowUpAction action()
{
    FollowUpAction a;
    a.description = QStringLiteral("Refer to speech and language therapy");
    a.dueOn = kReviewDay.addDays(14);
    a.ownerName = QStringLiteral("Amara (HV)");
    return a;
}

IntegratedReview review()
{
    IntegratedReview r;
    r.childUuid = QStringLiteral("child-ada");
    r.familyUuid = QStringLiteral("family-1");
    r.reviewedAt = QDateTime(kReviewDay, QTime(10, 0));
    r.place = QStringLiteral("home");
    r.durationMinutes = 60;
    r.asq3Uuid = QStringLiteral("asq3-1");
    r.parentViews = QStringLiteral("Pleased with her walking; a little worried about talking.");
    r.actions = {action()};
    return r;
}

const QList<Assessment> kLinked = {assessment(QStringLiteral("asq3-1"), AssessmentKind::Asq3)};

FieldIssues checked(IntegratedReview r, const QList<Assessment>& linked = kLinked, const Child& child = ada())
{
    return Rules::check(r, child, linked, kNow);
}

} // namespace

TEST_CASE("Integrated review: a complete review passes", "[review]")
{
    IntegratedReview r = review();
    r.asqSe2Uuid = QStringLiteral("asqse2-1");
    r.eyfsUuid = QStringLiteral("eyfs-1");
    r.wellCommUuid = QStringLiteral("wellcomm-1");
    const QList<Assessment> linked = {assessment(QStringLiteral("asq3-1"), AssessmentKind::Asq3),
                                      assessment(QStringLiteral("asqse2-1"), AssessmentKind::AsqSe2),
                                      eyfs(true),
                                      assessment(QStringLiteral("wellcomm-1"), AssessmentKind::WellComm)};
    CHECK(Rules::check(r, ada(), linked, kNow).isEmpty());
}

TEST_CASE("Integrated review: the child is aged 24 to 36 whole months", "[review]")
{
    const QString field = QStringLiteral("review.reviewedAt");
    SECTION("23 months and 30 days is refused")
    {
        const FieldIssues issues = checked(review(), kLinked, ada(QDate(2023, 6, 11)));
        CHECK(fields(issues) == QStringList{field});
        CHECK(message(issues, field) == QStringLiteral("The integrated review is for children aged 24 to 36 months; "
                                                       "Ada was 1 year 11 months 30 days on 10/06/2025."));
    }
    SECTION("24 months exactly")
    {
        CHECK(checked(review(), kLinked, ada(QDate(2023, 6, 10))).isEmpty());
    }
    SECTION("36 months exactly")
    {
        CHECK(checked(review(), kLinked, ada(QDate(2022, 6, 10))).isEmpty());
    }
    SECTION("36 months and 30 days")
    {
        CHECK(checked(review(), kLinked, ada(QDate(2022, 5, 11))).isEmpty());
    }
    SECTION("37 months is refused")
    {
        const FieldIssues issues = checked(review(), kLinked, ada(QDate(2022, 5, 10)));
        CHECK(fields(issues) == QStringList{field});
        CHECK(message(issues, field).contains(QStringLiteral("Ada was 3 years 1 month on 10/06/2025")));
    }
    SECTION("an unborn child")
    {
        Child unborn = ada();
        unborn.dateOfBirth.reset();
        unborn.expectedDeliveryDate = QDate(2025, 8, 1);
        CHECK(fields(checked(review(), kLinked, unborn)) == QStringList{field});
    }
}

TEST_CASE("Integrated review: when it happened", "[review]")
{
    const QString field = QStringLiteral("review.reviewedAt");
    IntegratedReview r = review();
    SECTION("missing")
    {
        r.reviewedAt = QDateTime();
        CHECK(fields(checked(r)) == QStringList{field});
    }
    SECTION("in the future")
    {
        r.reviewedAt = kNow.addSecs(60);
        const FieldIssues issues = checked(r);
        CHECK(fields(issues) == QStringList{field});
        CHECK(message(issues, field).contains(QStringLiteral("20/06/2025 14:01, which is in the future")));
    }
    SECTION("now is allowed")
    {
        r.reviewedAt = kNow;
        CHECK(checked(r).isEmpty());
    }
}

TEST_CASE("Integrated review: an ASQ-3 is required", "[review]")
{
    IntegratedReview r = review();
    r.asq3Uuid.clear();
    const FieldIssues issues = checked(r);
    CHECK(fields(issues) == QStringList{QStringLiteral("review.asq3")});
    CHECK(message(issues, QStringLiteral("review.asq3")) ==
          QStringLiteral("Choose the health visitor's ASQ-3: the integrated review needs one."));
}

TEST_CASE("Integrated review: each linked assessment", "[review]")
{
    const QString asq3 = QStringLiteral("review.asq3");
    SECTION("not among the child's assessments")
    {
        IntegratedReview r = review();
        r.asq3Uuid = QStringLiteral("asq3-unknown");
        const FieldIssues issues = checked(r);
        CHECK(fields(issues) == QStringList{asq3});
        CHECK(message(issues, asq3) == QStringLiteral("That ASQ-3 is not on this child's record."));
    }
    SECTION("the wrong kind")
    {
        IntegratedReview r = review();
        r.asq3Uuid = QStringLiteral("wellcomm-1");
        r.wellCommUuid = QStringLiteral("asq3-1");
        const QList<Assessment> linked = {assessment(QStringLiteral("asq3-1"), AssessmentKind::Asq3),
                                          assessment(QStringLiteral("wellcomm-1"), AssessmentKind::WellComm)};
        const FieldIssues issues = checked(r, linked);
        CHECK(fields(issues) == QStringList{asq3, QStringLiteral("review.wellcomm")});
        CHECK(message(issues, asq3) == QStringLiteral("Choose an assessment of type ASQ-3 here; that one is of type "
                                                      "WellComm."));
    }
    SECTION("another child's")
    {
        Assessment other = assessment(QStringLiteral("asq3-1"), AssessmentKind::Asq3);
        other.childUuid = QStringLiteral("child-ben");
        const FieldIssues issues = checked(review(), {other});
        CHECK(fields(issues) == QStringList{asq3});
        CHECK(message(issues, asq3) == QStringLiteral("That ASQ-3 is another child's: choose one of Ada's."));
    }
    SECTION("after the review day")
    {
        const FieldIssues issues = checked(review(), {assessment(QStringLiteral("asq3-1"), AssessmentKind::Asq3,
                                                                 kReviewDay.addDays(1))});
        CHECK(fields(issues) == QStringList{asq3});
        CHECK(message(issues, asq3).contains(QStringLiteral("from 11/06/2025, after the review on 10/06/2025")));
    }
    SECTION("exactly 3 months before is allowed")
    {
        CHECK(checked(review(), {assessment(QStringLiteral("asq3-1"), AssessmentKind::Asq3, QDate(2025, 3, 10))})
                  .isEmpty());
    }
    SECTION("more than 3 months before is refused")
    {
        const FieldIssues issues =
            checked(review(), {assessment(QStringLiteral("asq3-1"), AssessmentKind::Asq3, QDate(2025, 3, 9))});
        CHECK(fields(issues) == QStringList{asq3});
        CHECK(message(issues, asq3) == QStringLiteral("That ASQ-3 is from 09/03/2025, more than 3 months before the "
                                                      "review: choose a more recent one."));
    }
    SECTION("the optional links are checked too")
    {
        IntegratedReview r = review();
        r.asqSe2Uuid = QStringLiteral("asqse2-1");
        r.wellCommUuid = QStringLiteral("wellcomm-missing");
        const QList<Assessment> linked = {assessment(QStringLiteral("asq3-1"), AssessmentKind::Asq3),
                                          assessment(QStringLiteral("asqse2-1"), AssessmentKind::AsqSe2,
                                                     QDate(2025, 1, 5))};
        const FieldIssues issues = checked(r, linked);
        CHECK(fields(issues) == QStringList{QStringLiteral("review.asqse2"), QStringLiteral("review.wellcomm")});
        CHECK(message(issues, QStringLiteral("review.wellcomm")) ==
              QStringLiteral("That WellComm is not on this child's record."));
    }
}

TEST_CASE("Integrated review: an EYFS check needs the parent's agreement to share", "[review]")
{
    const QString field = QStringLiteral("review.eyfs");
    IntegratedReview r = review();
    r.eyfsUuid = QStringLiteral("eyfs-1");
    SECTION("not agreed")
    {
        const FieldIssues issues = checked(r, kLinked + QList<Assessment>{eyfs(false)});
        CHECK(fields(issues) == QStringList{field});
        CHECK(message(issues, field) ==
              QStringLiteral("The parent has not agreed to share this progress check with the health visitor."));
    }
    SECTION("withheld from this reader")
    {
        Assessment withheld = eyfs(false);
        withheld.withheld = true;
        CHECK(fields(checked(r, kLinked + QList<Assessment>{withheld})) == QStringList{field});
    }
    SECTION("agreed")
    {
        CHECK(checked(r, kLinked + QList<Assessment>{eyfs(true)}).isEmpty());
    }
}

TEST_CASE("Integrated review: place, duration and text", "[review]")
{
    IntegratedReview r = review();
    SECTION("place and duration")
    {
        r.place = QStringLiteral("garden");
        r.durationMinutes = 0;
        CHECK(fields(checked(r)) == QStringList{QStringLiteral("review.place"), QStringLiteral("review.duration")});
        r.place = QStringLiteral("childrens-centre");
        r.durationMinutes = 481;
        CHECK(fields(checked(r)) == QStringList{QStringLiteral("review.duration")});
        r.durationMinutes = 480;
        CHECK(checked(r).isEmpty());
    }
    SECTION("the parent's views are required")
    {
        r.parentViews = QStringLiteral("  \n ");
        CHECK(fields(checked(r)) == QStringList{QStringLiteral("review.parentViews")});
    }
    SECTION("limits")
    {
        r.parentViews = QString(4001, QLatin1Char('v'));
        r.summary = QString(4001, QLatin1Char('s'));
        r.settingPractitioner = QString(201, QLatin1Char('p'));
        r.peoplePresent = QString(501, QLatin1Char('m'));
        CHECK(fields(checked(r)) == QStringList{QStringLiteral("review.parentViews"), QStringLiteral("review.summary"),
                                                QStringLiteral("review.settingPractitioner"),
                                                QStringLiteral("review.peoplePresent")});
        r.parentViews = QString(4000, QLatin1Char('v'));
        r.summary = QString(4000, QLatin1Char('s'));
        r.settingPractitioner = QString(200, QLatin1Char('p'));
        r.peoplePresent = QString(500, QLatin1Char('m'));
        CHECK(checked(r).isEmpty());
    }
    SECTION("trimmed")
    {
        r.parentViews = QStringLiteral("  Happy with progress.\nWants help with sleep. ");
        r.summary = QStringLiteral(" Agreed plan. ");
        r.settingPractitioner = QStringLiteral("  Priya   (key person) ");
        r.peoplePresent = QStringLiteral(" Mother,  Ada ");
        CHECK(Rules::check(r, ada(), kLinked, kNow).isEmpty());
        CHECK(r.parentViews == QStringLiteral("Happy with progress.\nWants help with sleep."));
        CHECK(r.summary == QStringLiteral("Agreed plan."));
        CHECK(r.settingPractitioner == QStringLiteral("Priya (key person)"));
        CHECK(r.peoplePresent == QStringLiteral("Mother, Ada"));
    }
}

TEST_CASE("Integrated review: agreed actions", "[review]")
{
    IntegratedReview r = review();
    SECTION("each part is required")
    {
        FollowUpAction a;
        r.actions = {action(), a};
        CHECK(fields(checked(r)) == QStringList{QStringLiteral("actions[1].description"),
                                                QStringLiteral("actions[1].dueOn"), QStringLiteral("actions[1].owner")});
    }
    SECTION("due on or after the review day")
    {
        r.actions[0].dueOn = kReviewDay.addDays(-1);
        const FieldIssues issues = checked(r);
        CHECK(fields(issues) == QStringList{QStringLiteral("actions[0].dueOn")});
        CHECK(message(issues, QStringLiteral("actions[0].dueOn")) ==
              QStringLiteral("Action 1 is due on 09/06/2025, before the review on 10/06/2025: choose a due date on or "
                             "after the review."));
        r.actions[0].dueOn = kReviewDay;
        CHECK(checked(r).isEmpty());
    }
    SECTION("limits, and whitespace collapsed")
    {
        r.actions[0].description = QString(501, QLatin1Char('d'));
        r.actions[0].ownerName = QString(201, QLatin1Char('o'));
        CHECK(fields(checked(r)) == QStringList{QStringLiteral("actions[0].description"), QStringLiteral("actions[0].owner")});
        r.actions[0].description = QStringLiteral("  Book   hearing test ");
        r.actions[0].ownerName = QStringLiteral(" Mum ");
        CHECK(Rules::check(r, ada(), kLinked, kNow).isEmpty());
        CHECK(r.actions[0].description == QStringLiteral("Book hearing test"));
        CHECK(r.actions[0].ownerName == QStringLiteral("Mum"));
    }
}
