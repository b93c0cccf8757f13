#pragma once

#include "tandem/core/Clock.h"
#include "tandem/core/Result.h"
#include "tandem/core/SecureBuffer.h"
#include "tandem/services/Session.h"
#include "tandem/store/Kdf.h"

#include <chrono>
#include <memory>

namespace tandem {

struct CreateStoreRequest {
    QString path;
    QString organisationName;
    QString organisationCode;
    QString adminUsername;
    QString adminDisplayName;
    store::KdfParams kdf = store::KdfParams::production();
};

struct UnlockRequest {
    QString path;
    QString username;
    // Slows guessing; tests pass zero.
    std::chrono::milliseconds failureDelay{1000};
    // Cost of keyslots written during the session (new users, changed passphrases).
    store::KdfParams newSlotKdf = store::KdfParams::production();
};

// Creating and unlocking stores: the only way to get a Session.
class StoreService {
public:
    // Creates the database and its key file with one administrator. On failure nothing is left behind.
    static Result<void> create(const CreateStoreRequest& request, const SecureBuffer& adminPassphrase, const Clock& clock);
    static Result<std::unique_ptr<Session>> unlock(const UnlockRequest& request, const SecureBuffer& passphrase, const Clock& clock);

    // Per-user default, e.g. ~/.local/share/Tandem/demo.tandem
    static QString defaultStorePath();
    static QString keyFilePath(const QString& storePath);
    // Only for a store this process has just created and failed to finish: removes its files.
    static void discardNewStore(const QString& storePath);
};

} // namespace tandem
