#pragma once

#include "tandem/core/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>

#include <optional>

namespace tandem::cli {

// Shared by the command files: building options and reading typed values from them.
QCommandLineOption opt(const QString& name, const QString& help, const QString& value = {});

// The option's trimmed value; empty when not given.
QString textOption(const QCommandLineParser& parser, const char* name);

// dd/mm/yyyy, d/m/yyyy or yyyy-mm-dd. nullopt when the option is not given; an Invalid error
// naming the option and the value when it cannot be read or is not a real date.
Result<std::optional<QDate>> dateOption(const QCommandLineParser& parser, const char* name);

// How dates are shown to people: 12/03/2024, as on the red book.
QString showDate(const QDate& date);

} // namespace tandem::cli
