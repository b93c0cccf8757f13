#include "AssessmentFixtures.h"
#include "CaseloadTestData.h"
#include "GuiTestHelpers.h"

#include "BookVisitDialog.h"
#include "CaseloadModel.h"
#include "CaseloadPage.h"
#include "DateInput.h"
#include "FamiliesPage.h"
#include "FamilyRecordPage.h"
#include "MainWindow.h"

#include "tandem/services/AppointmentService.h"
#include "tandem/services/AssessmentService.h"
#include "tandem/services/CaseloadService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {

QStringList familyOrder(const CaseloadPage& page)
{
    QStringList uuids;
    for (int r = 0; r < page.model()->rowCount(); ++r)
        uuids << page.model()->index(r, 0).data(CaseloadModel::FamilyUuidRole).toString();
    return uuids;
}

QString cell(const CaseloadPage& page, int row, int column) { return page.model()->index(row, column).data().toString(); }

void chooseLevel(CaseloadPage& page, const QString& token)
{
    auto* combo = child<QComboBox>(&page, "serviceLevelFilter");
    const int index = combo->findData(token);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

BookVisitDialog* openBookDialog(CaseloadPage& page)
{
    QTest::mouseClick(child<QPushButton>(&page, "bookVisitButton"), Qt::LeftButton);
    BookVisitDialog* open = nullptr;
    for (BookVisitDialog* d : page.findChildren<BookVisitDialog*>())
        if (d->isVisible())
            open = d;
    REQUIRE(open != nullptr);
    return open;
}

} // namespace

