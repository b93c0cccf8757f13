#include "GuiTestHelpers.h"
#include "TestStore.h"

#include "UnlockDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

namespace {
void fill(UnlockDialog& d, const QString& store, const QString& user, const QString& pass)
{
    child<QLineEdit>(&d, "storePathEdit")->setText(store);
    child<QLineEdit>(&d, "usernameEdit")->setText(user);
    child<QLineEdit>(&d, "passphraseEdit")->setText(pass);
}
}

TEST_CASE("UnlockDialog: unlocks off the GUI thread and hands over the session", "[gui]")
{
    TestStore t;
    UnlockDialog d(t.clock());
    d.setFailureDelay(std::chrono::milliseconds(0));
    d.show();
    fill(d, t.path(), QStringLiteral("admin"), QString::fromLatin1(kAdminPassphrase));
    QSignalSpy spy(&d, &UnlockDialog::unlocked);
    QTest::mouseClick(child<QPushButton>(&d, "unlockButton"), Qt::LeftButton);
    CHECK(child<QLineEdit>(&d, "passphraseEdit")->text().isEmpty()); // not left lying in the widget
    REQUIRE(spy.wait(20000));
    auto session = d.takeSession();
    REQUIRE(session);
    CHECK(session->user().username == QStringLiteral("admin"));
    CHECK_FALSE(d.isBusy());
}

TEST_CASE("UnlockDialog: a wrong passphrase says so and keeps the dialog usable", "[gui]")
{
    TestStore t;
    UnlockDialog d(t.clock());
    d.setFailureDelay(std::chrono::milliseconds(0));
    d.show();
    fill(d, t.path(), QStringLiteral("admin"), QStringLiteral("not my passphrase"));
    QSignalSpy spy(&d, &UnlockDialog::unlocked);
    QSignalSpy failed(&d, &UnlockDialog::unlockFailed);
    QTest::mouseClick(child<QPushButton>(&d, "unlockButton"), Qt::LeftButton);
    CHECK(child<QLineEdit>(&d, "usernameEdit")->isEnabled() == false); // busy while the KDF runs
    REQUIRE(failed.wait(20000));
    CHECK(spy.isEmpty());
    CHECK(d.takeSession() == nullptr);
    auto* error = child<QLabel>(&d, "errorLabel");
    CHECK(error->isVisible());
    CHECK(error->text() == QStringLiteral("The user name or passphrase is not correct."));
    CHECK(child<QLineEdit>(&d, "usernameEdit")->isEnabled());
}

TEST_CASE("UnlockDialog: missing input is caught before any work", "[gui]")
{
    TestStore t;
    UnlockDialog d(t.clock());
    d.show();
    fill(d, t.path(), QString(), QString());
    QTest::mouseClick(child<QPushButton>(&d, "unlockButton"), Qt::LeftButton);
    CHECK_FALSE(d.isBusy());
    CHECK(child<QLabel>(&d, "errorLabel")->text() == QStringLiteral("Enter your user name."));
    child<QLineEdit>(&d, "usernameEdit")->setText(QStringLiteral("admin"));
    QTest::mouseClick(child<QPushButton>(&d, "unlockButton"), Qt::LeftButton);
    CHECK(child<QLabel>(&d, "errorLabel")->text() == QStringLiteral("Enter your passphrase."));
}

TEST_CASE("UnlockDialog: a missing store is named", "[gui]")
{
    QTemporaryDir dir;
    ManualClock clock;
    UnlockDialog d(clock);
    d.setFailureDelay(std::chrono::milliseconds(0));
    d.show();
    fill(d, dir.filePath(QStringLiteral("nowhere.tandem")), QStringLiteral("admin"), QStringLiteral("whatever passphrase"));
    QSignalSpy failed(&d, &UnlockDialog::unlockFailed);
    QTest::mouseClick(child<QPushButton>(&d, "unlockButton"), Qt::LeftButton);
    REQUIRE(failed.wait(20000));
    CHECK(child<QLabel>(&d, "errorLabel")->text().contains(QStringLiteral("There is no store")));
}
