#include "VisitTestData.h"

#include "AddNoteDialog.h"
#include "ContactsPanel.h"
#include "FamilyRecordPage.h"
#include "MarkActionDoneDialog.h"

#include "tandem/services/NoteService.h"
#include "tandem/services/VisitService.h"

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

const QString kSecret = QStringLiteral("Mother disclosed low mood; EPDS 14, GP informed");
const QString kStandaloneSecret = QStringLiteral("Father asked that the visit times are not shared with the grandparents");

QList<QPushButton*> visibleButtons(QWidget* root, const char* name)
{
    QList<QPushButton*> found;
    for (QPushButton* b : root->findChildren<QPushButton*>(QString::fromLatin1(name)))
        if (b->isVisibleTo(root))
            found << b;
    return found;
}

bool anyTextContains(QWidget* root, const QString& needle)
{
    for (const QString& text : allShownText(root))
        if (text.contains(needle))
            return true;
    return false;
}

// Amara logs a visit with a health-visiting-only note, and writes one more such note on its own.
void writeRestrictedNotes(VisitStore& v)
{
    v.logVisit(kSecret, NoteRestriction::HealthVisiting);
    v.store.clock().advanceMs(600 * 1000);
    Note standalone;
    standalone.familyUuid = v.family.uuid;
    standalone.text = kStandaloneSecret;
    standalone.restriction = NoteRestriction::HealthVisiting;
    auto added = NoteService(*v.hv).addNote(standalone);
    INFO(added.message().toStdString());
    REQUIRE(added.ok());
}

} // namespace

TEST_CASE("Contacts panel: a children's centre worker sees that a restricted note exists, never its text",
          "[gui][hv-record][contacts]")
{
    VisitStore v;
    writeRestrictedNotes(v);

    ContactsPanel panel(*v.cc);
    panel.resize(1100, 600);
    panel.setRecord(v.record(*v.cc));
    panel.show();
    auto* view = child<QTreeWidget>(&panel, "contactsView");
    for (QTreeWidgetItemIterator it(view); *it; ++it)
        (*it)->setExpanded(true);

    QTreeWidgetItem* restricted =
        lineStartingWith(view, QStringLiteral("Restricted note (Health visiting only) — 15 Jan 2026, by Amara Nwosu-Lane"));
    REQUIRE(restricted != nullptr);
    CHECK(restricted->childCount() == 0);
    CHECK(visibleButtons(&panel, "showNoteTextButton").isEmpty());
    CHECK(panel.findChildren<QPushButton*>(QStringLiteral("showNoteTextButton")).isEmpty());
    CHECK_FALSE(anyTextContains(&panel, QStringLiteral("EPDS")));
    CHECK_FALSE(anyTextContains(&panel, QStringLiteral("grandparents")));

    // Activating the line (Enter) does nothing for a reader who may not read it.
    view->setCurrentItem(restricted);
    Q_EMIT view->itemActivated(restricted, 0);
    CHECK_FALSE(anyTextContains(&panel, QStringLiteral("EPDS")));

    // The whole record screen, for the same reader.
    FamilyRecordPage page(*v.cc);
    page.resize(1280, 900);
    page.showFamily(v.family.uuid, v.adaUuid());
    page.show();
    CHECK_FALSE(anyTextContains(&page, QStringLiteral("EPDS")));
    CHECK_FALSE(anyTextContains(&page, QStringLiteral("grandparents")));
    CHECK(page.findChildren<QPushButton*>(QStringLiteral("showNoteTextButton")).isEmpty());
}