TEST_CASE("Caseload: a health visitor sees only the families naming them, overdue first", "[gui][caseload]")
{
    CaseloadStore f;
    auto amara = f.as(QStringLiteral("amara"));
    CaseloadPage page(*amara);
    page.resize(1280, 800);
    page.show(); // showing reads the caseload

    CHECK(page.findChild<QComboBox*>(QStringLiteral("caseloadWorkerCombo")) == nullptr);
    CHECK(page.title() == QStringLiteral("My caseload"));
    REQUIRE(familyOrder(page) == QStringList{f.ashdown.uuid, f.brennan.uuid, f.carrow.uuid});
    CHECK(page.summary() == QStringLiteral("3 families · 1 with overdue contacts · 1 due this week · 1 flagged"));

    // The overdue row says so in words, and in bold red too.
    const QModelIndex status = page.model()->index(0, CaseloadModel::StatusColumn);
    CHECK(status.data().toString() == QStringLiteral("Overdue"));
    CHECK(status.data(CaseloadModel::OverdueRole).toBool());
    CHECK(status.data(Qt::FontRole).value<QFont>().bold());
    CHECK(status.data(Qt::ForegroundRole).isValid());
    CHECK(cell(page, 0, CaseloadModel::OverdueColumn) == QStringLiteral("1"));
    CHECK(cell(page, 1, CaseloadModel::OverdueColumn).isEmpty());
    CHECK(page.model()->index(1, CaseloadModel::OverdueColumn).data(Qt::AccessibleTextRole).toString() == QStringLiteral("0 overdue contacts"));
    CHECK(cell(page, 0, CaseloadModel::NextContactColumn) == QStringLiteral("Ada: New birth visit"));
    CHECK(cell(page, 0, CaseloadModel::DueByColumn) == QStringLiteral("3 Jan 2026"));
    CHECK(cell(page, 0, CaseloadModel::FamilyColumn) == QStringLiteral("Ashdown\nAda (3 weeks)"));
    CHECK(cell(page, 0, CaseloadModel::AddressColumn) == QStringLiteral("3 Canal Street\nNG7 2QP"));
    CHECK(cell(page, 0, CaseloadModel::LastContactColumn) == QStringLiteral("None recorded"));
    CHECK(cell(page, 0, CaseloadModel::NextVisitColumn) == QStringLiteral("None booked"));
    CHECK_FALSE(page.model()->index(1, CaseloadModel::StatusColumn).data(CaseloadModel::OverdueRole).toBool());
    CHECK(cell(page, 1, CaseloadModel::StatusColumn) == QStringLiteral("Due"));
    CHECK(cell(page, 2, CaseloadModel::ServiceLevelColumn) == QStringLiteral("Universal Plus"));
    CHECK(cell(page, 2, CaseloadModel::FamilyColumn) == QStringLiteral("Carrow\nCai (10 months)"));
    // Cai's 12-month review is due: a development flag, with its marker and in words.
    CHECK(cell(page, 2, CaseloadModel::DevelopmentColumn) == QStringLiteral("\u2691 Review due"));
    CHECK(cell(page, 0, CaseloadModel::DevelopmentColumn).isEmpty());

    // Nothing chosen yet: nothing to open or book.
    CHECK_FALSE(child<QPushButton>(&page, "openFamilyButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&page, "bookVisitButton")->isEnabled());
    CHECK(child<QPushButton>(&page, "bookVisitButton")->isVisible());
    CHECK(child<QPushButton>(&page, "dayPlanButton")->isEnabled());
}

TEST_CASE("Caseload: the filters change the rows and the summary", "[gui][caseload]")
{
    CaseloadStore f;
    auto amara = f.as(QStringLiteral("amara"));
    CaseloadPage page(*amara);
    page.show();
    auto* overdue = child<QCheckBox>(&page, "overdueFilter");
    auto* thisWeek = child<QCheckBox>(&page, "dueThisWeekFilter");
    auto* clear = child<QPushButton>(&page, "clearCaseloadFiltersButton");
    CHECK_FALSE(clear->isVisible());

    overdue->click();
    CHECK(familyOrder(page) == QStringList{f.ashdown.uuid});
    CHECK(page.summary() == QStringLiteral("1 of 3 families shown · 1 with overdue contacts · 0 due this week · 0 flagged"));
    CHECK(clear->isVisible());
    overdue->click();

    thisWeek->click();
    CHECK(familyOrder(page) == QStringList{f.brennan.uuid});
    CHECK(page.summary() == QStringLiteral("1 of 3 families shown · 0 with overdue contacts · 1 due this week · 0 flagged"));
    thisWeek->click();

    chooseLevel(page, QStringLiteral("universal-plus"));
    CHECK(familyOrder(page) == QStringList{f.carrow.uuid});
    chooseLevel(page, QStringLiteral("universal"));
    CHECK(familyOrder(page) == QStringList{f.ashdown.uuid, f.brennan.uuid});

    // Nothing matches: the page says so and how to get back.
    chooseLevel(page, QStringLiteral("universal-plus"));
    overdue->click();
    CHECK(page.model()->rowCount() == 0);
    auto* empty = child<QLabel>(&page, "caseloadEmptyStateLabel");
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("None of the 3 families match these filters")));
    CHECK_FALSE(child<QTableView>(&page, "caseloadView")->isVisible());
    clear->click();
    CHECK(page.model()->rowCount() == 3);
    CHECK_FALSE(overdue->isChecked());
    CHECK(child<QComboBox>(&page, "serviceLevelFilter")->currentIndex() == 0);
    CHECK(page.summary() == QStringLiteral("3 families · 1 with overdue contacts · 1 due this week · 1 flagged"));
}

