// End to end, as a health visitor works: My caseload shows a new birth visit due, the record
// opens from it, the visit is logged through the form, and back on My caseload the contact
// shows as done and the next one is offered.

#include "VisitTestData.h"

#include "CaseloadModel.h"
#include "FamilyRecordPage.h"
#include "LogContactDialog.h"
#include "MainWindow.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {
QString cell(QTableView* view, int row, int column) { return view->model()->index(row, column).data().toString(); }
} // namespace

TEST_CASE("Home visit: logged through the record, then shown as done on My caseload", "[gui][caseload][hv-record][e2e]")
{
    VisitStore v;
    MainWindow w(*v.hv);
    w.resize(1280, 900);
    w.show();
    w.showArea(QStringLiteral("caseloadPage"));
    auto* caseload = child<QTableView>(&w, "caseloadView");
    REQUIRE(caseload->model()->rowCount() == 1);
    CHECK(cell(caseload, 0, CaseloadModel::FamilyColumn).startsWith(QStringLiteral("Ashdown")));
    CHECK(cell(caseload, 0, CaseloadModel::NextContactColumn).contains(QStringLiteral("New birth visit")));
    CHECK(cell(caseload, 0, CaseloadModel::StatusColumn) == QStringLiteral("Due"));
    CHECK(cell(caseload, 0, CaseloadModel::LastContactColumn) == QStringLiteral("None recorded"));

    // Open the family from the caseload and log the visit through the form.
    caseload->setFocus();
    caseload->selectRow(0);
    QTest::mouseClick(child<QPushButton>(&w, "openFamilyButton"), Qt::LeftButton);
    auto* record = child<FamilyRecordPage>(&w, "familyRecordPage");
    REQUIRE(record->isVisible());
    CHECK(record->familyUuid() == v.family.uuid);
    QTest::mouseClick(child<QPushButton>(record, "logContactButton"), Qt::LeftButton);
    auto* dialog = openDialog<LogContactDialog>(record);
    CHECK(child<QComboBox>(dialog, "contactTypeCombo")->currentData().toString() == QStringLiteral("new-birth"));
    CHECK(child<QComboBox>(dialog, "contactPlaceCombo")->currentData().toString() == QStringLiteral("home"));
    child<QSpinBox>(dialog, "durationSpin")->setValue(45);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "outcomeEdit"), QStringLiteral("Feeding well; cord healed; safe sleep discussed."));
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    REQUIRE(dialog->result() == QDialog::Accepted);

    // Back to My caseload: the new birth visit is done, and the 6-8 week review is next.
    QTest::mouseClick(child<QPushButton>(record, "recordBackButton"), Qt::LeftButton);
    CHECK(w.currentArea() == QStringLiteral("caseloadPage"));
    REQUIRE(caseload->model()->rowCount() == 1);
    CHECK(cell(caseload, 0, CaseloadModel::LastContactColumn) == QStringLiteral("15 Jan 2026\nNew birth visit done"));
    CHECK(cell(caseload, 0, CaseloadModel::NextContactColumn).contains(QStringLiteral("6–8 week review")));
    CHECK(cell(caseload, 0, CaseloadModel::StatusColumn) == QStringLiteral("Not yet due"));
    const CaseloadEntry entry = static_cast<CaseloadModel*>(caseload->model())->entryAt(0);
    REQUIRE(entry.children.size() == 1);
    CHECK(entry.children.first().schedule.at(1).status == domain::ContactStatus::DoneOnTime);
}
