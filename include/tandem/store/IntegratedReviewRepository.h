#pragma once

#include "tandem/core/Assessment.h"
#include "tandem/core/Result.h"

namespace tandem::store {

class Database;

// Integrated reviews. Time, place, practitioner, people present, duration and agreed actions
// are the two-year contact's (ContactRepository); they are read back joined from it.
// Callers own the transaction, audit entry and timeline.
class IntegratedReviewRepository {
public:
    explicit IntegratedReviewRepository(Database& db) : m_db(db) {}

    // uuid and contactUuid set by the caller; the contact must already be stored. Sets meta.
    Result<void> insert(IntegratedReview& review, const QString& actor, const QString& at);
    Result<IntegratedReview> load(const QString& uuid) const;
    // Merging records: the duplicate's reviews become the kept child's (and household's).
    Result<void> moveChild(const QString& fromChildUuid, const QString& toChildUuid, const QString& toFamilyUuid,
                           const QString& actor, const QString& at);
    // Newest first, without actions (ContactRepository has them).
    Result<QList<IntegratedReview>> forChild(const QString& childUuid) const;

private:
    Result<QList<IntegratedReview>> select(const QString& where, const QVariantList& params) const;
    Database& m_db;
};

} // namespace tandem::store
