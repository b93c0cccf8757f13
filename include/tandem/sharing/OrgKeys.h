#pragma once

#include "tandem/core/Result.h"
#include "tandem/core/SecureBuffer.h"

#include <QByteArray>

namespace tandem::sharing {

// The organisation's long-term key pairs: X25519 to receive bundles, Ed25519 to sign them.
// Secret keys live only in sodium_malloc memory (SecureBuffer) and die with this object.
class OrgKeys {
public:
    static constexpr int kPublicKeyBytes = 32;

    // Fresh key pairs from libsodium's generator.
    static Result<OrgKeys> generate();
    // From stored bytes: public keys 32 bytes each, encryption secret 32, signing secret 64.
    // Invalid error when a length is wrong or the public keys do not belong to the secrets.
    static Result<OrgKeys> fromStored(const QByteArray& encryptionPublic, SecureBuffer encryptionSecret,
                                      const QByteArray& signingPublic, SecureBuffer signingSecret);

    const QByteArray& encryptionPublic() const { return m_encPublic; }
    const QByteArray& signingPublic() const { return m_signPublic; }
    const SecureBuffer& encryptionSecret() const { return m_encSecret; }
    const SecureBuffer& signingSecret() const { return m_signSecret; }

private:
    QByteArray m_encPublic;
    QByteArray m_signPublic;
    SecureBuffer m_encSecret;
    SecureBuffer m_signSecret;
};

} // namespace tandem::sharing
