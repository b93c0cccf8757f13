#pragma once

#include "tandem/core/Involvement.h"
#include "tandem/core/Result.h"

namespace tandem::store {

class Database;

// Services and workers involved with a household.
class InvolvementRepository {
public:
    explicit InvolvementRepository(Database& db) : m_db(db) {}

    Result<void> insert(Involvement& involvement, const QString& actor, const QString& at);
    // Active first (key worker first), then ended; contacts counted from the timeline.
    Result<QList<Involvement>> forFamily(const QString& familyUuid) const;
    Result<Involvement> load(const QString& involvementUuid) const;
    Result<void> end(const QString& involvementUuid, const QDate& until, const QString& actor, const QString& at);
    // Clears the key-worker flag on the household's other rows.
    Result<void> clearKeyWorker(const QString& familyUuid, const QString& actor, const QString& at);
    // Makes this involvement the household's key worker (lead professional).
    Result<void> markKeyWorker(const QString& involvementUuid, const QString& actor, const QString& at);

private:
    Database& m_db;
};

} // namespace tandem::store
