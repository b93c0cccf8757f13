#include "AssessmentTestData.h"
#include "VisitTestData.h"

#include "Asq3ChartDialog.h"
#include "Asq3Dialog.h"
#include "AssessmentsPanel.h"
#include "FamilyRecordPage.h"
#include "FollowUpDialog.h"

#include "tandem/services/ReviewService.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {

enum Column { DateColumn, InstrumentColumn, OutcomeColumn, FlagsColumn, ByColumn };

const QStringList kAllYes{QStringLiteral("YYYYYY"), QStringLiteral("YYYYYY"), QStringLiteral("YYYYYY"), QStringLiteral("YYYYYY"),
                          QStringLiteral("YYYYYY")};

void showPanel(AssessmentsPanel& panel, AssessmentStore& s, Session& session, const QString& focusChild)
{
    panel.resize(1100, 700);
    panel.setRecord(s.record(session), focusChild);
    panel.show();
}

QTreeWidget* history(QWidget* panel) { return child<QTreeWidget>(panel, "assessmentHistoryView"); }

} // namespace

TEST_CASE("Assessments panel: the history lists an assessment with its outcome, flags and details", "[gui][assessments-panel]")
{
    AssessmentStore s;
    const Assessment older = s.addAsq3(*s.hv, s.isla().uuid, QDate(2025, 7, 10), kAllYes);
    const Assessment latest = s.addAsq3(*s.hv, s.isla().uuid, QDate(2026, 1, 15));
    AssessmentsPanel panel(*s.hv);
    showPanel(panel, s, *s.hv, s.isla().uuid);

    // Two children: a chooser, with the child the record was opened for first.
    auto* chooser = child<QComboBox>(&panel, "assessmentChildCombo");
    CHECK(chooser->isVisible());
    REQUIRE(chooser->count() == 2);
    CHECK(chooser->currentText().startsWith(QStringLiteral("Isla Marlowe")));

    QTreeWidget* view = history(&panel);
    REQUIRE(view->topLevelItemCount() == 2);
    QTreeWidgetItem* first = view->topLevelItem(0); // newest first
    CHECK(first->text(DateColumn) == QStringLiteral("15 Jan 2026"));
    CHECK(first->text(InstrumentColumn) == QStringLiteral("ASQ-3, 24-month questionnaire"));
    CHECK(first->text(OutcomeColumn) == latest.outcome);
    CHECK(first->text(OutcomeColumn).contains(QStringLiteral("Communication")));
    CHECK(first->text(ByColumn) == QStringLiteral("Amara Nwosu-Lane"));
    // Below the cutoff and no plan: said. The shipped cutoffs are unverified: said too, with which.
    CHECK(first->text(FlagsColumn).contains(QStringLiteral("Follow-up needed")));
    CHECK(first->text(FlagsColumn).contains(QStringLiteral("unverified")));
    REQUIRE_FALSE(latest.unverified.isEmpty());
    CHECK(first->toolTip(FlagsColumn).contains(latest.unverified.first()));

    QTreeWidgetItem* second = view->topLevelItem(1);
    CHECK(second->text(InstrumentColumn) == QStringLiteral("ASQ-3, 18-month questionnaire"));
    CHECK(second->text(OutcomeColumn) == older.outcome);
    CHECK_FALSE(second->text(FlagsColumn).contains(QStringLiteral("Follow-up needed")));

    // The newest is selected and its details show each domain as scored.
    auto* details = child<QLabel>(&panel, "assessmentDetailsLabel");
    CHECK(details->isVisible());
    CHECK(details->text().contains(QStringLiteral("25.17 (unverified)")));
    CHECK(details->text().contains(QStringLiteral("Below cutoff: refer")));
    CHECK(details->text().contains(QStringLiteral("60 (adjusted)")));
    CHECK(details->text().contains(QStringLiteral("Not scored: 3 of 6 items")));
    CHECK(details->text().contains(QStringLiteral("asq3 2026.1")));
    CHECK(details->text().contains(QStringLiteral("Follow-up needed")));

    // Rowan has none yet.
    chooser->setCurrentIndex(1);
    CHECK_FALSE(view->isVisible());
    auto* empty = child<QLabel>(&panel, "assessmentsEmptyLabel");
    CHECK(empty->isVisible());
    CHECK(empty->text() == QStringLiteral("No assessments are recorded for Rowan Marlowe yet."));
    CHECK_FALSE(details->isVisible());
}

