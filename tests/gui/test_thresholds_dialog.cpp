#include "GuiTestHelpers.h"
#include "HealthVisitingFixtures.h"
#include "ReviewTestData.h"

#include "MainWindow.h"
#include "TeamPage.h"
#include "ThresholdsDialog.h"

#include "tandem/services/InstrumentService.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {
// ASQ-3, 24-month questionnaire, Communication cutoff: 25.17 as shipped, unverified.
void chooseAsq3CommunicationCutoff(ThresholdsDialog& d)
{
    choose(child<QComboBox>(&d, "instrumentCombo"), QStringLiteral("asq3"));
    choose(child<QComboBox>(&d, "intervalCombo"), 24);
    choose(child<QComboBox>(&d, "partCombo"), QStringLiteral("communication"));
    choose(child<QComboBox>(&d, "kindCombo"), QStringLiteral("cutoff"));
}
} // namespace

TEST_CASE("Thresholds dialog: an administrator corrects a cutoff and sees it in force and in the list", "[gui][assessments][thresholds]")
{
    HealthVisitingStore people;
    auto admin = people.store().unlockAdmin();
    ThresholdsDialog d(*admin);
    d.show();
    CHECK(child<QLabel>(&d, "keepLabel")->text() ==
          QStringLiteral("Assessments already recorded keep the thresholds they were scored with."));
    CHECK(child<QLabel>(&d, "noCorrectionsLabel")->isVisible());
    CHECK_FALSE(child<QTreeWidget>(&d, "correctionsView")->isVisible());

    chooseAsq3CommunicationCutoff(d);
    auto* current = child<QLabel>(&d, "currentValueLabel");
    CHECK(current->text().contains(QStringLiteral("25.17")));
    CHECK(current->text().contains(QStringLiteral("unverified")));
    CHECK_FALSE(child<QLabel>(&d, "sourceLabel")->text().isEmpty());
    CHECK(child<QLabel>(&d, "versionLabel")->text() == QStringLiteral("ASQ-3 2026.1"));
    auto* save = child<QPushButton>(&d, "saveButton");
    CHECK_FALSE(save->isEnabled());

    QTest::keyClicks(child<QLineEdit>(&d, "valueEdit"), QStringLiteral("26.5"));
    auto* reason = child<QPlainTextEdit>(&d, "reasonEdit");
    reason->setPlainText(QStringLiteral("Checked against the ASQ-3 User's Guide cutoff table"));
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    CHECK(d.savedCount() == 1);
    CHECK(d.isVisible()); // more corrections may follow
    CHECK(child<QLabel>(&d, "savedLabel")->isVisible());
    CHECK(current->text().contains(QStringLiteral("26.5")));
    CHECK_FALSE(current->text().contains(QStringLiteral("unverified")));
    CHECK(child<QLabel>(&d, "versionLabel")->text() == QStringLiteral("ASQ-3 2026.1+store.1"));
    auto* list = child<QTreeWidget>(&d, "correctionsView");
    CHECK(list->isVisible());
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("ASQ-3, 24-month questionnaire: Communication cutoff"));
    CHECK(list->topLevelItem(0)->text(2) == QStringLiteral("26.5"));
    CHECK(list->topLevelItem(0)->text(3) == QStringLiteral("Checked against the ASQ-3 User's Guide cutoff table"));
    CHECK(list->topLevelItem(0)->text(4) == admin->user().displayName);
    // The form is empty again, and quiet about it until the next value is typed.
    CHECK(child<QLineEdit>(&d, "valueEdit")->text().isEmpty());
    CHECK_FALSE(child<QLabel>(&d, "valueIssue")->isVisible());
    CHECK_FALSE(save->isEnabled());

    auto corrections = InstrumentService(*admin).corrections();
    REQUIRE(corrections.ok());
    REQUIRE(corrections.value().size() == 1);
    CHECK(corrections.value().first().value == 26.5);
    CHECK(corrections.value().first().part == QStringLiteral("communication"));
}

TEST_CASE("Thresholds dialog: a value out of range or a short reason is refused with the reason", "[gui][assessments][thresholds]")
{
    HealthVisitingStore people;
    auto admin = people.store().unlockAdmin();
    ThresholdsDialog d(*admin);
    d.show();
    chooseAsq3CommunicationCutoff(d);
    auto* value = child<QLineEdit>(&d, "valueEdit");
    auto* valueIssue = child<QLabel>(&d, "valueIssue");
    auto* save = child<QPushButton>(&d, "saveButton");
    QTest::keyClicks(value, QStringLiteral("61"));
    CHECK(valueIssue->isVisible());
    CHECK_FALSE(valueIssue->text().isEmpty());
    value->clear();
    QTest::keyClicks(value, QStringLiteral("twenty"));
    CHECK(valueIssue->text() == QStringLiteral("Enter a number, for example 25.17."));
    value->clear();
    QTest::keyClicks(value, QStringLiteral("25.17"));
    CHECK(valueIssue->text() == QStringLiteral("That is the value in force already; enter the corrected one."));
    value->clear();
    QTest::keyClicks(value, QStringLiteral("24"));
    CHECK_FALSE(valueIssue->isVisible());

    auto* reason = child<QPlainTextEdit>(&d, "reasonEdit");
    QTest::keyClicks(reason, QStringLiteral("ok"));
    auto* reasonIssue = child<QLabel>(&d, "reasonIssue");
    CHECK(reasonIssue->isVisible());
    CHECK_FALSE(save->isEnabled());
    QTest::keyClicks(reason, QStringLiteral(" per guide"));
    CHECK_FALSE(reasonIssue->isVisible());
    CHECK(save->isEnabled());
}

TEST_CASE("Thresholds dialog: only administrators are offered it", "[gui][assessments][thresholds]")
{
    HealthVisitingStore people;
    SECTION("an administrator opens it from the Team area")
    {
        auto admin = people.store().unlockAdmin();
        TeamPage page(*admin);
        page.show();
        auto* open = child<QPushButton>(&page, "thresholdsButton");
        CHECK(open->isVisible());
        QTest::mouseClick(open, Qt::LeftButton);
        const QList<ThresholdsDialog*> dialogs = page.findChildren<ThresholdsDialog*>();
        REQUIRE(dialogs.size() == 1);
        CHECK(dialogs.first()->isVisible());
        CHECK(dialogs.first()->isModal());
        dialogs.first()->close();
    }
    SECTION("a health visitor and a team lead do not see it")
    {
        for (const char* name : {"hv", "lead"}) {
            auto session = people.as(name);
            TeamPage page(*session);
            page.show();
            CHECK(page.findChild<QPushButton*>(QStringLiteral("thresholdsButton")) == nullptr);
            page.openThresholdsDialog();
            CHECK(page.findChildren<ThresholdsDialog*>().isEmpty());
        }
    }
    SECTION("opened anyway, the dialog says who may use it and saves nothing")
    {
        auto lead = people.as("lead");
        ThresholdsDialog d(*lead);
        d.show();
        CHECK(child<QLabel>(&d, "messageLabel")->text().contains(QStringLiteral("administrator")));
        CHECK_FALSE(child<QPushButton>(&d, "saveButton")->isEnabled());
        CHECK_FALSE(child<QLineEdit>(&d, "valueEdit")->isEnabled());
    }
}

TEST_CASE("Thresholds dialog: every control has a name and Tab reaches it", "[gui][assessments][thresholds][a11y]")
{
    HealthVisitingStore people;
    auto admin = people.store().unlockAdmin();
    ThresholdsDialog d(*admin);
    checkKeyboardAndNames(&d);
}
