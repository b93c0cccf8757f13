#pragma once

#include "tandem/core/Family.h"
#include "tandem/core/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace tandem::cli {

// The options that describe a household, a child and an adult, shared by "family add" and
// "child add", and reading them into drafts. A missing or unreadable option is an Invalid
// error naming it, which the commands report as a usage error (exit 2); the record rules
// themselves (a date in the future, a bad NHS number) are the service's to check.
QList<QCommandLineOption> householdOptions();
QList<QCommandLineOption> childOptions();
QList<QCommandLineOption> adultOptions();

Result<Child> childFromOptions(const QCommandLineParser& parser);
// Household with the child, and the adult when any adult option is given.
Result<Family> familyFromOptions(const QCommandLineParser& parser);

} // namespace tandem::cli
