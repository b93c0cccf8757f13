#pragma once

#include "tandem/core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace tandem::store {

class Database;

// A field a partner changed while it was also changed here: both values wait for a person.
struct StoredConflict {
    QString uuid;
    QString partnerUuid;
    QString bundleUuid;
    QString familyUuid;
    QString childUuid;       // the child whose entry carried the value
    QString entityUuid;      // the child, its household or an adult
    QString field;           // field key, e.g. "child.gpPractice", "family.postcode", "adult.phone"
    QString localValue;      // stored forms (ISO dates, "true"/"false")
    QString partnerValue;
    QString detectedAt;      // store timestamp
    QString resolvedAt;      // empty while open
    QString resolvedBy;
    QString resolution;      // "local" or "partner" once resolved
    // Filled when read.
    QString partnerCode;
    QString partnerName;
    QString childName;
    QString adultName;       // when the entity is an adult
};

// share_conflict rows. Callers own the transaction, audit and timeline.
class ShareConflictRepository {
public:
    explicit ShareConflictRepository(Database& db) : m_db(db) {}

    // Assigns a uuid when empty.
    Result<void> insert(StoredConflict& conflict);
    // The open conflict from this partner about this field, if any.
    Result<std::optional<StoredConflict>> openFor(const QString& partnerUuid, const QString& entityUuid, const QString& field) const;
    // Newer values for an open conflict (a later bundle).
    Result<void> refresh(const QString& uuid, const QString& bundleUuid, const QString& localValue, const QString& partnerValue,
                         const QString& detectedAt);
    // Open conflicts of a household, or of every household when familyUuid is empty; oldest first.
    Result<QList<StoredConflict>> open(const QString& familyUuid = {}) const;
    Result<std::optional<StoredConflict>> load(const QString& uuid) const;
    // Conflict error when it was already resolved; NotFound when missing.
    Result<void> resolve(const QString& uuid, const QString& resolution, const QString& actor, const QString& at);
    // Open conflicts from this partner about the child; returns the uuids removed.
    Result<QStringList> removeOpenFor(const QString& partnerUuid, const QString& childUuid);

private:
    Result<QList<StoredConflict>> select(const QString& where, const QVariantList& params) const;
    Database& m_db;
};

} // namespace tandem::store
