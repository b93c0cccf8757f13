#include "tandem/sharing/BundleFile.h"
#include "tandem/core/AccountRules.h"
#include "tandem/core/Sodium.h"

#include "BundleFormat.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tandem::sharing {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::sharing::BundleReader", text); }

using Refused = BundleReader::Refused;

Refused refuse(BundleRefusal kind, const QString& message) { return Refused{kind, message}; }

Refused notABundle() { return refuse(BundleRefusal::NotABundle, tr("This file is not a Tandem sharing bundle, so nothing was imported.")); }

Refused unreadableHeader()
{
    return refuse(BundleRefusal::NotABundle, tr("This file starts like a Tandem sharing bundle, but its header cannot be read, so nothing was imported. "
                                                "Ask the sender to export it again."));
}

// reason: a short phrase saying what was found, e.g. "it ends too early".
Refused damaged(const QString& reason)
{
    return refuse(BundleRefusal::Damaged, tr("This bundle has been changed or damaged since it was made (%1), so nothing was imported. "
                                             "Ask the sender to export it again.")
                                              .arg(reason));
}

Refused endsEarly() { return damaged(tr("it ends too early")); }
Refused failedCheck() { return damaged(tr("a part of it failed its integrity check")); }

// Reads exactly n bytes, or fewer only when the file ends.
QByteArray readUpTo(QIODevice& in, qint64 n)
{
    QByteArray out;
    while (out.size() < n) {
        const QByteArray more = in.read(n - out.size());
        if (more.isEmpty())
            break;
        out += more;
    }
    return out;
}

std::optional<QString> canonicalCode(const QJsonValue& value)
{
    if (!value.isString())
        return std::nullopt;
    auto code = AccountRules::organisationCode(value.toString());
    if (!code || code.value() != value.toString())
        return std::nullopt;
    return code.value();
}

// Strict: exactly the five keys, right types and shapes, in the canonical bytes the writer makes.
std::optional<Refused> parseHeader(const QByteArray& json, BundleHeader& h)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return unreadableHeader();
    const QJsonObject o = document.object();

    // A later format may lay out everything else differently, so the version is checked first.
    const QJsonValue formatValue = o.value(QLatin1String("format"));
    if (!formatValue.isDouble())
        return unreadableHeader();
    if (formatValue.toDouble() != BundleWriter::kFormat)
        return refuse(BundleRefusal::UnknownFormat,
                      tr("This bundle uses format %1, which this version of Tandem cannot read, so nothing was imported. "
                         "Update Tandem, or ask the sender to export it from a version that matches yours.")
                          .arg(formatValue.toDouble()));
    h.format = BundleWriter::kFormat;

    const auto sender = canonicalCode(o.value(QLatin1String("sender")));
    const auto recipient = canonicalCode(o.value(QLatin1String("recipient")));
    const QJsonValue uuid = o.value(QLatin1String("bundle"));
    const QJsonValue created = o.value(QLatin1String("created"));
    if (o.size() != 5 || !sender || !recipient || !uuid.isString() || !created.isString())
        return unreadableHeader();
    if (!format::uuidPattern().match(uuid.toString()).hasMatch() || uuid.toString() == QLatin1String("00000000-0000-0000-0000-000000000000"))
        return unreadableHeader();
    const QDateTime createdAt = QDateTime::fromString(created.toString(), Qt::ISODate);
    if (!format::createdPattern().match(created.toString()).hasMatch() || !createdAt.isValid()
        || format::createdText(createdAt) != created.toString())
        return unreadableHeader();

    h.senderCode = *sender;
    h.recipientCode = *recipient;
    h.bundleUuid = uuid.toString();
    h.createdAt = createdAt.toUTC();
    if (format::headerJson(h) != json) // key order, spacing, escapes: one spelling only
        return unreadableHeader();
    return std::nullopt;
}

// Magic, length and header; prefix receives those bytes exactly as read.
std::optional<Refused> readPrefix(QIODevice& in, BundleHeader& h, QByteArray& prefix)
{
    const QByteArray magic = readUpTo(in, format::kMagicBytes);
    if (magic != format::kMagic)
        return notABundle();
    const QByteArray lengthBytes = readUpTo(in, format::kHeaderLengthBytes);
    if (lengthBytes.size() != format::kHeaderLengthBytes)
        return unreadableHeader();
    const int length = (quint8(lengthBytes[0]) << 8) | quint8(lengthBytes[1]);
    const QByteArray json = readUpTo(in, length);
    if (length == 0 || json.size() != length)
        return unreadableHeader();
    if (auto refused = parseHeader(json, h))
        return refused;
    prefix = magic + lengthBytes + json;
    return std::nullopt;
}

