#include "GuiTestHelpers.h"
#include "ReviewTestData.h"

#include "IntegratedReviewDialog.h"

#include "tandem/services/ReviewService.h"
#include "tandem/services/ScheduleService.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTest>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {
QPushButton* okButton(IntegratedReviewDialog& d) { return child<QPushButton>(&d, "okButton"); }

// The review's details other than the assessments, as the health visitor would give them.
void fillReview(IntegratedReviewDialog& d)
{
    child<QSpinBox>(&d, "durationSpin")->setValue(60);
    child<QLineEdit>(&d, "peoplePresentEdit")->setText(QStringLiteral("Mother, key person from nursery"));
    child<QPlainTextEdit>(&d, "parentViewsEdit")
        ->setPlainText(QStringLiteral("Mum is pleased with her climbing and wonders about her talking."));
    child<QPlainTextEdit>(&d, "summaryEdit")
        ->setPlainText(QStringLiteral("Moving well; talking a little behind. Speech therapy referral agreed."));
}

std::optional<domain::ScheduledContact> twoYearReview(Session& session, const QString& childUuid)
{
    auto schedule = ScheduleService(session).forChild(childUuid);
    REQUIRE(schedule.ok());
    for (const domain::ScheduledContact& c : schedule.value().contacts)
        if (c.contact == domain::MandatedContact::TwoYear)
            return c;
    return std::nullopt;
}
} // namespace

TEST_CASE("Integrated review dialog: completing the review with an ASQ-3 records Rosa's 2–2½ year review and the actions",
          "[gui][assessments][review]")
{
    ReviewStore f;
    const QDate today = f.people.today();
    const Assessment asq3 = f.addAsq3(today.addDays(-10), {20, 50, 50, 50, 50});
    const Assessment wellComm = f.addWellComm(today.addDays(-3));
    const auto before = twoYearReview(*f.hv, f.rosa().uuid);
    REQUIRE(before);
    REQUIRE(before->status == domain::ContactStatus::Due);

    IntegratedReviewDialog d(*f.hv, f.record(*f.hv), f.rosa().uuid);
    d.show();
    CHECK(child<QLabel>(&d, "completesLabel")->text() ==
          QStringLiteral("Completing the review records the 2–2½ year review for Rosa Penhallow."));

    // The newest candidates are offered with their date and outcome, and a summary of their results.
    auto* asq3Combo = child<QComboBox>(&d, "asq3Combo");
    CHECK(asq3Combo->currentData().toString() == asq3.uuid);
    CHECK(asq3Combo->currentText().startsWith(QStringLiteral("5 Jan 2026 — ")));
    CHECK(asq3Combo->currentText().contains(asq3.outcome));
    auto* asq3Summary = child<QLabel>(&d, "asq3Summary");
    CHECK(asq3Summary->isVisible());
    CHECK(asq3Summary->text().contains(QStringLiteral("Communication 20 (Below cutoff: refer)")));
    CHECK(child<QComboBox>(&d, "wellCommCombo")->currentData().toString() == wellComm.uuid);
    CHECK(child<QLabel>(&d, "wellCommSummary")->text().contains(QStringLiteral("Section 4: Amber")));
    CHECK_FALSE(child<QComboBox>(&d, "eyfsCombo")->isEnabled()); // none recorded
    CHECK_FALSE(child<QComboBox>(&d, "asqSe2Combo")->isEnabled());
    CHECK_FALSE(okButton(d)->isEnabled()); // no duration or parent's views yet

    fillReview(d);
    QTest::mouseClick(child<QPushButton>(&d, "addActionButton"), Qt::LeftButton);
    auto* actions = child<QTableWidget>(&d, "actionsTable");
    REQUIRE(actions->rowCount() == 1);
    CHECK(actions->item(0, 1)->text() == QStringLiteral("29/01/2026")); // a fortnight on
    CHECK_FALSE(okButton(d)->isEnabled()); // the action needs saying
    typeInCell(actions, 0, 0, QStringLiteral("Refer to speech and language therapy"));
    typeInCell(actions, 0, 2, QStringLiteral("Amara (HV)"));
    REQUIRE(okButton(d)->isEnabled());

    QTest::mouseClick(okButton(d), Qt::LeftButton);
    REQUIRE(d.result() == QDialog::Accepted);
    const IntegratedReview& saved = d.saved();
    CHECK(saved.asq3Uuid == asq3.uuid);
    CHECK(saved.wellCommUuid == wellComm.uuid);
    CHECK(saved.eyfsUuid.isEmpty());
    CHECK(saved.durationMinutes == 60);
    CHECK_FALSE(saved.contactUuid.isEmpty());

    // The mandated contact is done, and the agreed action is on the record.
    const auto after = twoYearReview(*f.hv, f.rosa().uuid);
    REQUIRE(after);
    CHECK(after->status == domain::ContactStatus::DoneOnTime);
    CHECK(after->doneOn == today);
    CHECK(after->contactUuid == saved.contactUuid);
    auto reviews = ReviewService(*f.hv).forChild(f.rosa().uuid);
    REQUIRE(reviews.ok());
    REQUIRE(reviews.value().size() == 1);
    REQUIRE(reviews.value().first().actions.size() == 1);
    CHECK(reviews.value().first().actions.first().description == QStringLiteral("Refer to speech and language therapy"));
    CHECK(reviews.value().first().actions.first().ownerName == QStringLiteral("Amara (HV)"));
    CHECK(reviews.value().first().actions.first().dueOn == QDate(2026, 1, 29));
}

