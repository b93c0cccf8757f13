#pragma once

#include "tandem/domain/InstrumentDefinition.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tandem::domain {

// Ages as instruments use them: whole calendar months plus the days since the last monthly
// birthday. A birthday on the 31st falls on the last day of shorter months.
namespace ChildAge {

// Age on a day; nullopt when `on` is before `birth`.
std::optional<AgeSpan> on(const QDate& birth, const QDate& on);

// Whole months of age on a day (the months part of on()); -1 before birth.
int wholeMonths(const QDate& birth, const QDate& on);

// "1 year 10 months", "7 months 20 days", "12 days": for reasons and error messages (translated).
QString describe(const AgeSpan& age);

} // namespace ChildAge
} // namespace tandem::domain
