#include "GuiTestHelpers.h"
#include "ReviewTestData.h"

#include "WellCommDialog.h"

#include "tandem/services/AssessmentService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {
QByteArray rowName(int index) { return "screeningResultCombo" + QByteArray::number(index); }
QComboBox* resultRow(WellCommDialog& d, int index) { return child<QComboBox>(&d, rowName(index).constData()); }
bool hasRow(WellCommDialog& d, int index) { return d.findChild<QComboBox*>(QString::fromLatin1(rowName(index))) != nullptr; }
QString rowLabel(WellCommDialog& d, int index)
{
    return child<QLabel>(&d, QStringLiteral("screeningSectionLabel%1").arg(index).toLatin1().constData())->text();
}
QPushButton* okButton(WellCommDialog& d) { return child<QPushButton>(&d, "okButton"); }
QString referral(WellCommDialog& d) { return child<QLabel>(&d, "referralLabel")->text(); }
} // namespace

TEST_CASE("WellComm dialog: amber at the age section guides to the section below, and amber twice suggests referral",
          "[gui][assessments][wellcomm]")
{
    ReviewStore f;
    WellCommDialog d(*f.hv, f.rosa());
    d.show();

    // Rosa is 2 years 1 month: section 4 first, and nothing else until it has a result.
    CHECK(child<QLabel>(&d, "ageSectionLabel")->text().contains(QStringLiteral("Section 4 (24 to 29 months)")));
    CHECK(rowLabel(d, 0).contains(QStringLiteral("Section 4")));
    CHECK_FALSE(hasRow(d, 1));
    CHECK_FALSE(okButton(d)->isEnabled());
    CHECK(referral(d).contains(QStringLiteral("Choose the result for section 4")));

    choose(resultRow(d, 0), QStringLiteral("amber"));
    auto* guidance = child<QLabel>(&d, "guidanceLabel");
    CHECK(guidance->isVisible());
    CHECK(guidance->text().contains(QStringLiteral("now screen with section 3")));
    REQUIRE(hasRow(d, 1));
    CHECK(rowLabel(d, 1).contains(QStringLiteral("Section 3")));
    CHECK(okButton(d)->isEnabled()); // the section below may be screened another day
    CHECK(referral(d).contains(QStringLiteral("No referral indicated by the WellComm rule")));

    choose(resultRow(d, 1), QStringLiteral("amber"));
    CHECK(referral(d).contains(QStringLiteral("Referral to speech and language therapy suggested")));
    CHECK(referral(d).contains(QStringLiteral("amber in two sections"), Qt::CaseInsensitive));
    CHECK(guidance->text().contains(QStringLiteral("now screen with section 2")));
    REQUIRE(hasRow(d, 2));
    CHECK(rowLabel(d, 2).contains(QStringLiteral("Section 2")));

    // Green stops the screening: no row for section 1.
    choose(resultRow(d, 2), QStringLiteral("green"));
    CHECK_FALSE(hasRow(d, 3));
    CHECK_FALSE(guidance->text().contains(QStringLiteral("now screen")));
    CHECK(referral(d).contains(QStringLiteral("Referral to speech and language therapy suggested")));

    // Green at the age section after all: the rows below go, and so does the referral.
    choose(resultRow(d, 0), QStringLiteral("green"));
    CHECK_FALSE(hasRow(d, 1));
    CHECK(referral(d).contains(QStringLiteral("No referral indicated by the WellComm rule")));
    CHECK(okButton(d)->isEnabled());
}

TEST_CASE("WellComm dialog: red at the age section or a concern suggests referral", "[gui][assessments][wellcomm]")
{
    ReviewStore f;
    WellCommDialog d(*f.hv, f.rosa());
    d.show();
    choose(resultRow(d, 0), QStringLiteral("green"));
    CHECK_FALSE(hasRow(d, 1));
    CHECK(referral(d).contains(QStringLiteral("No referral indicated")));

    child<QCheckBox>(&d, "parentConcernCheck")->click();
    CHECK(referral(d).contains(QStringLiteral("Referral to speech and language therapy suggested")));
    CHECK(referral(d).contains(QStringLiteral("parent"), Qt::CaseInsensitive));
    child<QCheckBox>(&d, "parentConcernCheck")->click();
    CHECK(referral(d).contains(QStringLiteral("No referral indicated")));

    choose(resultRow(d, 0), QStringLiteral("red"));
    CHECK(referral(d).contains(QStringLiteral("Referral to speech and language therapy suggested")));
    CHECK(referral(d).contains(QStringLiteral("Red at the age-appropriate section"), Qt::CaseInsensitive));
}

