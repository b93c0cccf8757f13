#include "tandem/store/Keyslot.h"
#include "tandem/core/Sodium.h"

#include <QJsonValue>
#include <QUuid>

#include <sodium.h>

namespace tandem::store {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::store::Keyslot", text); }

QByteArray b64(const QByteArray& bytes) { return bytes.toBase64(); }

Result<QByteArray> fromB64(const QJsonObject& json, const char* key, qsizetype expectedSize)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (!v.isString())
        return makeError(ErrorCode::DamagedKeyslot, tr("A keyslot is damaged: its \"%1\" field is missing.").arg(QLatin1String(key)));
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (expectedSize >= 0 && decoded.decoded.size() != expectedSize))
        return makeError(ErrorCode::DamagedKeyslot, tr("A keyslot is damaged: its \"%1\" field is not valid.").arg(QLatin1String(key)));
    return *decoded;
}

QByteArray hash(const QByteArray& input, std::size_t size)
{
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size,
                       reinterpret_cast<const unsigned char*>(input.constData()), static_cast<unsigned long long>(input.size()),
                       nullptr, 0);
    return out;
}

} // namespace

QString Keyslot::tagFor(const QString& storeUuid, const QString& username)
{
    ensureSodium();
    const QByteArray key = storeUuid.toUtf8();
    const QByteArray name = QByteArrayLiteral("tandem-user|") + username.trimmed().toLower().toUtf8();
    unsigned char out[16];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(name.constData()),
                       static_cast<unsigned long long>(name.size()), reinterpret_cast<const unsigned char*>(key.constData()),
                       static_cast<size_t>(key.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

QByteArray Keyslot::associatedData(const QString& storeUuid) const
{
    return QStringLiteral("tandem-keyslot-v1|%1|%2|%3|%4|%5|%6|")
               .arg(storeUuid, id, userUuid, kdf.algorithm)
               .arg(kdf.opsLimit)
               .arg(kdf.memLimit)
               .toUtf8()
        + kdf.salt;
}

QByteArray Keyslot::computeChecksum() const
{
    const QByteArray canonical = QStringLiteral("v1|%1|%2|%3|%4|%5|%6|").arg(id, userUuid, userTag, kdf.algorithm)
                                     .arg(kdf.opsLimit)
                                     .arg(kdf.memLimit)
                                     .toUtf8()
        + b64(kdf.salt) + '|' + b64(nonce) + '|' + b64(wrappedKey);
    return hash(canonical, 32);
}

bool Keyslot::isIntact() const { return checksum.size() == 32 && sodium_memcmp(checksum.constData(), computeChecksum().constData(), 32) == 0; }

Result<Keyslot> Keyslot::create(const QString& storeUuid, const QString& userUuid, const QString& username,
                                const SecureBuffer& passphrase, const SecureBuffer& dataKey, const KdfParams& kdf)
{
    if (dataKey.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES)
        return makeError(ErrorCode::Internal, tr("The data key has the wrong length."));
    Keyslot slot;
    slot.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    slot.userUuid = userUuid;
    slot.userTag = tagFor(storeUuid, username);
    slot.kdf = kdf;
    slot.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(slot.nonce.data(), static_cast<size_t>(slot.nonce.size()));

    auto wrappingKey = deriveKey(passphrase, kdf);
    TANDEM_TRY(wrappingKey);
    const QByteArray ad = slot.associatedData(storeUuid);
    slot.wrappedKey.resize(static_cast<qsizetype>(dataKey.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(slot.wrappedKey.data()), &written,
                                               dataKey.data(), dataKey.size(),
                                               reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size()),
                                               nullptr, reinterpret_cast<const unsigned char*>(slot.nonce.constData()),
                                               wrappingKey.value().data());
    slot.checksum = slot.computeChecksum();
    return slot;
}

Result<SecureBuffer> Keyslot::unwrap(const QString& storeUuid, const SecureBuffer& passphrase) const
{
    if (!isIntact())
        return makeError(ErrorCode::DamagedKeyslot,
                         tr("This user's keyslot is damaged, so the store cannot be unlocked with it. An administrator can reset the passphrase."));
    auto wrappingKey = deriveKey(passphrase, kdf);
    TANDEM_TRY(wrappingKey);
    const QByteArray ad = associatedData(storeUuid);
    SecureBuffer dataKey(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        dataKey.data(), &written, nullptr, reinterpret_cast<const unsigned char*>(wrappedKey.constData()),
        static_cast<unsigned long long>(wrappedKey.size()), reinterpret_cast<const unsigned char*>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), reinterpret_cast<const unsigned char*>(nonce.constData()),
        wrappingKey.value().data());
    if (rc != 0 || written != dataKey.size())
        return makeError(ErrorCode::WrongPassphrase, tr("The user name or passphrase is not correct."));
    return dataKey;
}

QJsonObject Keyslot::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("user"), userUuid},
        {QStringLiteral("tag"), userTag},
        {QStringLiteral("kdf"), QJsonObject{{QStringLiteral("alg"), kdf.algorithm},
                                            {QStringLiteral("ops"), QString::number(kdf.opsLimit)},
                                            {QStringLiteral("mem"), QString::number(kdf.memLimit)},
                                            {QStringLiteral("salt"), QString::fromLatin1(b64(kdf.salt))}}},
        {QStringLiteral("nonce"), QString::fromLatin1(b64(nonce))},
        {QStringLiteral("wrapped"), QString::fromLatin1(b64(wrappedKey))},
        {QStringLiteral("checksum"), QString::fromLatin1(b64(checksum))},
    };
}

Result<Keyslot> Keyslot::fromJson(const QJsonObject& json)
{
    Keyslot slot;
    slot.id = json.value(QStringLiteral("id")).toString();
    slot.userUuid = json.value(QStringLiteral("user")).toString();
    slot.userTag = json.value(QStringLiteral("tag")).toString();
    const QJsonObject kdf = json.value(QStringLiteral("kdf")).toObject();
    slot.kdf.algorithm = kdf.value(QStringLiteral("alg")).toString();
    bool opsOk = false, memOk = false;
    slot.kdf.opsLimit = kdf.value(QStringLiteral("ops")).toString().toULongLong(&opsOk);
    slot.kdf.memLimit = kdf.value(QStringLiteral("mem")).toString().toULongLong(&memOk);
    if (slot.id.isEmpty() || slot.userUuid.isEmpty() || slot.userTag.isEmpty() || !opsOk || !memOk)
        return makeError(ErrorCode::DamagedKeyslot, tr("A keyslot is damaged: required fields are missing."));
    auto salt = fromB64(kdf, "salt", crypto_pwhash_SALTBYTES);
    TANDEM_TRY(salt);
    auto nonce = fromB64(json, "nonce", crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    TANDEM_TRY(nonce);
    auto wrapped = fromB64(json, "wrapped", crypto_aead_xchacha20poly1305_ietf_KEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    TANDEM_TRY(wrapped);
    auto checksum = fromB64(json, "checksum", 32);
    TANDEM_TRY(checksum);
    slot.kdf.salt = salt.value();
    slot.nonce = nonce.value();
    slot.wrappedKey = wrapped.value();
    slot.checksum = checksum.value();
    return slot;
}

} // namespace tandem::store
