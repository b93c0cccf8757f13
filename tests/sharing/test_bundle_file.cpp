#include "tandem/sharing/BundleFile.h"
#include "tandem/sharing/OrgKeys.h"

#include <catch2/catch.hpp>

#include <QBuffer>

#include <sodium.h>

using namespace tandem;
using namespace tandem::sharing;

namespace {

const QString kHv = QStringLiteral("RX1-HV01");     // sender: a health visiting team
const QString kNorth = QStringLiteral("CC-NORTH");  // recipient: a children's centre
const QString kSouth = QStringLiteral("CC-SOUTH");  // a third organisation
const QString kUuid = QStringLiteral("3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4c7a10");
const QByteArray kHeaderJson =
    R"({"format":1,"sender":"RX1-HV01","recipient":"CC-NORTH","bundle":"3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4c7a10","created":"2026-01-15T09:00:00Z"})";
constexpr int kPrefixSize = 8 + 2; // magic + header length, before the header JSON

struct World {
    OrgKeys hv;
    OrgKeys north;
    OrgKeys south;
};

World makeWorld()
{
    auto hv = OrgKeys::generate();
    auto north = OrgKeys::generate();
    auto south = OrgKeys::generate();
    REQUIRE((hv.ok() && north.ok() && south.ok()));
    return World{std::move(hv).value(), std::move(north).value(), std::move(south).value()};
}

BundleHeader sampleHeader()
{
    BundleHeader h;
    h.senderCode = kHv;
    h.recipientCode = kNorth;
    h.bundleUuid = kUuid;
    h.createdAt = QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC);
    return h;
}

QList<QByteArray> sampleChunks() // small, so every byte can be changed in turn quickly
{
    return {QByteArray(R"({"resourceType":"Bundle","type":"collection","entry":[)"), QByteArray(700, 'a'),
            QByteArray(R"({"resourceType":"Patient","name":[{"family":"Testington","given":["Ada"]}]}]})")};
}

QByteArray writeBundle(const OrgKeys& sender, const QList<QByteArray>& chunks, const QByteArray& recipientKey,
                       const BundleHeader& header = sampleHeader())
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    auto writer = BundleWriter::start(buffer, header, sender, recipientKey);
    REQUIRE(writer.ok());
    for (const QByteArray& chunk : chunks)
        REQUIRE(writer.value()->write(chunk).ok());
    REQUIRE(writer.value()->finish().ok());
    return bytes;
}

QByteArray sampleBundle(const World& w) { return writeBundle(w.hv, sampleChunks(), w.north.encryptionPublic()); }

struct Outcome {
    std::optional<BundleReader::Refused> refused;
    QList<QByteArray> chunks;
    BundleHeader header;
};

BundleReader::SenderLookup knowsHv(const World& w)
{
    const QByteArray key = w.hv.signingPublic();
    return [key](const QString& code) -> std::optional<QByteArray> {
        if (code == kHv)
            return key;
        return std::nullopt;
    };
}

Outcome readBundle(QByteArray bytes, const QString& code, const OrgKeys& keys, const BundleReader::SenderLookup& lookup)
{
    Outcome out;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    out.refused = BundleReader::read(
        buffer, code, keys, lookup,
        [&out](const QByteArray& chunk) -> Result<void> {
            out.chunks << chunk;
            return {};
        },
        &out.header);
    return out;
}

Outcome readAtNorth(const QByteArray& bytes, const World& w) { return readBundle(bytes, kNorth, w.north, knowsHv(w)); }

BundleRefusal kindOf(const Outcome& o)
{
    REQUIRE(o.refused.has_value());
    return o.refused->kind;
}

Result<BundleHeader> headerOf(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return BundleReader::readHeader(buffer);
}

QByteArray u16be(int v)
{
    QByteArray out;
    out.append(char((v >> 8) & 0xff)).append(char(v & 0xff));
    return out;
}

QByteArray u32be(quint32 v)
{
    QByteArray out;
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((v >> shift) & 0xff));
    return out;
}