// Decrypts the chunks after the stream header, handing content to onChunk; on success signature
// holds the final chunk's plaintext.
struct ChunkResult {
    int contentChunks = 0;
    std::optional<QString> contentError;
    QByteArray signature;
};

std::optional<Refused> readChunks(QIODevice& in, crypto_secretstream_xchacha20poly1305_state* stream, const QByteArray& prefix,
                                  crypto_generichash_state& contentHash,
                                  const std::function<Result<void>(const QByteArray&)>& onChunk, ChunkResult& result)
{
    bool first = true;
    for (;;) {
        const QByteArray lengthBytes = readUpTo(in, format::kChunkLengthBytes);
        if (lengthBytes.size() != format::kChunkLengthBytes)
            return endsEarly();
        const quint32 length = format::readU32be(lengthBytes);
        if (length < quint32(format::kChunkOverhead) || length > quint32(BundleWriter::kMaxChunk + format::kChunkOverhead))
            return damaged(tr("a part of it has an impossible length"));
        const QByteArray cipher = readUpTo(in, length);
        if (cipher.size() != qsizetype(length))
            return endsEarly();

        QByteArray plain(cipher.size() - format::kChunkOverhead, Qt::Uninitialized);
        unsigned char tag = 0;
        const QByteArray ad = first ? prefix : QByteArray();
        first = false;
        if (crypto_secretstream_xchacha20poly1305_pull(stream, reinterpret_cast<unsigned char*>(plain.data()), nullptr, &tag,
                                                       reinterpret_cast<const unsigned char*>(cipher.constData()),
                                                       static_cast<unsigned long long>(cipher.size()),
                                                       reinterpret_cast<const unsigned char*>(ad.constData()),
                                                       static_cast<unsigned long long>(ad.size()))
            != 0)
            return failedCheck();

        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            if (plain.size() != format::kSignatureBytes) {
                wipeBytes(plain);
                return damaged(tr("its last part is not a signature"));
            }
            result.signature = plain;
            return std::nullopt;
        }
        if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE || plain.isEmpty()) {
            wipeBytes(plain);
            return damaged(tr("a part of it is not one Tandem writes"));
        }
        crypto_generichash_update(&contentHash, reinterpret_cast<const unsigned char*>(plain.constData()),
                                  static_cast<unsigned long long>(plain.size()));
        ++result.contentChunks;
        // After a refusal the rest is still decrypted and the signature checked, so a forged or
        // damaged file is reported as damaged rather than as bad content.
        if (!result.contentError && onChunk) {
            auto accepted = onChunk(plain);
            if (!accepted)
                result.contentError = accepted.message();
        }
        wipeBytes(plain);
    }
}

} // namespace

Result<BundleHeader> BundleReader::readHeader(QIODevice& in)
{
    BundleHeader h;
    QByteArray prefix;
    if (auto refused = readPrefix(in, h, prefix))
        return makeError(ErrorCode::Refused, refused->message);
    return h;
}

