#pragma once

#include "tandem/core/Clock.h"
#include "tandem/core/SecureBuffer.h"

#include <QString>

namespace tandem {

// Writes the Sharing pictures into `out`: two synthetic stores (Northgate's health visitors, from
// the demo, and Brook Lane Children's Centre) made in `folder`, exchanging cards and a bundle.
bool shootSharing(const QString& out, const QString& folder, ManualClock& clock, const SecureBuffer& secret);

} // namespace tandem