int headerLength(const QByteArray& bytes) { return (quint8(bytes[8]) << 8) | quint8(bytes[9]); }

// The same bundle with its header JSON replaced (length fixed up), to test the header parser.
QByteArray withHeader(const QByteArray& bytes, const QByteArray& json)
{
    return bytes.left(8) + u16be(int(json.size())) + json + bytes.mid(kPrefixSize + headerLength(bytes));
}

// Offsets of each chunk's length field, walking the file as the reader does.
QList<qsizetype> chunkOffsets(const QByteArray& bytes)
{
    QList<qsizetype> out;
    qsizetype at = kPrefixSize + headerLength(bytes) + 80 + 24;
    while (at + 4 <= bytes.size()) {
        out << at;
        const quint32 len = (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16) | (quint32(quint8(bytes[at + 2])) << 8)
            | quint32(quint8(bytes[at + 3]));
        at += 4 + len;
    }
    return out;
}

// Built straight from libsodium following docs/bundle-format.md, so the tests pin the layout and can
// make files the writer never would (no content, misplaced tags, header not bound).
struct HandChunk {
    QByteArray plain;
    unsigned char tag = crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
};

QByteArray handBuilt(const QList<HandChunk>& chunks, const QByteArray& recipientKey, const OrgKeys* signer, bool bindHeader = true)
{
    const QByteArray prefix = QByteArray("TANDEMB\n") + u16be(int(kHeaderJson.size())) + kHeaderJson;
    unsigned char fileKey[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    crypto_secretstream_xchacha20poly1305_keygen(fileKey);
    QByteArray sealed(80, Qt::Uninitialized);
    REQUIRE(crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), fileKey, sizeof fileKey,
                            reinterpret_cast<const unsigned char*>(recipientKey.constData()))
            == 0);
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray streamHeader(24, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&state, reinterpret_cast<unsigned char*>(streamHeader.data()), fileKey);

    QByteArray out = prefix + sealed + streamHeader;
    bool first = true;
    crypto_generichash_state hash;
    crypto_generichash_init(&hash, nullptr, 0, 64);
    const auto push = [&](const QByteArray& plain, unsigned char tag) {
        QByteArray cipher(plain.size() + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        const QByteArray ad = first && bindHeader ? prefix : QByteArray();
        first = false;
        crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char*>(cipher.data()), nullptr,
                                                   reinterpret_cast<const unsigned char*>(plain.constData()), plain.size(),
                                                   reinterpret_cast<const unsigned char*>(ad.constData()), ad.size(), tag);
        out += u32be(quint32(cipher.size())) + cipher;
    };
    for (const HandChunk& c : chunks) {
        crypto_generichash_update(&hash, reinterpret_cast<const unsigned char*>(c.plain.constData()), c.plain.size());
        push(c.plain, c.tag);
    }
    if (signer) {
        unsigned char digest[64];
        crypto_generichash_final(&hash, digest, sizeof digest);
        const QByteArray message = QByteArray("tandem-bundle-v1") + prefix + QByteArray(reinterpret_cast<const char*>(digest), 64);
        QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char*>(message.constData()), message.size(), signer->signingSecret().data());
        push(signature, crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    }
    return out;
}

} // namespace

