#pragma once

#include "tandem/core/Result.h"

#include <QString>

#include <optional>

namespace tandem::domain {

// NHS numbers are stored as 10 plain digits and shown as 3-3-4. The Modulus 11
// check catches every single-digit slip and every swap of two digits, so we
// refuse a number that fails it rather than store a likely typo.
namespace NhsNumber {

// Accepts digits with optional spaces or hyphens ("943 476 5919", "943-476-5919");
// returns the 10 canonical digits, or an Invalid error the user can act on.
Result<QString> parse(const QString& input);

bool isValid(const QString& input); // parse(input).ok()

// "9434765919" -> "943 476 5919"; anything that is not exactly 10 ASCII digits
// is returned unchanged so a display never loses what was typed.
QString format(const QString& tenDigits);

// Check digit for the first nine digits; nullopt when the remainder gives 10
// (no valid number has this prefix) or the argument is not 9 ASCII digits.
std::optional<int> checkDigit(const QString& nineDigits);

} // namespace NhsNumber
} // namespace tandem::domain
