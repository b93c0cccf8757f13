#pragma once

#include "tandem/core/Contact.h"
#include "tandem/domain/RecordRules.h"

#include <QDateTime>

namespace tandem::domain {

// Checks and normalises a contact before it is stored. Pure: the draft, the family's
// children and "now" (local) in, issues out. Trims and collapses whitespace in one-line free
// text; note text is only trimmed, keeping its line breaks. A child listed twice is listed once.
namespace ContactRules {

constexpr int kMaxDurationMinutes = 480;
constexpr int kMaxOutcome = 2000;
constexpr int kMaxPeoplePresent = 500;
constexpr int kMaxActionText = 500;
constexpr int kMaxOwner = 200;
constexpr int kMaxNote = 20000;
constexpr int kMaxReason = 500;

// Field keys: "contact.occurredAt", "contact.type", "contact.place", "contact.children",
// "contact.duration", "contact.outcome", "contact.peoplePresent", "actions[i].description",
// "actions[i].dueOn", "actions[i].owner", "notes[i].text".
// Rules: occurredAt valid, not after now, not more than 2 years before now; type and place
// are known tokens; at least one child, each one of familyChildren; a contact at or after
// birth cannot be antenatal, and a contact before a child's birth cannot be one of the four
// mandated reviews after birth (new birth .. 2 year), while additional, clinic, phone-video
// and missed attempts may fall either side of it (for every child covered); duration 1..480
// minutes, or 0..480 for not-brought / no-access; outcome at most 2000 characters, required
// (1+) unless the type is a missed attempt; peoplePresent at most 500; each action has a
// description (1..500), a due date on or after the contact's date and an owner (1..200);
// each note 1..20000 characters.
[[nodiscard]] FieldIssues checkContact(Contact& contact, const QList<Child>& familyChildren, const QDateTime& now);

// A note written on its own: text 1..20000 characters (field "note.text").
[[nodiscard]] FieldIssues checkNote(Note& note);

// A reason for a service level change, a declined / not applicable decision, moving away or
// cancelling an appointment: 5..500 characters after trimming. field names the form field.
[[nodiscard]] FieldIssues checkReason(QString& reason, const QString& field);

} // namespace ContactRules
} // namespace tandem::domain
