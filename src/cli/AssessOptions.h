#pragma once

#include "tandem/core/Assessment.h"
#include "tandem/core/Result.h"
#include "tandem/domain/InstrumentDefinition.h"

#include <QCommandLineParser>

#include <optional>

namespace tandem::cli {

// Reading the options of the assessment commands (assess, review, instrument). As in
// VisitOptions, a value the command cannot read (not a number, an unknown domain key or
// result, a letter that is not Y/S/N/-) is an Invalid error naming the option, which the
// commands report as a usage error (exit 2). The record rules (a total above 60, a date
// before birth) are the services' to check.

// A whole number; nullopt when the option is not given.
Result<std::optional<int>> wholeNumberOption(const QCommandLineParser& parser, const char* name);

// A number with at most a decimal point ("45", "42.5"); nullopt when not given.
Result<std::optional<double>> numberOption(const QCommandLineParser& parser, const char* name);

// "asq3", or "asqse" / "asqse2" (returned as "asqse2"); `allowed` limits the kinds accepted.
// Empty when the option is not given.
Result<QString> instrumentOption(const QCommandLineParser& parser, const char* name, const QStringList& allowed);
Result<QString> instrumentToken(const QString& text, const QString& option, const QStringList& allowed);

// ASQ-3 entry: --answers DOMAIN=LETTERS or --totals DOMAIN=N, each repeatable and each value
// may hold several pairs separated by commas ("communication=YYSSN-,gross-motor=YYYYYY").
// Exactly one of the two, with every domain of the definition once; returned in definition order.
struct Asq3Entry {
    Asq3EntryMode mode = Asq3EntryMode::Items;
    QList<Asq3DomainInput> domains;
};
Result<Asq3Entry> asq3EntryOptions(const QCommandLineParser& parser, const domain::Asq3Definition& definition);

// WellComm: --screen SECTION=red|amber|green, repeatable (or comma-separated), in the order screened.
Result<QList<WellCommScreening>> screeningOptions(const QCommandLineParser& parser);

// EYFS: --area AREA=STATUS and --summary AREA=TEXT for each prime area; in definition order.
Result<QList<EyfsAreaInput>> eyfsAreaOptions(const QCommandLineParser& parser, const domain::EyfsDefinition& definition);

// Numbers as people read them: "45", "42.5", "24.02".
QString showNumber(double value);

} // namespace tandem::cli