TEST_CASE("Bundle: several chunks come back whole, in order, with the header", "[sharing][crypto]")
{
    const World w = makeWorld();
    QList<QByteArray> chunks{QByteArray("x"), QByteArray(100'000, 'b'), QByteArray("{\"last\":true}")};
    for (int i = 0; i < 256; ++i)
        chunks[1][i] = char(i);
    const QByteArray bytes = writeBundle(w.hv, chunks, w.north.encryptionPublic());

    CHECK(bytes.startsWith("TANDEMB\n"));
    CHECK(headerLength(bytes) == kHeaderJson.size());
    CHECK(bytes.mid(kPrefixSize, kHeaderJson.size()) == kHeaderJson);
    qsizetype expectedSize = kPrefixSize + kHeaderJson.size() + 80 + 24 + (4 + 17 + 64);
    for (const QByteArray& c : chunks)
        expectedSize += 4 + 17 + c.size();
    CHECK(bytes.size() == expectedSize);
    CHECK_FALSE(bytes.contains("Testington"));

    const Outcome o = readAtNorth(bytes, w);
    REQUIRE_FALSE(o.refused.has_value());
    CHECK(o.chunks == chunks);
    CHECK(o.header.format == 1);
    CHECK(o.header.senderCode == kHv);
    CHECK(o.header.recipientCode == kNorth);
    CHECK(o.header.bundleUuid == kUuid);
    CHECK(o.header.createdAt == sampleHeader().createdAt);
    CHECK(o.header.createdAt.timeSpec() == Qt::UTC);

    // The reader's own code may be typed in any case
    CHECK_FALSE(readBundle(bytes, QStringLiteral("cc-north"), w.north, knowsHv(w)).refused.has_value());
}

TEST_CASE("Bundle: the header can be read without keys", "[sharing]")
{
    const World w = makeWorld();
    auto header = headerOf(sampleBundle(w));
    REQUIRE(header.ok());
    CHECK(header.value().senderCode == kHv);
    CHECK(header.value().recipientCode == kNorth);
    CHECK(header.value().bundleUuid == kUuid);
    CHECK(header.value().createdAt == sampleHeader().createdAt);
}

TEST_CASE("Bundle: the writer writes the header in its one canonical form", "[sharing]")
{
    const World w = makeWorld();
    BundleHeader h = sampleHeader();
    h.senderCode = QStringLiteral("rx1-hv01");
    h.bundleUuid = QStringLiteral("{3F1C2A9E-5B7D-4C1E-9A2F-0D6B8E4C7A10}");
    h.createdAt = QDateTime(QDate(2026, 1, 15), QTime(10, 0, 0, 250), Qt::OffsetFromUTC, 3600); // 09:00:00.250 UTC
    const QByteArray bytes = writeBundle(w.hv, sampleChunks(), w.north.encryptionPublic(), h);
    CHECK(bytes.mid(kPrefixSize, headerLength(bytes)) == kHeaderJson);
    CHECK_FALSE(readAtNorth(bytes, w).refused.has_value());
}

TEST_CASE("Bundle: the writer refuses bad input", "[sharing]")
{
    const World w = makeWorld();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));

    SECTION("bad headers and recipient keys")
    {
        const auto refusedStart = [&](const BundleHeader& h, const QByteArray& key) {
            auto writer = BundleWriter::start(buffer, h, w.hv, key);
            REQUIRE_FALSE(writer.ok());
            CHECK(writer.error().code == ErrorCode::Invalid);
        };
        BundleHeader h = sampleHeader();
        h.format = 2;
        refusedStart(h, w.north.encryptionPublic());
        h = sampleHeader();
        h.senderCode = QStringLiteral("R");
        refusedStart(h, w.north.encryptionPublic());
        h = sampleHeader();
        h.recipientCode = QStringLiteral("CC NORTH");
        refusedStart(h, w.north.encryptionPublic());
        h = sampleHeader();
        h.bundleUuid = QStringLiteral("not-a-uuid");
        refusedStart(h, w.north.encryptionPublic());
        h = sampleHeader();
        h.createdAt = QDateTime();
        refusedStart(h, w.north.encryptionPublic());
        refusedStart(sampleHeader(), w.north.encryptionPublic().left(31));
        refusedStart(sampleHeader(), QByteArray(32, '\0'));
        CHECK(bytes.isEmpty());
    }
    SECTION("empty and oversized chunks, nothing at all, and use after finish")
    {
        auto writer = BundleWriter::start(buffer, sampleHeader(), w.hv, w.north.encryptionPublic());
        REQUIRE(writer.ok());
        BundleWriter& bw = *writer.value();
        auto empty = bw.write(QByteArray());
        REQUIRE_FALSE(empty.ok());
        CHECK(empty.error().code == ErrorCode::Invalid);
        auto tooBig = bw.write(QByteArray(BundleWriter::kMaxChunk + 1, 'x'));
        REQUIRE_FALSE(tooBig.ok());
        CHECK(tooBig.error().code == ErrorCode::Invalid);
        auto nothing = bw.finish();
        REQUIRE_FALSE(nothing.ok());
        CHECK(nothing.error().code == ErrorCode::Invalid);
        CHECK(nothing.message().contains(QStringLiteral("nothing to put")));

        // Refusals above left the writer usable
        REQUIRE(bw.write(QByteArray("content")).ok());
        REQUIRE(bw.finish().ok());
        CHECK_FALSE(bw.write(QByteArray("more")).ok());
        CHECK_FALSE(bw.finish().ok());
        const Outcome o = readAtNorth(bytes, w);
        REQUIRE_FALSE(o.refused.has_value());
        CHECK(o.chunks == QList<QByteArray>{QByteArray("content")});
    }
}

