#pragma once

#include "tandem/core/Result.h"

#include <QString>

namespace tandem::domain {

// UK postcodes are normalised before they are matched, so " sw1a1aa " and
// "SW1A 1AA" are the same key for reach-area lookups and duplicate checks.
namespace Postcode {

// Trims, upper-cases, removes all internal whitespace, puts one space before
// the last three characters, then matches the whole string against the gov.uk
// pattern (every UK format plus GIR 0AA). " sw1a1aa " -> "SW1A 1AA".
Result<QString> parse(const QString& input);

bool isValid(const QString& input); // parse(input).ok()

} // namespace Postcode
} // namespace tandem::domain