TEST_CASE("Caseload: a child below cutoff with no follow-up plan is flagged, and Flagged narrows the list", "[gui][caseload][assessments]")
{
    CaseloadStore f;
    auto amara = f.as(QStringLiteral("amara"));
    // Cai is 10 months old: Communication far below the cutoff, and no plan recorded yet.
    auto below = AssessmentService(*amara).addAsq3(asq3Totals(f.carrow.children.first().uuid, amara->today(), {5, 50, 50, 50, 50}));
    INFO(below.message().toStdString());
    REQUIRE(below.ok());
    CaseloadPage page(*amara);
    page.show();

    const int carrow = page.model()->rowOf(f.carrow.uuid);
    REQUIRE(carrow >= 0);
    const QModelIndex flags = page.model()->index(carrow, CaseloadModel::DevelopmentColumn);
    CHECK(page.model()->headerData(CaseloadModel::DevelopmentColumn, Qt::Horizontal).toString() == QStringLiteral("Flags"));
    CHECK(flags.data().toString().contains(QStringLiteral("\u2691 Follow-up needed")));
    CHECK(flags.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Cai: ")));
    CHECK(flags.data(Qt::ToolTipRole).toString().contains(QStringLiteral("below cutoff")));
    CHECK(flags.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral(" flag")));
    CHECK(flags.data(Qt::ForegroundRole).isValid()); // a colour as well as the marker and the words
    CHECK(flags.data(CaseloadModel::FlaggedRole).toBool());
    const QModelIndex calm = page.model()->index(page.model()->rowOf(f.ashdown.uuid), CaseloadModel::DevelopmentColumn);
    CHECK(calm.data().toString().isEmpty());
    CHECK_FALSE(calm.data(CaseloadModel::FlaggedRole).toBool());
    CHECK(page.summary().endsWith(QStringLiteral(" · 1 flagged")));

    auto* flagged = child<QCheckBox>(&page, "flaggedFilter");
    CHECK(flagged->accessibleName() == QStringLiteral("Flagged only"));
    flagged->click();
    CHECK(familyOrder(page) == QStringList{f.carrow.uuid});
    CHECK(page.summary().startsWith(QStringLiteral("1 of 3 families shown")));
    CHECK(child<QPushButton>(&page, "clearCaseloadFiltersButton")->isVisible());

    // A plan recorded: that flag goes (a review that is due may still flag the family).
    const QString plan = QStringLiteral("Repeat ASQ-3 in two months; WellComm at the next visit");
    REQUIRE(AssessmentService(*amara).recordFollowUp(below.value().uuid, plan).ok());
    page.reload();
    const int row = page.model()->rowOf(f.carrow.uuid);
    if (row >= 0) {
        const QString development = page.model()->index(row, CaseloadModel::DevelopmentColumn).data().toString();
        CHECK_FALSE(development.contains(QStringLiteral("Follow-up needed")));
    }
    child<QPushButton>(&page, "clearCaseloadFiltersButton")->click();
    CHECK_FALSE(flagged->isChecked());
    CHECK(page.model()->rowCount() == 3);
}

TEST_CASE("Caseload: flags name the child when the household has several, and the cell keeps to two lines", "[gui][caseload][assessments]")
{
    auto flag = [](AssessmentFlag::Kind kind, const char* text) {
        AssessmentFlag f;
        f.kind = kind;
        f.text = QString::fromUtf8(text);
        return f;
    };
    CaseloadEntry entry;
    entry.familyUuid = QStringLiteral("family-1");
    entry.familyName = QStringLiteral("Okafor");
    CaseloadChild kai;
    kai.name = QStringLiteral("Kai Okafor");
    kai.flags << flag(AssessmentFlag::Kind::ReviewDue, "2–2½ year review due by 1 Jun 2026");
    CaseloadChild ada;
    ada.name = QStringLiteral("Ada Okafor");
    entry.children = {kai, ada};
    entry.flagCount = 1;
    Caseload caseload;
    caseload.today = QDate(2026, 1, 15);
    caseload.entries << entry;
    CaseloadModel model;
    model.setCaseload(caseload);
    const QModelIndex development = model.index(0, CaseloadModel::DevelopmentColumn);
    CHECK(development.data().toString() == QStringLiteral("\u2691 Kai: Review due"));
    CHECK(development.data(Qt::ToolTipRole).toString() == QStringLiteral("Kai: 2–2½ year review due by 1 Jun 2026"));
    CHECK(development.data(Qt::AccessibleTextRole).toString() == QStringLiteral("1 flag: Kai: 2–2½ year review due by 1 Jun 2026"));

    QList<AssessmentFlag>& adaFlags = caseload.entries.first().children[1].flags;
    adaFlags << flag(AssessmentFlag::Kind::NoFollowUp, "ASQ-3 on 3 Jan 2026 below cutoff: no follow-up recorded");
    adaFlags << flag(AssessmentFlag::Kind::NoFollowUp, "WellComm on 5 Jan 2026: referral suggested, no follow-up recorded");
    caseload.entries.first().flagCount = 3;
    model.setCaseload(caseload);
    CHECK(development.data().toString() == QStringLiteral("\u2691 Kai: Review due\nand 2 more"));
    CHECK(development.data(Qt::ToolTipRole).toString().split(QLatin1Char('\n')).size() == 3);
    CHECK(development.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("3 flags: ")));

    // A consent to share about to lapse is a flag of its own kind, in the same column.
    for (CaseloadChild& c : caseload.entries.first().children)
        c.flags.clear();
    caseload.entries.first().children[1].flags << flag(AssessmentFlag::Kind::ConsentExpiring,
                                                       "Consent to share with RX1-CC01 expires on 01/02/2026");
    caseload.entries.first().flagCount = 1;
    model.setCaseload(caseload);
    CHECK(development.data().toString().endsWith(QStringLiteral(": Consent expiring")));
    CHECK(development.data(Qt::ToolTipRole).toString().endsWith(QStringLiteral(": Consent to share with RX1-CC01 expires on 01/02/2026")));
    CHECK(development.data(CaseloadModel::FlaggedRole).toBool());
}