TEST_CASE("Contacts panel: the health visitor reveals a restricted note in place, and hides it again", "[gui][hv-record][contacts]")
{
    VisitStore v;
    writeRestrictedNotes(v);
    ContactsPanel panel(*v.hv);
    panel.resize(1100, 600);
    panel.setRecord(v.record(*v.hv));
    panel.show();
    auto* view = child<QTreeWidget>(&panel, "contactsView");

    // Newest first: the note on its own, then the visit.
    REQUIRE(view->topLevelItemCount() == 2);
    CHECK(view->topLevelItem(0)->text(1) == QStringLiteral("Restricted note (Health visiting only)"));
    CHECK(view->topLevelItem(0)->text(2) == QStringLiteral("Household"));
    CHECK(view->topLevelItem(1)->text(1).startsWith(QStringLiteral("Additional contact")));
    CHECK(child<QLabel>(&panel, "contactsCountLabel")->text() == QStringLiteral("1 contact, 1 note, newest first"));
    CHECK_FALSE(anyTextContains(&panel, QStringLiteral("EPDS"))); // not until asked for

    const QList<QPushButton*> show = visibleButtons(&panel, "showNoteTextButton");
    REQUIRE(show.size() == 2);
    QPushButton* atVisit = nullptr;
    for (QPushButton* b : show)
        if (view->itemAt(b->parentWidget()->geometry().center()) &&
            view->itemAt(b->parentWidget()->geometry().center())->parent() == view->topLevelItem(1))
            atVisit = b;
    REQUIRE(atVisit != nullptr);
    CHECK(atVisit->accessibleName().contains(QStringLiteral("Restricted note (Health visiting only)")));

    QTest::mouseClick(atVisit, Qt::LeftButton);
    CHECK(atVisit->text() == QStringLiteral("Hide text"));
    QTreeWidgetItem* shown = lineStartingWith(view, kSecret);
    REQUIRE(shown != nullptr);
    CHECK(shown->parent()->text(0).startsWith(QStringLiteral("Restricted note")));
    CHECK_FALSE(anyTextContains(&panel, QStringLiteral("grandparents"))); // one note at a time

    QTest::mouseClick(atVisit, Qt::LeftButton);
    CHECK(atVisit->text() == QStringLiteral("Show text"));
    CHECK_FALSE(anyTextContains(&panel, QStringLiteral("EPDS")));
}

