#pragma once

#include "tandem/core/Result.h"
#include "tandem/core/Sharing.h"

#include <optional>

namespace tandem::store {

class Database;

class PartnerRepository {
public:
    explicit PartnerRepository(Database& db) : m_db(db) {}

    // Assigns meta. Conflict error when the code or a key is already used by another partner.
    Result<void> insert(Partner& partner, const QString& actor, const QString& at);
    Result<QList<Partner>> list() const; // by name
    Result<std::optional<Partner>> byCode(const QString& code) const; // case-insensitive
    Result<std::optional<Partner>> byUuid(const QString& uuid) const;
    Result<void> setLastSent(const QString& partnerUuid, const QString& at);
    Result<void> setLastReceived(const QString& partnerUuid, const QString& at);

private:
    Database& m_db;
};

} // namespace tandem::store
