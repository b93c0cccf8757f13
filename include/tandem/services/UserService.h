#pragma once

#include "tandem/core/Result.h"
#include "tandem/core/SecureBuffer.h"
#include "tandem/core/User.h"

#include <QList>

namespace tandem {

class Session;
namespace store { class KeyslotFile; class Transaction; }

struct NewUser {
    QString username;
    QString displayName;
    Role role = Role::HealthVisitor;
};

// Accounts and their keyslots. Adding, removing or re-keying a user rewrites only the key
// file and the user's row, never the data.
class UserService {
public:
    explicit UserService(Session& session) : m_session(session) {}

    Result<User> addUser(const NewUser& user, const SecureBuffer& passphrase);
    // Own passphrase: any user. Someone else's: administrators only.
    Result<void> changePassphrase(const QString& username, const SecureBuffer& newPassphrase);
    Result<void> removeUser(const QString& username);
    Result<QList<User>> listUsers(bool includeRemoved = false) const;

private:
    Result<User> activeUser(const QString& username) const;
    // Writes the key file, then commits; puts the old key file back if the commit fails.
    Result<void> commitWithKeys(store::Transaction& txn, const store::KeyslotFile& before, const store::KeyslotFile& after);

    Session& m_session;
};

} // namespace tandem
