#include "GuiTestHelpers.h"
#include "TestStore.h"

#include "AppController.h"
#include "GuiSettings.h"
#include "IdleLockWatcher.h"
#include "MainWindow.h"
#include "UnlockDialog.h"

#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {
void unlockAsAdmin(AppController& app, const TestStore& t);

// Starts the controller on the test store and signs in as the administrator.
void startUnlocked(AppController& app, const TestStore& t)
{
    app.setUnlockFailureDelay(std::chrono::milliseconds(0));
    app.start(t.path());
    unlockAsAdmin(app, t);
}

void unlockAsAdmin(AppController& app, const TestStore& t)
{
    UnlockDialog* d = app.unlockDialog();
    REQUIRE(d->isVisible());
    child<QLineEdit>(d, "storePathEdit")->setText(t.path());
    child<QLineEdit>(d, "usernameEdit")->setText(QStringLiteral("admin"));
    child<QLineEdit>(d, "passphraseEdit")->setText(QString::fromLatin1(kAdminPassphrase));
    QSignalSpy spy(&app, &AppController::unlocked);
    QTest::mouseClick(child<QPushButton>(d, "unlockButton"), Qt::LeftButton);
    REQUIRE(spy.wait(20000));
}
}

TEST_CASE("AppController: unlock shows the main window with who is signed in where", "[gui]")
{
    TestStore t;
    GuiSettings::setIdleLockMinutes(5);
    AppController app(t.clock());
    startUnlocked(app, t);
    REQUIRE(app.isUnlocked());
    MainWindow* main = app.mainWindow();
    REQUIRE(main);
    CHECK(main->isVisible());
    CHECK_FALSE(app.unlockDialog()->isVisible());
    const QString status = child<QLabel>(main, "signedInLabel")->text();
    CHECK(status.contains(QStringLiteral("Morgan Ellery")));
    CHECK(status.contains(QStringLiteral("Administrator")));
    CHECK(status.contains(QStringLiteral("Northgate Health Visiting Team")));
    CHECK(status.contains(QStringLiteral("RX1-HV01")));
    CHECK(child<QLabel>(main, "idleLockLabel")->text().contains(QStringLiteral("5 minutes")));
}

TEST_CASE("AppController: Ctrl+L locks, discards the session and clears the clipboard", "[gui]")
{
    TestStore t;
    AppController app(t.clock());
    startUnlocked(app, t);
    QPointer<MainWindow> main = app.mainWindow();
    QApplication::clipboard()->setText(QStringLiteral("943 476 5919"));
    main->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(main));
    QSignalSpy locked(&app, &AppController::locked);
    QTest::keyClick(main, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(locked.count() == 1);
    CHECK_FALSE(app.isUnlocked());
    CHECK(main.isNull()); // the window and every view on the record are gone
    CHECK(app.unlockDialog()->isVisible());
    CHECK(QApplication::clipboard()->text().isEmpty());
    CHECK(child<QLabel>(app.unlockDialog(), "errorLabel")->text() == QStringLiteral("Tandem is locked."));
    CHECK(child<QLineEdit>(app.unlockDialog(), "usernameEdit")->text() == QStringLiteral("admin"));

    // And it unlocks again.
    unlockAsAdmin(app, t);
    CHECK(app.isUnlocked());
}

TEST_CASE("AppController: locks after the configured idle time, measured on the injected clock", "[gui]")
{
    TestStore t;
    GuiSettings::setIdleLockMinutes(5);
    AppController app(t.clock());
    startUnlocked(app, t);
    IdleLockWatcher* idle = app.idleWatcher();

    t.clock().advanceMs(5 * 60'000 - 1);
    idle->checkIdle();
    REQUIRE(app.isUnlocked());

    // Any keyboard or mouse input restarts the count.
    QTest::keyClick(app.mainWindow(), Qt::Key_Down);
    t.clock().advanceMs(4 * 60'000);
    idle->checkIdle();
    REQUIRE(app.isUnlocked());

    t.clock().advanceMs(60'000);
    idle->checkIdle();
    CHECK_FALSE(app.isUnlocked());
    CHECK(app.mainWindow() == nullptr);
    CHECK(child<QLabel>(app.unlockDialog(), "errorLabel")->text() == QStringLiteral("Locked after 5 minutes without activity."));
}

TEST_CASE("AppController: the idle time is configurable", "[gui]")
{
    TestStore t;
    GuiSettings::setIdleLockMinutes(2);
    AppController app(t.clock());
    startUnlocked(app, t);
    CHECK(app.idleWatcher()->timeoutMs() == 2 * 60'000);
    t.clock().advanceMs(2 * 60'000);
    app.idleWatcher()->checkIdle();
    CHECK_FALSE(app.isUnlocked());
    GuiSettings::setIdleLockMinutes(GuiSettings::kDefaultIdleLockMinutes);
}