TEST_CASE("Integrated review dialog: without an ASQ-3 in the last three months the reason shows and it cannot be completed",
          "[gui][assessments][review]")
{
    ReviewStore f;
    f.addAsq3(f.people.today().addMonths(-4), {50, 50, 50, 50, 50}); // too old to count
    IntegratedReviewDialog d(*f.hv, f.record(*f.hv), f.rosa().uuid);
    d.show();

    auto* asq3Combo = child<QComboBox>(&d, "asq3Combo");
    CHECK_FALSE(asq3Combo->isEnabled());
    CHECK(asq3Combo->currentData().toString().isEmpty());
    auto* issue = child<QLabel>(&d, "asq3Issue");
    CHECK(issue->isVisible());
    CHECK(issue->text().contains(QStringLiteral("ASQ-3")));
    fillReview(d);
    CHECK(issue->isVisible());
    CHECK_FALSE(okButton(d)->isEnabled());

    // The candidates follow the review day: a month earlier, that ASQ-3 is recent enough (though
    // Rosa was too young for the review then, which is said under the date).
    auto* date = child<QLineEdit>(&d, "reviewDateInput");
    date->clear();
    QTest::keyClicks(date, QStringLiteral("20/10/2025"));
    CHECK(asq3Combo->isEnabled());
    CHECK_FALSE(asq3Combo->currentData().toString().isEmpty());
    CHECK_FALSE(issue->isVisible());
    CHECK(child<QLabel>(&d, "reviewDateIssue")->isVisible());
    CHECK_FALSE(okButton(d)->isEnabled());
}

TEST_CASE("Integrated review dialog: a progress check the parent has not agreed to share is listed but cannot be chosen",
          "[gui][assessments][review]")
{
    ReviewStore f;
    const QDate today = f.people.today();
    f.addAsq3(today.addDays(-10), {50, 50, 50, 50, 50});
    auto cc = f.people.as("cc");
    const Assessment check = f.addEyfs(*cc, today.addDays(-7), false);

    IntegratedReviewDialog d(*f.hv, f.record(*f.hv), f.rosa().uuid);
    d.show();
    auto* eyfs = child<QComboBox>(&d, "eyfsCombo");
    const int index = eyfs->findData(check.uuid);
    REQUIRE(index >= 0);
    auto* model = qobject_cast<QStandardItemModel*>(eyfs->model());
    REQUIRE(model != nullptr);
    CHECK_FALSE(model->item(index)->isEnabled());
    CHECK(eyfs->itemText(index).contains(QStringLiteral("not shared with the health visitor")));
    CHECK(eyfs->currentData().toString().isEmpty()); // "Not part of this review"
    auto* summary = child<QLabel>(&d, "eyfsSummary");
    CHECK(summary->isVisible());
    CHECK(summary->text().contains(QStringLiteral("has not agreed to share")));

    fillReview(d);
    REQUIRE(okButton(d)->isEnabled());
    QTest::mouseClick(okButton(d), Qt::LeftButton);
    REQUIRE(d.result() == QDialog::Accepted);
    CHECK(d.saved().eyfsUuid.isEmpty());
}

TEST_CASE("Integrated review dialog: every control has a name and Tab reaches it", "[gui][assessments][review][a11y]")
{
    ReviewStore f;
    f.addAsq3(f.people.today().addDays(-10), {50, 50, 50, 50, 50});
    f.addWellComm(f.people.today().addDays(-3));
    IntegratedReviewDialog d(*f.hv, f.record(*f.hv), f.rosa().uuid);
    d.show();
    QTest::mouseClick(child<QPushButton>(&d, "addActionButton"), Qt::LeftButton); // Remove is enabled too
    checkKeyboardAndNames(&d);
}