TEST_CASE("Bundle: a chunk of exactly the largest size round trips", "[sharing][crypto]")
{
    const World w = makeWorld();
    const QByteArray big(BundleWriter::kMaxChunk, 'z');
    const Outcome o = readAtNorth(writeBundle(w.hv, {big}, w.north.encryptionPublic()), w);
    REQUIRE_FALSE(o.refused.has_value());
    REQUIRE(o.chunks.size() == 1);
    CHECK(o.chunks[0] == big);
}

TEST_CASE("Bundle: a file built by hand from the documented layout is read", "[sharing][crypto]")
{
    const World w = makeWorld();
    const Outcome o = readAtNorth(handBuilt({{QByteArray("one"), crypto_secretstream_xchacha20poly1305_TAG_MESSAGE},
                                             {QByteArray("two"), crypto_secretstream_xchacha20poly1305_TAG_MESSAGE}},
                                            w.north.encryptionPublic(), &w.hv),
                                  w);
    REQUIRE_FALSE(o.refused.has_value());
    CHECK(o.chunks == QList<QByteArray>{QByteArray("one"), QByteArray("two")});
}

TEST_CASE("Bundle: a signed bundle with no content is refused as holding nothing", "[sharing][crypto]")
{
    const World w = makeWorld();
    const Outcome o = readAtNorth(handBuilt({}, w.north.encryptionPublic(), &w.hv), w);
    CHECK(kindOf(o) == BundleRefusal::InvalidContent);
    CHECK(o.refused->message.contains(QStringLiteral("holds no records")));
    CHECK(o.chunks.isEmpty());

    // ...but one signed by someone else is damaged, not empty
    CHECK(kindOf(readAtNorth(handBuilt({}, w.north.encryptionPublic(), &w.south), w)) == BundleRefusal::Damaged);
}

TEST_CASE("Bundle: misplaced or missing final chunks are damage", "[sharing][crypto]")
{
    const World w = makeWorld();
    constexpr unsigned char kMessage = crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
    constexpr unsigned char kFinal = crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    const QByteArray key = w.north.encryptionPublic();

    const auto damagedWith = [&](const QByteArray& bytes, const char* reason) {
        const Outcome o = readAtNorth(bytes, w);
        REQUIRE(kindOf(o) == BundleRefusal::Damaged);
        INFO(o.refused->message.toStdString());
        CHECK(o.refused->message.contains(QLatin1String(reason)));
    };
    // Content marked final where the signature belongs
    damagedWith(handBuilt({{QByteArray("content"), kFinal}}, key, nullptr), "not a signature");
    // A 64-byte chunk marked final before the real signature: taken as the signature, the rest is extra
    damagedWith(handBuilt({{QByteArray("content"), kMessage}, {QByteArray(64, 's'), kFinal}}, key, &w.hv), "extra data");
    // No final chunk at all
    damagedWith(handBuilt({{QByteArray("content"), kMessage}, {QByteArray("more"), kMessage}}, key, nullptr), "ends too early");
    // Tags Tandem never writes, and an empty content chunk
    damagedWith(handBuilt({{QByteArray("content"), crypto_secretstream_xchacha20poly1305_TAG_PUSH}}, key, &w.hv), "not one Tandem writes");
    damagedWith(handBuilt({{QByteArray("content"), crypto_secretstream_xchacha20poly1305_TAG_REKEY}}, key, &w.hv), "not one Tandem writes");
    damagedWith(handBuilt({{QByteArray(), kMessage}, {QByteArray("content"), kMessage}}, key, &w.hv), "not one Tandem writes");
    // The header not bound to the first chunk
    damagedWith(handBuilt({{QByteArray("content"), kMessage}}, key, &w.hv, false), "integrity check");
}

