#include "FamilyTestData.h"
#include "GuiTestHelpers.h"

#include "ChildListModel.h"
#include "FamiliesPage.h"
#include "RegisterFamilyDialog.h"

#include "tandem/domain/Postcode.h"
#include "tandem/services/SearchService.h"
#include "tandem/services/UserService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {

// Types into a field found by objectName, as a person would.
void type(QWidget* window, const char* field, const QString& text)
{
    auto* edit = child<QLineEdit>(window, field);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Opens the dialog with the page's button, as Ctrl+N or a click would.
RegisterFamilyDialog* openDialog(FamiliesPage& page)
{
    QTest::mouseClick(child<QPushButton>(&page, "registerFamilyButton"), Qt::LeftButton);
    auto* dialog = page.findChild<RegisterFamilyDialog*>();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    return dialog;
}

// The smallest valid registration: a born child, one adult, an address.
void fillValidForm(QWidget* d, const QString& given, const QString& family, const QString& dateOfBirth, const QString& nhs)
{
    type(d, "childGivenNameEdit", given);
    type(d, "childFamilyNameEdit", family);
    type(d, "childDateOfBirthEdit", dateOfBirth);
    type(d, "childNhsNumberEdit", nhs);
    type(d, "adult1GivenNameEdit", QStringLiteral("Rhiannon"));
    type(d, "adult1FamilyNameEdit", family);
    type(d, "addressLine1Edit", QStringLiteral("12 Larkspur Road"));
    type(d, "townEdit", QStringLiteral("Northgate"));
    type(d, "postcodeEdit", QStringLiteral("ng72qp"));
}

// Clicks a check box on its box: the widget may be stretched wider than its clickable text.
void tick(QAbstractButton* box) { QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2)); }

QString cell(QTableView* view, int row, int column) { return view->model()->index(row, column).data().toString(); }

} // namespace

TEST_CASE("FamiliesPage: register a family through the dialog, then find the child", "[gui][families]")
{
    TestStore t;
    auto session = t.unlockAdmin();
    FamiliesPage page(*session);
    page.show();
    CHECK(child<QLabel>(&page, "familyEmptyStateLabel")->isVisible());
    CHECK_FALSE(child<QTableView>(&page, "familyResultsView")->isVisible());
    CHECK(child<QPushButton>(&page, "registerFamilyButton")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_N));

    RegisterFamilyDialog* dialog = openDialog(page);
    auto* registerButton = child<QPushButton>(dialog, "registerButton");
    CHECK_FALSE(registerButton->isEnabled()); // nothing typed yet
    CHECK_FALSE(child<QLabel>(dialog, "childGivenNameIssue")->isVisible()); // but no wall of red either
    const QString nhs = testNhsNumber(271828);
    fillValidForm(dialog, QStringLiteral("Tegan"), QStringLiteral("Quillfeather"), QStringLiteral("3/11/2025"), nhs);
    INFO(child<QLabel>(dialog, "summaryLabel")->text().toStdString());
    REQUIRE(registerButton->isEnabled());

    QSignalSpy opened(&page, &FamiliesPage::openFamilyRequested);
    QSignalSpy registered(&page, &FamiliesPage::familyRegistered);
    QTest::mouseClick(registerButton, Qt::LeftButton);
    REQUIRE(registered.count() == 1);
    CHECK(dialog->result() == QDialog::Accepted);
    const Family family = dialog->registeredFamily();
    CHECK(family.uuid == registered.at(0).at(0).toString());
    CHECK(family.address.postcode == QStringLiteral("NG7 2QP"));
    CHECK(family.children.first().nhsNumber == nhs);
    CHECK(family.keyWorkerUuid == session->user().uuid); // the one who registers, unless changed
    REQUIRE(opened.count() == 1); // the new record opens next
    CHECK(opened.at(0).at(0).toString() == family.uuid);
    CHECK(opened.at(0).at(1).toString() == family.children.first().uuid);
    CHECK(child<QLabel>(&page, "familyNoticeLabel")->text() == QStringLiteral("Registered Tegan Quillfeather."));

    QTest::keyClicks(child<QLineEdit>(&page, "familySearchEdit"), QStringLiteral("quillf teg"));
    page.applySearchNow();
    auto* results = child<QTableView>(&page, "familyResultsView");
    REQUIRE(results->isVisible());
    REQUIRE(results->model()->rowCount() == 1);
    CHECK(cell(results, 0, ChildListModel::NameColumn) == QStringLiteral("Quillfeather, Tegan"));
    CHECK(cell(results, 0, ChildListModel::DateOfBirthColumn) == QStringLiteral("3 Nov 2025"));
    CHECK(cell(results, 0, ChildListModel::NhsNumberColumn) == domain::NhsNumber::format(nhs));
    CHECK(cell(results, 0, ChildListModel::PostcodeColumn) == QStringLiteral("NG7 2QP"));
    CHECK(child<QLabel>(&page, "familyResultCountLabel")->text() == QStringLiteral("1 child found"));

    // Enter on a result opens the family in the record slot; showList comes back.
    auto* record = new QWidget;
    page.setRecordPage(record);
    opened.clear();
    results->setFocus();
    results->setCurrentIndex(results->model()->index(0, 0));
    QTest::keyClick(results, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(1).toString() == family.children.first().uuid);
    CHECK(child<QStackedWidget>(&page, "familiesStack")->currentWidget() == record);
    CHECK_FALSE(page.isShowingList());
    page.showList();
    CHECK(page.isShowingList());
    CHECK(results->currentIndex().row() == 0);
}

