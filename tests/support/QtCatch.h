#pragma once

// Lets Catch print Qt strings in failure messages.
#include <QByteArray>
#include <QString>

#include <catch2/catch.hpp>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray& b) { return '"' + b.left(200).toStdString() + '"'; }
};
} // namespace Catch
