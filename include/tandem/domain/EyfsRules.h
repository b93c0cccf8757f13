#pragma once

#include "tandem/core/Assessment.h"
#include "tandem/domain/InstrumentDefinition.h"
#include "tandem/domain/RecordRules.h"

namespace tandem::domain {

// The EYFS progress check at two. No prescribed format: a status and a short summary per prime area.
namespace EyfsRules {

constexpr int kMaxSummary = 1000;
constexpr int kMaxName = 200;

// Field keys: "eyfs.completedOn", "eyfs.completedBy", "eyfs.setting", "eyfs.areas",
// "eyfs.<area>" (status), "eyfs.<area>.summary", "eyfs.parentConcerns", "eyfs.followUpPlan".
// Rules: completedOn valid, not after today, not before birth, and the child aged fromMonths..
// toMonths whole months that day ("The progress check at two is for children aged 2 to 3; Ada
// was 1 year 10 months on 03/01/2026."); completedBy and setting 1..200; each prime area once
// with a known status and a summary 1..1000; free text at most 2000.
[[nodiscard]] FieldIssues check(EyfsDraft& draft, const Child& child, const QDate& today, const EyfsDefinition& definition);

// Parts per area (result = status, note = summary); needsFollowUp when any area has the
// concern status; outcome e.g. "Possible delay: Communication and Language."; definitionVersion "eyfs <version>".
Assessment score(const EyfsDraft& draft, const Child& child, const EyfsDefinition& definition);

} // namespace EyfsRules
} // namespace tandem::domain
