#include "tandem/services/UserService.h"
#include "tandem/core/AccountRules.h"
#include "tandem/services/Session.h"
#include "tandem/store/Database.h"
#include "tandem/store/KeyslotFile.h"
#include "tandem/store/Transaction.h"
#include "tandem/store/UserRepository.h"

#include <QUuid>

namespace tandem {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::UserService", text); }
}

Result<User> UserService::activeUser(const QString& username) const
{
    auto found = store::UserRepository(m_session.database()).findByUsername(username);
    TANDEM_TRY(found);
    if (!found.value() || !found.value()->active)
        return makeError(ErrorCode::NotFound, tr("There is no active user called \"%1\".").arg(username.trimmed().left(40)));
    return *found.value();
}

Result<void> UserService::commitWithKeys(store::Transaction& txn, const store::KeyslotFile& before, const store::KeyslotFile& after)
{
    const QString keysPath = store::KeyslotFile::pathFor(m_session.storePath());
    TANDEM_TRY(after.save(keysPath));
    auto committed = txn.commit();
    if (!committed.ok())
        (void)before.save(keysPath); // the database kept the old state; so must the key file
    return committed;
}

Result<User> UserService::addUser(const NewUser& request, const SecureBuffer& passphrase)
{
    TANDEM_TRY(m_session.require(Permission::ManageUsers));
    auto username = AccountRules::username(request.username);
    TANDEM_TRY(username);
    auto displayName = AccountRules::displayName(request.displayName);
    TANDEM_TRY(displayName);
    TANDEM_TRY(AccountRules::passphrase(passphrase));

    store::UserRepository users(m_session.database());
    auto existing = users.findByUsername(username.value());
    TANDEM_TRY(existing);
    if (existing.value())
        return makeError(ErrorCode::Conflict, existing.value()->active
                                                  ? tr("User name \"%1\" is already taken.").arg(username.value())
                                                  : tr("User name \"%1\" belonged to a removed account and cannot be reused, so the audit trail stays unambiguous.")
                                                        .arg(username.value()));

    User user;
    user.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    user.username = username.value();
    user.displayName = displayName.value();
    user.role = request.role;
    user.createdAt = m_session.clock().nowUtc();

    auto keys = store::KeyslotFile::load(store::KeyslotFile::pathFor(m_session.storePath()));
    TANDEM_TRY(keys);
    auto slot = store::Keyslot::create(m_session.storeUuid(), user.uuid, user.username, passphrase, m_session.dataKey(),
                                       m_session.newSlotKdf());
    TANDEM_TRY(slot);
    store::KeyslotFile updated = keys.value();
    updated.put(slot.value());

    auto txn = store::Transaction::begin(m_session.database());
    TANDEM_TRY(txn);
    TANDEM_TRY(users.insert(user, slot.value().id, m_session.user().uuid, m_session.now()));
    TANDEM_TRY(m_session.audit(QStringLiteral("user.add"), QStringLiteral("user"), {user.uuid}));
    TANDEM_TRY(commitWithKeys(txn.value(), keys.value(), updated));
    return user;
}

Result<void> UserService::changePassphrase(const QString& username, const SecureBuffer& newPassphrase)
{
    auto target = activeUser(username);
    TANDEM_TRY(target);
    if (target.value().uuid != m_session.user().uuid)
        TANDEM_TRY(m_session.require(Permission::ManageUsers));
    TANDEM_TRY(AccountRules::passphrase(newPassphrase));

    auto keys = store::KeyslotFile::load(store::KeyslotFile::pathFor(m_session.storePath()));
    TANDEM_TRY(keys);
    auto slot = store::Keyslot::create(m_session.storeUuid(), target.value().uuid, target.value().username, newPassphrase,
                                       m_session.dataKey(), m_session.newSlotKdf());
    TANDEM_TRY(slot);
    store::KeyslotFile updated = keys.value();
    updated.put(slot.value());

    auto txn = store::Transaction::begin(m_session.database());
    TANDEM_TRY(txn);
    TANDEM_TRY(store::UserRepository(m_session.database()).setKeyslotId(target.value().uuid, slot.value().id, m_session.user().uuid, m_session.now()));
    TANDEM_TRY(m_session.audit(QStringLiteral("user.passphrase-change"), QStringLiteral("user"), {target.value().uuid}));
    return commitWithKeys(txn.value(), keys.value(), updated);
}

Result<void> UserService::removeUser(const QString& username)
{
    TANDEM_TRY(m_session.require(Permission::ManageUsers));
    auto target = activeUser(username);
    TANDEM_TRY(target);
    if (target.value().uuid == m_session.user().uuid)
        return makeError(ErrorCode::Invalid, tr("You cannot remove your own account; ask another administrator."));
    // The caller is an administrator and cannot remove themself, so one always remains.
    store::UserRepository users(m_session.database());

    auto keys = store::KeyslotFile::load(store::KeyslotFile::pathFor(m_session.storePath()));
    TANDEM_TRY(keys);
    store::KeyslotFile updated = keys.value();
    updated.removeUser(target.value().uuid);

    auto txn = store::Transaction::begin(m_session.database());
    TANDEM_TRY(txn);
    TANDEM_TRY(users.markRemoved(target.value().uuid, m_session.user().uuid, m_session.now()));
    TANDEM_TRY(m_session.audit(QStringLiteral("user.remove"), QStringLiteral("user"), {target.value().uuid}));
    return commitWithKeys(txn.value(), keys.value(), updated);
}

Result<QList<User>> UserService::listUsers(bool includeRemoved) const
{
    return store::UserRepository(m_session.database()).list(includeRemoved);
}

} // namespace tandem
