#pragma once

#include "tandem/core/Result.h"
#include "tandem/core/SecureBuffer.h"
#include "tandem/store/Kdf.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace tandem::store {

// One user's copy of the store's data key, wrapped (XChaCha20-Poly1305) under a key
// derived from that user's passphrase. The data itself is never re-encrypted.
struct Keyslot {
    QString id;        // random; the user's row records it, so a stale copy of a slot is refused
    QString userUuid;
    QString userTag;   // keyed hash of the sign-in name: find the slot without naming staff in clear
    KdfParams kdf;
    QByteArray nonce;
    QByteArray wrappedKey;
    QByteArray checksum; // over every field above: tells damage apart from a wrong passphrase

    static Result<Keyslot> create(const QString& storeUuid, const QString& userUuid, const QString& username,
                                  const SecureBuffer& passphrase, const SecureBuffer& dataKey, const KdfParams& kdf);
    Result<SecureBuffer> unwrap(const QString& storeUuid, const SecureBuffer& passphrase) const;
    bool isIntact() const;

    static QString tagFor(const QString& storeUuid, const QString& username);

    QJsonObject toJson() const;
    static Result<Keyslot> fromJson(const QJsonObject& json);

private:
    QByteArray computeChecksum() const;
    QByteArray associatedData(const QString& storeUuid) const;
};

} // namespace tandem::store
