#pragma once

#include "tandem/core/Result.h"
#include "tandem/core/User.h"

#include <QList>
#include <optional>

namespace tandem::store {

class Database;

// The app_user table. Callers own the transaction and the audit entry.
class UserRepository {
public:
    explicit UserRepository(Database& db) : m_db(db) {}

    Result<void> insert(const User& user, const QString& keyslotId, const QString& actor, const QString& at);
    Result<std::optional<User>> findByUuid(const QString& uuid) const;
    Result<std::optional<User>> findByUsername(const QString& username) const; // includes removed users
    Result<QList<User>> list(bool includeRemoved) const;
    Result<QString> keyslotId(const QString& uuid) const;
    Result<void> setKeyslotId(const QString& uuid, const QString& keyslotId, const QString& actor, const QString& at);
    Result<void> markRemoved(const QString& uuid, const QString& actor, const QString& at);

private:
    Database& m_db;
};

} // namespace tandem::store
