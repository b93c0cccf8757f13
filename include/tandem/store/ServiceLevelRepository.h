#pragma once

#include "tandem/core/Result.h"
#include "tandem/core/ServiceLevel.h"

#include <QHash>

namespace tandem::store {

class Database;

class ServiceLevelRepository {
public:
    explicit ServiceLevelRepository(Database& db) : m_db(db) {}

    Result<void> insert(ServiceLevelChange& change, const QString& actor, const QString& at);
    // Newest first (by effective date, then by when recorded).
    Result<QList<ServiceLevelChange>> history(const QString& familyUuid) const;
    // Current level token per family whose named health visitor is the worker; families
    // without a recorded level are absent.
    Result<QHash<QString, QString>> currentForWorker(const QString& workerUuid) const;

private:
    Database& m_db;
};

} // namespace tandem::store
