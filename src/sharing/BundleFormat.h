#pragma once

// Internal to src/sharing: the pieces of the bundle layout (BundleFile.h) shared by writer and reader.

#include "tandem/sharing/BundleFile.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

#include <sodium.h>

namespace tandem::sharing::format {

inline const QByteArray kMagic = QByteArrayLiteral("TANDEMB\n");
inline const QByteArray kSignatureLabel = QByteArrayLiteral("tandem-bundle-v1");

constexpr int kMagicBytes = 8;
constexpr int kHeaderLengthBytes = 2;
constexpr int kFileKeyBytes = crypto_secretstream_xchacha20poly1305_KEYBYTES;
constexpr int kSealedKeyBytes = kFileKeyBytes + crypto_box_SEALBYTES;
constexpr int kStreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr int kChunkLengthBytes = 4;
constexpr int kChunkOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr int kContentHashBytes = crypto_generichash_BYTES_MAX; // BLAKE2b-512
constexpr int kSignatureBytes = crypto_sign_BYTES;
static_assert(kSealedKeyBytes == 80 && kStreamHeaderBytes == 24 && kContentHashBytes == 64);

inline const QRegularExpression& uuidPattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re;
}

inline const QRegularExpression& createdPattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"));
    return re;
}

// "2026-01-15T09:00:00Z"
inline QString createdText(const QDateTime& utc) { return utc.toUTC().toString(Qt::ISODate); }

// The one canonical header: compact, fixed key order. Fields must already be valid (codes, uuid,
// time), so nothing needs escaping.
inline QByteArray headerJson(const BundleHeader& h)
{
    return QStringLiteral(R"({"format":%1,"sender":"%2","recipient":"%3","bundle":"%4","created":"%5"})")
        .arg(h.format)
        .arg(h.senderCode, h.recipientCode, h.bundleUuid, createdText(h.createdAt))
        .toUtf8();
}

// magic | u16 BE length | header: the associated data of the first chunk.
inline QByteArray prefixFor(const QByteArray& headerBytes)
{
    QByteArray out = kMagic;
    out += char((headerBytes.size() >> 8) & 0xff);
    out += char(headerBytes.size() & 0xff);
    out += headerBytes;
    return out;
}

inline QByteArray u32be(quint32 value)
{
    QByteArray out(kChunkLengthBytes, Qt::Uninitialized);
    for (int i = 0; i < kChunkLengthBytes; ++i)
        out[i] = char((value >> (8 * (kChunkLengthBytes - 1 - i))) & 0xff);
    return out;
}

inline quint32 readU32be(const QByteArray& bytes)
{
    quint32 value = 0;
    for (int i = 0; i < kChunkLengthBytes; ++i)
        value = (value << 8) | quint8(bytes[i]);
    return value;
}

// What the sender signs: label | prefix | BLAKE2b-512 of all content plaintext.
inline QByteArray signedMessage(const QByteArray& prefix, const unsigned char (&contentHash)[kContentHashBytes])
{
    return kSignatureLabel + prefix + QByteArray(reinterpret_cast<const char*>(contentHash), kContentHashBytes);
}

} // namespace tandem::sharing::format
