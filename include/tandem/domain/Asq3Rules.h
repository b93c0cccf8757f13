#pragma once

#include "tandem/core/Assessment.h"
#include "tandem/domain/InstrumentDefinition.h"
#include "tandem/domain/QuestionnaireInterval.h"
#include "tandem/domain/RecordRules.h"

namespace tandem::domain {

// ASQ-3 scoring. Pure: definition and entries in, results out.
namespace Asq3Rules {

constexpr int kMaxFreeText = 2000; // parent concerns, follow-up plan

// Zone for a score against a domain's thresholds, compared in hundredths (scores and
// thresholds have at most two decimals): score < cutoff -> Refer; cutoff <= score < monitoring
// -> Monitoring; score >= monitoring -> OnSchedule. A score equal to the cutoff is at the
// expected level (Monitoring or OnSchedule, never Refer).
Zone zoneFor(double score, double cutoff, double monitoring);

// Scores one domain against the interval's thresholds. Items mode: yes 10, sometimes 5, not
// yet 0; with 1..maxMissingAdjusted missing, score = total / answered * itemsPerDomain (adjusted
// = true); with more missing the domain is NotScored and `note` says why, e.g. "Not scored:
// 3 of 6 items were not answered (up to 2 can be adjusted)". Totals mode: the total is the
// score. Records the thresholds used (value, verified, source).
AssessmentPart scoreDomain(const Asq3Definition& definition, const Asq3Interval& interval, const Asq3DomainInput& input,
                           Asq3EntryMode mode);

// Checks and normalises a draft (trims free text). Field keys: "asq3.assessedOn",
// "asq3.interval", "asq3.domains", "asq3.<domain>" (answers or total), "asq3.parentConcerns",
// "asq3.followUpPlan". Rules: assessedOn valid, not after today, not before birth; the child is
// born; an interval is chosen (or the given one is among the candidates for that day); exactly
// the definition's domains, each once; Items mode: exactly itemsPerDomain answers per domain;
// Totals mode: a total 0..maxDomainScore with at most two decimals; free text at most 2000.
// Messages are specific, e.g. "Communication: a total above 60 is not possible (6 items of 10 points)."
[[nodiscard]] FieldIssues check(Asq3Draft& draft, const Child& child, const QDate& today, const Asq3Definition& definition);

// Scores a checked draft into an Assessment (kind Asq3): interval and reason, parts in domain
// order, zone per domain, outcome line, needsFollowUp (any domain Refer), unverified sentences
// for each unverified threshold, window or rule that drove a result, and definitionVersion
// "asq3 <version>".
Assessment score(const Asq3Draft& draft, const Child& child, const Asq3Definition& definition);

} // namespace Asq3Rules
} // namespace tandem::domain
