#include "FamilyFixtures.h"
#include "GuiTestHelpers.h"
#include "TestStore.h"

#include "AddAdultDialog.h"
#include "AddChildDialog.h"
#include "AddInvolvementDialog.h"
#include "ChangeAddressDialog.h"
#include "DeleteRecordDialog.h"
#include "EndInvolvementDialog.h"
#include "FamilyRecordPage.h"
#include "MergeChildrenDialog.h"
#include "TimelinePanel.h"

#include "tandem/domain/NhsNumber.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/UserService.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

// Amara, a health visitor, is the Ashdowns' key worker; Dylan from the children's centre
// has been involved since before and is not.
struct Fixture {
    TestStore store;
    std::unique_ptr<Session> session;
    Family family;

    explicit Fixture(bool interpreter = true)
    {
        session = store.unlockAdmin();
        auto amara = UserService(*session).addUser({QStringLiteral("amara"), QStringLiteral("Amara Nwosu-Lane"), Role::HealthVisitor},
                                                   secret(kSecondPassphrase));
        REQUIRE(amara.ok());
        Family draft = syntheticFamily(QStringLiteral("Ada"), QStringLiteral("Ashdown"), QDate(2025, 3, 14), syntheticNhs(1));
        draft.mainLanguage = QStringLiteral("Polish");
        draft.interpreterNeeded = interpreter;
        draft.keyWorkerUuid = amara.value().uuid;
        auto registered = FamilyService(*session).registerFamily(draft);
        INFO(registered.message().toStdString());
        REQUIRE(registered.ok());
        family = registered.value();

        store.clock().advanceMs(kHourMs);
        Involvement centre;
        centre.service = QStringLiteral("childrens-centre");
        centre.workerName = QStringLiteral("Dylan Prothero");
        centre.since = session->today().addDays(-30);
        REQUIRE(FamilyService(*session).addInvolvement(family.uuid, centre).ok());
        store.clock().advanceMs(kHourMs);
    }
    QString adaUuid() const { return family.children.first().uuid; }
};

template <typename Dialog>
Dialog* openedDialog(FamilyRecordPage& page, const char* button)
{
    QTest::mouseClick(child<QPushButton>(&page, button), Qt::LeftButton);
    Dialog* open = nullptr; // a dialog closed earlier may await deletion
    for (Dialog* d : page.findChildren<Dialog*>())
        if (d->isVisible())
            open = d;
    REQUIRE(open != nullptr);
    return open;
}

QPushButton* okButton(QDialog* dialog) { return child<QPushButton>(dialog, "okButton"); }

QString timelineText(QTreeView* view, int row, int column = 1)
{
    return view->model()->index(row, column).data().toString();
}

