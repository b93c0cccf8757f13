#include "TestStore.h"

#include "tandem/services/UserService.h"

#include "tandem/services/StoreService.h"
#include "tandem/store/KeyslotFile.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>

#include <sodium.h>
#include <QFile>

namespace tandem::test {

SecureBuffer secret(const char* text)
{
    QByteArray bytes(text);
    return SecureBuffer::takeFrom(bytes);
}

SecureBuffer randomKey()
{
    SecureBuffer k(32);
    randombytes_buf(k.data(), k.size());
    return k;
}

CreateStoreRequest standardRequest(const QString& path)
{
    CreateStoreRequest r;
    r.path = path;
    r.organisationName = QStringLiteral("Northgate Health Visiting Team");
    r.organisationCode = QStringLiteral("RX1-HV01");
    r.adminUsername = QStringLiteral("admin");
    r.adminDisplayName = QStringLiteral("Morgan Ellery");
    r.kdf = store::KdfParams::testing();
    return r;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray sha256OfFile(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

TestStore::TestStore()
{
    REQUIRE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("team.tandem"));
    auto created = StoreService::create(standardRequest(m_path), secret(kAdminPassphrase), m_clock);
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
}

QString TestStore::keysPath() const { return store::KeyslotFile::pathFor(m_path); }

Result<std::unique_ptr<Session>> TestStore::unlock(const QString& username, const char* passphrase)
{
    UnlockRequest r;
    r.path = m_path;
    r.username = username;
    r.failureDelay = std::chrono::milliseconds(0);
    r.newSlotKdf = store::KdfParams::testing();
    return StoreService::unlock(r, secret(passphrase), m_clock);
}

std::unique_ptr<Session> TestStore::unlockAdmin()
{
    auto s = unlock(QStringLiteral("admin"), kAdminPassphrase);
    INFO(s.message().toStdString());
    REQUIRE(s.ok());
    return std::move(s).value();
}

std::unique_ptr<Session> TestStore::unlockAs(const QString& username)
{
    auto s = unlock(username, kSecondPassphrase);
    INFO(s.message().toStdString());
    REQUIRE(s.ok());
    return std::move(s).value();
}

User addTestUser(Session& admin, const QString& username, const QString& displayName, Role role)
{
    auto added = UserService(admin).addUser({username, displayName, role}, secret(kSecondPassphrase));
    INFO(added.message().toStdString());
    REQUIRE(added.ok());
    return added.value();
}

std::unique_ptr<store::Database> TestStore::openRaw()
{
    auto keys = store::KeyslotFile::load(keysPath());
    REQUIRE(keys.ok());
    auto slot = keys.value().findByUsername(QStringLiteral("admin"));
    REQUIRE(slot.ok());
    auto key = slot.value().unwrap(keys.value().storeUuid(), secret(kAdminPassphrase));
    REQUIRE(key.ok());
    auto db = store::Database::open(m_path, key.value(), store::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    return std::move(db).value();
}

} // namespace tandem::test