TEST_CASE("Assessments panel: recording a follow-up plan clears \"Follow-up needed\"", "[gui][assessments-panel]")
{
    AssessmentStore s;
    s.addAsq3(*s.hv, s.isla().uuid, QDate(2025, 7, 10), kAllYes);
    const Assessment refer = s.addAsq3(*s.hv, s.isla().uuid, QDate(2026, 1, 15));
    AssessmentsPanel panel(*s.hv);
    showPanel(panel, s, *s.hv, s.isla().uuid);
    QSignalSpy changed(&panel, &AssessmentsPanel::recordChanged);
    QTreeWidget* view = history(&panel);
    auto* followUp = child<QPushButton>(&panel, "recordFollowUpButton");

    // On schedule everywhere: nothing to follow up.
    view->setCurrentItem(view->topLevelItem(1));
    CHECK_FALSE(followUp->isEnabled());
    // Below the cutoff, no plan yet.
    view->setCurrentItem(view->topLevelItem(0));
    REQUIRE(followUp->isEnabled());

    QTest::mouseClick(followUp, Qt::LeftButton);
    auto* dialog = openDialog<FollowUpDialog>(&panel);
    CHECK(dialog->isModal());
    CHECK(child<QLabel>(dialog, "outcomeLabel")->text().contains(QStringLiteral("Communication")));
    auto* save = child<QPushButton>(dialog, "okButton");
    CHECK_FALSE(save->isEnabled());
    auto* plan = child<QPlainTextEdit>(dialog, "planEdit");
    plan->setFocus();
    QTest::keyClicks(plan, QStringLiteral("OK"));
    CHECK(child<QLabel>(dialog, "planIssue")->isVisible()); // too short to say anything
    CHECK_FALSE(save->isEnabled());
    QTest::keyClicks(plan, QStringLiteral(": referred to speech and language therapy; ASQ-3 again in 2 months."));
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(dialog->result() == QDialog::Accepted);

    CHECK(changed.count() == 1);
    QTreeWidgetItem* row = history(&panel)->topLevelItem(0);
    REQUIRE(row != nullptr);
    CHECK(row->data(DateColumn, Qt::UserRole).toString() == refer.uuid); // still selected
    CHECK_FALSE(row->text(FlagsColumn).contains(QStringLiteral("Follow-up needed")));
    CHECK(row->text(FlagsColumn).contains(QStringLiteral("Plan recorded")));
    CHECK(child<QLabel>(&panel, "assessmentDetailsLabel")->text().contains(QStringLiteral("referred to speech and language therapy")));
    const QList<Assessment> stored = s.history(s.isla().uuid);
    CHECK(stored.first().followUpPlan.startsWith(QStringLiteral("OK: referred")));
}

TEST_CASE("Assessments panel: the buttons follow the user's permissions", "[gui][assessments-panel]")
{
    AssessmentStore s;
    const char* recording[] = {"recordAsq3Button", "recordAsqSe2Button", "recordWellCommButton", "recordEyfsCheckButton",
                               "recordFollowUpButton"};

    SECTION("a children's centre practitioner records assessments but not the integrated review")
    {
        AssessmentsPanel panel(*s.cc);
        showPanel(panel, s, *s.cc, s.isla().uuid);
        for (const char* name : recording)
            CHECK(child<QPushButton>(&panel, name)->isVisible());
        CHECK_FALSE(child<QPushButton>(&panel, "integratedReviewButton")->isVisible());
        CHECK(child<QPushButton>(&panel, "asq3ChartButton")->isVisible());
    }

    SECTION("a health visitor does both")
    {
        AssessmentsPanel panel(*s.hv);
        showPanel(panel, s, *s.hv, s.isla().uuid);
        for (const char* name : recording)
            CHECK(child<QPushButton>(&panel, name)->isVisible());
        CHECK(child<QPushButton>(&panel, "integratedReviewButton")->isVisible());
        CHECK(child<QPushButton>(&panel, "integratedReviewButton")->isEnabled());
    }
}