TEST_CASE("Caseload: a health visitor without families is told how to add them", "[gui][caseload]")
{
    CaseloadStore f;
    REQUIRE(UserService(*f.admin).addUser({QStringLiteral("cerys"), QStringLiteral("Cerys Pugh"), Role::HealthVisitor},
                                          secret(kSecondPassphrase)).ok());
    auto cerys = f.as(QStringLiteral("cerys"));
    CaseloadPage page(*cerys);
    page.show();
    CHECK(page.model()->rowCount() == 0);
    auto* empty = child<QLabel>(&page, "caseloadEmptyStateLabel");
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("No families name you as their health visitor")));
    CHECK(empty->text().contains(QStringLiteral("Set the named health visitor on a family's record")));
    CHECK_FALSE(child<QTableView>(&page, "caseloadView")->isVisible());
    CHECK(page.summary() == QStringLiteral("0 families · 0 with overdue contacts · 0 due this week · 0 flagged"));
}

TEST_CASE("Caseload: a team lead chooses whose caseload to see", "[gui][caseload]")
{
    CaseloadStore f;
    auto priya = f.as(QStringLiteral("priya"));
    CaseloadPage page(*priya);
    page.show();
    auto* worker = child<QComboBox>(&page, "caseloadWorkerCombo");
    CHECK(worker->isVisible());
    CHECK(worker->currentData().toString() == f.priya.uuid); // their own to start with
    CHECK(worker->findData(f.amara.uuid) >= 0);
    CHECK(worker->findData(f.bea.uuid) >= 0);
    CHECK(worker->findData(f.admin->user().uuid) < 0); // administrators hold no caseload
    CHECK(page.title() == QStringLiteral("My caseload"));
    CHECK(page.model()->rowCount() == 0);

    worker->setCurrentIndex(worker->findData(f.amara.uuid));
    CHECK(page.title() == QStringLiteral("Caseload — Amara Nwosu-Lane"));
    CHECK(familyOrder(page) == QStringList{f.ashdown.uuid, f.brennan.uuid, f.carrow.uuid});
    CHECK(page.workerUserUuid() == f.amara.uuid);

    REQUIRE(page.setWorker(f.bea.uuid));
    CHECK(familyOrder(page) == QStringList{f.dunmore.uuid});
    CHECK(page.title().contains(QStringLiteral("Bea Okonjo")));
    CHECK_FALSE(page.setWorker(f.admin->user().uuid));
}

TEST_CASE("Caseload: Enter, double-click or Open record asks to open the family", "[gui][caseload]")
{
    CaseloadStore f;
    auto amara = f.as(QStringLiteral("amara"));
    CaseloadPage page(*amara);
    page.show();
    QSignalSpy opened(&page, &CaseloadPage::openFamilyRequested);
    auto* view = child<QTableView>(&page, "caseloadView");
    view->setFocus();
    view->setCurrentIndex(page.model()->index(1, 0));
    CHECK(child<QPushButton>(&page, "openFamilyButton")->isEnabled());
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toString() == f.brennan.uuid);

    QTest::mouseClick(child<QPushButton>(&page, "openFamilyButton"), Qt::LeftButton);
    REQUIRE(opened.count() == 2);
    CHECK(opened.at(1).at(0).toString() == f.brennan.uuid);

    const QRect first = view->visualRect(page.model()->index(0, 1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, first.center()); // the press a double-click starts with
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, first.center());
    REQUIRE(opened.count() == 3);
    CHECK(opened.at(2).at(0).toString() == f.ashdown.uuid);
}

