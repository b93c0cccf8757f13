#pragma once

// Internal to the services: the steps every family write shares (registration from the
// form, the CLI, CSV import and the demo generator), so they audit, index and record the
// timeline identically. Call inside the caller's transaction; drafts are already validated.

#include "tandem/core/Result.h"
#include "tandem/domain/RecordRules.h"
#include "tandem/services/FamilyTypes.h"

#include <QDateTime>

namespace tandem {

class Session;

class FamilyWriter {
public:
    explicit FamilyWriter(Session& session) : m_session(session) {}

    Result<DuplicateCheck> duplicates(const Child& draft, const QString& ignoreChildUuid = {}) const;
    // Conflict or NeedsConfirmation error for a duplicate, else success.
    Result<void> refuseDuplicates(const Child& draft, const WriteOptions& options, const QString& ignoreChildUuid = {}) const;

    // Household, adults, children, relationships (each adult to each child as the draft says),
    // key worker involvement, timeline, audit and search index. Assigns uuids.
    Result<void> insertFamily(Family& family, const QDate& movedIn);
    // One child into an existing household, related to the household's adults as given.
    Result<void> insertChild(const QString& familyUuid, Child& child, const QList<Relationship>& relateTo);
    // The same two without the search index and the audit entry, for a bulk writer that
    // refreshes the index once and audits the whole change itself. Return the uuids written.
    Result<QStringList> writeFamily(Family& family, const QDate& movedIn);
    Result<QStringList> writeChild(const QString& familyUuid, Child& child, const QList<Relationship>& relateTo);

    // One relationship per adult of the household (as they are to its eldest child), for
    // relating them to a new child the same way.
    Result<QList<Relationship>> householdRelationships(const QString& familyUuid) const;

    Result<void> timeline(const QString& familyUuid, const QString& childUuid, const QString& kind, const QString& detail,
                          const QDateTime& occurredAt = {});
    // Names the user's role's service for a key worker who is a user of this store.
    static QString serviceForRole(const QString& roleToken);

    // The practitioner a contact or assessment is recorded for: the signed-in user when
    // userUuid is empty (it is then set), else an active user of this store. Their display name.
    Result<QString> practitionerName(QString& userUuid) const;

    static QString newUuid();
    // Invalid error naming the first problem and how many more; success when there are none.
    static Result<void> refuseIssues(const QList<domain::FieldIssue>& issues);

private:
    Session& m_session;
};

} // namespace tandem