TEST_CASE("Bundle: chunks reordered, dropped or repeated are damage", "[sharing][crypto]")
{
    const World w = makeWorld();
    const QByteArray bytes = writeBundle(w.hv, {QByteArray(50, 'a'), QByteArray(50, 'b'), QByteArray(50, 'c')}, w.north.encryptionPublic());
    const QList<qsizetype> at = chunkOffsets(bytes);
    REQUIRE(at.size() == 4); // three content chunks and the signature
    const qsizetype chunkSize = at[1] - at[0];
    const QByteArray a = bytes.mid(at[0], chunkSize), b = bytes.mid(at[1], chunkSize), c = bytes.mid(at[2], chunkSize);
    const QByteArray head = bytes.left(at[0]), tail = bytes.mid(at[3]);

    CHECK(kindOf(readAtNorth(head + b + a + c + tail, w)) == BundleRefusal::Damaged);
    CHECK(kindOf(readAtNorth(head + a + c + tail, w)) == BundleRefusal::Damaged);
    CHECK(kindOf(readAtNorth(head + a + b + b + c + tail, w)) == BundleRefusal::Damaged);
    CHECK(kindOf(readAtNorth(head + a + b + c, w)) == BundleRefusal::Damaged);
    CHECK(kindOf(readAtNorth(head + a + b + c + tail + c, w)) == BundleRefusal::Damaged);
}

TEST_CASE("Bundle: an impossible chunk length is damage, without reading on", "[sharing]")
{
    const World w = makeWorld();
    QByteArray bytes = sampleBundle(w);
    const qsizetype first = chunkOffsets(bytes).first();
    for (const quint32 length : {quint32(0), quint32(16), quint32(BundleWriter::kMaxChunk + 18), quint32(0xffffffff)}) {
        QByteArray changed = bytes;
        changed.replace(first, 4, u32be(length));
        const Outcome o = readAtNorth(changed, w);
        REQUIRE(kindOf(o) == BundleRefusal::Damaged);
        CHECK(o.refused->message.contains(QStringLiteral("impossible length")));
    }
}

TEST_CASE("Bundle: a bundle addressed to another organisation cannot be opened", "[sharing][crypto]")
{
    const World w = makeWorld();
    const QByteArray bytes = sampleBundle(w);

    const Outcome elsewhere = readBundle(bytes, kSouth, w.south, knowsHv(w));
    CHECK(kindOf(elsewhere) == BundleRefusal::WrongRecipient);
    CHECK(elsewhere.refused->message.contains(kNorth));
    CHECK(elsewhere.chunks.isEmpty());

    // Claiming to be the recipient does not help without its keys
    const Outcome pretending = readBundle(bytes, kNorth, w.south, knowsHv(w));
    CHECK(kindOf(pretending) == BundleRefusal::Damaged);
    CHECK(pretending.refused->message.contains(QStringLiteral("another organisation's keys")));
    CHECK(pretending.chunks.isEmpty());
}

TEST_CASE("Bundle: a bundle from an unknown sender is refused before decrypting", "[sharing]")
{
    const World w = makeWorld();
    const QByteArray bytes = sampleBundle(w);
    const auto nobody = [](const QString&) -> std::optional<QByteArray> { return std::nullopt; };
    const Outcome o = readBundle(bytes, kNorth, w.north, nobody);
    CHECK(kindOf(o) == BundleRefusal::UnknownSender);
    CHECK(o.refused->message.contains(kHv));
    CHECK(o.refused->message.contains(QStringLiteral("card first")));
    CHECK(o.chunks.isEmpty());
    CHECK(kindOf(readBundle(bytes, kNorth, w.north, BundleReader::SenderLookup())) == BundleRefusal::UnknownSender);
}

