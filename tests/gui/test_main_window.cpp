#include "FamilyTestData.h"
#include "GuiTestHelpers.h"
#include "TestStore.h"

#include "FamiliesPage.h"
#include "FamilyRecordPage.h"
#include "MainWindow.h"

#include "tandem/services/UserService.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

TEST_CASE("MainWindow: the work areas not built yet say so plainly", "[gui]")
{
    TestStore t;
    auto session = t.unlockAdmin();
    MainWindow w(*session);
    w.show();
    auto* nav = child<QListWidget>(&w, "navigationList");
    QStringList labels;
    for (int i = 0; i < nav->count(); ++i)
        labels.append(nav->item(i)->text());
    CHECK(labels == QStringList{QStringLiteral("Families"), QStringLiteral("Caseload"), QStringLiteral("Sharing"), QStringLiteral("Reports"),
                                QStringLiteral("Team")});
    w.showArea(QStringLiteral("familiesPage"));
    CHECK(child<QWidget>(&w, "familySearchEdit")->isVisible()); // Families is built: no placeholder
    w.showArea(QStringLiteral("caseloadPage"));
    CHECK(child<QWidget>(&w, "caseloadView") != nullptr); // Caseload is built too
    CHECK(w.findChild<QLabel*>(QStringLiteral("caseloadPageStatus")) == nullptr);
    for (const char* page : {"reportsPage"}) {
        w.showArea(QString::fromLatin1(page));
        CHECK(w.currentArea() == QString::fromLatin1(page));
        auto* status = child<QLabel>(&w, (std::string(page) + "Status").c_str());
        CHECK(status->isVisible());
        CHECK(status->text().contains(QStringLiteral("Not available yet")));
    }
}

TEST_CASE("MainWindow: the team area lists the store's users from the core", "[gui]")
{
    TestStore t;
    auto session = t.unlockAdmin();
    REQUIRE(UserService(*session).addUser({QStringLiteral("amara"), QStringLiteral("Amara Nwosu-Lane"), Role::HealthVisitor},
                                          secret(kSecondPassphrase)).ok());
    MainWindow w(*session);
    w.showArea(QStringLiteral("teamPage"));
    auto* table = child<QTableWidget>(&w, "teamTable");
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Morgan Ellery"));
    CHECK(table->item(1, 2)->text() == QStringLiteral("Health visitor"));
    CHECK(child<QLabel>(&w, "organisationLabel")->text().contains(QStringLiteral("RX1-HV01")));
}

TEST_CASE("MainWindow: the Lock action is bound to Ctrl+L and asks to lock", "[gui]")
{
    TestStore t;
    auto session = t.unlockAdmin();
    MainWindow w(*session);
    auto* lock = child<QAction>(&w, "lockAction");
    CHECK(lock->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));
    QSignalSpy spy(&w, &MainWindow::lockRequested);
    lock->trigger();
    CHECK(spy.count() == 1);
}

TEST_CASE("MainWindow: a family opened from the list shows its record, and Back returns", "[gui][families]")
{
    TestStore t;
    auto session = t.unlockAdmin();
    const Family family = registerSample(*session, sampleFamily(QStringLiteral("Tegan"), QStringLiteral("Quillfeather"), QDate(2025, 11, 3)));
    MainWindow w(*session);
    w.show();
    auto* families = child<FamiliesPage>(&w, "familiesPage");
    auto* results = child<QTableView>(&w, "familyResultsView");
    REQUIRE(results->model()->rowCount() == 1);
    results->setFocus();
    results->setCurrentIndex(results->model()->index(0, 0));
    QTest::keyClick(results, Qt::Key_Return);
    auto* record = child<FamilyRecordPage>(&w, "familyRecordPage");
    CHECK(record->isVisible());
    CHECK(record->familyUuid() == family.uuid);
    QTest::mouseClick(child<QPushButton>(record, "recordBackButton"), Qt::LeftButton);
    CHECK(families->isShowingList());
    CHECK(results->isVisible());
}