void chooseCategory(FamilyRecordPage& page, const QString& token)
{
    auto* combo = child<QComboBox>(&page, "timelineFilterCombo");
    const int index = combo->findData(token);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("Family record: who is involved comes first, key worker and service leading", "[gui][record]")
{
    Fixture f;
    FamilyRecordPage page(*f.session);
    page.resize(900, 640);
    page.showFamily(f.family.uuid, f.adaUuid());
    page.show();

    CHECK(child<QLabel>(&page, "householdTitle")->text().contains(QStringLiteral("Ashdown family")));
    CHECK(child<QLabel>(&page, "householdAddressLabel")->text().contains(QStringLiteral("NG7 2QP")));
    CHECK(child<QLabel>(&page, "interpreterBadge")->isVisible());
    CHECK(child<QLabel>(&page, "householdLanguageLabel")->text().contains(QStringLiteral("Polish")));

    auto* involved = child<QTreeWidget>(&page, "involvementView");
    REQUIRE(involved->topLevelItemCount() == 2);
    CHECK(involved->topLevelItem(0)->text(0) == QStringLiteral("Health visiting"));
    CHECK(involved->topLevelItem(0)->text(1).contains(QStringLiteral("Amara Nwosu-Lane")));
    CHECK(involved->topLevelItem(0)->text(1).contains(QStringLiteral("key worker")));
    CHECK(involved->topLevelItem(1)->text(0) == QStringLiteral("Children's centre"));
    CHECK_FALSE(involved->topLevelItem(1)->text(1).contains(QStringLiteral("key worker")));
    CHECK(involved->topLevelItem(1)->text(4) == QStringLiteral("0"));

    // Top to bottom: who is involved, then the people, then the timeline.
    const auto top = [&](const char* name) { return child<QWidget>(&page, name)->mapTo(&page, QPoint(0, 0)).y(); };
    CHECK(top("involvementView") < top("childrenView"));
    CHECK(top("childrenView") < top("adultsView"));
    CHECK(top("adultsView") < top("timelineView"));

    auto* children = child<QTreeWidget>(&page, "childrenView");
    REQUIRE(children->topLevelItemCount() == 1);
    CHECK(children->topLevelItem(0)->text(0) == QStringLiteral("Ada Ashdown"));
    CHECK(children->topLevelItem(0)->text(3) == domain::NhsNumber::format(syntheticNhs(1)));
    CHECK(children->currentItem() == children->topLevelItem(0)); // the focus child is selected
    auto* adults = child<QTreeWidget>(&page, "adultsView");
    REQUIRE(adults->topLevelItemCount() == 1);
    CHECK(adults->topLevelItem(0)->text(1) == QStringLiteral("Mother of Ada"));
    CHECK(adults->topLevelItem(0)->text(2) == QStringLiteral("Yes"));
}

TEST_CASE("Family record: the timeline lists the registration, newest first", "[gui][record]")
{
    Fixture f;
    FamilyRecordPage page(*f.session);
    page.showFamily(f.family.uuid);
    auto* timeline = child<QTreeView>(&page, "timelineView");
    const int rows = timeline->model()->rowCount();
    REQUIRE(rows == 3);
    CHECK(timelineText(timeline, 0).startsWith(QStringLiteral("Now involved: Children's centre")));
    CHECK(timelineText(timeline, rows - 1) == QStringLiteral("Family registered at NG7 2QP"));
    CHECK(timelineText(timeline, rows - 2) == QStringLiteral("Ada Ashdown registered"));
    CHECK(timelineText(timeline, rows - 1, 3) == QStringLiteral("Morgan Ellery"));
    for (int r = 1; r < rows; ++r)
        CHECK(timeline->model()->index(r - 1, 0).data(Qt::UserRole + 3).toDateTime() >=
              timeline->model()->index(r, 0).data(Qt::UserRole + 3).toDateTime());

    chooseCategory(page, QStringLiteral("registration"));
    CHECK(timeline->model()->rowCount() == 2);
    chooseCategory(page, QString());
    CHECK(timeline->model()->rowCount() == 3);
}

TEST_CASE("Family record: a move recorded through the dialog is the only address change", "[gui][record]")
{
    Fixture f;
    FamilyRecordPage page(*f.session);
    page.showFamily(f.family.uuid);
    page.show();
    QSignalSpy changed(&page, &FamilyRecordPage::recordChanged);

    auto* dialog = openedDialog<ChangeAddressDialog>(page, "recordMoveButton");
    CHECK(child<QListWidget>(dialog, "addressHistoryView")->item(0)->text().contains(QStringLiteral("NG7 2QP")));
    CHECK_FALSE(okButton(dialog)->isEnabled());

    // Checked as the user types, with the rule's own words under the field.
    QTest::keyClicks(child<QLineEdit>(dialog, "addressLine1Edit"), QStringLiteral("7 Canal Street"));
    QTest::keyClicks(child<QLineEdit>(dialog, "postcodeEdit"), QStringLiteral("NG7 2"));
    auto* postcodeIssue = child<QLabel>(dialog, "postcodeIssue");
    CHECK(postcodeIssue->isVisible());
    CHECK_FALSE(postcodeIssue->text().isEmpty());
    CHECK_FALSE(okButton(dialog)->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, "postcodeEdit"), QStringLiteral("QP"));
    CHECK_FALSE(postcodeIssue->isVisible());
    REQUIRE(okButton(dialog)->isEnabled());

    // A date before the current address's is refused under the field, not by closing.
    auto* movedIn = child<QDateEdit>(dialog, "movedInEdit");
    movedIn->setDate(f.session->today().addDays(-400));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    movedIn->setDate(f.session->today());
    REQUIRE(okButton(dialog)->isEnabled());

    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(changed.count() == 1);
    CHECK(child<QLabel>(&page, "householdAddressLabel")->text().contains(QStringLiteral("7 Canal Street")));

    chooseCategory(page, QStringLiteral("address"));
    auto* timeline = child<QTreeView>(&page, "timelineView");
    REQUIRE(timeline->model()->rowCount() == 1);
    CHECK(timelineText(timeline, 0) == QStringLiteral("Moved to NG7 2QP"));
    CHECK(child<QLabel>(&page, "timelineCountLabel")->text() == QStringLiteral("1 of 4 events"));
}

