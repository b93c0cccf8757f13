#pragma once

#include "tandem/core/Result.h"
#include "tandem/core/User.h"

namespace tandem::store {

class Database;

// The store's identity (meta table) and its one organisation.
class StoreInfoRepository {
public:
    explicit StoreInfoRepository(Database& db) : m_db(db) {}

    Result<void> initialise(const QString& storeUuid, const Organisation& org, const QString& at);
    Result<QString> storeUuid() const;
    Result<Organisation> organisation() const;

private:
    Database& m_db;
};

} // namespace tandem::store
