#pragma once

#include "tandem/core/Result.h"
#include "tandem/core/Sharing.h"

#include <QCommandLineParser>

namespace tandem::cli {

// Reading the options of the sharing commands (org, partner, consent, safeguarding, bundle). As in
// VisitOptions, a value the command cannot read is an Invalid error naming the option, which the
// commands report as a usage error (exit 2); the consent rules are the services' to check.

// --NAME identity,birth,… (repeatable, comma-separated), in ShareCategories::all() order without
// repeats; empty when not given. An unknown token is an error listing the valid ones.
Result<QList<ShareCategory>> categoriesOption(const QCommandLineParser& parser, const char* name);

// --NAME CODE[,CODE] (repeatable): trimmed, upper case, without repeats, in the order given.
QStringList codesOption(const QCommandLineParser& parser, const char* name);

// Whether a person is at the other end: prompts only then, progress only then.
bool stdinIsTerminal();
bool stderrIsTerminal();

// Text for people on standard output, before a failure that explains it (human output only: the
// caller checks --json, which allows one object only).
void printText(const QString& text);

// One line typed on the terminal after the prompt (written to standard error); empty at end of input.
QString askLine(const QString& prompt);

} // namespace tandem::cli
