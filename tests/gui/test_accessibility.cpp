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

namespace {

bool takesTabFocus(const QWidget* w, const QWidget* window)
{
    return (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(window) && w->isEnabled() && !w->focusProxy();
}

// Every widget the keyboard can reach has an objectName and an accessible name, and Tab
// reaches every one of them.
void checkKeyboardAndNames(QWidget* window)
{
    window->show();
    QSet<QWidget*> focusable;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!takesTabFocus(w, window))
            continue;
        // A spin box's inner line edit speaks for the spin box.
        if (qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            continue;
        INFO("widget of class " << w->metaObject()->className() << " named '" << w->objectName().toStdString() << "'");
        CHECK_FALSE(w->objectName().isEmpty());
        CHECK_FALSE(w->accessibleName().isEmpty());
        focusable.insert(w);
    }
    REQUIRE_FALSE(focusable.isEmpty());

    QSet<QWidget*> reached;
    QWidget* w = window;
    for (int i = 0; i < 500; ++i) {
        w = w->nextInFocusChain();
        if (w == window)
            break;
        if (focusable.contains(w))
            reached.insert(w);
    }
    for (QWidget* missing : focusable - reached) {
        INFO("not reachable with Tab: " << missing->objectName().toStdString());
        CHECK(false);
    }
}

} // namespace

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
