#pragma once

#include "tandem/core/Assessment.h"
#include "tandem/domain/InstrumentDefinition.h"
#include "tandem/domain/RecordRules.h"

namespace tandem::domain {

// ASQ:SE-2: one total per questionnaire; higher is more concern.
namespace AsqSe2Rules {

// total > cutoff -> Refer; monitoring <= total <= cutoff -> Monitoring; else OnSchedule.
// Compared in hundredths.
Zone zoneFor(double total, double cutoff, double monitoring);

// Field keys: "asqse2.assessedOn", "asqse2.interval", "asqse2.total", "asqse2.omittedItems",
// "asqse2.parentConcerns", "asqse2.followUpPlan". Rules: date as for ASQ-3; interval chosen or
// among the candidates; total required, 0..maxTotal, a multiple of 5; omitted items >= 0; with
// more than maxOmittedWithoutAdjustment omitted, totalAdjustedPerGuide must be set ("More than
// 2 items were left blank: adjust the total as the ASQ:SE-2 User's Guide describes, then confirm").
[[nodiscard]] FieldIssues check(AsqSe2Draft& draft, const Child& child, const QDate& today, const AsqSe2Definition& definition);

// One part "total"; needsFollowUp when Refer; definitionVersion "asqse2 <version>".
Assessment score(const AsqSe2Draft& draft, const Child& child, const AsqSe2Definition& definition);

} // namespace AsqSe2Rules
} // namespace tandem::domain
