#pragma once

#include <QAbstractSpinBox>
#include <QApplication>
#include <QSet>
#include <QWidget>

#include <catch2/catch.hpp>

namespace tandem::test {

// Finds a widget by objectName under a top-level, failing the test if it is missing.
template <typename T>
T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(found != nullptr);
    return found;
}

inline bool takesTabFocus(const QWidget* w, const QWidget* window)
{
    return (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(window) && w->isEnabled() && !w->focusProxy();
}

// Every widget the keyboard can reach has an objectName and an accessible name, and Tab
// reaches every one of them.
inline void checkKeyboardAndNames(QWidget* window)
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

} // namespace tandem::test
