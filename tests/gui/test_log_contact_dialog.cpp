#include "VisitTestData.h"

#include "ContactsPanel.h"
#include "FamilyRecordPage.h"
#include "HealthVisitingPanel.h"
#include "LogContactDialog.h"

#include "tandem/services/VisitService.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {

QPushButton* okButton(QDialog* dialog) { return child<QPushButton>(dialog, "okButton"); }

// Pressing OK on a form with a problem logs nothing and leaves the dialog open.
void okDoesNothing(VisitStore& v, LogContactDialog& dialog)
{
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    auto contacts = VisitService(*v.hv).contactsForFamily(v.family.uuid);
    REQUIRE(contacts.ok());
    CHECK(contacts.value().isEmpty());
}

// The schedule row for one child's mandated contact.
QTreeWidgetItem* scheduleRow(QTreeWidget* schedule, const QString& child, const QString& contact)
{
    for (int i = 0; i < schedule->topLevelItemCount(); ++i) {
        QTreeWidgetItem* row = schedule->topLevelItem(i);
        if (row->text(0) == child && row->text(1) == contact)
            return row;
    }
    return nullptr;
}

// Types into the cell editor the way a person would, and commits with Enter.
void typeInCell(QTableWidget* table, int row, int column, const QString& text)
{
    auto openEditor = [table]() -> QLineEdit* {
        for (QLineEdit* e : table->viewport()->findChildren<QLineEdit*>())
            if (e->isVisible()) // an editor closed before may await deletion
                return e;
        return nullptr;
    };
    if (!openEditor() || table->currentRow() != row || table->currentColumn() != column) {
        table->setCurrentCell(row, column);
        table->editItem(table->item(row, column));
    }
    QLineEdit* editor = openEditor();
    REQUIRE(editor != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits the typed text from the event loop
    CHECK(table->item(row, column)->text() == text);
}

} // namespace

TEST_CASE("Log contact: a new birth visit logged from the record completes Ada's schedule", "[gui][hv-record][log-contact]")
{
    VisitStore v;
    FamilyRecordPage page(*v.hv);
    page.resize(1280, 900);
    page.showFamily(v.family.uuid, v.adaUuid());
    page.show();
    QSignalSpy changed(&page, &FamilyRecordPage::recordChanged);

    auto* schedule = child<QTreeWidget>(&page, "scheduleView");
    QTreeWidgetItem* before = scheduleRow(schedule, QStringLiteral("Ada Ashdown"), QStringLiteral("New birth visit"));
    REQUIRE(before != nullptr);
    CHECK(before->text(4).contains(QStringLiteral("Due")));

    QTest::mouseClick(child<QPushButton>(&page, "logContactButton"), Qt::LeftButton);
    auto* dialog = openDialog<LogContactDialog>(&page);

    // Ada has her new birth visit due: offered first, with what it will complete.
    CHECK(child<QComboBox>(dialog, "contactTypeCombo")->currentData().toString() == QStringLiteral("new-birth"));
    CHECK(child<QComboBox>(dialog, "contactPlaceCombo")->currentData().toString() == QStringLiteral("home"));
    CHECK(child<QLineEdit>(dialog, "contactDateInput")->text() == QStringLiteral("15/01/2026"));
    CHECK(child<QLabel>(dialog, "practitionerLabel")->text() == QStringLiteral("Amara Nwosu-Lane"));
    auto* children = child<QListWidget>(dialog, "contactChildrenList");
    REQUIRE(children->count() == 1);
    CHECK(children->item(0)->checkState() == Qt::Checked);
    auto* hint = child<QLabel>(dialog, "contactHintLabel");
    CHECK(hint->isVisible());
    CHECK(hint->text() == QStringLiteral("Completes the new birth visit for Ada Ashdown (due by 17 Jan 2026)."));
    CHECK_FALSE(okButton(dialog)->isEnabled()); // no duration or outcome yet

    child<QLineEdit>(dialog, "peoplePresentEdit")->setText(QStringLiteral("Mother, maternal grandmother"));
    child<QSpinBox>(dialog, "durationSpin")->setValue(50);
    child<QPlainTextEdit>(dialog, "outcomeEdit")->setPlainText(QStringLiteral("Weight 3.6 kg, feeding well; safe sleep discussed."));
    QTest::mouseClick(child<QPushButton>(dialog, "addActionButton"), Qt::LeftButton);
    auto* actions = child<QTableWidget>(dialog, "actionsTable");
    REQUIRE(actions->rowCount() == 1);
    CHECK(actions->item(0, 1)->text() == QStringLiteral("22/01/2026")); // a week on
    CHECK(actions->item(0, 2)->text() == QStringLiteral("Amara Nwosu-Lane"));
    CHECK_FALSE(okButton(dialog)->isEnabled()); // the action needs saying
    typeInCell(actions, 0, 0, QStringLiteral("Weigh at the clinic"));
    typeInCell(actions, 0, 2, QStringLiteral("Mum"));
    REQUIRE(okButton(dialog)->isEnabled());

    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(changed.count() == 1);
    CHECK(dialog->loggedContact().type == QStringLiteral("new-birth"));

    // The schedule says so, in words.
    QTreeWidgetItem* after =
        scheduleRow(child<QTreeWidget>(&page, "scheduleView"), QStringLiteral("Ada Ashdown"), QStringLiteral("New birth visit"));
    REQUIRE(after != nullptr);
    CHECK(after->text(4).contains(QStringLiteral("Done on time")));
    CHECK(after->text(5) == QStringLiteral("15 Jan 2026"));

    // And the contact leads the list, with its outcome and action.
    auto* contacts = child<QTreeWidget>(&page, "contactsView");
    REQUIRE(contacts->topLevelItemCount() == 1);
    QTreeWidgetItem* visit = contacts->topLevelItem(0);
    CHECK(visit->text(0).startsWith(QStringLiteral("15 Jan 2026")));
    CHECK(visit->text(1).startsWith(QStringLiteral("New birth visit")));
    CHECK(visit->text(2) == QStringLiteral("Ada Ashdown"));
    CHECK(visit->text(3) == QStringLiteral("Amara Nwosu-Lane"));
    CHECK(visit->text(4) == QStringLiteral("50 min"));
    CHECK(lineStartingWith(contacts, QStringLiteral("Outcome: Weight 3.6 kg")) != nullptr);
    QTreeWidgetItem* action = lineStartingWith(contacts, QStringLiteral("Action: Weigh at the clinic"));
    REQUIRE(action != nullptr);
    CHECK(action->text(0) == QStringLiteral("Action: Weigh at the clinic — due 22 Jan 2026, Mum"));
}