TEST_CASE("Caseload: booking a visit checks the form, then shows the visit", "[gui][caseload]")
{
    CaseloadStore f;
    auto amara = f.as(QStringLiteral("amara"));
    CaseloadPage page(*amara);
    page.show();
    auto* view = child<QTableView>(&page, "caseloadView");
    view->setCurrentIndex(page.model()->index(1, 0)); // the Brennans: new birth visit due
    BookVisitDialog* dialog = openBookDialog(page);

    CHECK(child<QLabel>(dialog, "familyLabel")->text().contains(QStringLiteral("Brennan")));
    auto* children = child<QListWidget>(dialog, "childrenList");
    REQUIRE(children->count() == 1);
    CHECK(children->item(0)->checkState() == Qt::Checked);
    children->setFocus();
    QTest::keyClick(children, Qt::Key_Space); // the keyboard ticks and unticks
    CHECK(children->item(0)->checkState() == Qt::Unchecked);
    QTest::keyClick(children, Qt::Key_Space);
    CHECK(children->item(0)->checkState() == Qt::Checked);
    CHECK(child<QComboBox>(dialog, "visitTypeCombo")->currentData().toString() == QStringLiteral("new-birth"));
    CHECK(child<QComboBox>(dialog, "visitPlaceCombo")->currentData().toString() == QStringLiteral("home"));
    CHECK_FALSE(child<QWidget>(dialog, "practitionerCombo")->isVisible()); // a health visitor books in their own diary
    auto* ok = child<QPushButton>(dialog, "okButton");
    CHECK(ok->isEnabled()); // starts on the next working day

    auto* date = child<QLineEdit>(dialog, "visitDateEdit");
    date->clear();
    QTest::keyClicks(date, QStringLiteral("14/01/2026"));
    auto* issue = child<QLabel>(dialog, "visitDateIssue");
    CHECK(issue->isVisible());
    CHECK(issue->text().contains(QStringLiteral("passed")));
    CHECK_FALSE(ok->isEnabled());
    date->clear();
    QTest::keyClicks(date, QStringLiteral("31/02/2026"));
    CHECK(issue->text() == DateInput::formatHint());
    CHECK_FALSE(ok->isEnabled());

    date->clear();
    QTest::keyClicks(date, QStringLiteral("16/01/2026"));
    CHECK_FALSE(issue->isVisible());
    child<QTimeEdit>(dialog, "visitTimeEdit")->setTime(QTime(10, 30));
    QTest::keyClicks(child<QLineEdit>(dialog, "purposeEdit"), QStringLiteral("Weigh Bea; talk about feeding"));
    REQUIRE(ok->isEnabled());
    ok->click();
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(dialog->bookedAppointment().familyUuid == f.brennan.uuid);

    // The page read itself again: the Brennans' next visit shows, and they are still chosen.
    const int row = page.model()->rowOf(f.brennan.uuid);
    REQUIRE(row >= 0);
    CHECK(cell(page, row, CaseloadModel::NextVisitColumn) == QStringLiteral("Fri 16 Jan, 10:30"));
    CHECK(page.currentFamilyUuid() == f.brennan.uuid);
    auto upcoming = AppointmentService(*amara).upcomingForFamily(f.brennan.uuid);
    REQUIRE(upcoming.ok());
    REQUIRE(upcoming.value().size() == 1);
    CHECK(upcoming.value().first().purpose == QStringLiteral("Weigh Bea; talk about feeding"));
    CHECK(upcoming.value().first().durationMinutes == 60);
}

TEST_CASE("Caseload: the service's refusal stays in the booking dialog", "[gui][caseload]")
{
    CaseloadStore f;
    auto priya = f.as(QStringLiteral("priya"));
    CaseloadPage page(*priya);
    page.show();
    REQUIRE(page.setWorker(f.bea.uuid));
    child<QTableView>(&page, "caseloadView")->setCurrentIndex(page.model()->index(0, 0));
    BookVisitDialog* dialog = openBookDialog(page);
    CHECK(child<QComboBox>(dialog, "practitionerCombo")->currentData().toString() == f.bea.uuid);
    // Bea leaves the team while the dialog is open.
    REQUIRE(UserService(*f.admin).removeUser(QStringLiteral("bea")).ok());
    auto* ok = child<QPushButton>(dialog, "okButton");
    REQUIRE(ok->isEnabled());
    ok->click();
    CHECK(dialog->isVisible());
    CHECK(dialog->result() != QDialog::Accepted);
    auto* message = child<QLabel>(dialog, "messageLabel");
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("not an active user")));
}

