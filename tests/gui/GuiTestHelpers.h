#pragma once

#include <QApplication>
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

} // namespace tandem::test
