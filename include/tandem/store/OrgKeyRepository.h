#pragma once

#include "tandem/core/Result.h"
#include "tandem/sharing/OrgKeys.h"

#include <optional>

namespace tandem::store {

class Database;

// The organisation's key pairs (one row). Secrets go from the encrypted store straight into
// sodium_malloc memory.
class OrgKeyRepository {
public:
    explicit OrgKeyRepository(Database& db) : m_db(db) {}

    Result<std::optional<sharing::OrgKeys>> load() const;
    Result<void> insert(const sharing::OrgKeys& keys, const QString& at);

private:
    Database& m_db;
};

} // namespace tandem::store