TEST_CASE("FamiliesPage: typing waits for a pause before searching", "[gui][families]")
{
    DemoStore demo(40);
    FamiliesPage page(*demo.session);
    page.show();
    auto* results = child<QTableView>(&page, "familyResultsView");
    const int everyone = results->model()->rowCount();
    REQUIRE(everyone > 0);
    CHECK(child<QLabel>(&page, "familyResultCountLabel")->text().endsWith(QStringLiteral("registered")));
    QTest::keyClicks(child<QLineEdit>(&page, "familySearchEdit"), QStringLiteral("ashdown"));
    CHECK(results->model()->rowCount() == everyone); // not yet: the debounce has not fired
    page.applySearchNow();
    CHECK(results->model()->rowCount() < everyone);

    page.setSearchDelay(0);
    QSignalSpy reset(results->model(), &QAbstractItemModel::modelReset);
    QTest::keyClicks(child<QLineEdit>(&page, "familySearchEdit"), QStringLiteral("qq"));
    REQUIRE(reset.wait(5000)); // the timer fires from the event loop; no sleeping
    CHECK(results->model()->rowCount() == 0);
    auto* empty = child<QLabel>(&page, "familyEmptyStateLabel");
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("No children match “ashdownqq”")));
}

TEST_CASE("RegisterFamilyDialog: a bad postcode or NHS number is explained under the field", "[gui][families]")
{
    TestStore t;
    auto session = t.unlockAdmin();
    FamiliesPage page(*session);
    page.show();
    RegisterFamilyDialog* d = openDialog(page);
    fillValidForm(d, QStringLiteral("Tegan"), QStringLiteral("Quillfeather"), QStringLiteral("03/11/2025"), testNhsNumber(4242));
    auto* registerButton = child<QPushButton>(d, "registerButton");
    REQUIRE(registerButton->isEnabled());

    type(d, "postcodeEdit", QStringLiteral("NG7 2Q"));
    auto* postcodeIssue = child<QLabel>(d, "postcodeIssue");
    CHECK(postcodeIssue->isVisible());
    CHECK(postcodeIssue->text() == domain::Postcode::parse(QStringLiteral("NG7 2Q")).message());
    CHECK(child<QLineEdit>(d, "postcodeEdit")->accessibleDescription() == postcodeIssue->text()); // read out on focus
    CHECK_FALSE(registerButton->isEnabled());
    CHECK(child<QLabel>(d, "summaryLabel")->text().contains(QStringLiteral("Postcode")));
    type(d, "postcodeEdit", QStringLiteral("NG7 2QP"));
    CHECK_FALSE(postcodeIssue->isVisible());
    CHECK(registerButton->isEnabled());

    // One digit wrong: the Modulus 11 check catches it.
    QString wrong = testNhsNumber(4242);
    wrong[9] = QChar(u'0' + (wrong.at(9).digitValue() + 1) % 10);
    type(d, "childNhsNumberEdit", wrong);
    auto* nhsIssue = child<QLabel>(d, "childNhsNumberIssue");
    CHECK(nhsIssue->isVisible());
    CHECK(nhsIssue->text() == domain::NhsNumber::parse(wrong).message());
    CHECK_FALSE(registerButton->isEnabled());

    // A date that is not a date gets the format hint rather than "enter the date of birth".
    type(d, "childNhsNumberEdit", QString());
    type(d, "childDateOfBirthEdit", QStringLiteral("31/02/2025"));
    CHECK(child<QLabel>(d, "childDateOfBirthIssue")->text() == QStringLiteral("Enter the date as day, month and year, for example 14/03/2025."));
}

