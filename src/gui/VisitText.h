#pragma once

#include "tandem/core/Contact.h"
#include "tandem/core/Family.h"
#include "tandem/domain/ContactSchedule.h"
#include "tandem/services/VisitTypes.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace tandem::gui {

// How the health-visiting parts of the record screen write contacts, notes and the
// mandated-contact schedule as text. Pure formatting, translated once here (as RecordText).
namespace VisitText {

QString dateRange(const QDate& from, const QDate& to); // "12–16 Mar 2026", "26 Feb–12 Mar 2026"
QString dateTime(const QDateTime& local);              // "12 Mar 2026, 10:30"
QString duration(int minutes);                         // "45 min", "1 h 30 min", "—" for 0
// "10–14 days: 12–16 Mar 2026"; "(estimated)" appended for an estimated window.
QString window(const domain::ScheduledContact& contact);
// The status word with a symbol, so it never rests on colour: "✓ Done on time", "! Overdue".
QString status(domain::ContactStatus status);
// The last column of the schedule: "14 Mar 2026", "Declined: moved to grandparents' (recorded 3 Mar 2026)".
QString outcome(const domain::ScheduledContact& contact);
// A child's name for one of the family's children ("Ada Ashdown"), or empty.
QString childName(const Family& family, const QString& childUuid);
QString childNames(const Family& family, const QStringList& childUuids); // "Ada Ashdown, Kai Ashdown"
QString contactKind(const Contact& contact); // "New birth visit · Home"
// "Weigh Ada at the clinic — due 19 Mar 2026, Mum" plus ", done 17 Mar 2026" when done.
QString action(const FollowUpAction& action);
// "Restricted note (Health visiting only) — 12 Mar 2026, by Amara Nwosu"
QString restrictedNoteHeading(const Note& note);
// What each reader will see, for the line under a restriction choice.
QString restrictionExplanation(NoteRestriction restriction);
// The restrictions a writer may choose, in the order offered.
QList<NoteRestriction> restrictionChoices(bool canWriteHealthVisiting);
// "Universal plus, since 3 Mar 2026"; "Universal (no level recorded yet)".
QString serviceLevel(const CareTeam& team);
// For the log contact dialog: which mandated contact a contact of this type on this day will
// complete for each child. Empty when the type is not mandated (or nobody is covered).
QString scheduleHint(const QString& contactType, const QDate& on, const QList<ChildSchedule>& schedules,
                     const QStringList& childUuids);

} // namespace VisitText
} // namespace tandem::gui
