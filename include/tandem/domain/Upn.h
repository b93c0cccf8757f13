#pragma once

#include "tandem/core/Result.h"

#include <QChar>
#include <QString>

#include <optional>

namespace tandem::domain {

// Unique pupil numbers (DfE): check letter, 3-digit LA, 4-digit establishment,
// 2-digit year, 3-digit serial. A temporary UPN has a letter at position 13.
// The mod-23 check letter catches every single-digit slip and every swap of
// two digits, so a failing UPN is refused rather than stored.
namespace Upn {

// Trims and upper-cases, checks shape and check letter; returns the 13 characters.
Result<QString> parse(const QString& input);

bool isValid(const QString& input); // parse(input).ok()

// True when position 13 is a letter (a temporary UPN). Expects canonical form.
bool isTemporary(const QString& canonical);

// Check letter for positions 2-13 (12 chars: 11 digits, then a digit or an
// upper-case letter other than I, O, S); nullopt for anything else.
std::optional<QChar> checkLetter(const QString& positions2to13);

} // namespace Upn
} // namespace tandem::domain
