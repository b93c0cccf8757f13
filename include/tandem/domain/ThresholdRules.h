#pragma once

#include "tandem/domain/InstrumentDefinition.h"
#include "tandem/domain/RecordRules.h"

namespace tandem::domain {

namespace ThresholdRules {

// Checks an administrator's threshold correction against the effective definitions.
// Field keys: "threshold.instrument", "threshold.interval", "threshold.part", "threshold.kind",
// "threshold.value", "threshold.reason". Rules: instrument "asq3" or "asqse2"; the interval
// exists; part is a domain key (ASQ-3) or "total" (ASQ:SE-2); kind "cutoff" or "monitoring";
// value at most two decimals, ASQ-3 0..60 and a cutoff at or below the domain's monitoring
// threshold (a monitoring threshold at or above the cutoff); ASQ:SE-2 0..maxTotal with the
// monitoring threshold at or below the cutoff; reason 5..500 characters (trimmed).
[[nodiscard]] FieldIssues check(ThresholdOverride& change, const InstrumentDefinitions& effective);

} // namespace ThresholdRules
} // namespace tandem::domain
