#pragma once

#include "tandem/core/Result.h"
#include "tandem/domain/ContactSchedule.h"

#include <QHash>

namespace tandem::store {

class Database;

// What the schedule is computed from, read in bulk: mandated contacts that covered each
// child, and decisions (declined / not applicable) about them.
class ScheduleRepository {
public:
    explicit ScheduleRepository(Database& db) : m_db(db) {}

    // Keyed by child uuid.
    Result<QHash<QString, QList<domain::ScheduleContact>>> contactsForFamily(const QString& familyUuid) const;
    Result<QHash<QString, QList<domain::ScheduleExclusion>>> decisionsForFamily(const QString& familyUuid) const;
    // Every family whose named health visitor is the worker.
    Result<QHash<QString, QList<domain::ScheduleContact>>> contactsForWorker(const QString& workerUuid) const;
    Result<QHash<QString, QList<domain::ScheduleExclusion>>> decisionsForWorker(const QString& workerUuid) const;

    Result<void> insertDecision(const QString& uuid, const QString& childUuid, const QString& familyUuid,
                                domain::MandatedContact contact, bool declined, const QString& reason, const QDate& on,
                                const QString& actor, const QString& at);
    // Soft-deletes the active decisions for the contact; returns how many there were.
    Result<int> clearDecisions(const QString& childUuid, domain::MandatedContact contact, const QString& actor, const QString& at);

private:
    Result<QHash<QString, QList<domain::ScheduleContact>>> contacts(const QString& familyWhere, const QString& param) const;
    Result<QHash<QString, QList<domain::ScheduleExclusion>>> decisions(const QString& familyWhere, const QString& param) const;
    Database& m_db;
};

} // namespace tandem::store
