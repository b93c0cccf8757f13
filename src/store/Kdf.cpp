#include "tandem/store/Kdf.h"
#include "tandem/core/Sodium.h"

#include <sodium.h>

namespace tandem::store {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::store::Kdf", text); }
constexpr quint64 kMaxMemLimit = 4ULL * 1024 * 1024 * 1024;
constexpr quint64 kMaxOpsLimit = 64;
}

KdfParams KdfParams::production()
{
    KdfParams p;
    p.opsLimit = crypto_pwhash_argon2id_OPSLIMIT_MODERATE;
    p.memLimit = crypto_pwhash_argon2id_MEMLIMIT_MODERATE;
    return p.withFreshSalt();
}

KdfParams KdfParams::testing()
{
    KdfParams p;
    p.opsLimit = crypto_pwhash_argon2id_OPSLIMIT_MIN;
    p.memLimit = crypto_pwhash_argon2id_MEMLIMIT_MIN;
    return p.withFreshSalt();
}

KdfParams KdfParams::withFreshSalt() const
{
    ensureSodium();
    KdfParams p = *this;
    p.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(p.salt.data(), static_cast<size_t>(p.salt.size()));
    return p;
}

bool KdfParams::isTestingCost() const
{
    return opsLimit < crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE || memLimit < crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE;
}

Result<void> KdfParams::validate() const
{
    if (algorithm != QStringLiteral("argon2id13"))
        return makeError(ErrorCode::DamagedKeyslot, tr("The keyslot names an unknown key derivation \"%1\".").arg(algorithm));
    if (opsLimit < crypto_pwhash_argon2id_OPSLIMIT_MIN || opsLimit > kMaxOpsLimit
        || memLimit < crypto_pwhash_argon2id_MEMLIMIT_MIN || memLimit > kMaxMemLimit)
        return makeError(ErrorCode::DamagedKeyslot, tr("The keyslot's key-derivation cost is out of range."));
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return makeError(ErrorCode::DamagedKeyslot, tr("The keyslot's salt has the wrong length."));
    return {};
}

Result<SecureBuffer> deriveKey(const SecureBuffer& passphrase, const KdfParams& params)
{
    TANDEM_TRY(params.validate());
    if (!ensureSodium())
        return makeError(ErrorCode::Internal, tr("The cryptography library could not start."));
    SecureBuffer key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    const int rc = crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char*>(passphrase.data()),
                                 passphrase.size(), reinterpret_cast<const unsigned char*>(params.salt.constData()),
                                 params.opsLimit, static_cast<size_t>(params.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        return makeError(ErrorCode::Internal, tr("Not enough memory to check the passphrase. Close other programs and try again."));
    return key;
}

} // namespace tandem::store
