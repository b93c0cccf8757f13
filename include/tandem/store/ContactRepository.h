#pragma once

#include "tandem/core/Contact.h"
#include "tandem/core/Result.h"

namespace tandem::store {

class Database;

// A follow-up action with the contact it came from, for completing it.
struct ActionRow {
    FollowUpAction action;
    QString contactUuid;
    QString familyUuid;
    QDate contactDate;
};

// Contacts, the children they covered and their follow-up actions. Notes are NoteRepository's.
// Callers own the transaction, audit entry and timeline.
class ContactRepository {
public:
    explicit ContactRepository(Database& db) : m_db(db) {}

    // Contact, contact_child rows and actions; uuids are set by the caller. Sets meta.
    Result<void> insert(Contact& contact, const QString& actor, const QString& at);
    // Newest first, with children and actions, without notes.
    Result<QList<Contact>> forFamily(const QString& familyUuid) const;
    Result<QList<Contact>> forChild(const QString& childUuid) const;
    Result<Contact> load(const QString& contactUuid) const;

    // Merging records: contacts (and notes) that covered the duplicate cover the kept child; a
    // contact that covered both keeps one link.
    Result<void> moveChild(const QString& fromChildUuid, const QString& toChildUuid);

    Result<ActionRow> loadAction(const QString& actionUuid) const;
    Result<void> completeAction(const QString& actionUuid, const QDate& doneOn, const QString& actor, const QString& at);
    // Actions not done, soonest due first.
    Result<QList<FollowUpAction>> openActions(const QString& familyUuid) const;

private:
    Result<QList<Contact>> select(const QString& where, const QVariantList& params) const;
    Result<void> attach(QList<Contact>& contacts) const;
    Database& m_db;
};

} // namespace tandem::store