TEST_CASE("Bundle: the wrong signing key for the sender means damage", "[sharing][crypto]")
{
    const World w = makeWorld();
    const QByteArray southKey = w.south.signingPublic();
    const auto wrongKey = [southKey](const QString&) -> std::optional<QByteArray> { return southKey; };
    const Outcome o = readBundle(sampleBundle(w), kNorth, w.north, wrongKey);
    CHECK(kindOf(o) == BundleRefusal::Damaged);
    CHECK(o.refused->message.contains(QStringLiteral("the signature does not match")));

    // A third organisation writing under the sender's code is caught the same way
    const QByteArray forged = writeBundle(w.south, sampleChunks(), w.north.encryptionPublic());
    const Outcome f = readAtNorth(forged, w);
    CHECK(kindOf(f) == BundleRefusal::Damaged);
    CHECK(f.refused->message.contains(QStringLiteral("the signature does not match")));
}

TEST_CASE("Bundle: content refused by the caller is invalid content, unless the file is also forged", "[sharing][crypto]")
{
    const World w = makeWorld();
    int calls = 0;
    const auto refuseContent = [&calls](const QByteArray&) -> Result<void> {
        ++calls;
        return makeError(ErrorCode::Invalid, QStringLiteral("The content is not a FHIR bundle."));
    };
    const auto run = [&](QByteArray bytes) {
        QBuffer buffer(&bytes);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        calls = 0;
        return BundleReader::read(buffer, kNorth, w.north, knowsHv(w), refuseContent);
    };
    const auto refused = run(sampleBundle(w));
    REQUIRE(refused.has_value());
    CHECK(refused->kind == BundleRefusal::InvalidContent);
    CHECK(refused->message == QStringLiteral("The content is not a FHIR bundle."));
    CHECK(calls == 1); // nothing more handed over after the refusal

    const auto forged = run(writeBundle(w.south, sampleChunks(), w.north.encryptionPublic()));
    REQUIRE(forged.has_value());
    CHECK(forged->kind == BundleRefusal::Damaged);
}

TEST_CASE("Bundle: every single-byte change is refused", "[sharing][crypto]")
{
    const World w = makeWorld();
    const QByteArray bytes = sampleBundle(w);
    REQUIRE(bytes.size() < 4096);
    const qsizetype headerEnd = kPrefixSize + headerLength(bytes);
    REQUIRE_FALSE(readAtNorth(bytes, w).refused.has_value());

    QList<qsizetype> accepted, wrongKind;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        QByteArray changed = bytes;
        changed[i] = char(changed[i] ^ 0x01);
        const Outcome o = readAtNorth(changed, w);
        if (!o.refused) {
            accepted << i;
            continue;
        }
        const BundleRefusal kind = o.refused->kind;
        const bool expected = i < kPrefixSize ? kind == BundleRefusal::NotABundle
            : i < headerEnd                    ? kind != BundleRefusal::InvalidContent
                                               : kind == BundleRefusal::Damaged;
        if (!expected)
            wrongKind << i;
    }
    INFO("first accepted at " << (accepted.isEmpty() ? -1 : accepted.first()) << ", first unexpected refusal at "
                               << (wrongKind.isEmpty() ? -1 : wrongKind.first()));
    CHECK(accepted.isEmpty());
    CHECK(wrongKind.isEmpty());

    // The format digit is one of those bytes: '1' becomes '0'
    QByteArray format0 = bytes;
    const qsizetype digit = bytes.indexOf("\"format\":1") + 9;
    format0[digit] = char(format0[digit] ^ 0x01);
    CHECK(kindOf(readAtNorth(format0, w)) == BundleRefusal::UnknownFormat);
}