TEST_CASE("Family record: a refused change keeps the dialog open with the service's message", "[gui][record]")
{
    Fixture f;
    FamilyRecordPage page(*f.session);
    page.showFamily(f.family.uuid);
    page.show();
    auto* dialog = openedDialog<AddChildDialog>(page, "addChildButton");
    child<QLineEdit>(dialog, "givenNameEdit")->setText(QStringLiteral("Kai"));
    child<QDateEdit>(dialog, "childDateEdit")->setDate(f.session->today().addDays(-20));
    // Ada's NHS number is already held: said under the field at once.
    QTest::keyClicks(child<QLineEdit>(dialog, "nhsNumberEdit"), syntheticNhs(1));
    CHECK(child<QLabel>(dialog, "nhsNumberIssue")->text().contains(QStringLiteral("Ada Ashdown")));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    child<QLineEdit>(dialog, "nhsNumberEdit")->setText(syntheticNhs(2));
    REQUIRE(okButton(dialog)->isEnabled());

    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog->result() == QDialog::Accepted);
    auto* children = child<QTreeWidget>(&page, "childrenView");
    REQUIRE(children->topLevelItemCount() == 2);
    CHECK(children->currentItem()->text(0) == QStringLiteral("Kai Ashdown"));
    CHECK(child<QTreeWidget>(&page, "adultsView")->topLevelItem(0)->text(1) == QStringLiteral("Mother of Ada and Kai"));

    auto* again = openedDialog<AddChildDialog>(page, "addChildButton");
    again->findChild<QLineEdit*>(QStringLiteral("givenNameEdit"))->setText(QStringLiteral("Kai"));
    child<QDateEdit>(again, "childDateEdit")->setDate(f.session->today().addDays(-20));
    REQUIRE(okButton(again)->isEnabled());
    QTest::mouseClick(okButton(again), Qt::LeftButton); // same name and date of birth: a possible duplicate
    CHECK(again->isVisible());
    auto* message = child<QLabel>(again, "messageLabel");
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("Kai Ashdown")));
    auto* confirm = child<QCheckBox>(again, "confirmNotDuplicateCheck");
    CHECK(confirm->isVisible());
    CHECK_FALSE(okButton(again)->isEnabled());
    confirm->setChecked(true);
    CHECK(message->isVisible()); // the warning stays while the user answers it
    REQUIRE(okButton(again)->isEnabled());
    QTest::mouseClick(okButton(again), Qt::LeftButton);
    CHECK(again->result() == QDialog::Accepted);
    CHECK(children->topLevelItemCount() == 3);
}

