#pragma once

#include "tandem/core/Clock.h"
#include "tandem/services/Session.h"

#include <QString>

namespace tandem {

// Writes the assessment pictures into `out`; hv is a health visitor, admin an administrator.
bool shootAssessments(Session& hv, Session& admin, ManualClock& clock, const QString& out);

} // namespace tandem