TEST_CASE("Bundle: every truncation and an appended byte are refused", "[sharing][crypto]")
{
    const World w = makeWorld();
    const QByteArray bytes = sampleBundle(w);
    const qsizetype headerEnd = kPrefixSize + headerLength(bytes);
    QList<qsizetype> accepted, wrongKind;
    for (qsizetype length = 0; length < bytes.size(); ++length) {
        const Outcome o = readAtNorth(bytes.left(length), w);
        if (!o.refused) {
            accepted << length;
            continue;
        }
        const BundleRefusal expected = length < headerEnd ? BundleRefusal::NotABundle : BundleRefusal::Damaged;
        if (o.refused->kind != expected)
            wrongKind << length;
    }
    CHECK(accepted.isEmpty());
    CHECK(wrongKind.isEmpty());

    for (const char extra : {'\0', 'x'}) {
        const Outcome o = readAtNorth(bytes + extra, w);
        REQUIRE(kindOf(o) == BundleRefusal::Damaged);
        CHECK(o.refused->message.contains(QStringLiteral("extra data")));
    }
}

TEST_CASE("Bundle: an unknown format version is refused before anything else", "[sharing]")
{
    const World w = makeWorld();
    const QByteArray bytes = sampleBundle(w);
    QByteArray format2 = bytes;
    format2.replace("\"format\":1", "\"format\":2");
    const Outcome o = readAtNorth(format2, w);
    CHECK(kindOf(o) == BundleRefusal::UnknownFormat);
    CHECK(o.refused->message.contains(QStringLiteral("format 2")));
    auto header = headerOf(format2);
    REQUIRE_FALSE(header.ok());
    CHECK(header.error().code == ErrorCode::Refused);
    CHECK(header.message().contains(QStringLiteral("format 2")));

    // A later format may have other fields: the version decides first
    CHECK(kindOf(readAtNorth(withHeader(bytes, R"({"format":3,"anything":"else"})"), w)) == BundleRefusal::UnknownFormat);
    CHECK(kindOf(readAtNorth(withHeader(bytes, R"({"format":0})"), w)) == BundleRefusal::UnknownFormat);
}

