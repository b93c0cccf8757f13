#pragma once

// Internal to the services: the development flags the caseload shows for one child.

#include "tandem/services/VisitTypes.h"
#include "tandem/store/AssessmentRepository.h"

namespace tandem {

// NoFollowUp for each open row (an assessment needing follow-up with no plan), then ReviewDue
// for the 12-month and 2-2 1/2 year reviews that are due or overdue on the schedule.
QList<AssessmentFlag> assessmentFlags(const QList<domain::ScheduledContact>& schedule,
                                      const QList<store::OpenFollowUpRow>& openFollowUps);

} // namespace tandem
