#include "GuiTestHelpers.h"
#include "TestStore.h"

#include "MainWindow.h"

#include "tandem/services/UserService.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

TEST_CASE("MainWindow: the four work areas say plainly that they are not built yet", "[gui]")
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
    for (const char* page : {"familiesPage", "caseloadPage", "sharingPage", "reportsPage"}) {
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