TEST_CASE("Family record: involvements are added, and ended ones are greyed below", "[gui][record]")
{
    Fixture f;
    FamilyRecordPage page(*f.session);
    page.showFamily(f.family.uuid);
    page.show();
    auto* involved = child<QTreeWidget>(&page, "involvementView");
    CHECK_FALSE(child<QPushButton>(&page, "endInvolvementButton")->isEnabled());

    auto* add = openedDialog<AddInvolvementDialog>(page, "addInvolvementButton");
    auto* service = child<QComboBox>(add, "serviceCombo");
    service->setCurrentIndex(service->findData(QStringLiteral("speech-language-therapy")));
    CHECK_FALSE(okButton(add)->isEnabled());
    QTest::keyClicks(child<QLineEdit>(add, "workerNameEdit"), QStringLiteral("Priya Castellan"));
    child<QLineEdit>(add, "organisationEdit")->setText(QStringLiteral("Northgate Community Health"));
    REQUIRE(okButton(add)->isEnabled());
    QTest::mouseClick(okButton(add), Qt::LeftButton);
    REQUIRE(involved->topLevelItemCount() == 3);
    CHECK(involved->topLevelItem(2)->text(2) == QStringLiteral("Northgate Community Health"));

    // A new key worker leads the list and the header, and the old one is no longer marked.
    auto* keyWorker = openedDialog<AddInvolvementDialog>(page, "addInvolvementButton");
    CHECK(child<QLabel>(keyWorker, "keyWorkerNote")->text().contains(QStringLiteral("Amara Nwosu-Lane")));
    QTest::keyClicks(child<QLineEdit>(keyWorker, "workerNameEdit"), QStringLiteral("Rosa Kettleby"));
    child<QCheckBox>(keyWorker, "keyWorkerCheck")->setChecked(true);
    QTest::mouseClick(okButton(keyWorker), Qt::LeftButton);
    REQUIRE(involved->topLevelItemCount() == 4);
    CHECK(involved->topLevelItem(0)->text(1) == QStringLiteral("★ Rosa Kettleby · key worker"));
    for (int i = 1; i < 4; ++i)
        CHECK_FALSE(involved->topLevelItem(i)->text(1).contains(QStringLiteral("key worker")));
    CHECK(child<QLabel>(&page, "householdDetailsLabel")->text().contains(QStringLiteral("Key worker: Rosa Kettleby")));

    involved->setCurrentItem(involved->findItems(QStringLiteral("Children's centre"), Qt::MatchExactly).first());
    auto* end = openedDialog<EndInvolvementDialog>(page, "endInvolvementButton");
    REQUIRE(okButton(end)->isEnabled());
    QTest::mouseClick(okButton(end), Qt::LeftButton);
    REQUIRE(involved->topLevelItemCount() == 4);
    QTreeWidgetItem* last = involved->topLevelItem(3);
    CHECK(last->text(0) == QStringLiteral("Children's centre"));
    CHECK(last->text(3).startsWith(QStringLiteral("Ended")));
    CHECK(last->foreground(0).color() == page.palette().color(QPalette::Disabled, QPalette::Text));
    CHECK(timelineText(child<QTreeView>(&page, "timelineView"), 0).startsWith(QStringLiteral("No longer involved")));
}