TEST_CASE("Assessments panel: an ASQ-3 recorded from the panel appears at the top", "[gui][assessments-panel]")
{
    AssessmentStore s;
    AssessmentsPanel panel(*s.hv);
    showPanel(panel, s, *s.hv, s.isla().uuid);
    QSignalSpy changed(&panel, &AssessmentsPanel::recordChanged);
    CHECK(child<QLabel>(&panel, "assessmentsEmptyLabel")->isVisible());

    QTest::mouseClick(child<QPushButton>(&panel, "recordAsq3Button"), Qt::LeftButton);
    auto* dialog = openDialog<Asq3Dialog>(&panel);
    CHECK(dialog->windowModality() == Qt::WindowModal);
    auto* mode = child<QComboBox>(dialog, "entryModeCombo");
    mode->setCurrentIndex(mode->findData(static_cast<int>(Asq3EntryMode::Totals)));
    for (const char* name : {"communicationTotalEdit", "grossMotorTotalEdit", "fineMotorTotalEdit", "problemSolvingTotalEdit",
                             "personalSocialTotalEdit"})
        QTest::keyClicks(child<QLineEdit>(dialog, name), QStringLiteral("55"));
    auto* save = child<QPushButton>(dialog, "okButton");
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(dialog->result() == QDialog::Accepted);

    CHECK(changed.count() == 1);
    QTreeWidget* view = history(&panel);
    REQUIRE(view->topLevelItemCount() == 1);
    CHECK(view->currentItem() == view->topLevelItem(0));
    CHECK(view->topLevelItem(0)->text(InstrumentColumn) == QStringLiteral("ASQ-3, 24-month questionnaire"));
    CHECK_FALSE(view->topLevelItem(0)->text(FlagsColumn).contains(QStringLiteral("Follow-up needed")));
}

TEST_CASE("Assessments panel: an EYFS check the parent has not agreed to share is listed without its content",
          "[gui][assessments-panel]")
{
    AssessmentStore s;
    EyfsDraft draft;
    draft.childUuid = s.isla().uuid;
    draft.completedOn = QDate(2026, 1, 12);
    draft.completedByName = QStringLiteral("Keziah Oduya");
    draft.setting = QStringLiteral("Little Wrens Nursery");
    draft.parentAgreedToShare = false;
    for (const char* area : {"communication-language", "physical", "personal-social-emotional"})
        draft.areas << EyfsAreaInput{QString::fromLatin1(area), QStringLiteral("on-track"), QStringLiteral("Settled and chatty.")};
    auto added = AssessmentService(*s.cc).addEyfs(draft);
    INFO(added.message().toStdString());
    REQUIRE(added.ok());

    AssessmentsPanel panel(*s.hv);
    showPanel(panel, s, *s.hv, s.isla().uuid);
    QTreeWidget* view = history(&panel);
    REQUIRE(view->topLevelItemCount() == 1);
    CHECK(view->topLevelItem(0)->text(OutcomeColumn) ==
          QStringLiteral("Progress check recorded by Little Wrens Nursery; the parent has not agreed to share it with the "
                         "health visitor"));
    CHECK_FALSE(child<QPushButton>(&panel, "recordFollowUpButton")->isEnabled());
    const QStringList shown = allShownText(&panel);
    CHECK_FALSE(shown.join(QLatin1Char('\n')).contains(QStringLiteral("Settled and chatty")));
}

