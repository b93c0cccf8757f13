#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef TANDEM_TEST_GUI
#include "Resources.h"
#include <QApplication>
using TestApp = QApplication;
#else
#include <QCoreApplication>
using TestApp = QCoreApplication;
#endif

#include "tandem/core/Sodium.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    // Widget tests never need a display; ctest sets this too.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and default paths go to a test location, never the developer's own.
    QStandardPaths::setTestModeEnabled(true);
    TestApp app(argc, argv);
    TestApp::setApplicationName(QStringLiteral("tandem-tests"));
    TestApp::setOrganizationName(QStringLiteral("tandem-tests"));
    // ctest runs test cases in parallel processes: each gets its own settings, so one test
    // changing a preference (the idle-lock time, say) cannot leak into another mid-run.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    tandem::ensureSodium();
#ifdef TANDEM_TEST_GUI
    tandem::gui::initResources();
#endif
    return Catch::Session().run(argc, argv);
}
