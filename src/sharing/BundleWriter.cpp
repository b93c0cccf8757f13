#include "tandem/sharing/BundleFile.h"
#include "tandem/core/AccountRules.h"
#include "tandem/core/Sodium.h"

#include "BundleFormat.h"

#include <QUuid>

namespace tandem::sharing {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::sharing::BundleWriter", text); }

Error writeFailed()
{
    return makeError(ErrorCode::Io, tr("The bundle file could not be written. Check there is free space and that you may save to that folder."));
}

bool writeAll(QIODevice& out, const QByteArray& bytes) { return out.write(bytes) == bytes.size(); }

// The header as it will be written: codes upper case, uuid lower case, time in UTC to the second.
Result<BundleHeader> canonicalHeader(const BundleHeader& in)
{
    if (in.format != BundleWriter::kFormat)
        return makeError(ErrorCode::Invalid, tr("This version of Tandem writes bundle format %1 only.").arg(BundleWriter::kFormat));
    BundleHeader h;
    h.format = in.format;
    auto sender = AccountRules::organisationCode(in.senderCode);
    if (!sender)
        return sender.error();
    auto recipient = AccountRules::organisationCode(in.recipientCode);
    if (!recipient)
        return recipient.error();
    h.senderCode = sender.value();
    h.recipientCode = recipient.value();
    const QUuid uuid = QUuid::fromString(in.bundleUuid);
    if (uuid.isNull())
        return makeError(ErrorCode::Invalid, tr("The bundle has no valid identifier."));
    h.bundleUuid = uuid.toString(QUuid::WithoutBraces);
    if (!in.createdAt.isValid())
        return makeError(ErrorCode::Invalid, tr("The bundle has no valid creation time."));
    h.createdAt = QDateTime::fromString(format::createdText(in.createdAt), Qt::ISODate);
    if (!format::createdPattern().match(format::createdText(in.createdAt)).hasMatch() || !h.createdAt.isValid())
        return makeError(ErrorCode::Invalid, tr("The bundle has no valid creation time."));
    return h;
}

} // namespace

struct BundleWriter::State {
    QIODevice* out = nullptr;
    QByteArray prefix;
    SecureBuffer stream{sizeof(crypto_secretstream_xchacha20poly1305_state)};
    SecureBuffer signingSecret;
    crypto_generichash_state contentHash;
    int contentChunks = 0;
    bool firstChunk = true;
    bool closed = false;

    crypto_secretstream_xchacha20poly1305_state* streamState()
    {
        return reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(stream.data());
    }

    ~State() { sodium_memzero(&contentHash, sizeof contentHash); }

    // Encrypts one chunk and writes its length and ciphertext.
    Result<void> push(const QByteArray& plaintext, unsigned char tag)
    {
        QByteArray cipher(plaintext.size() + format::kChunkOverhead, Qt::Uninitialized);
        const QByteArray ad = firstChunk ? prefix : QByteArray();
        if (crypto_secretstream_xchacha20poly1305_push(streamState(), reinterpret_cast<unsigned char*>(cipher.data()), nullptr,
                                                       reinterpret_cast<const unsigned char*>(plaintext.constData()),
                                                       static_cast<unsigned long long>(plaintext.size()),
                                                       reinterpret_cast<const unsigned char*>(ad.constData()),
                                                       static_cast<unsigned long long>(ad.size()), tag)
            != 0)
            return makeError(ErrorCode::Internal, tr("A part of the bundle could not be encrypted."));
        firstChunk = false;
        if (!writeAll(*out, format::u32be(static_cast<quint32>(cipher.size()))) || !writeAll(*out, cipher))
            return writeFailed();
        return {};
    }

    void close()
    {
        closed = true;
        stream.wipe();
        signingSecret.wipe();
    }
};

BundleWriter::BundleWriter() : m_state(std::make_unique<State>()) {}

BundleWriter::~BundleWriter() = default;

Result<std::unique_ptr<BundleWriter>> BundleWriter::start(QIODevice& out, const BundleHeader& header, const OrgKeys& sender,
                                                           const QByteArray& recipientEncryptionKey)
{
    if (!ensureSodium())
        return makeError(ErrorCode::Internal, tr("The encryption library could not start, so no bundle can be written."));
    auto canonical = canonicalHeader(header);
    if (!canonical)
        return canonical.error();
    if (recipientEncryptionKey.size() != crypto_box_PUBLICKEYBYTES)
        return makeError(ErrorCode::Invalid, tr("The partner's encryption key is not valid. Import the partner's card again."));
    if (sender.signingSecret().size() != crypto_sign_SECRETKEYBYTES)
        return makeError(ErrorCode::Invalid, tr("This organisation has no signing key, so it cannot send bundles."));

    const QByteArray headerBytes = format::headerJson(canonical.value());
    std::unique_ptr<BundleWriter> writer(new BundleWriter());
    State& s = *writer->m_state;
    s.out = &out;
    s.prefix = format::prefixFor(headerBytes);
    s.signingSecret = sender.signingSecret().clone();
    crypto_generichash_init(&s.contentHash, nullptr, 0, format::kContentHashBytes);

    SecureBuffer fileKey(format::kFileKeyBytes);
    crypto_secretstream_xchacha20poly1305_keygen(fileKey.data());
    QByteArray sealed(format::kSealedKeyBytes, Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), fileKey.data(), fileKey.size(),
                        reinterpret_cast<const unsigned char*>(recipientEncryptionKey.constData()))
        != 0)
        return makeError(ErrorCode::Invalid, tr("The partner's encryption key cannot be used. Import the partner's card again."));
    QByteArray streamHeader(format::kStreamHeaderBytes, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(s.streamState(), reinterpret_cast<unsigned char*>(streamHeader.data()), fileKey.data());
    fileKey.wipe();

    if (!writeAll(out, s.prefix) || !writeAll(out, sealed) || !writeAll(out, streamHeader))
        return writeFailed();
    return writer;
}

Result<void> BundleWriter::write(const QByteArray& plaintext)
{
    State& s = *m_state;
    if (s.closed)
        return makeError(ErrorCode::Internal, tr("The bundle has already been finished."));
    if (plaintext.isEmpty())
        return makeError(ErrorCode::Invalid, tr("An empty part cannot be added to a bundle."));
    if (plaintext.size() > kMaxChunk)
        return makeError(ErrorCode::Invalid, tr("A part of the bundle is larger than %1 MB.").arg(kMaxChunk >> 20));
    crypto_generichash_update(&s.contentHash, reinterpret_cast<const unsigned char*>(plaintext.constData()),
                              static_cast<unsigned long long>(plaintext.size()));
    auto pushed = s.push(plaintext, crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    if (!pushed) {
        s.close(); // the stream is out of step with the file: nothing more may follow
        return pushed.error();
    }
    ++s.contentChunks;
    return {};
}

Result<void> BundleWriter::finish()
{
    State& s = *m_state;
    if (s.closed)
        return makeError(ErrorCode::Internal, tr("The bundle has already been finished."));
    if (s.contentChunks == 0)
        return makeError(ErrorCode::Invalid, tr("There is nothing to put in this bundle."));
    unsigned char hash[format::kContentHashBytes];
    crypto_generichash_final(&s.contentHash, hash, sizeof hash);
    const QByteArray message = format::signedMessage(s.prefix, hash);
    QByteArray signature(format::kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()), static_cast<unsigned long long>(message.size()),
                         s.signingSecret.data());
    auto pushed = s.push(signature, crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    s.close();
    if (!pushed)
        return pushed.error();
    return {};
}

} // namespace tandem::sharing