TEST_CASE("Contacts panel: an open action is marked done with a date", "[gui][hv-record][contacts]")
{
    VisitStore v;
    v.logVisit();
    ContactsPanel panel(*v.hv);
    panel.resize(1100, 600);
    panel.setRecord(v.record(*v.hv));
    panel.show();
    QSignalSpy changed(&panel, &ContactsPanel::recordChanged);
    auto* view = child<QTreeWidget>(&panel, "contactsView");
    QTreeWidgetItem* action = lineStartingWith(view, QStringLiteral("Action: Book hearing screen"));
    REQUIRE(action != nullptr);
    CHECK(action->text(0) == QStringLiteral("Action: Book hearing screen — due 22 Jan 2026, Mum"));

    const QList<QPushButton*> done = visibleButtons(&panel, "markActionDoneButton");
    REQUIRE(done.size() == 1);
    QTest::mouseClick(done.first(), Qt::LeftButton);
    auto* dialog = openDialog<MarkActionDoneDialog>(&panel);
    auto* date = child<QLineEdit>(dialog, "doneOnInput");
    CHECK(date->text() == QStringLiteral("15/01/2026"));
    date->clear();
    QTest::keyClicks(date, QStringLiteral("16/01/2026"));
    CHECK(child<QLabel>(dialog, "doneOnIssue")->text().contains(QStringLiteral("future")));
    CHECK_FALSE(child<QPushButton>(dialog, "okButton")->isEnabled());
    date->setText(QStringLiteral("15/01/2026"));
    REQUIRE(child<QPushButton>(dialog, "okButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(changed.count() == 1);

    action = lineStartingWith(view, QStringLiteral("Action: Book hearing screen"));
    REQUIRE(action != nullptr);
    CHECK(action->text(0).endsWith(QStringLiteral("done 15 Jan 2026")));
    CHECK(visibleButtons(&panel, "markActionDoneButton").isEmpty());
}

TEST_CASE("Contacts panel: a note on its own, about one child", "[gui][hv-record][contacts]")
{
    VisitStore v;
    FamilyRecordPage page(*v.cc);
    page.showFamily(v.family.uuid, v.adaUuid());
    page.show();
    QSignalSpy changed(&page, &FamilyRecordPage::recordChanged);
    CHECK(child<QLabel>(&page, "contactsEmptyLabel")->isVisible());

    QTest::mouseClick(child<QPushButton>(&page, "addNoteButton"), Qt::LeftButton);
    auto* dialog = openDialog<AddNoteDialog>(&page);
    auto* about = child<QComboBox>(dialog, "noteAboutCombo");
    CHECK(about->currentData().toString() == v.adaUuid());
    auto* restriction = child<QComboBox>(dialog, "noteRestrictionCombo");
    CHECK(restriction->count() == 2); // not restricted, safeguarding: health visiting only is not theirs to mark
    CHECK(restriction->findData(QStringLiteral("health-visiting")) < 0);
    CHECK_FALSE(child<QPushButton>(dialog, "okButton")->isEnabled());
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "noteEdit"), QStringLiteral("Came to Stay and Play with Dad; settled well."));
    REQUIRE(child<QPushButton>(dialog, "okButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(changed.count() == 1);

    auto* view = child<QTreeWidget>(&page, "contactsView");
    REQUIRE(view->topLevelItemCount() == 1);
    CHECK(view->topLevelItem(0)->text(1) == QStringLiteral("Note"));
    CHECK(view->topLevelItem(0)->text(2) == QStringLiteral("Ada Ashdown"));
    CHECK(view->topLevelItem(0)->text(3) == QStringLiteral("Dylan Prothero"));
    CHECK(lineStartingWith(view, QStringLiteral("Note: Came to Stay and Play")) != nullptr);
}

TEST_CASE("Contacts panel: buttons follow the user's permissions", "[gui][hv-record][contacts]")
{
    VisitStore v;
    v.logVisit(kSecret);
    ContactsPanel asAdmin(*v.admin);
    asAdmin.setRecord(v.record(*v.admin));
    asAdmin.show();
    CHECK_FALSE(child<QPushButton>(&asAdmin, "logContactButton")->isVisible()); // administrators do not see families' contacts
    CHECK(visibleButtons(&asAdmin, "markActionDoneButton").isEmpty());
    CHECK(asAdmin.findChildren<QPushButton*>(QStringLiteral("showNoteTextButton")).isEmpty());

    ContactsPanel asWorker(*v.cc);
    asWorker.setRecord(v.record(*v.cc));
    asWorker.show();
    CHECK(child<QPushButton>(&asWorker, "logContactButton")->isVisible());
    CHECK(child<QPushButton>(&asWorker, "addNoteButton")->isVisible());
}

TEST_CASE("Accessibility: contacts and notes, with their row buttons", "[gui][a11y][hv-record][contacts]")
{
    VisitStore v;
    writeRestrictedNotes(v);
    FamilyRecordPage page(*v.hv);
    page.resize(1280, 900);
    page.showFamily(v.family.uuid, v.adaUuid());
    REQUIRE(page.findChildren<QPushButton*>(QStringLiteral("showNoteTextButton")).size() == 2);
    checkKeyboardAndNames(&page);

    // Tab goes from the list through its row buttons, in order, before leaving the section.
    auto* view = child<QTreeWidget>(&page, "contactsView");
    QWidget* next = view->nextInFocusChain();
    while (next && !next->focusPolicy())
        next = next->nextInFocusChain();
    REQUIRE(next != nullptr);
    CHECK(next->objectName() == QStringLiteral("showNoteTextButton"));

    AddNoteDialog note(*v.hv, page.record(), v.adaUuid());
    checkKeyboardAndNames(&note);
    auto contacts = VisitService(*v.hv).contactsForFamily(v.family.uuid);
    REQUIRE(contacts.ok());
    REQUIRE_FALSE(contacts.value().isEmpty());
    MarkActionDoneDialog done(*v.hv, contacts.value().first().actions.first(), v.hv->today());
    checkKeyboardAndNames(&done);
}
