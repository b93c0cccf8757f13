#pragma once

#include "tandem/core/ChildSummary.h"
#include "tandem/core/Family.h"
#include "tandem/core/Result.h"

#include <optional>

namespace tandem::store {

class Database;

// Child rows. Callers own the transaction, audit, timeline and search refresh.
class ChildRepository {
public:
    explicit ChildRepository(Database& db) : m_db(db) {}

    Result<void> insert(const QString& familyUuid, Child& child, const QString& actor, const QString& at);
    // Active or merged (mergedInto set) children; NotFound when missing or deleted.
    Result<Child> load(const QString& childUuid) const;
    Result<QList<Child>> forFamily(const QString& familyUuid) const; // active only, eldest first
    // Conflict when the stored version is not child.meta.version; sets the new meta.
    Result<void> update(Child& child, const QString& actor, const QString& at);
    Result<void> softDelete(const QString& childUuid, const QString& reason, const QString& actor, const QString& at);
    Result<void> markMerged(const QString& duplicateUuid, const QString& keepUuid, const QString& actor, const QString& at);

    // Active child holding this NHS number, other than ignoreUuid.
    Result<std::optional<ChildSummary>> withNhsNumber(const QString& nhsNumber, const QString& ignoreUuid = {}) const;
    // Active children born (or due) on this date, other than ignoreUuid.
    Result<QList<ChildSummary>> bornOn(const QDate& date, bool unborn, const QString& ignoreUuid = {}) const;
    Result<ChildSummary> summary(const QString& childUuid) const;

private:
    Database& m_db;
};

} // namespace tandem::store
