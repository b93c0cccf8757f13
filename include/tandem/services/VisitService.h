#pragma once

#include "tandem/core/Result.h"
#include "tandem/services/VisitTypes.h"

namespace tandem {

class Session;

// Contacts with families: logging them (with follow-up actions and notes), listing them and
// marking actions done. A logged contact of a mandated type completes that contact on the
// children's schedules (the schedule is computed from contacts; nothing else to update).
// Notes in results follow NoteService's rules: restricted text is never included.
class VisitService {
public:
    explicit VisitService(Session& session) : m_session(session) {}

    // Validates with domain::ContactRules, then writes the contact, its children, actions and
    // notes, a timeline event per child ("contact.<type>", detail = type display name and place,
    // never note text), and one audit entry, in one transaction. Mandated types need
    // Permission::RecordMandatedContacts; others Permission::RecordContacts. Restricted notes
    // follow NoteService's writing rules. If appointmentUuid is given and is a booked
    // appointment for this family, it is marked done with this contact. Returns the stored contact.
    Result<Contact> logContact(Contact draft, const QString& appointmentUuid = {});

    // Newest first. Each contact carries its actions and notes (restricted text withheld).
    Result<QList<Contact>> contactsForFamily(const QString& familyUuid) const;
    Result<QList<Contact>> contactsForChild(const QString& childUuid) const;
    Result<Contact> contact(const QString& contactUuid) const;

    // Marks a follow-up action done on the given day (not in the future, not before the contact).
    Result<void> completeAction(const QString& actionUuid, const QDate& doneOn);

private:
    Session& m_session;
};

} // namespace tandem
