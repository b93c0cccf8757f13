#include "AssessmentTestData.h"

#include "AsqSe2Dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {

QPushButton* saveButton(QDialog* dialog) { return child<QPushButton>(dialog, "okButton"); }

void typeTotal(QDialog* dialog, const QString& text)
{
    auto* total = child<QLineEdit>(dialog, "totalEdit");
    total->setFocus();
    total->selectAll();
    QTest::keyClicks(total, text);
}

} // namespace

TEST_CASE("ASQ:SE-2 form: the zone follows the total, higher meaning more concern", "[gui][asqse2]")
{
    AssessmentStore s;
    const Child isla = s.isla();
    AsqSe2Dialog dialog(*s.hv, isla);
    dialog.show();

    CHECK(child<QComboBox>(&dialog, "intervalCombo")->currentData().toInt() == 24);
    CHECK(child<QLabel>(&dialog, "intervalReasonLabel")->text().contains(QStringLiteral("24-month")));
    CHECK(child<QLabel>(&dialog, "directionLabel")->text().contains(QStringLiteral("Higher scores mean more concern")));
    const QString thresholds = child<QLabel>(&dialog, "thresholdsLabel")->text();
    CHECK(thresholds.contains(QStringLiteral("Refer above 65")));
    CHECK(thresholds.contains(QStringLiteral("monitoring zone from 50")));
    CHECK(thresholds.contains(QStringLiteral("unverified")));
    CHECK_FALSE(saveButton(&dialog)->isEnabled()); // no total yet

    auto* zone = child<QLabel>(&dialog, "zoneLabel");
    typeTotal(&dialog, QStringLiteral("20"));
    CHECK(zone->text() == QStringLiteral("Total 20: On schedule"));
    typeTotal(&dialog, QStringLiteral("65")); // at the cutoff: still the monitoring zone
    CHECK(zone->text() == QStringLiteral("Total 65: Monitoring zone"));
    typeTotal(&dialog, QStringLiteral("70"));
    CHECK(zone->text() == QStringLiteral("Total 70: Above cutoff: refer"));
    REQUIRE(saveButton(&dialog)->isEnabled());

    QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
    REQUIRE(dialog.result() == QDialog::Accepted);
    const QList<Assessment> stored = s.history(isla.uuid);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().kind == AssessmentKind::AsqSe2);
    CHECK(stored.first().intervalMonths == 24);
    REQUIRE(stored.first().parts.size() == 1);
    CHECK(stored.first().parts.first().score == 70);
    CHECK(stored.first().parts.first().zone == Zone::Refer);
    CHECK(stored.first().needsFollowUp);
}

TEST_CASE("ASQ:SE-2 form: a total that cannot be is refused with the reason", "[gui][asqse2]")
{
    AssessmentStore s;
    AsqSe2Dialog dialog(*s.hv, s.isla());
    dialog.show();
    typeTotal(&dialog, QStringLiteral("33"));
    auto* issue = child<QLabel>(&dialog, "totalIssue");
    CHECK(issue->isVisible());
    CHECK(issue->text().contains(QStringLiteral("multiples of 5")));
    CHECK(child<QLabel>(&dialog, "zoneLabel")->text().startsWith(QStringLiteral("Enter the total")));
    CHECK_FALSE(saveButton(&dialog)->isEnabled());

    typeTotal(&dialog, QStringLiteral("thirty"));
    CHECK(issue->text().contains(QStringLiteral("number")));
    CHECK_FALSE(saveButton(&dialog)->isEnabled());

    typeTotal(&dialog, QStringLiteral("35"));
    CHECK_FALSE(issue->isVisible());
    CHECK(saveButton(&dialog)->isEnabled());
}

TEST_CASE("ASQ:SE-2 form: more than two blank items need the User's Guide adjustment confirmed", "[gui][asqse2]")
{
    AssessmentStore s;
    AsqSe2Dialog dialog(*s.hv, s.isla());
    dialog.show();
    typeTotal(&dialog, QStringLiteral("40"));
    auto* omitted = child<QSpinBox>(&dialog, "omittedSpin");
    auto* adjusted = child<QCheckBox>(&dialog, "adjustedCheck");
    omitted->setFocus();
    QTest::keyClick(omitted, Qt::Key_Up);
    QTest::keyClick(omitted, Qt::Key_Up);
    CHECK_FALSE(adjusted->isVisible()); // two blank items need nothing
    CHECK(saveButton(&dialog)->isEnabled());

    QTest::keyClick(omitted, Qt::Key_Up);
    REQUIRE(omitted->value() == 3);
    CHECK(adjusted->isVisible());
    auto* issue = child<QLabel>(&dialog, "omittedIssue");
    CHECK(issue->isVisible());
    CHECK(issue->text().contains(QStringLiteral("User's Guide")));
    CHECK_FALSE(saveButton(&dialog)->isEnabled());

    adjusted->setFocus();
    QTest::keyClick(adjusted, Qt::Key_Space);
    REQUIRE(adjusted->isChecked());
    CHECK_FALSE(issue->isVisible());
    REQUIRE(saveButton(&dialog)->isEnabled());
    QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.savedAssessment().omittedItems == 3);
    CHECK(dialog.savedAssessment().totalAdjustedPerGuide);
}

TEST_CASE("Accessibility: recording an ASQ:SE-2", "[gui][a11y][asqse2]")
{
    AssessmentStore s;
    AsqSe2Dialog dialog(*s.hv, s.isla());
    child<QSpinBox>(&dialog, "omittedSpin")->setValue(3); // the confirmation too
    checkKeyboardAndNames(&dialog);
}