TEST_CASE("Log contact: problems are said under the field as the user types, and OK does nothing", "[gui][hv-record][log-contact]")
{
    VisitStore v;
    LogContactDialog dialog(*v.hv, v.record(*v.hv), v.adaUuid());
    dialog.show();
    child<QPlainTextEdit>(&dialog, "outcomeEdit")->setPlainText(QStringLiteral("Seen at home."));

    SECTION("no duration for a home visit")
    {
        auto* duration = child<QSpinBox>(&dialog, "durationSpin");
        QTest::keyClick(duration, Qt::Key_Up); // 5 minutes, then back to 0
        QTest::keyClick(duration, Qt::Key_Down);
        REQUIRE(duration->value() == 0);
        auto* issue = child<QLabel>(&dialog, "durationIssue");
        CHECK(issue->isVisible());
        CHECK(issue->text().contains(QStringLiteral("minutes")));
        CHECK(duration->accessibleDescription() == issue->text());
        CHECK_FALSE(okButton(&dialog)->isEnabled());
        okDoesNothing(v, dialog);

        // A family not brought to clinic: no time spent is right.
        auto* type = child<QComboBox>(&dialog, "contactTypeCombo");
        type->setCurrentIndex(type->findData(QStringLiteral("not-brought")));
        CHECK_FALSE(issue->isVisible());
        CHECK(child<QLabel>(&dialog, "contactHintLabel")->text().contains(QStringLiteral("not seen")));
        CHECK(okButton(&dialog)->isEnabled());
    }

    SECTION("a date in the future")
    {
        child<QSpinBox>(&dialog, "durationSpin")->setValue(30);
        REQUIRE(okButton(&dialog)->isEnabled());
        auto* date = child<QLineEdit>(&dialog, "contactDateInput");
        date->clear();
        QTest::keyClicks(date, QStringLiteral("20/01/2026"));
        auto* issue = child<QLabel>(&dialog, "contactDateIssue");
        CHECK(issue->isVisible());
        CHECK(issue->text().contains(QStringLiteral("future")));
        CHECK_FALSE(okButton(&dialog)->isEnabled());
        okDoesNothing(v, dialog);

        date->clear();
        QTest::keyClicks(date, QStringLiteral("31/02/2026")); // not a day
        CHECK(issue->text().contains(QStringLiteral("14/03/2025")));
        CHECK_FALSE(okButton(&dialog)->isEnabled());

        date->clear();
        QTest::keyClicks(date, QStringLiteral("14-1-2026"));
        CHECK_FALSE(issue->isVisible());
        CHECK(okButton(&dialog)->isEnabled());
    }

    SECTION("no child ticked")
    {
        child<QSpinBox>(&dialog, "durationSpin")->setValue(30);
        child<QListWidget>(&dialog, "contactChildrenList")->item(0)->setCheckState(Qt::Unchecked);
        CHECK(child<QLabel>(&dialog, "contactChildrenIssue")->isVisible());
        CHECK_FALSE(child<QLabel>(&dialog, "contactHintLabel")->isVisible()); // completes nothing for nobody
        CHECK_FALSE(okButton(&dialog)->isEnabled());
        okDoesNothing(v, dialog);
    }

}