TEST_CASE("Family record: an administrator merges a duplicate child and the timeline shows it", "[gui][record]")
{
    Fixture f;
    // The same child registered again from a birth list, without an NHS number, elsewhere.
    Family duplicate = syntheticFamily(QStringLiteral("Ada"), QStringLiteral("Ashdown"), QDate(2025, 3, 14), QString(),
                                       QStringLiteral("NG1 5DT"));
    duplicate.children.first().gpPractice = QStringLiteral("Riverside Surgery");
    REQUIRE(FamilyService(*f.session).registerFamily(duplicate, WriteOptions{true}).ok());

    FamilyRecordPage page(*f.session);
    page.showFamily(f.family.uuid, f.adaUuid());
    page.show();
    QSignalSpy changed(&page, &FamilyRecordPage::recordChanged);
    auto* dialog = openedDialog<MergeChildrenDialog>(page, "mergeChildrenButton");
    CHECK(child<QComboBox>(dialog, "keepCombo")->currentData().toString() == f.adaUuid());

    QTest::keyClicks(child<QLineEdit>(dialog, "duplicateSearchEdit"), QStringLiteral("ada ashdown"));
    auto* results = child<QListWidget>(dialog, "duplicateResultsView");
    REQUIRE(results->count() == 1); // the kept record itself is not offered
    CHECK(results->item(0)->text().contains(QStringLiteral("NG1 5DT")));
    results->setCurrentRow(0);

    auto* comparison = child<QTableWidget>(dialog, "comparisonView");
    REQUIRE(comparison->columnCount() == 2);
    int gpRow = -1;
    for (int r = 0; r < comparison->rowCount(); ++r)
        if (comparison->verticalHeaderItem(r)->text() == QStringLiteral("GP practice"))
            gpRow = r;
    REQUIRE(gpRow >= 0);
    CHECK(comparison->item(gpRow, 1)->text() == QStringLiteral("Riverside Surgery"));
    CHECK(comparison->item(gpRow, 1)->toolTip().contains(QStringLiteral("added")));

    CHECK_FALSE(okButton(dialog)->isEnabled()); // a reason and the confirmation are required
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "reasonEdit"), QStringLiteral("Registered twice from the birth list"));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    child<QCheckBox>(dialog, "confirmCheck")->setChecked(true);
    REQUIRE(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(changed.count() == 1);

    auto* timeline = child<QTreeView>(&page, "timelineView");
    CHECK(timelineText(timeline, 0).startsWith(QStringLiteral("Duplicate record merged: Ada Ashdown")));
    CHECK(timelineText(timeline, 0, 2) == QStringLiteral("Ada"));
    CHECK(child<QTreeWidget>(&page, "childrenView")->topLevelItem(0)->text(5) == QStringLiteral("Riverside Surgery"));
}

TEST_CASE("Family record: a merge of two different children is refused before it is tried", "[gui][record]")
{
    Fixture f;
    REQUIRE(FamilyService(*f.session)
                .registerFamily(syntheticFamily(QStringLiteral("Ada"), QStringLiteral("Ashdown"), QDate(2025, 3, 14), syntheticNhs(7),
                                                QStringLiteral("NG1 5DT")),
                                WriteOptions{true})
                .ok());
    FamilyRecordPage page(*f.session);
    page.showFamily(f.family.uuid, f.adaUuid());
    page.show();
    auto* dialog = openedDialog<MergeChildrenDialog>(page, "mergeChildrenButton");
    QTest::keyClicks(child<QLineEdit>(dialog, "duplicateSearchEdit"), QStringLiteral("ashdown"));
    child<QListWidget>(dialog, "duplicateResultsView")->setCurrentRow(0);
    CHECK(child<QLabel>(dialog, "comparisonIssue")->text().contains(QStringLiteral("different NHS numbers")));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "reasonEdit"), QStringLiteral("Looks like the same child"));
    child<QCheckBox>(dialog, "confirmCheck")->setChecked(true);
    CHECK_FALSE(okButton(dialog)->isEnabled());
}