std::optional<BundleReader::Refused> BundleReader::read(QIODevice& in, const QString& recipientCode, const OrgKeys& recipient,
                                                        const SenderLookup& senderSigningKey,
                                                        const std::function<Result<void>(const QByteArray& chunk)>& onChunk,
                                                        BundleHeader* headerOut)
{
    if (!ensureSodium())
        return refuse(BundleRefusal::Damaged, tr("The encryption library could not start, so this bundle cannot be opened."));
    BundleHeader h;
    QByteArray prefix;
    if (auto refused = readPrefix(in, h, prefix))
        return refused;
    if (headerOut)
        *headerOut = h;

    auto ownCode = AccountRules::organisationCode(recipientCode);
    if (!ownCode || ownCode.value() != h.recipientCode)
        return refuse(BundleRefusal::WrongRecipient,
                      tr("This bundle is addressed to organisation %1, not to this organisation, so it cannot be opened here. "
                         "Ask the sender to export it for your organisation.")
                          .arg(h.recipientCode));

    std::optional<QByteArray> signingKey;
    if (senderSigningKey)
        signingKey = senderSigningKey(h.senderCode);
    if (!signingKey)
        return refuse(BundleRefusal::UnknownSender,
                      tr("This bundle comes from organisation %1, which is not one of your partners, so nothing was imported. "
                         "Add the partner's card first, checking its fingerprint with them, then import the bundle again.")
                          .arg(h.senderCode));
    if (signingKey->size() != crypto_sign_PUBLICKEYBYTES)
        return refuse(BundleRefusal::UnknownSender,
                      tr("The saved card for partner %1 has no usable signing key. Add the partner's card again, then import the bundle again.")
                          .arg(h.senderCode));

    const QByteArray sealed = readUpTo(in, format::kSealedKeyBytes);
    if (sealed.size() != format::kSealedKeyBytes)
        return endsEarly();
    SecureBuffer fileKey(format::kFileKeyBytes);
    if (recipient.encryptionPublic().size() != crypto_box_PUBLICKEYBYTES || recipient.encryptionSecret().size() != crypto_box_SECRETKEYBYTES
        || crypto_box_seal_open(fileKey.data(), reinterpret_cast<const unsigned char*>(sealed.constData()),
                                static_cast<unsigned long long>(sealed.size()),
                                reinterpret_cast<const unsigned char*>(recipient.encryptionPublic().constData()),
                                recipient.encryptionSecret().data())
            != 0)
        return refuse(BundleRefusal::Damaged,
                      tr("This bundle cannot be opened with this organisation's keys: it was made for another organisation's keys, "
                         "or it has been damaged, so nothing was imported. Ask the sender to export it again using your current partner card."));

    const QByteArray streamHeader = readUpTo(in, format::kStreamHeaderBytes);
    if (streamHeader.size() != format::kStreamHeaderBytes)
        return endsEarly();
    SecureBuffer streamBuffer(sizeof(crypto_secretstream_xchacha20poly1305_state));
    auto* stream = reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(streamBuffer.data());
    const bool started = crypto_secretstream_xchacha20poly1305_init_pull(
                             stream, reinterpret_cast<const unsigned char*>(streamHeader.constData()), fileKey.data())
        == 0;
    fileKey.wipe();
    if (!started)
        return failedCheck();

    crypto_generichash_state contentHash;
    crypto_generichash_init(&contentHash, nullptr, 0, format::kContentHashBytes);
    ChunkResult chunks;
    const auto refused = readChunks(in, stream, prefix, contentHash, onChunk, chunks);
    streamBuffer.wipe();
    unsigned char hash[format::kContentHashBytes];
    crypto_generichash_final(&contentHash, hash, sizeof hash);
    sodium_memzero(&contentHash, sizeof contentHash);
    if (refused)
        return refused;
    if (!readUpTo(in, 1).isEmpty())
        return damaged(tr("extra data follows its end"));

    const QByteArray message = format::signedMessage(prefix, hash);
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(chunks.signature.constData()),
                                    reinterpret_cast<const unsigned char*>(message.constData()),
                                    static_cast<unsigned long long>(message.size()),
                                    reinterpret_cast<const unsigned char*>(signingKey->constData()))
        != 0)
        return damaged(tr("the signature does not match"));

    if (chunks.contentError)
        return refuse(BundleRefusal::InvalidContent, *chunks.contentError);
    if (chunks.contentChunks == 0)
        return refuse(BundleRefusal::InvalidContent, tr("This bundle holds no records, so there is nothing to import."));
    return std::nullopt;
}

QString bundleRefusalToken(BundleRefusal kind)
{
    switch (kind) {
    case BundleRefusal::NotABundle:
        return QStringLiteral("not-a-bundle");
    case BundleRefusal::UnknownFormat:
        return QStringLiteral("unknown-format");
    case BundleRefusal::WrongRecipient:
        return QStringLiteral("wrong-recipient");
    case BundleRefusal::UnknownSender:
        return QStringLiteral("unknown-sender");
    case BundleRefusal::Damaged:
        return QStringLiteral("damaged");
    case BundleRefusal::InvalidContent:
        return QStringLiteral("invalid-content");
    }
    return QStringLiteral("damaged");
}

} // namespace tandem::sharing
