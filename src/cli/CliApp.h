#pragma once

#include <QStringList>

namespace tandem::cli {

// Parses "tandem-cli [command] [subcommand] [options]" and runs the command.
// Returns the process exit code; never throws.
int runCli(const QStringList& arguments);

} // namespace tandem::cli
