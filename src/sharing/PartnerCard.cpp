#include "tandem/sharing/PartnerCard.h"
#include "tandem/core/AccountRules.h"
#include "tandem/core/Sodium.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <sodium.h>

namespace tandem::sharing {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::sharing::PartnerCard", text); }

constexpr int kKeyBytes = 32;
constexpr int kFingerprintBytes = 40; // 8 groups x 5 bytes
constexpr int kMaxNameLength = 200;
constexpr qsizetype kMaxCardBytes = 64 * 1024;
const QByteArray kFingerprintLabel = QByteArrayLiteral("tandem-card-v1");

const char* const kVersionKey = "tandemPartnerCard";
const char* const kNameKey = "organisation";
const char* const kCodeKey = "code";
const char* const kEncryptionKey = "encryptionKey";
const char* const kSigningKey = "signingKey";
const char* const kFingerprintKey = "fingerprint";

Error cardError(const QString& message) { return makeError(ErrorCode::Invalid, message); }

// A JSON string literal with Qt's escaping, without building the whole object (whose keys Qt would sort).
QByteArray jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

Result<QByteArray> decodeKey(const QJsonObject& card, const char* key, const QString& what)
{
    const QJsonValue value = card.value(QLatin1String(key));
    if (!value.isString())
        return cardError(tr("This partner card has no %1.").arg(what));
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kKeyBytes)
        return cardError(tr("This partner card's %1 is not valid: it must be 32 bytes written in base64. Ask the partner for a fresh card.").arg(what));
    return decoded.decoded;
}

// Refuses the all-zero key and every other low-order point: with such a key the shared secret is
// predictable, so nothing sealed to it would be private. X25519 clamps the scalar to a multiple of
// 8, so any low-order point gives zero, which libsodium reports as an error.
bool isUsableX25519(const QByteArray& publicKey)
{
    unsigned char scalar[crypto_scalarmult_SCALARBYTES];
    unsigned char shared[crypto_scalarmult_BYTES];
    randombytes_buf(scalar, sizeof scalar);
    const bool usable = crypto_scalarmult(shared, scalar, reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
    sodium_memzero(scalar, sizeof scalar);
    sodium_memzero(shared, sizeof shared);
    return usable;
}

} // namespace

QString PartnerCard::fingerprint() const
{
    ensureSodium();
    const QByteArray input = kFingerprintLabel + organisationCode.toUtf8() + '\0' + encryptionKey + signingKey;
    unsigned char digest[kFingerprintBytes];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(input.constData()),
                       static_cast<unsigned long long>(input.size()), nullptr, 0);
    QStringList groups;
    for (int g = 0; g < kFingerprintBytes / 5; ++g) {
        quint64 value = 0;
        for (int i = 0; i < 5; ++i)
            value = (value << 8) | digest[g * 5 + i];
        groups << QStringLiteral("%1").arg(value % 100000, 5, 10, QLatin1Char('0'));
    }
    return groups.join(QLatin1Char(' '));
}

QByteArray PartnerCard::toJson() const
{
    // Fixed key order, so a card reads the same wherever it was written.
    QByteArray out;
    out += "{\"";
    out += kVersionKey;
    out += "\":1,\"";
    out += kNameKey;
    out += "\":" + jsonString(organisationName) + ",\"";
    out += kCodeKey;
    out += "\":" + jsonString(organisationCode) + ",\"";
    out += kEncryptionKey;
    out += "\":\"" + encryptionKey.toBase64() + "\",\"";
    out += kSigningKey;
    out += "\":\"" + signingKey.toBase64() + "\",\"";
    out += kFingerprintKey;
    out += "\":\"" + fingerprint().toLatin1() + "\"}\n";
    return out;
}

Result<PartnerCard> PartnerCard::fromJson(const QByteArray& json)
{
    ensureSodium();
    if (json.size() > kMaxCardBytes)
        return cardError(tr("This file is too large to be a partner card."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return cardError(tr("This file is not a partner card: it is not readable JSON."));
    const QJsonObject card = document.object();
    if (!document.isObject() || !card.contains(QLatin1String(kVersionKey)))
        return cardError(tr("This file is not a Tandem partner card."));

    const QJsonValue version = card.value(QLatin1String(kVersionKey));
    if (!version.isDouble())
        return cardError(tr("This file is not a Tandem partner card: it has no card version."));
    if (version.toDouble() != 1)
        return cardError(tr("This partner card was made by a different version of Tandem (card version %1) and cannot be read here. "
                            "Update Tandem, or ask the partner for a card from a matching version.")
                             .arg(version.toDouble()));

    static const QStringList known{QLatin1String(kVersionKey), QLatin1String(kNameKey),       QLatin1String(kCodeKey),
                                   QLatin1String(kEncryptionKey), QLatin1String(kSigningKey), QLatin1String(kFingerprintKey)};
    for (const QString& key : card.keys()) {
        if (!known.contains(key))
            return cardError(tr("This partner card has an unexpected field \"%1\", so it may have been changed. Ask the partner for a fresh card.")
                                 .arg(key.left(40)));
    }

    PartnerCard out;
    const QJsonValue name = card.value(QLatin1String(kNameKey));
    if (!name.isString() || name.toString().simplified().isEmpty())
        return cardError(tr("This partner card has no organisation name."));
    out.organisationName = name.toString().simplified();
    if (out.organisationName.size() > kMaxNameLength)
        return cardError(tr("This partner card's organisation name is longer than %1 characters.").arg(kMaxNameLength));

    const QJsonValue code = card.value(QLatin1String(kCodeKey));
    if (!code.isString())
        return cardError(tr("This partner card has no organisation code."));
    auto normalisedCode = AccountRules::organisationCode(code.toString());
    if (!normalisedCode)
        return cardError(tr("This partner card's organisation code is not valid: a code is 2 to 20 letters, digits or hyphens, "
                            "for example \"RX1-HV01\"."));
    out.organisationCode = normalisedCode.value();

    auto encryption = decodeKey(card, kEncryptionKey, tr("encryption key"));
    if (!encryption)
        return encryption.error();
    if (!isUsableX25519(encryption.value()))
        return cardError(tr("This partner card's encryption key cannot be used safely. Ask the partner for a fresh card."));
    out.encryptionKey = encryption.value();

    auto signing = decodeKey(card, kSigningKey, tr("signing key"));
    if (!signing)
        return signing.error();
    if (crypto_core_ed25519_is_valid_point(reinterpret_cast<const unsigned char*>(signing.value().constData())) != 1)
        return cardError(tr("This partner card's signing key cannot be used safely. Ask the partner for a fresh card."));
    out.signingKey = signing.value();

    if (card.contains(QLatin1String(kFingerprintKey))) {
        const QJsonValue stated = card.value(QLatin1String(kFingerprintKey));
        if (!stated.isString() || normaliseFingerprint(stated.toString()) != normaliseFingerprint(out.fingerprint()))
            return cardError(tr("The fingerprint written on this partner card does not match its keys, so the card has been changed or damaged. "
                                "Ask the partner for a fresh card."));
    }
    return out;
}

QString normaliseFingerprint(const QString& text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar ch : text) {
        if (ch >= QLatin1Char('0') && ch <= QLatin1Char('9'))
            digits += ch;
    }
    return digits;
}

} // namespace tandem::sharing
