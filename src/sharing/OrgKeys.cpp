#include "tandem/sharing/OrgKeys.h"
#include "tandem/core/Sodium.h"

#include <sodium.h>

namespace tandem::sharing {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::sharing::OrgKeys", text); }

static_assert(crypto_box_PUBLICKEYBYTES == OrgKeys::kPublicKeyBytes && crypto_sign_PUBLICKEYBYTES == OrgKeys::kPublicKeyBytes);

Error sodiumUnavailable()
{
    return makeError(ErrorCode::Internal, tr("The encryption library could not start, so the organisation's keys cannot be used."));
}

Error keysDoNotFit()
{
    return makeError(ErrorCode::Invalid,
                     tr("The organisation's stored keys do not belong together, so they cannot be used. The store may be damaged: restore it from a backup."));
}

} // namespace

Result<OrgKeys> OrgKeys::generate()
{
    if (!ensureSodium())
        return sodiumUnavailable();
    OrgKeys keys;
    keys.m_encPublic = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    keys.m_encSecret = SecureBuffer(crypto_box_SECRETKEYBYTES);
    keys.m_signPublic = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    keys.m_signSecret = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    if (crypto_box_keypair(reinterpret_cast<unsigned char*>(keys.m_encPublic.data()), keys.m_encSecret.data()) != 0
        || crypto_sign_keypair(reinterpret_cast<unsigned char*>(keys.m_signPublic.data()), keys.m_signSecret.data()) != 0)
        return makeError(ErrorCode::Internal, tr("New organisation keys could not be made."));
    return keys;
}

Result<OrgKeys> OrgKeys::fromStored(const QByteArray& encryptionPublic, SecureBuffer encryptionSecret, const QByteArray& signingPublic,
                                    SecureBuffer signingSecret)
{
    if (!ensureSodium())
        return sodiumUnavailable();
    if (encryptionPublic.size() != crypto_box_PUBLICKEYBYTES || encryptionSecret.size() != crypto_box_SECRETKEYBYTES
        || signingPublic.size() != crypto_sign_PUBLICKEYBYTES || signingSecret.size() != crypto_sign_SECRETKEYBYTES)
        return makeError(ErrorCode::Invalid,
                         tr("The organisation's stored keys have the wrong length, so they cannot be used. The store may be damaged: restore it from a backup."));

    // X25519: the public key is the secret scalar times the base point.
    SecureBuffer derived(crypto_scalarmult_BYTES);
    if (crypto_scalarmult_base(derived.data(), encryptionSecret.data()) != 0
        || sodium_memcmp(derived.data(), encryptionPublic.constData(), crypto_box_PUBLICKEYBYTES) != 0)
        return keysDoNotFit();

    // Ed25519: the 64-byte secret is seed || public. Re-derive from the seed, so a secret whose
    // stored tail was patched to match is still caught.
    SecureBuffer seed(crypto_sign_SEEDBYTES);
    SecureBuffer rebuiltSecret(crypto_sign_SECRETKEYBYTES);
    unsigned char rebuiltPublic[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_seed(seed.data(), signingSecret.data());
    const bool signingFits = crypto_sign_seed_keypair(rebuiltPublic, rebuiltSecret.data(), seed.data()) == 0
        && sodium_memcmp(rebuiltPublic, signingPublic.constData(), crypto_sign_PUBLICKEYBYTES) == 0
        && rebuiltSecret.equals(signingSecret);
    sodium_memzero(rebuiltPublic, sizeof rebuiltPublic);
    if (!signingFits)
        return keysDoNotFit();

    OrgKeys keys;
    keys.m_encPublic = encryptionPublic;
    keys.m_encSecret = std::move(encryptionSecret);
    keys.m_signPublic = signingPublic;
    keys.m_signSecret = std::move(signingSecret);
    return keys;
}

} // namespace tandem::sharing
