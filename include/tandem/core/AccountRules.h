#pragma once

#include "tandem/core/Result.h"
#include "tandem/core/SecureBuffer.h"

namespace tandem::AccountRules {

// Pure checks on what people type when setting up a store or an account.
constexpr int kMinPassphraseLength = 10;

Result<QString> username(const QString& input);     // returns it trimmed, lower case
Result<QString> displayName(const QString& input);  // trimmed
Result<void> passphrase(const SecureBuffer& utf8);
Result<QString> organisationName(const QString& input);
Result<QString> organisationCode(const QString& input); // upper case, e.g. "RX1-HV01"

} // namespace tandem::AccountRules
