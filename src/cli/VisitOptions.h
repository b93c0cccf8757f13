#pragma once

#include "tandem/core/Contact.h"
#include "tandem/core/Result.h"
#include "tandem/core/User.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <optional>

namespace tandem {
class Session;
}

namespace tandem::cli {

// Reading the options of the health-visiting commands (visit, note, schedule, caseload,
// family care). Like FamilyOptions, a value the command cannot read is an Invalid error
// naming the option, which the commands report as a usage error (exit 2); the record rules
// (a contact in the future, an action due before the contact) are the services' to check.

// "YYYY-MM-DD HH:MM" (also "dd/mm/yyyy HH:MM" and "YYYY-MM-DDTHH:MM"), local time.
// nullopt when the option is not given.
Result<std::optional<QDateTime>> dateTimeOption(const QCommandLineParser& parser, const char* name);

// A whole number of minutes; nullopt when not given.
Result<std::optional<int>> minutesOption(const QCommandLineParser& parser, const char* name);

// One of tokens, case-insensitively, returned as the token; empty when the option is not
// given. The error names the option, the value and every token.
Result<QString> tokenOption(const QCommandLineParser& parser, const char* name, const QStringList& tokens);

// Every --NAME given, trimmed, without empty ones.
QStringList listOption(const QCommandLineParser& parser, const char* name);

// Each --action "DESCRIPTION;YYYY-MM-DD;OWNER". The owner is kept as written.
Result<QList<FollowUpAction>> actionOptions(const QCommandLineParser& parser);

// A note file's text: UTF-8, "-" for standard input. Io when it cannot be read, Invalid when
// it is not UTF-8.
Result<QString> readNoteFile(const QString& path);

// The active user with this sign-in name; Invalid naming the option when there is none.
Result<User> userByName(Session& session, const QString& username, const QString& option);

// A note from --TEXT or --FILE with --RESTRICTION (none, health-visiting, safeguarding);
// nullopt when neither is given. Invalid (a usage error) for both, or a restriction without
// a note. The file is read by fillFromFile.
Result<std::optional<Note>> noteFromOptions(const QCommandLineParser& parser, const char* textName, const char* fileName,
                                            const char* restrictionName);
// Reads --FILE into the note when it was given (Io or Invalid: the command fails, exit 1).
Result<void> fillFromFile(const QCommandLineParser& parser, const char* fileName, std::optional<Note>& note);

} // namespace tandem::cli