TEST_CASE("RegisterFamilyDialog: an NHS number already held blocks and offers the existing record", "[gui][families]")
{
    TestStore t;
    auto session = t.unlockAdmin();
    const QString nhs = testNhsNumber(161803);
    const Family existing = registerSample(*session, sampleFamily(QStringLiteral("Orla"), QStringLiteral("Brackenbury"), QDate(2024, 6, 9), nhs));
    FamiliesPage page(*session);
    page.show();
    RegisterFamilyDialog* d = openDialog(page);
    fillValidForm(d, QStringLiteral("Maisie"), QStringLiteral("Fairweather"), QStringLiteral("20/12/2025"), domain::NhsNumber::format(nhs));
    auto* registerButton = child<QPushButton>(d, "registerButton");
    REQUIRE(registerButton->isEnabled());
    QTest::mouseClick(registerButton, Qt::LeftButton);

    CHECK(d->isVisible());
    CHECK(child<QFrame>(d, "duplicateFrame")->isVisible());
    const QString message = child<QLabel>(d, "duplicateLabel")->text();
    CHECK(message.contains(QStringLiteral("Orla Brackenbury (born 9 Jun 2024, NHS %1").arg(domain::NhsNumber::format(nhs))));
    CHECK_FALSE(registerButton->isEnabled());
    CHECK_FALSE(child<QCheckBox>(d, "confirmDifferentChildCheck")->isVisible()); // no way round a held number
    auto* openExisting = child<QPushButton>(d, "openExistingButton");
    REQUIRE(openExisting->isVisible());

    QSignalSpy dialogSpy(d, &RegisterFamilyDialog::openExisting);
    QSignalSpy opened(&page, &FamiliesPage::openFamilyRequested);
    QTest::mouseClick(openExisting, Qt::LeftButton);
    REQUIRE(dialogSpy.count() == 1);
    CHECK(dialogSpy.at(0).at(0).toString() == existing.children.first().uuid);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toString() == existing.uuid);
    CHECK(opened.at(0).at(1).toString() == existing.children.first().uuid);
    CHECK(d->result() == QDialog::Rejected);
    CHECK(SearchService(*session).countChildren().value() == 1); // nothing was registered
}

TEST_CASE("RegisterFamilyDialog: a similar child needs the user to confirm it is a different child", "[gui][families]")
{
    TestStore t;
    auto session = t.unlockAdmin();
    registerSample(*session, sampleFamily(QStringLiteral("Tegan"), QStringLiteral("Quillfeather"), QDate(2025, 11, 3)));
    FamiliesPage page(*session);
    page.show();
    RegisterFamilyDialog* d = openDialog(page);
    fillValidForm(d, QStringLiteral("Teagan"), QStringLiteral("Quillfeather"), QStringLiteral("03/11/2025"), QString());
    auto* registerButton = child<QPushButton>(d, "registerButton");
    QTest::mouseClick(registerButton, Qt::LeftButton);

    REQUIRE(child<QFrame>(d, "duplicateFrame")->isVisible());
    CHECK(child<QLabel>(d, "duplicateLabel")->text().contains(QStringLiteral("Tegan Quillfeather (born 3 Nov 2025")));
    auto* confirm = child<QCheckBox>(d, "confirmDifferentChildCheck");
    REQUIRE(confirm->isVisible());
    CHECK(child<QPushButton>(d, "openExistingButton")->isVisible()); // one candidate: it can be opened instead
    CHECK_FALSE(registerButton->isEnabled());
    tick(confirm);
    REQUIRE(registerButton->isEnabled());
    QSignalSpy registered(&page, &FamiliesPage::familyRegistered);
    QTest::mouseClick(registerButton, Qt::LeftButton);
    CHECK(registered.count() == 1);
    CHECK(SearchService(*session).countChildren().value() == 2);
}