TEST_CASE("WellComm dialog: another date can mean another section, and a date before birth is refused",
          "[gui][assessments][wellcomm]")
{
    ReviewStore f;
    WellCommDialog d(*f.hv, f.rosa());
    d.show();
    choose(resultRow(d, 0), QStringLiteral("amber"));
    REQUIRE(hasRow(d, 1));

    auto* date = child<QLineEdit>(&d, "assessedOnInput");
    date->clear();
    QTest::keyClicks(date, QStringLiteral("01/06/2025")); // 18 months: section 3, screening starts again
    CHECK(rowLabel(d, 0).contains(QStringLiteral("Section 3")));
    CHECK(resultRow(d, 0)->currentData().toString().isEmpty());
    CHECK_FALSE(hasRow(d, 1));

    date->clear();
    QTest::keyClicks(date, QStringLiteral("01/11/2023"));
    auto* issue = child<QLabel>(&d, "assessedOnIssue");
    CHECK(issue->isVisible());
    CHECK_FALSE(issue->text().isEmpty());
    CHECK_FALSE(hasRow(d, 0));
    CHECK_FALSE(okButton(d)->isEnabled());
}

TEST_CASE("WellComm dialog: Save stores the screening with a part for each section", "[gui][assessments][wellcomm]")
{
    ReviewStore f;
    WellCommDialog d(*f.hv, f.rosa());
    d.show();
    choose(resultRow(d, 0), QStringLiteral("amber"));
    choose(resultRow(d, 1), QStringLiteral("green"));
    child<QPlainTextEdit>(&d, "followUpPlanEdit")->setPlainText(QStringLiteral("Rescreen with section 4 in three months"));
    REQUIRE(okButton(d)->isEnabled());
    QTest::mouseClick(okButton(d), Qt::LeftButton);
    REQUIRE(d.result() == QDialog::Accepted);

    const Assessment& saved = d.saved();
    CHECK(saved.kind == AssessmentKind::WellComm);
    CHECK(saved.ageSection == 4);
    REQUIRE(saved.parts.size() == 2);
    CHECK(saved.parts.at(0).part == QStringLiteral("section-4"));
    CHECK(saved.parts.at(0).result == QStringLiteral("amber"));
    CHECK(saved.parts.at(1).part == QStringLiteral("section-3"));
    CHECK(saved.parts.at(1).result == QStringLiteral("green"));
    CHECK(saved.followUpPlan == QStringLiteral("Rescreen with section 4 in three months"));

    auto history = AssessmentService(*f.hv).forChild(f.rosa().uuid, AssessmentKind::WellComm);
    REQUIRE(history.ok());
    REQUIRE(history.value().size() == 1);
    CHECK(history.value().first().uuid == saved.uuid);
}

TEST_CASE("WellComm dialog: the service's refusal stays in the dialog", "[gui][assessments][wellcomm]")
{
    ReviewStore f;
    auto admin = f.people.store().unlockAdmin(); // administrators run the store; they do not record assessments
    WellCommDialog d(*admin, f.rosa());
    d.show();
    choose(resultRow(d, 0), QStringLiteral("green"));
    REQUIRE(okButton(d)->isEnabled());
    QTest::mouseClick(okButton(d), Qt::LeftButton);
    CHECK(d.result() != QDialog::Accepted);
    auto* message = child<QLabel>(&d, "messageLabel");
    CHECK(message->isVisible());
    CHECK_FALSE(message->text().isEmpty());
}

TEST_CASE("WellComm dialog: every control has a name and Tab reaches it, the sections too", "[gui][assessments][wellcomm][a11y]")
{
    ReviewStore f;
    WellCommDialog d(*f.hv, f.rosa());
    d.show();
    choose(resultRow(d, 0), QStringLiteral("red"));
    REQUIRE(hasRow(d, 1));
    checkKeyboardAndNames(&d);
}
