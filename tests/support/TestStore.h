#pragma once

#include "tandem/core/Clock.h"
#include "tandem/core/SecureBuffer.h"
#include "tandem/services/Session.h"
#include "tandem/services/StoreService.h"
#include "tandem/store/Database.h"

#include "QtCatch.h"

#include <QTemporaryDir>

#include <memory>

namespace tandem::test {

inline constexpr const char* kAdminPassphrase = "correct horse battery";
inline constexpr const char* kSecondPassphrase = "staple orbit lantern";

SecureBuffer secret(const char* text);
SecureBuffer randomKey(); // 32 random bytes, as a store's data key
// The Northgate organisation with administrator "admin", at the test-only KDF cost.
CreateStoreRequest standardRequest(const QString& path);
QByteArray sha256OfFile(const QString& path);
QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

// Adds a user with kSecondPassphrase, as the signed-in administrator; REQUIREs success.
User addTestUser(Session& admin, const QString& username, const QString& displayName, Role role);

// A store in a fresh temporary folder, made with the test-only KDF cost and a manual clock.
class TestStore {
public:
    TestStore();

    QString path() const { return m_path; }
    QString keysPath() const;
    QString dir() const { return m_dir.path(); }
    ManualClock& clock() { return m_clock; }

    Result<std::unique_ptr<Session>> unlock(const QString& username, const char* passphrase);
    std::unique_ptr<Session> unlockAdmin(); // REQUIREs success
    // Signs in as a user added with addUser (kSecondPassphrase); REQUIREs success.
    std::unique_ptr<Session> unlockAs(const QString& username);
    // Opens the database with the raw data key, as an attacker holding the key could.
    std::unique_ptr<store::Database> openRaw();

private:
    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock;
};

} // namespace tandem::test
