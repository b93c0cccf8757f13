#include "FamilyTestData.h"
#include "GuiTestHelpers.h"
#include "TestStore.h"

#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "RegisterFamilyDialog.h"
#include "UnlockDialog.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QSet>

using namespace tandem;
using namespace tandem::gui;
using namespace tandem::test;

TEST_CASE("Accessibility: the unlock dialog", "[gui][a11y]")
{
    ManualClock clock;
    UnlockDialog d(clock);
    checkKeyboardAndNames(&d);
}

TEST_CASE("Accessibility: the main window", "[gui][a11y]")
{
    TestStore t;
    auto session = t.unlockAdmin();
    MainWindow w(*session);
    checkKeyboardAndNames(&w);
}

TEST_CASE("Accessibility: the main window with families listed", "[gui][a11y]")
{
    TestStore t;
    auto session = t.unlockAdmin();
    registerSample(*session, sampleFamily(QStringLiteral("Tegan"), QStringLiteral("Quillfeather"), QDate(2025, 11, 3)));
    MainWindow w(*session);
    checkKeyboardAndNames(&w); // the results list is in the Tab chain now
}

TEST_CASE("Accessibility: registering a family", "[gui][a11y]")
{
    TestStore t;
    auto session = t.unlockAdmin();
    RegisterFamilyDialog d(*session);
    child<QCheckBox>(&d, "secondAdultCheck")->setChecked(true); // the second adult's fields too
    checkKeyboardAndNames(&d);
}

TEST_CASE("Accessibility: preferences", "[gui][a11y]")
{
    PreferencesDialog d(5);
    checkKeyboardAndNames(&d);
}
