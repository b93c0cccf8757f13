#pragma once

#include "tandem/core/Result.h"
#include "tandem/sharing/OrgKeys.h"

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QString>

#include <functional>
#include <memory>

namespace tandem::sharing {

// The plaintext header: readable without keys, authenticated as associated data.
struct BundleHeader {
    int format = 1;
    QString senderCode;
    QString recipientCode;
    QString bundleUuid;
    QDateTime createdAt; // UTC, second precision
};

// Why a bundle was refused; the CLI prints the message and maps the kind to an exit code.
enum class BundleRefusal {
    NotABundle,        // wrong magic, header unreadable
    UnknownFormat,     // header.format is not one this Tandem reads
    WrongRecipient,    // addressed to another organisation
    UnknownSender,     // sender not a partner of this store
    Damaged,           // any byte changed, truncated, trailing bytes, bad signature
    InvalidContent,    // decrypted and signed, but the content failed validation (onChunk refused it)
};

// Layout (docs/bundle-format.md):
//   magic "TANDEMB\n" (8) | header length u16 BE | header JSON (compact, fixed key order) |
//   sealed file key (crypto_box_seal of 32 bytes to the recipient's X25519 key, 80) |
//   secretstream header (24) | chunks: u32 BE length + ciphertext ...
// The first chunk carries magic+length+header as associated data. Every content chunk is TAG_MESSAGE;
// the last chunk (TAG_FINAL) carries the Ed25519 signature over
//   "tandem-bundle-v1" | magic+length+header | BLAKE2b-512 of all plaintext content.
// Nothing may follow the final chunk.
class BundleWriter {
public:
    static constexpr int kFormat = 1;

    // Writes magic, header and sealed key at once; content then goes in chunk by chunk.
    static Result<std::unique_ptr<BundleWriter>> start(QIODevice& out, const BundleHeader& header, const OrgKeys& sender,
                                                       const QByteArray& recipientEncryptionKey);
    ~BundleWriter();

    // Exactly one encrypted chunk per call, so a reader gets back the same pieces; empty or larger
    // than kMaxChunk is an Invalid error.
    Result<void> write(const QByteArray& plaintext);
    // Signs and writes the final chunk. The writer cannot be used after.
    Result<void> finish();

    static constexpr qsizetype kMaxChunk = 16 << 20; // readers refuse longer chunks as damaged

private:
    BundleWriter();
    struct State;
    std::unique_ptr<State> m_state;
};

class BundleReader {
public:
    // Reads magic and header only (no keys needed). NotABundle or UnknownFormat errors.
    static Result<BundleHeader> readHeader(QIODevice& in);

    struct Refused {
        BundleRefusal kind;
        QString message; // translated sentence naming what is wrong, no personal data
    };
    using SenderLookup = std::function<std::optional<QByteArray>(const QString& senderCode)>; // Ed25519 key
    // Decrypts and verifies the whole file, handing each plaintext chunk to onChunk as it is read
    // (so the caller can parse without holding the whole file). The signature is checked only at
    // the end: a caller must not act on anything until this returns success.
    // onChunk may stop the read by returning an error message (content invalid).
    static std::optional<Refused> read(QIODevice& in, const QString& recipientCode, const OrgKeys& recipient,
                                       const SenderLookup& senderSigningKey,
                                       const std::function<Result<void>(const QByteArray& chunk)>& onChunk,
                                       BundleHeader* headerOut = nullptr);
};

QString bundleRefusalToken(BundleRefusal kind); // "not-a-bundle", "unknown-format", "wrong-recipient", "unknown-sender", "damaged", "invalid-content"

} // namespace tandem::sharing
