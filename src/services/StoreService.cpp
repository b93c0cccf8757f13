#include "tandem/services/StoreService.h"
#include "tandem/core/AccountRules.h"
#include "tandem/core/Sodium.h"
#include "tandem/store/AuditLog.h"
#include "tandem/store/Database.h"
#include "tandem/store/KeyslotFile.h"
#include "tandem/store/OrgKeyRepository.h"
#include "tandem/store/Schema.h"
#include "tandem/store/StoreInfoRepository.h"
#include "tandem/store/Transaction.h"
#include "tandem/store/UserRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <sodium.h>

namespace tandem {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::StoreService", text); }
QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

Error wrongCredentials() { return makeError(ErrorCode::WrongPassphrase, tr("The user name or passphrase is not correct.")); }

void removeStoreFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
    QFile::remove(store::KeyslotFile::pathFor(path));
}

Result<void> createInto(const QString& path, const CreateStoreRequest& r, const QString& orgName, const QString& orgCode,
                        const QString& adminName, const QString& adminDisplay, const SecureBuffer& passphrase, const Clock& clock)
{
    using namespace store;
    SecureBuffer dataKey(32);
    randombytes_buf(dataKey.data(), dataKey.size());
    const QString storeUuid = newUuid();
    const QString adminUuid = newUuid();
    const QString at = toStoreTimestamp(clock.nowUtc());

    auto slot = Keyslot::create(storeUuid, adminUuid, adminName, passphrase, dataKey, r.kdf);
    TANDEM_TRY(slot);
    KeyslotFile keys = KeyslotFile::empty(storeUuid);
    keys.put(slot.value());

    auto db = Database::open(path, dataKey, Database::Mode::CreateNew);
    TANDEM_TRY(db);
    TANDEM_TRY(Schema::migrate(*db.value()));
    auto txn = Transaction::begin(*db.value());
    TANDEM_TRY(txn);
    const Organisation org{newUuid(), orgName, orgCode};
    TANDEM_TRY(StoreInfoRepository(*db.value()).initialise(storeUuid, org, at));
    auto orgKeys = sharing::OrgKeys::generate();
    TANDEM_TRY(orgKeys);
    TANDEM_TRY(OrgKeyRepository(*db.value()).insert(orgKeys.value(), at));
    User admin;
    admin.uuid = adminUuid;
    admin.username = adminName;
    admin.displayName = adminDisplay;
    admin.role = Role::Administrator;
    TANDEM_TRY(UserRepository(*db.value()).insert(admin, slot.value().id, adminUuid, at));
    AuditLog audit(*db.value());
    TANDEM_TRY(audit.append(clock.nowUtc(), adminUuid, QStringLiteral("store.create"), QStringLiteral("organisation"), {org.uuid}));
    TANDEM_TRY(audit.append(clock.nowUtc(), adminUuid, QStringLiteral("user.add"), QStringLiteral("user"), {adminUuid}));
    TANDEM_TRY(keys.save(KeyslotFile::pathFor(path)));
    return txn.value().commit();
}

// Stores made before sharing existed get their organisation's key pairs on first unlock.
Result<void> ensureOrgKeys(Session& session)
{
    store::OrgKeyRepository repo(session.database());
    auto existing = repo.load();
    TANDEM_TRY(existing);
    if (existing.value())
        return {};
    auto keys = sharing::OrgKeys::generate();
    TANDEM_TRY(keys);
    TANDEM_TRY(repo.insert(keys.value(), session.now()));
    return session.audit(QStringLiteral("org.keys-generate"), QStringLiteral("organisation"), {session.organisation().uuid});
}

} // namespace

QString StoreService::defaultStorePath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("Tandem/demo.tandem"));
}

QString StoreService::keyFilePath(const QString& storePath) { return store::KeyslotFile::pathFor(storePath); }

void StoreService::discardNewStore(const QString& storePath) { removeStoreFiles(QFileInfo(storePath).absoluteFilePath()); }

