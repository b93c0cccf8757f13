#pragma once

#include "tandem/core/Result.h"
#include "tandem/domain/InstrumentDefinition.h"

namespace tandem::store {

class Database;

// Administrators' corrections to instrument thresholds, kept as history (never updated).
class ThresholdRepository {
public:
    explicit ThresholdRepository(Database& db) : m_db(db) {}

    Result<void> insert(const domain::ThresholdOverride& change, const QString& actor);
    // Oldest first, so applying them in order leaves the latest value of each threshold.
    Result<QList<domain::ThresholdOverride>> all() const;

private:
    Database& m_db;
};

} // namespace tandem::store