TEST_CASE("Log contact: what is offered follows the user's role", "[gui][hv-record][log-contact]")
{
    VisitStore v;
    // A children's centre practitioner records contacts, but not the mandated ones, and
    // cannot mark a note health-visiting-only.
    LogContactDialog dialog(*v.cc, v.record(*v.cc), v.adaUuid());
    auto* type = child<QComboBox>(&dialog, "contactTypeCombo");
    CHECK(type->findData(QStringLiteral("new-birth")) < 0);
    CHECK(type->currentData().toString() == QStringLiteral("additional"));
    CHECK_FALSE(child<QLabel>(&dialog, "contactHintLabel")->isVisibleTo(&dialog));
    auto* restriction = child<QComboBox>(&dialog, "noteRestrictionCombo");
    CHECK(restriction->findData(QStringLiteral("health-visiting")) < 0);
    CHECK(restriction->findData(QStringLiteral("safeguarding")) >= 0);

    LogContactDialog hvDialog(*v.hv, v.record(*v.hv), v.adaUuid());
    CHECK(child<QComboBox>(&hvDialog, "noteRestrictionCombo")->findData(QStringLiteral("health-visiting")) >= 0);
}

TEST_CASE("Log contact: a restricted note written at the visit is stored restricted", "[gui][hv-record][log-contact]")
{
    VisitStore v;
    LogContactDialog dialog(*v.hv, v.record(*v.hv), v.adaUuid());
    dialog.show();
    child<QSpinBox>(&dialog, "durationSpin")->setValue(45);
    child<QPlainTextEdit>(&dialog, "outcomeEdit")->setPlainText(QStringLiteral("New birth review completed."));
    child<QPlainTextEdit>(&dialog, "noteEdit")->setPlainText(QStringLiteral("Mother scored 14 on the EPDS."));
    auto* restriction = child<QComboBox>(&dialog, "noteRestrictionCombo");
    restriction->setCurrentIndex(restriction->findData(QStringLiteral("health-visiting")));
    CHECK(child<QLabel>(&dialog, "noteRestrictionHint")->text().contains(QStringLiteral("Only health visitors")));
    REQUIRE(okButton(&dialog)->isEnabled());
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.loggedContact().notes.size() == 1);
    CHECK(dialog.loggedContact().notes.first().restriction == NoteRestriction::HealthVisiting);
}

TEST_CASE("Accessibility: logging a contact", "[gui][a11y][hv-record][log-contact]")
{
    VisitStore v;
    LogContactDialog dialog(*v.hv, v.record(*v.hv), v.adaUuid());
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "addActionButton"), Qt::LeftButton); // Remove is enabled too
    // The cell editor names the cell it edits.
    auto* editor = dialog.findChild<QLineEdit*>(QStringLiteral("actionDescriptionEditor"));
    REQUIRE(editor != nullptr);
    CHECK(editor->accessibleName() == QStringLiteral("Action 1: what needs doing"));
    checkKeyboardAndNames(&dialog);
}