Result<void> StoreService::create(const CreateStoreRequest& r, const SecureBuffer& passphrase, const Clock& clock)
{
    if (!ensureSodium())
        return makeError(ErrorCode::Internal, tr("The cryptography library could not start."));
    auto orgName = AccountRules::organisationName(r.organisationName);
    TANDEM_TRY(orgName);
    auto orgCode = AccountRules::organisationCode(r.organisationCode);
    TANDEM_TRY(orgCode);
    auto adminName = AccountRules::username(r.adminUsername);
    TANDEM_TRY(adminName);
    auto adminDisplay = AccountRules::displayName(r.adminDisplayName);
    TANDEM_TRY(adminDisplay);
    TANDEM_TRY(AccountRules::passphrase(passphrase));

    if (r.path.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose where to create the store."));
    const QString path = QFileInfo(r.path).absoluteFilePath();
    if (QFileInfo::exists(path) || QFileInfo::exists(store::KeyslotFile::pathFor(path)))
        return makeError(ErrorCode::Conflict, tr("A store already exists at %1; choose another name or remove the old one first.").arg(path));
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder) || !QFileInfo(folder).isDir())
        return makeError(ErrorCode::Io, tr("Cannot create the folder %1: check the path and that you may write there.").arg(folder));

    Result<void> done = createInto(path, r, orgName.value(), orgCode.value(), adminName.value(), adminDisplay.value(), passphrase, clock);
    if (!done.ok()) {
        removeStoreFiles(path); // a half-made store is worse than none
        return done;
    }
    // Encrypted or not, a family record is nobody else's business on a shared machine.
    for (const QString& file : {path, store::KeyslotFile::pathFor(path)})
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    return done;
}

Result<std::unique_ptr<Session>> StoreService::unlock(const UnlockRequest& r, const SecureBuffer& passphrase, const Clock& clock)
{
    using namespace store;
    if (!ensureSodium())
        return makeError(ErrorCode::Internal, tr("The cryptography library could not start."));
    const QString path = QFileInfo(r.path).absoluteFilePath();
    if (!QFileInfo(path).isFile())
        return makeError(ErrorCode::Io, tr("There is no store at %1.").arg(path));
    auto keys = KeyslotFile::load(KeyslotFile::pathFor(path));
    TANDEM_TRY(keys);

    auto slowFailure = [&r](Error e) {
        QThread::msleep(static_cast<unsigned long>(r.failureDelay.count()));
        return e;
    };
    auto slot = keys.value().findByUsername(r.username);
    if (!slot.ok())
        return slowFailure(slot.error().code == ErrorCode::NotFound ? wrongCredentials() : slot.error());
    auto dataKey = slot.value().unwrap(keys.value().storeUuid(), passphrase);
    if (!dataKey.ok())
        return slowFailure(dataKey.error());

    auto db = Database::open(path, dataKey.value(), Database::Mode::OpenExisting);
    TANDEM_TRY(db);
    TANDEM_TRY(Schema::checkReadable(*db.value())); // before anything writes
    auto storeUuid = StoreInfoRepository(*db.value()).storeUuid();
    TANDEM_TRY(storeUuid);
    if (storeUuid.value() != keys.value().storeUuid())
        return makeError(ErrorCode::NotAStore, tr("The key file beside %1 belongs to a different store.").arg(path));
    TANDEM_TRY(Schema::migrate(*db.value()));

    UserRepository users(*db.value());
    auto user = users.findByUuid(slot.value().userUuid);
    TANDEM_TRY(user);
    if (!user.value() || !user.value()->active)
        return slowFailure(makeError(ErrorCode::PermissionDenied, tr("This account has been removed from the store. Ask an administrator.")));
    auto currentSlot = users.keyslotId(user.value()->uuid);
    TANDEM_TRY(currentSlot);
    if (currentSlot.value() != slot.value().id)
        return slowFailure(makeError(ErrorCode::WrongPassphrase,
                                     tr("That passphrase has been replaced. Use your current passphrase, or ask an administrator to reset it.")));
    auto org = StoreInfoRepository(*db.value()).organisation();
    TANDEM_TRY(org);

    auto session = std::make_unique<Session>(std::move(db.value()), std::move(dataKey.value()), path, storeUuid.value(),
                                             *user.value(), org.value(), clock, r.newSlotKdf);
    auto txn = Transaction::begin(session->database());
    TANDEM_TRY(txn);
    TANDEM_TRY(session->audit(QStringLiteral("session.unlock"), QStringLiteral("user"), {session->user().uuid}));
    TANDEM_TRY(ensureOrgKeys(*session));
    TANDEM_TRY(txn.value().commit());
    return session;
}

} // namespace tandem