TEST_CASE("Family record: an administrator deletes a child, or the whole household, with a reason", "[gui][record]")
{
    Fixture f;
    FamilyRecordPage page(*f.session);
    page.showFamily(f.family.uuid, f.adaUuid());
    page.show();
    QSignalSpy back(&page, &FamilyRecordPage::backRequested);

    auto* dialog = openedDialog<DeleteRecordDialog>(page, "deleteRecordButton");
    auto* what = child<QComboBox>(dialog, "whatCombo");
    CHECK(what->currentText().startsWith(QStringLiteral("Child: Ada Ashdown")));
    what->setCurrentIndex(what->count() - 1); // the whole household
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "reasonEdit"), QStringLiteral("no"));
    CHECK(child<QLabel>(dialog, "reasonIssue")->isVisible());
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "reasonEdit"), QStringLiteral("t ours: registered by another team in error"));
    CHECK_FALSE(child<QLabel>(dialog, "reasonIssue")->isVisible());
    CHECK_FALSE(okButton(dialog)->isEnabled());
    child<QCheckBox>(dialog, "confirmCheck")->setChecked(true);
    REQUIRE(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(back.count() == 1);
    CHECK_FALSE(FamilyRecordService(*f.session).record(f.family.uuid).ok());
}

TEST_CASE("Family record: a non-administrator does not see Delete or Merge", "[gui][record]")
{
    Fixture f;
    auto hv = f.store.unlock(QStringLiteral("amara"), kSecondPassphrase);
    REQUIRE(hv.ok());
    FamilyRecordPage page(*hv.value());
    page.showFamily(f.family.uuid);
    page.show();
    CHECK_FALSE(child<QPushButton>(&page, "deleteRecordButton")->isVisible());
    CHECK_FALSE(child<QPushButton>(&page, "mergeChildrenButton")->isVisible());
    CHECK(child<QPushButton>(&page, "recordMoveButton")->isVisible());
    CHECK(child<QPushButton>(&page, "addChildButton")->isVisible());
    CHECK(child<QPushButton>(&page, "addInvolvementButton")->isVisible());
}

TEST_CASE("Family record: Back, Alt+Left and Esc ask to go back to the list", "[gui][record]")
{
    Fixture f;
    FamilyRecordPage page(*f.session);
    page.showFamily(f.family.uuid);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    CHECK(QApplication::focusWidget() == child<QWidget>(&page, "involvementView")); // starts at who is involved
    QSignalSpy back(&page, &FamilyRecordPage::backRequested);
    QTest::mouseClick(child<QPushButton>(&page, "recordBackButton"), Qt::LeftButton);
    child<QTreeView>(&page, "timelineView")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK(back.count() == 3);
}

TEST_CASE("Family record: an unknown family says so instead of showing an empty record", "[gui][record]")
{
    Fixture f;
    FamilyRecordPage page(*f.session);
    page.showFamily(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    page.show();
    CHECK(child<QLabel>(&page, "recordProblemLabel")->isVisible());
    CHECK_FALSE(child<QTreeWidget>(&page, "involvementView")->isVisible());
}

TEST_CASE("Accessibility: the family record screen and its dialogs", "[gui][a11y][record]")
{
    Fixture f;
    Family second = syntheticFamily(QStringLiteral("Kai"), QStringLiteral("Ashdown"), QDate(2025, 9, 1), syntheticNhs(3));
    REQUIRE(FamilyService(*f.session).addChild(f.family.uuid, second.children.first()).ok());
    FamilyRecordPage page(*f.session);
    page.showFamily(f.family.uuid);
    checkKeyboardAndNames(&page);
    const FamilyRecord& record = page.record();
    ChangeAddressDialog move(*f.session, record);
    checkKeyboardAndNames(&move);
    AddChildDialog addChild(*f.session, record);
    checkKeyboardAndNames(&addChild);
    AddAdultDialog addAdult(*f.session, record);
    checkKeyboardAndNames(&addAdult);
    AddInvolvementDialog addInvolvement(*f.session, record);
    checkKeyboardAndNames(&addInvolvement);
    EndInvolvementDialog endInvolvement(*f.session, record.involved.first());
    checkKeyboardAndNames(&endInvolvement);
    DeleteRecordDialog remove(*f.session, record);
    checkKeyboardAndNames(&remove);
    MergeChildrenDialog merge(*f.session, record);
    checkKeyboardAndNames(&merge);
}
