#pragma once

#include "tandem/core/Assessment.h"
#include "tandem/domain/InstrumentDefinition.h"
#include "tandem/domain/RecordRules.h"

#include <QStringList>

#include <optional>

namespace tandem::domain {

// WellComm screening: the age-appropriate section first; after red or amber, the section below,
// until green (or section 1 is reached).
namespace WellCommRules {

// The section for a child's whole months of age; nullopt outside every section's band.
std::optional<int> sectionForAge(const WellCommDefinition& definition, int wholeMonths);

// What to screen next given the screenings so far: the section below the last one when it was
// red or amber and that section exists; nullopt when the last was green, when section 1 was
// red or amber, or when there are no screenings (then: the age section).
std::optional<int> nextSection(const QList<WellCommScreening>& screenings);

// One translated sentence guiding the practitioner, e.g. "Amber at section 4: now screen with
// section 3." / "Green at section 3: screening is complete." / "Red at section 1: there is no
// lower section; record the result and consider referral."
QString guidance(const QList<WellCommScreening>& screenings);

struct Referral {
    bool suggested = false;
    QStringList reasons; // translated, e.g. "Red at the age-appropriate section (4)",
                         // "Amber in two sections (4 and 3)", "The parent raised a concern"
};

// Referral to speech and language therapy is suggested for red at the age-appropriate section,
// amber in two or more sections, or a concern from the parent or the practitioner.
Referral referral(const QList<WellCommScreening>& screenings, int ageSection, bool parentConcern,
                  bool practitionerConcern);

// Field keys: "wellcomm.assessedOn", "wellcomm.screenings", "wellcomm.screenings[i]",
// "wellcomm.parentConcerns", "wellcomm.followUpPlan". Rules: date as for ASQ-3; the child's age
// falls in a section's band; at least one screening; the first is the age section; each next
// one is the section directly below the previous; only the last may be green; results are
// known tokens; screening stops at green (a screening after green is refused); free text at most 2000.
[[nodiscard]] FieldIssues check(WellCommDraft& draft, const Child& child, const QDate& today,
                                const WellCommDefinition& definition);

// Parts "section-<n>" in the order screened with result tokens; ageSection; outcome e.g.
// "Amber at section 4, green at section 3. Referral to speech and language therapy suggested:
// amber in two sections." needsFollowUp = referral suggested; definitionVersion "wellcomm <version>".
Assessment score(const WellCommDraft& draft, const Child& child, const WellCommDefinition& definition);

} // namespace WellCommRules
} // namespace tandem::domain
