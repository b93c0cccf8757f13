#include "GuiTestHelpers.h"
#include "ReviewTestData.h"

#include "EyfsCheckDialog.h"

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
const char* const kAreas[] = {"communication-language", "physical", "personal-social-emotional"};

QPushButton* okButton(EyfsCheckDialog& d) { return child<QPushButton>(&d, "okButton"); }

template <typename T>
T* areaWidget(EyfsCheckDialog& d, const char* prefix, const char* area)
{
    return child<T>(&d, (QByteArray(prefix) + '-' + area).constData());
}

// Everything a valid check needs, as the setting would give it.
void fillCheck(EyfsCheckDialog& d)
{
    QTest::keyClicks(child<QLineEdit>(&d, "completedByEdit"), QStringLiteral("Jo Pemberton-Hale"));
    QTest::keyClicks(child<QLineEdit>(&d, "settingEdit"), QStringLiteral("Little Acorns Nursery"));
    child<QCheckBox>(&d, "shareCheck")->click();
    for (const char* area : kAreas) {
        choose(areaWidget<QComboBox>(d, "statusCombo", area), QStringLiteral("on-track"));
        areaWidget<QPlainTextEdit>(d, "summaryEdit", area)->setPlainText(QStringLiteral("Joins in songs and plays alongside others."));
    }
    choose(areaWidget<QComboBox>(d, "statusCombo", "communication-language"), QStringLiteral("less-than-expected"));
}
} // namespace

TEST_CASE("EYFS dialog: a child of 1 year 11 months is too young, and the dialog says why", "[gui][assessments][eyfs]")
{
    ReviewStore f;
    // Born 10 Feb 2024: on 15 Jan 2026 she is 1 year 11 months old.
    const Family young = registerHvFamily(*f.hv, QStringLiteral("Mabli"), QStringLiteral("Tregarthen"), QDate(2024, 2, 10), 42);
    EyfsCheckDialog d(*f.hv, young.children.first());
    d.show();

    auto* issue = child<QLabel>(&d, "completedOnIssue");
    CHECK(issue->isVisible()); // the date starts as today: said at once
    CHECK(issue->text().contains(QStringLiteral("1 year 11 months")));
    CHECK(child<QLineEdit>(&d, "completedOnInput")->accessibleDescription() == issue->text());
    fillCheck(d);
    CHECK(issue->isVisible());
    CHECK_FALSE(okButton(d)->isEnabled());
}

TEST_CASE("EYFS dialog: a complete check saves with a part for each prime area", "[gui][assessments][eyfs]")
{
    ReviewStore f;
    EyfsCheckDialog d(*f.hv, f.rosa());
    d.show();

    // The prime areas and their statuses come from the definition.
    auto* status = areaWidget<QComboBox>(d, "statusCombo", "physical");
    CHECK(status->findData(QStringLiteral("possible-delay")) >= 0);
    CHECK(status->itemText(status->findData(QStringLiteral("on-track"))) == QStringLiteral("Progress as expected"));
    CHECK(child<QLabel>(&d, "ageLabel")->text() == QStringLiteral("Rosa is 2 years 1 month 14 days on that day."));
    CHECK_FALSE(child<QLabel>(&d, "completedOnIssue")->isVisible());
    CHECK_FALSE(okButton(d)->isEnabled());

    fillCheck(d);
    REQUIRE(okButton(d)->isEnabled());
    QTest::mouseClick(okButton(d), Qt::LeftButton);
    REQUIRE(d.result() == QDialog::Accepted);

    const Assessment& saved = d.saved();
    CHECK(saved.kind == AssessmentKind::Eyfs);
    CHECK(saved.completedByName == QStringLiteral("Jo Pemberton-Hale"));
    CHECK(saved.setting == QStringLiteral("Little Acorns Nursery"));
    CHECK(saved.parentAgreedToShare);
    REQUIRE(saved.parts.size() == 3);
    for (const AssessmentPart& part : saved.parts) {
        CHECK(part.note == QStringLiteral("Joins in songs and plays alongside others."));
        CHECK(part.result == (part.part == QStringLiteral("communication-language") ? QStringLiteral("less-than-expected")
                                                                                     : QStringLiteral("on-track")));
    }
    auto history = AssessmentService(*f.hv).forChild(f.rosa().uuid, AssessmentKind::Eyfs);
    REQUIRE(history.ok());
    REQUIRE(history.value().size() == 1);
    CHECK(history.value().first().uuid == saved.uuid);
}

TEST_CASE("EYFS dialog: the summary counter and its limit", "[gui][assessments][eyfs]")
{
    ReviewStore f;
    EyfsCheckDialog d(*f.hv, f.rosa());
    d.show();
    fillCheck(d);
    REQUIRE(okButton(d)->isEnabled());
    auto* counter = areaWidget<QLabel>(d, "summaryCount", "physical");
    CHECK(counter->text() == QStringLiteral("42 / 1000"));

    auto* summary = areaWidget<QPlainTextEdit>(d, "summaryEdit", "physical");
    summary->setPlainText(QString(1001, QLatin1Char('a')));
    QTest::keyClick(summary, Qt::Key_End); // a key in the field counts as editing it
    CHECK(counter->text() == QStringLiteral("1001 / 1000"));
    CHECK(areaWidget<QLabel>(d, "summaryIssue", "physical")->isVisible());
    CHECK_FALSE(okButton(d)->isEnabled());

    summary->setPlainText(QString(1000, QLatin1Char('a')));
    CHECK_FALSE(areaWidget<QLabel>(d, "summaryIssue", "physical")->isVisible());
    CHECK(okButton(d)->isEnabled());
}

TEST_CASE("EYFS dialog: every control has a name and Tab reaches it", "[gui][assessments][eyfs][a11y]")
{
    ReviewStore f;
    EyfsCheckDialog d(*f.hv, f.rosa());
    checkKeyboardAndNames(&d);
}
