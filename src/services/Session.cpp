#include "tandem/services/Session.h"
#include "tandem/store/AuditLog.h"
#include "tandem/store/Database.h"

namespace tandem {

Session::Session(std::unique_ptr<store::Database> db, SecureBuffer dataKey, QString storePath, QString storeUuid, User user,
                 Organisation organisation, const Clock& clock, store::KdfParams newSlotKdf)
    : m_db(std::move(db))
    , m_dataKey(std::move(dataKey))
    , m_storePath(std::move(storePath))
    , m_storeUuid(std::move(storeUuid))
    , m_user(std::move(user))
    , m_organisation(std::move(organisation))
    , m_clock(clock)
    , m_newSlotKdf(std::move(newSlotKdf))
{
}

Session::~Session()
{
    m_db.reset();      // close (and checkpoint) before the key goes
    m_dataKey.wipe();
}

Result<void> Session::require(Permission permission) const
{
    if (can(permission))
        return {};
    // Administrators cannot be told to ask an administrator: their role is the boundary.
    const char* text = m_user.role == Role::Administrator
                           ? "Your role (%1) does not allow you to %2; that is a practitioner's work."
                           : "Your role (%1) does not allow you to %2. Ask an administrator.";
    return makeError(ErrorCode::PermissionDenied, QCoreApplication::translate("tandem::Session", text)
                                                      .arg(roleDisplayName(m_user.role), permissionDisplayName(permission)));
}

QString Session::now() const { return toStoreTimestamp(m_clock.nowUtc()); }

QDate Session::today() const { return m_clock.nowUtc().toLocalTime().date(); }

Result<void> Session::audit(const QString& action, const QString& entity, const QStringList& recordIds)
{
    auto seq = store::AuditLog(*m_db).append(m_clock.nowUtc(), m_user.uuid, action, entity, recordIds);
    TANDEM_TRY(seq);
    return {};
}

} // namespace tandem
