#include "tandem/store/OrgKeyRepository.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

namespace tandem::store {

namespace {
// Wraps secret bytes for binding without a heap copy: SQLite copies them itself (SQLITE_TRANSIENT).
QByteArray borrowed(const SecureBuffer& secret)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size()));
}
}

Result<std::optional<sharing::OrgKeys>> OrgKeyRepository::load() const
{
    auto st = m_db.query(QStringLiteral("SELECT encryption_public, encryption_secret, signing_public, signing_secret FROM org_key WHERE id = 1"));
    TANDEM_TRY(st);
    auto row = st.value().next();
    TANDEM_TRY(row);
    if (!row.value())
        return std::optional<sharing::OrgKeys>();
    auto keys = sharing::OrgKeys::fromStored(st.value().blob(0), st.value().secureBlob(1), st.value().blob(2), st.value().secureBlob(3));
    TANDEM_TRY(keys);
    return std::optional<sharing::OrgKeys>(std::move(keys.value()));
}

Result<void> OrgKeyRepository::insert(const sharing::OrgKeys& keys, const QString& at)
{
    return m_db.run(QStringLiteral("INSERT INTO org_key (id, encryption_public, encryption_secret, signing_public, signing_secret, created_at) "
                                   "VALUES (1, ?, ?, ?, ?, ?)"),
                    {keys.encryptionPublic(), borrowed(keys.encryptionSecret()), keys.signingPublic(), borrowed(keys.signingSecret()), at});
}

} // namespace tandem::store
