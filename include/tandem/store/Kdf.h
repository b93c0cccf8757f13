#pragma once

#include "tandem/core/Result.h"
#include "tandem/core/SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace tandem::store {

// Argon2id parameters, recorded in every keyslot so each can be re-tuned on its own.
struct KdfParams {
    QString algorithm = QStringLiteral("argon2id13");
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes
    QByteArray salt;      // crypto_pwhash_SALTBYTES

    // libsodium's MODERATE cost: about a second on a practitioner's laptop.
    static KdfParams production();
    // The minimum libsodium allows. Only tests and scripted test stores use it; callers warn.
    static KdfParams testing();
    // Same cost, new random salt.
    KdfParams withFreshSalt() const;
    bool isTestingCost() const;

    // Rejects values a damaged or hostile file could use to exhaust memory.
    Result<void> validate() const;
};

Result<SecureBuffer> deriveKey(const SecureBuffer& passphrase, const KdfParams& params);

} // namespace tandem::store