TEST_CASE("Assessments panel: an integrated review is in the history with its summary", "[gui][assessments-panel]")
{
    AssessmentStore s;
    const Assessment asq3 = s.addAsq3(*s.hv, s.isla().uuid, QDate(2026, 1, 14), kAllYes);
    IntegratedReview review;
    review.childUuid = s.isla().uuid;
    review.familyUuid = s.family.uuid;
    review.reviewedAt = QDateTime(QDate(2026, 1, 15), QTime(8, 30));
    review.place = QStringLiteral("home");
    review.durationMinutes = 60;
    review.asq3Uuid = asq3.uuid;
    review.parentViews = QStringLiteral("Happy with her progress.");
    review.summary = QStringLiteral("Developing well in every area; universal offer continues.");
    auto completed = ReviewService(*s.hv).complete(review);
    INFO(completed.message().toStdString());
    REQUIRE(completed.ok());

    AssessmentsPanel panel(*s.hv);
    showPanel(panel, s, *s.hv, s.isla().uuid);
    QTreeWidget* view = history(&panel);
    REQUIRE(view->topLevelItemCount() == 2);
    QTreeWidgetItem* top = view->topLevelItem(0);
    CHECK(top->text(DateColumn) == QStringLiteral("15 Jan 2026"));
    CHECK(top->text(InstrumentColumn).startsWith(QStringLiteral("Integrated review")));
    CHECK(top->text(OutcomeColumn) == review.summary);
    const QString details = child<QLabel>(&panel, "assessmentDetailsLabel")->text();
    CHECK(details.contains(QStringLiteral("Happy with her progress.")));
    CHECK(details.contains(QStringLiteral("ASQ-3, 24-month questionnaire (14 Jan 2026)")));
}

TEST_CASE("Assessments panel: on the family record, below health visiting", "[gui][assessments-panel][hv-record]")
{
    AssessmentStore s;
    s.addAsq3(*s.hv, s.isla().uuid, QDate(2026, 1, 15));
    FamilyRecordPage page(*s.hv);
    page.resize(1280, 900);
    page.showFamily(s.family.uuid, s.rowan().uuid);
    page.show();
    auto* panel = child<AssessmentsPanel>(&page, "assessmentsPanel");
    auto* hv = child<QWidget>(&page, "healthVisitingPanel");
    auto* people = child<QWidget>(&page, "peoplePanel");
    CHECK(hv->y() < panel->y());
    CHECK(panel->y() < people->y());
    // Opened for Rowan: his (empty) history first; Isla's is one choice away.
    CHECK(panel->currentChildUuid() == s.rowan().uuid);
    panel->selectChild(s.isla().uuid);
    REQUIRE(history(panel)->topLevelItemCount() == 1);

    // A plan recorded from the panel refreshes the page.
    QSignalSpy changed(&page, &FamilyRecordPage::recordChanged);
    QTest::mouseClick(child<QPushButton>(panel, "recordFollowUpButton"), Qt::LeftButton);
    auto* dialog = openDialog<FollowUpDialog>(&page);
    child<QPlainTextEdit>(dialog, "planEdit")->setPlainText(QStringLiteral("Referred to the speech and language therapy team."));
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    REQUIRE(dialog->result() == QDialog::Accepted);
    CHECK(changed.count() == 1);
    panel = child<AssessmentsPanel>(&page, "assessmentsPanel");
    CHECK(panel->currentChildUuid() == s.isla().uuid); // the page's reload keeps the child in view
    CHECK(history(panel)->topLevelItem(0)->text(FlagsColumn).contains(QStringLiteral("Plan recorded")));
}

TEST_CASE("Accessibility: the assessments panel", "[gui][a11y][assessments-panel]")
{
    AssessmentStore s;
    s.addAsq3(*s.hv, s.isla().uuid, QDate(2026, 1, 15));
    AssessmentsPanel panel(*s.hv);
    panel.setRecord(s.record(*s.hv), s.isla().uuid);
    checkKeyboardAndNames(&panel);
}