TEST_CASE("Caseload: a family opened from the caseload opens in the record, and Back returns", "[gui][caseload]")
{
    CaseloadStore f;
    auto amara = f.as(QStringLiteral("amara"));
    MainWindow w(*amara);
    w.show();
    w.showArea(QStringLiteral("caseloadPage"));
    CHECK(w.currentArea() == QStringLiteral("caseloadPage"));
    auto* view = child<QTableView>(&w, "caseloadView");
    REQUIRE(view->isVisible());
    REQUIRE(view->model()->rowCount() == 3);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(2, 0)); // the Carrows
    QTest::keyClick(view, Qt::Key_Return);

    auto* record = child<FamilyRecordPage>(&w, "familyRecordPage");
    CHECK(w.currentArea() == QStringLiteral("familiesPage"));
    CHECK(record->isVisible());
    CHECK(record->familyUuid() == f.carrow.uuid);
    QTest::mouseClick(child<QPushButton>(record, "recordBackButton"), Qt::LeftButton);
    CHECK(w.currentArea() == QStringLiteral("caseloadPage"));
    CHECK(view->isVisible());
    CHECK(child<CaseloadPage>(&w, "caseloadPage")->currentFamilyUuid() == f.carrow.uuid);
    CHECK(child<FamiliesPage>(&w, "familiesPage")->isShowingList());

    // From the Families list, Back still means the list.
    w.showArea(QStringLiteral("familiesPage"));
    auto* results = child<QTableView>(&w, "familyResultsView");
    REQUIRE(results->model()->rowCount() > 0);
    results->setFocus();
    results->setCurrentIndex(results->model()->index(0, 0));
    QTest::keyClick(results, Qt::Key_Return);
    CHECK(record->isVisible());
    QTest::mouseClick(child<QPushButton>(record, "recordBackButton"), Qt::LeftButton);
    CHECK(w.currentArea() == QStringLiteral("familiesPage"));
    CHECK(results->isVisible());
}

TEST_CASE("Caseload: a record changed elsewhere shows when the caseload is next shown", "[gui][caseload]")
{
    CaseloadStore f;
    auto amara = f.as(QStringLiteral("amara"));
    MainWindow w(*amara);
    w.show();
    w.showArea(QStringLiteral("caseloadPage"));
    auto* page = child<CaseloadPage>(&w, "caseloadPage");
    REQUIRE(page->model()->rowCount() == 3);
    w.showArea(QStringLiteral("familiesPage"));
    REQUIRE(CareTeamService(*f.lead).setNamedHealthVisitor(f.ellwood.uuid, f.amara.uuid).ok());
    w.showArea(QStringLiteral("caseloadPage"));
    CHECK(page->model()->rowCount() == 4);
    CHECK(page->model()->rowOf(f.ellwood.uuid) >= 0);
}

TEST_CASE("Caseload: every control has a name and Tab reaches it", "[gui][caseload][a11y]")
{
    CaseloadStore f;
    SECTION("health visitor")
    {
        auto amara = f.as(QStringLiteral("amara"));
        CaseloadPage page(*amara);
        page.show();
        child<QCheckBox>(&page, "overdueFilter")->click(); // the Clear filters button shows too
        checkKeyboardAndNames(&page);
    }
    SECTION("team lead")
    {
        auto priya = f.as(QStringLiteral("priya"));
        CaseloadPage page(*priya);
        page.setWorker(f.amara.uuid);
        checkKeyboardAndNames(&page);
    }
    SECTION("booking a visit, as a team lead for another worker")
    {
        auto priya = f.as(QStringLiteral("priya"));
        CaseloadPage page(*priya);
        page.show();
        REQUIRE(page.setWorker(f.amara.uuid));
        child<QTableView>(&page, "caseloadView")->setCurrentIndex(page.model()->index(0, 0));
        BookVisitDialog* dialog = openBookDialog(page);
        auto* practitioner = child<QComboBox>(dialog, "practitionerCombo");
        CHECK(practitioner->isVisible());
        CHECK(practitioner->currentData().toString() == f.amara.uuid);
        checkKeyboardAndNames(dialog);
    }
}

TEST_CASE("Caseload: closing the booking dialog while the date field has the focus is safe", "[gui][caseload]")
{
    CaseloadStore f;
    auto amara = f.as(QStringLiteral("amara"));
    auto caseload = CaseloadService(*amara).caseload();
    REQUIRE(caseload.ok());
    REQUIRE_FALSE(caseload.value().entries.isEmpty());
    auto* dialog = new BookVisitDialog(*amara, caseload.value().entries.first());
    dialog->show();
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    child<QLineEdit>(dialog, "visitDateEdit")->setFocus();
    delete dialog;
    SUCCEED();
}

