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
    QString arguments;      // positional arguments for --help, e.g. "FAMILY_UUID"; empty: none
    int maxArguments = 0;   // how many positional arguments it takes; -1: any number
    bool hidden = false;    // an alias: works, but not listed in the overview
};

QList<CommandSpec> allCommands();
// Registered from allCommands(); each in its own file.
QList<CommandSpec> familyCommands(); // family add/show/search/import-csv, child add/show
CommandSpec importCsvCommand();      // family import-csv, listed by familyCommands()
QList<CommandSpec> visitCommands();    // visit log/list/action-done/plan/cancel, note add
QList<CommandSpec> scheduleCommands(); // schedule show/decline/not-applicable/clear
QList<CommandSpec> caseloadCommands(); // caseload (and the day plan)
QList<CommandSpec> careCommands();     // family care/level/named-hv/lead/left-area
QList<CommandSpec> assessCommands();     // assess asq3|asqse|wellcomm|eyfs add/list, assess list/show/follow-up/interval
QList<CommandSpec> reviewCommands();     // review integrated/list
QList<CommandSpec> instrumentCommands(); // instrument show/corrections/correct
QList<CommandSpec> partnerCommands();    // org card, partner add/list
QList<CommandSpec> consentCommands();    // consent add/list/withdraw, safeguarding add/list
QList<CommandSpec> bundleCommands();     // bundle export/import/inspect/conflicts/resolve

} // namespace tandem::cli
