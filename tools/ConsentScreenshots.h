#pragma once

#include "tandem/core/Clock.h"
#include "tandem/core/SecureBuffer.h"
#include "tandem/services/Session.h"

#include <QString>

namespace tandem {

// Writes the consent and sharing pictures into `out`: the consent form, the family record's
// Consent and sharing panel, the safeguarding form and the caseload's consent flag. hv is the
// demo store's health visitor; folder holds the partner store made for the pictures.
bool shootConsent(Session& hv, ManualClock& clock, const SecureBuffer& secret, const QString& folder, const QString& out);

} // namespace tandem
