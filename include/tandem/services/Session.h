#pragma once

#include "tandem/core/Clock.h"
#include "tandem/core/Permission.h"
#include "tandem/core/Result.h"
#include "tandem/core/SecureBuffer.h"
#include "tandem/core/User.h"
#include "tandem/store/Kdf.h"

#include <memory>

namespace tandem::store {
class Database;
class AuditLog;
}

namespace tandem {

// An unlocked store plus the signed-in user. Locking means destroying this object: the
// database connection closes and the data key is wiped with it.
class Session {
public:
    Session(std::unique_ptr<store::Database> db, SecureBuffer dataKey, QString storePath, QString storeUuid, User user,
            Organisation organisation, const Clock& clock, store::KdfParams newSlotKdf);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    const User& user() const { return m_user; }
    const Organisation& organisation() const { return m_organisation; }
    const Clock& clock() const { return m_clock; }
    const QString& storePath() const { return m_storePath; }
    const QString& storeUuid() const { return m_storeUuid; }

    // PermissionDenied with a sentence naming the role and the action, or success.
    Result<void> require(Permission permission) const;
    bool can(Permission permission) const { return roleHas(m_user.role, permission); }

    // For services only.
    store::Database& database() { return *m_db; }
    const SecureBuffer& dataKey() const { return m_dataKey; }
    // Cost for keyslots this session writes: the production cost unless the store was opened for tests.
    store::KdfParams newSlotKdf() const { return m_newSlotKdf.withFreshSalt(); }
    QString now() const;
    // The user's calendar day (local time), for date-of-birth and due-date rules.
    QDate today() const;
    // Appends an audit entry as the signed-in user; call inside the change's transaction.
    Result<void> audit(const QString& action, const QString& entity, const QStringList& recordIds);

private:
    std::unique_ptr<store::Database> m_db;
    SecureBuffer m_dataKey;
    QString m_storePath;
    QString m_storeUuid;
    User m_user;
    Organisation m_organisation;
    const Clock& m_clock;
    store::KdfParams m_newSlotKdf;
};

} // namespace tandem
