#pragma once

// Internal to the services: the caseload's flag for a consent to share that is about to lapse.

#include "tandem/core/Sharing.h"
#include "tandem/services/VisitTypes.h"

namespace tandem {

// A ConsentExpiring flag for each consent that covers the child (their own, or a family consent)
// and that domain::ConsentRules::expiresSoon says is active with its review date within 30 days,
// soonest first, e.g. "Consent to share with CC01 expires on 01/02/2026". consents may hold other
// children's and other families' records; they are skipped.
QList<AssessmentFlag> consentFlags(const QString& childUuid, const QString& familyUuid, const QList<Consent>& consents,
                                   const QDate& today);

} // namespace tandem
