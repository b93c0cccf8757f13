#include "tandem/store/UserRepository.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

namespace tandem::store {

namespace {

const QString kColumns = QStringLiteral("uuid, username, display_name, role, active, created_at");

User readUser(const Statement& st)
{
    User u;
    u.uuid = st.text(0);
    u.username = st.text(1);
    u.displayName = st.text(2);
    u.role = roleFromToken(st.text(3)).value_or(Role::HealthVisitor);
    u.active = st.integer(4) != 0;
    u.createdAt = QDateTime::fromString(st.text(5), Qt::ISODateWithMs);
    return u;
}

Result<std::optional<User>> findOne(Database& db, const QString& where, const QString& value)
{
    auto st = db.query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM app_user WHERE ") + where, {value});
    TANDEM_TRY(st);
    auto row = st.value().next();
    TANDEM_TRY(row);
    if (!row.value())
        return std::optional<User>();
    return std::optional<User>(readUser(st.value()));
}

} // namespace

Result<void> UserRepository::insert(const User& user, const QString& keyslotId, const QString& actor, const QString& at)
{
    return m_db.run(QStringLiteral("INSERT INTO app_user (uuid, username, display_name, role, keyslot_id, active, "
                                   "created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)"),
                    {user.uuid, user.username, user.displayName, roleToken(user.role), keyslotId, at, actor, at, actor});
}

Result<std::optional<User>> UserRepository::findByUuid(const QString& uuid) const
{
    return findOne(m_db, QStringLiteral("uuid = ?"), uuid);
}

Result<std::optional<User>> UserRepository::findByUsername(const QString& username) const
{
    return findOne(m_db, QStringLiteral("username = ?"), username.trimmed());
}

Result<QList<User>> UserRepository::list(bool includeRemoved) const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM app_user")
                         + (includeRemoved ? QString() : QStringLiteral(" WHERE active = 1"))
                         + QStringLiteral(" ORDER BY username"));
    TANDEM_TRY(st);
    QList<User> users;
    for (;;) {
        auto row = st.value().next();
        TANDEM_TRY(row);
        if (!row.value())
            break;
        users.append(readUser(st.value()));
    }
    return users;
}

Result<QString> UserRepository::keyslotId(const QString& uuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT keyslot_id FROM app_user WHERE uuid = ?"), {uuid});
    TANDEM_TRY(st);
    auto row = st.value().next();
    TANDEM_TRY(row);
    if (!row.value())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("tandem::store::UserRepository", "That user does not exist."));
    return st.value().text(0);
}

Result<void> UserRepository::setKeyslotId(const QString& uuid, const QString& keyslotId, const QString& actor, const QString& at)
{
    return m_db.run(QStringLiteral("UPDATE app_user SET keyslot_id = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                                   "WHERE uuid = ?"),
                    {keyslotId, at, actor, uuid});
}

Result<void> UserRepository::markRemoved(const QString& uuid, const QString& actor, const QString& at)
{
    return m_db.run(QStringLiteral("UPDATE app_user SET active = 0, keyslot_id = '', removed_at = ?, removed_by = ?, "
                                   "updated_at = ?, updated_by = ?, version = version + 1 WHERE uuid = ?"),
                    {at, actor, at, actor, uuid});
}

} // namespace tandem::store