TEST_CASE("RegisterFamilyDialog: an unborn child is registered with the expected delivery date", "[gui][families]")
{
    TestStore t;
    auto session = t.unlockAdmin();
    FamiliesPage page(*session);
    page.show();
    RegisterFamilyDialog* d = openDialog(page);
    auto* dateOfBirth = child<QLineEdit>(d, "childDateOfBirthEdit");
    auto* due = child<QLineEdit>(d, "childDueDateEdit");
    CHECK(dateOfBirth->isVisible());
    CHECK_FALSE(due->isVisible());
    tick(child<QCheckBox>(d, "notBornCheck"));
    CHECK_FALSE(dateOfBirth->isVisible());
    CHECK(due->isVisible());
    CHECK_FALSE(child<QLineEdit>(d, "childNhsNumberEdit")->isVisible()); // no NHS number before birth
    CHECK(child<QLineEdit>(d, "childGivenNameEdit")->text() == QStringLiteral("Baby"));

    type(d, "childFamilyNameEdit", QStringLiteral("Okafor-Lund"));
    type(d, "childDueDateEdit", QStringLiteral("02/03/2026"));
    type(d, "adult1GivenNameEdit", QStringLiteral("Chiamaka"));
    type(d, "adult1FamilyNameEdit", QStringLiteral("Okafor-Lund"));
    type(d, "addressLine1Edit", QStringLiteral("Flat 4, 9 Quarry Hill"));
    type(d, "postcodeEdit", QStringLiteral("NG5 1AB"));
    // A second adult is optional, and validated once added.
    tick(child<QCheckBox>(d, "secondAdultCheck"));
    CHECK(child<QGroupBox>(d, "secondAdultGroup")->isVisible());
    auto* registerButton = child<QPushButton>(d, "registerButton");
    CHECK_FALSE(registerButton->isEnabled());
    type(d, "adult2GivenNameEdit", QStringLiteral("Henrik"));
    type(d, "adult2FamilyNameEdit", QStringLiteral("Lund"));
    type(d, "adult2EmailEdit", QStringLiteral("henrik.lund@"));
    CHECK(child<QLabel>(d, "adult2EmailIssue")->isVisible());
    type(d, "adult2EmailEdit", QStringLiteral("henrik.lund@example.org"));
    child<QComboBox>(d, "adult2RelationshipCombo")->setCurrentIndex(child<QComboBox>(d, "adult2RelationshipCombo")->findData(QStringLiteral("father")));
    REQUIRE(registerButton->isEnabled());
    QTest::mouseClick(registerButton, Qt::LeftButton);

    REQUIRE(d->result() == QDialog::Accepted);
    const Family f = d->registeredFamily();
    REQUIRE(f.children.size() == 1);
    CHECK(f.children.first().isUnborn());
    CHECK(f.children.first().expectedDeliveryDate == QDate(2026, 3, 2));
    REQUIRE(f.adults.size() == 2);
    CHECK(f.adults.at(1).relationship == QStringLiteral("father"));
    CHECK(f.adults.at(1).email == QStringLiteral("henrik.lund@example.org"));
    auto* results = child<QTableView>(&page, "familyResultsView");
    REQUIRE(results->model()->rowCount() == 1);
    CHECK(cell(results, 0, ChildListModel::DateOfBirthColumn) == QStringLiteral("Unborn — due 2 Mar 2026"));
}

TEST_CASE("FamiliesPage: importing is offered only to roles that may import", "[gui][families]")
{
    TestStore t;
    {
        auto admin = t.unlockAdmin();
        REQUIRE(UserService(*admin).addUser({QStringLiteral("amara"), QStringLiteral("Amara Nwosu-Lane"), Role::HealthVisitor},
                                            secret(kSecondPassphrase)).ok());
        FamiliesPage page(*admin);
        page.show();
        QSignalSpy import(&page, &FamiliesPage::importRequested);
        QTest::mouseClick(child<QPushButton>(&page, "importCsvButton"), Qt::LeftButton);
        CHECK(import.count() == 1);
        CHECK(child<QLabel>(&page, "familyEmptyStateLabel")->text().contains(QStringLiteral("Import from CSV")));
    }
    auto hv = t.unlock(QStringLiteral("amara"), kSecondPassphrase);
    REQUIRE(hv.ok());
    FamiliesPage page(*hv.value());
    CHECK(page.findChild<QPushButton*>(QStringLiteral("importCsvButton")) == nullptr);
    CHECK(child<QPushButton>(&page, "registerFamilyButton")->isVisibleTo(&page));
}
