#pragma once

#include "tandem/core/Family.h"
#include "tandem/core/Result.h"

namespace tandem::store {

class Database;

// Family, person, child and relationship rows. Callers own the transaction and the audit.
class FamilyRepository {
public:
    explicit FamilyRepository(Database& db) : m_db(db) {}

    // Writes the household with its adults, children and each adult's relationship to each child.
    Result<void> insert(const Family& family, const QString& actor, const QString& at);
    Result<qint64> countFamilies() const;
    Result<qint64> countChildren() const;

private:
    Database& m_db;
};

} // namespace tandem::store
