#include "tandem/store/StoreInfoRepository.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

namespace tandem::store {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::store::StoreInfoRepository", text); }
}

Result<void> StoreInfoRepository::initialise(const QString& storeUuid, const Organisation& org, const QString& at)
{
    TANDEM_TRY(m_db.run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('format', 'tandem-store'), ('store_uuid', ?), ('created_at', ?)"),
                        {storeUuid, at}));
    return m_db.run(QStringLiteral("INSERT INTO organisation (id, uuid, name, code, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?)"),
                    {org.uuid, org.name, org.code, at, at});
}

Result<QString> StoreInfoRepository::storeUuid() const
{
    auto st = m_db.query(QStringLiteral("SELECT (SELECT value FROM meta WHERE key = 'format'), (SELECT value FROM meta WHERE key = 'store_uuid')"));
    TANDEM_TRY(st);
    auto row = st.value().next();
    TANDEM_TRY(row);
    if (!row.value() || st.value().text(0) != QLatin1String("tandem-store") || st.value().text(1).isEmpty())
        return makeError(ErrorCode::NotAStore, tr("The database is readable but is not a Tandem store."));
    return st.value().text(1);
}

Result<Organisation> StoreInfoRepository::organisation() const
{
    auto st = m_db.query(QStringLiteral("SELECT uuid, name, code FROM organisation WHERE id = 1"));
    TANDEM_TRY(st);
    auto row = st.value().next();
    TANDEM_TRY(row);
    if (!row.value())
        return makeError(ErrorCode::NotAStore, tr("The store does not record its organisation."));
    return Organisation{st.value().text(0), st.value().text(1), st.value().text(2)};
}

} // namespace tandem::store
