// Renders the screens used in docs/user-guide.md from a synthetic demo store, offscreen.
// Usage: tandem-screenshots <output-folder>
#include "AppController.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "Resources.h"
#include "UnlockDialog.h"

#include "tandem/core/Clock.h"
#include "tandem/core/Sodium.h"
#include "tandem/services/DemoService.h"
#include "tandem/services/StoreService.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace tandem;

namespace {
bool save(QWidget* w, const QString& folder, const char* name)
{
    w->show();
    QApplication::processEvents();
    const QString path = QDir(folder).filePath(QString::fromLatin1(name));
    const bool ok = w->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}
}

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    gui::initResources();
    if (argc < 2 || !ensureSodium()) {
        std::fprintf(stderr, "usage: tandem-screenshots <output-folder>\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC));
    DemoStoreRequest demo;
    demo.path = dir.filePath(QStringLiteral("demo.tandem"));
    demo.families = 40;
    demo.kdf = store::KdfParams::testing();
    QByteArray pass("tandem-demo-2026");
    SecureBuffer secret = SecureBuffer::takeFrom(pass);
    if (auto made = DemoService::createDemoStore(demo, secret, clock); !made.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(made.message()));
        return 1;
    }

    bool ok = true;
    gui::UnlockDialog unlock(clock);
    unlock.setStorePath(demo.path);
    unlock.setUsername(QStringLiteral("hv"));
    unlock.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->setText(QStringLiteral("tandem-demo-2026"));
    ok &= save(&unlock, out, "unlock-dialog.png");
    unlock.setMessage(QObject::tr("Locked after 5 minutes without activity."));
    unlock.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->clear();
    ok &= save(&unlock, out, "unlock-dialog-locked.png");
    unlock.hide();

    UnlockRequest request{demo.path, QStringLiteral("hv"), std::chrono::milliseconds(0)};
    auto session = StoreService::unlock(request, secret, clock);
    if (!session.ok())
        return 1;
    gui::MainWindow main(*session.value());
    main.setIdleLockMinutes(5);
    main.resize(1100, 680);
    ok &= save(&main, out, "main-window-families.png");
    main.showArea(QStringLiteral("teamPage"));
    ok &= save(&main, out, "main-window-team.png");
    gui::PreferencesDialog prefs(5);
    ok &= save(&prefs, out, "preferences.png");
    return ok ? 0 : 1;
}
