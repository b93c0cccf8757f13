#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>

namespace tandem::cli {

class CliContext;

struct CommandSpec {
    QString name;    // "init", "user add", ...
    QString summary; // one line for --help
    QList<QCommandLineOption> options;
    bool needsUser = false; // takes --user and --passphrase-file
    std::function<int(CliContext&)> run;
};

QList<CommandSpec> allCommands();

} // namespace tandem::cli
