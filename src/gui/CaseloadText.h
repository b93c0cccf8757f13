#pragma once

#include "tandem/services/VisitTypes.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace tandem::gui {

// How the caseload, the booking dialog and the day plan write children, contacts and visits
// as text. Pure formatting, translated once here so the screen and the paper agree.
namespace CaseloadText {

// "5 days", "3 weeks", "7 months", "2 years 3 months"; "unborn, due 3 Feb 2027"; empty when
// neither date is known. Chronological age on the given day.
QString age(const std::optional<QDate>& dateOfBirth, const std::optional<QDate>& expectedDelivery, const QDate& on);
QString age(const CaseloadChild& child, const QDate& on);
// "Ada (7 months)"; just the name when no date is known.
QString childWithAge(const CaseloadChild& child, const QDate& on);
// "today", "tomorrow", "yesterday", "in 3 days", "3 days ago".
QString relativeDay(const QDate& date, const QDate& today);
// "Overdue", "Due", ...: domain::statusDisplayName, never empty.
QString status(const domain::ScheduledContact& contact);
// "Overdue: was due by 3 Mar 2026 (12 days ago)", "Due by 20 Mar 2026 (in 5 days)",
// "Not yet due: from 1 Apr 2026, due by 14 Apr 2026".
QString deadline(const domain::ScheduledContact& contact, const QDate& today);
// "Tue 24 Nov 2026, 10:30"; without the year when it is today's year.
QString dateTime(const QDateTime& when, const QDate& today = {});
// "09:30–10:30 (60 min)"
QString visitTime(const Appointment& appointment);
// "New birth visit · Home"
QString visitKind(const Appointment& appointment);

// Flags (CaseloadService): development, and consents to share about to lapse; the marker the caseload shows them with, "⚑".
QString flagMarker();
// "Follow-up needed" (an assessment that needs one has no plan), "Review due", "Consent expiring"
QString flagKind(const AssessmentFlag& flag);
// The caseload's Flags cell: "⚑ Follow-up needed" over "⚑ Review due", with the child's
// given name when the household has several ("⚑ Kai: Review due"); with more than two flags, the
// first and "and 2 more". Empty when no child has a flag.
QString flagSummary(const CaseloadEntry& entry);
// Every flag in full, one per line: "Ada: ASQ-3 on 03/02/2026 below cutoff: no follow-up recorded".
QStringList flagDetails(const CaseloadEntry& entry);

} // namespace CaseloadText
} // namespace tandem::gui