TEST_CASE("Bundle: the header is parsed strictly", "[sharing]")
{
    const World w = makeWorld();
    const QByteArray bytes = sampleBundle(w);
    CHECK_FALSE(readAtNorth(withHeader(bytes, kHeaderJson), w).refused.has_value()); // the helper itself is sound

    const QList<QByteArray> bad{
        "",
        "not json",
        "[1]",
        R"({"format":"1","sender":"RX1-HV01","recipient":"CC-NORTH","bundle":"3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4c7a10","created":"2026-01-15T09:00:00Z"})",
        R"({"sender":"RX1-HV01","recipient":"CC-NORTH","bundle":"3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4c7a10","created":"2026-01-15T09:00:00Z"})",
        R"({"format":1,"recipient":"CC-NORTH","bundle":"3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4c7a10","created":"2026-01-15T09:00:00Z"})",
        R"({"format":1,"sender":"RX1-HV01","recipient":"CC-NORTH","bundle":"3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4c7a10"})",
        R"({"format":1,"sender":"RX1-HV01","recipient":"CC-NORTH","bundle":"3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4c7a10","created":"2026-01-15T09:00:00Z","x":1})",
        R"({"sender":"RX1-HV01","format":1,"recipient":"CC-NORTH","bundle":"3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4c7a10","created":"2026-01-15T09:00:00Z"})",
        R"({"format": 1,"sender":"RX1-HV01","recipient":"CC-NORTH","bundle":"3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4c7a10","created":"2026-01-15T09:00:00Z"})",
        R"({"format":1.0,"sender":"RX1-HV01","recipient":"CC-NORTH","bundle":"3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4c7a10","created":"2026-01-15T09:00:00Z"})",
        R"({"format":1,"sender":"rx1-hv01","recipient":"CC-NORTH","bundle":"3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4c7a10","created":"2026-01-15T09:00:00Z"})",
        R"({"format":1,"sender":"RX1-HV01","recipient":"C","bundle":"3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4c7a10","created":"2026-01-15T09:00:00Z"})",
        R"({"format":1,"sender":7,"recipient":"CC-NORTH","bundle":"3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4c7a10","created":"2026-01-15T09:00:00Z"})",
        R"({"format":1,"sender":"RX1-HV01","recipient":"CC-NORTH","bundle":"3F1C2A9E-5B7D-4C1E-9A2F-0D6B8E4C7A10","created":"2026-01-15T09:00:00Z"})",
        R"({"format":1,"sender":"RX1-HV01","recipient":"CC-NORTH","bundle":"{3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4c7a10}","created":"2026-01-15T09:00:00Z"})",
        R"({"format":1,"sender":"RX1-HV01","recipient":"CC-NORTH","bundle":"00000000-0000-0000-0000-000000000000","created":"2026-01-15T09:00:00Z"})",
        R"({"format":1,"sender":"RX1-HV01","recipient":"CC-NORTH","bundle":"3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4c7a10","created":"2026-01-15T09:00:00+00:00"})",
        R"({"format":1,"sender":"RX1-HV01","recipient":"CC-NORTH","bundle":"3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4c7a10","created":"2026-01-15T09:00:00.000Z"})",
        R"({"format":1,"sender":"RX1-HV01","recipient":"CC-NORTH","bundle":"3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4c7a10","created":"2026-02-30T09:00:00Z"})",
        R"({"format":1,"sender":"RX1-HV01","recipient":"CC-NORTH","bundle":"3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4c7a10","created":"2026-01-15T24:00:00Z"})",
        R"({"format":1,"sender":"RX1-HV01","recipient":"CC-NORTH","bundle":"3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4c7a10","created":"2026-01-15"})",
        R"({"format":1,"sender":"RX1-HV01","recipient":"CC-NORTH","bundle":"3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4c7a10","created":1768467600})",
        R"({"format":1,"sender":"R\u00581-HV01","recipient":"CC-NORTH","bundle":"3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4c7a10","created":"2026-01-15T09:00:00Z"})",
    };
    for (const QByteArray& json : bad) {
        INFO(json.toStdString());
        const Outcome o = readAtNorth(withHeader(bytes, json), w);
        CHECK(kindOf(o) == BundleRefusal::NotABundle);
        CHECK(o.chunks.isEmpty());
        CHECK_FALSE(headerOf(withHeader(bytes, json)).ok());
    }

    // Wrong magic, an empty file, and a header length running past the end of the file
    QByteArray magic = bytes;
    magic[6] = 'A';
    const Outcome m = readAtNorth(magic, w);
    CHECK(kindOf(m) == BundleRefusal::NotABundle);
    CHECK(m.refused->message.contains(QStringLiteral("not a Tandem sharing bundle")));
    CHECK(kindOf(readAtNorth(QByteArray(), w)) == BundleRefusal::NotABundle);
    CHECK(kindOf(readAtNorth(QByteArray("TANDEMB\n") + u16be(0xffff) + kHeaderJson, w)) == BundleRefusal::NotABundle);
}

TEST_CASE("Bundle: refusal tokens are stable", "[sharing]")
{
    CHECK(bundleRefusalToken(BundleRefusal::NotABundle) == QStringLiteral("not-a-bundle"));
    CHECK(bundleRefusalToken(BundleRefusal::UnknownFormat) == QStringLiteral("unknown-format"));
    CHECK(bundleRefusalToken(BundleRefusal::WrongRecipient) == QStringLiteral("wrong-recipient"));
    CHECK(bundleRefusalToken(BundleRefusal::UnknownSender) == QStringLiteral("unknown-sender"));
    CHECK(bundleRefusalToken(BundleRefusal::Damaged) == QStringLiteral("damaged"));
    CHECK(bundleRefusalToken(BundleRefusal::InvalidContent) == QStringLiteral("invalid-content"));
}
