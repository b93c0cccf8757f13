#include "TestStore.h"

#include "tandem/store/Keyslot.h"
#include "tandem/store/KeyslotFile.h"

#include <catch2/catch.hpp>


using namespace tandem;
using namespace tandem::store;
using tandem::test::randomKey;
using tandem::test::secret;

namespace {
const QString kStore = QStringLiteral("6f1d0c1e-2b1a-4a55-8d0e-3c9a7e5b1f20");
const QString kUser = QStringLiteral("8a3e4f10-5c2d-4b7e-9f11-0d2c3b4a5e6f");

}

TEST_CASE("Keyslot: wraps and unwraps the data key", "[store][crypto]")
{
    const SecureBuffer key = randomKey();
    auto slot = Keyslot::create(kStore, kUser, QStringLiteral("Amara"), secret("lantern orbit staple"), key, KdfParams::testing());
    REQUIRE(slot.ok());
    CHECK(slot.value().isIntact());
    CHECK(slot.value().userTag == Keyslot::tagFor(kStore, QStringLiteral(" amara ")));

    auto back = slot.value().unwrap(kStore, secret("lantern orbit staple"));
    REQUIRE(back.ok());
    CHECK(back.value().equals(key));

    auto wrong = slot.value().unwrap(kStore, secret("lantern orbit stapler"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::WrongPassphrase);

    // Bound to its store: the same slot cannot open another store's key.
    auto elsewhere = slot.value().unwrap(QStringLiteral("00000000-0000-4000-8000-000000000000"), secret("lantern orbit staple"));
    CHECK_FALSE(elsewhere.ok());
}

TEST_CASE("Keyslot: JSON round trip keeps every field; any edit shows as damage", "[store][crypto]")
{
    const SecureBuffer key = randomKey();
    auto slot = Keyslot::create(kStore, kUser, QStringLiteral("amara"), secret("lantern orbit staple"), key, KdfParams::testing());
    REQUIRE(slot.ok());
    auto parsed = Keyslot::fromJson(slot.value().toJson());
    REQUIRE(parsed.ok());
    CHECK(parsed.value().isIntact());
    CHECK(parsed.value().unwrap(kStore, secret("lantern orbit staple")).ok());

    Keyslot edited = parsed.value();
    SECTION("user") { edited.userUuid = kStore; }
    SECTION("tag") { edited.userTag = QStringLiteral("00"); }
    SECTION("cost") { edited.kdf.opsLimit += 1; }
    SECTION("salt") { edited.kdf.salt[0] = static_cast<char>(edited.kdf.salt[0] ^ 1); }
    SECTION("nonce") { edited.nonce[0] = static_cast<char>(edited.nonce[0] ^ 1); }
    SECTION("wrapped key") { edited.wrappedKey[5] = static_cast<char>(edited.wrappedKey[5] ^ 1); }
    CHECK_FALSE(edited.isIntact());
    auto opened = edited.unwrap(kStore, secret("lantern orbit staple"));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::DamagedKeyslot);
}

TEST_CASE("Keyslot: missing or malformed JSON fields are reported as damage", "[store][crypto]")
{
    auto slot = Keyslot::create(kStore, kUser, QStringLiteral("amara"), secret("lantern orbit staple"), randomKey(), KdfParams::testing());
    REQUIRE(slot.ok());
    for (const char* field : {"id", "user", "tag", "nonce", "wrapped", "checksum", "kdf"}) {
        QJsonObject json = slot.value().toJson();
        json.remove(QLatin1String(field));
        auto parsed = Keyslot::fromJson(json);
        INFO(field);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == ErrorCode::DamagedKeyslot);
    }
    QJsonObject json = slot.value().toJson();
    json.insert(QStringLiteral("nonce"), QStringLiteral("***not base64***"));
    CHECK_FALSE(Keyslot::fromJson(json).ok());
}

TEST_CASE("KdfParams: costs a hostile file could abuse are rejected", "[store][crypto]")
{
    KdfParams p = KdfParams::testing();
    CHECK(p.validate().ok());
    CHECK(p.isTestingCost());
    CHECK_FALSE(KdfParams::production().isTestingCost());
    KdfParams huge = p;
    huge.memLimit = 64ULL * 1024 * 1024 * 1024;
    CHECK(huge.validate().error().code == ErrorCode::DamagedKeyslot);
    KdfParams zero = p;
    zero.opsLimit = 0;
    CHECK_FALSE(zero.validate().ok());
    KdfParams alg = p;
    alg.algorithm = QStringLiteral("scrypt");
    CHECK_FALSE(alg.validate().ok());
    KdfParams salt = p;
    salt.salt.chop(1);
    CHECK_FALSE(salt.validate().ok());
    CHECK(KdfParams::testing().salt != KdfParams::testing().salt);
}

TEST_CASE("KeyslotFile: one damaged slot locks out only its own user", "[store]")
{
    const SecureBuffer key = randomKey();
    KeyslotFile file = KeyslotFile::empty(kStore);
    auto a = Keyslot::create(kStore, kUser, QStringLiteral("amara"), secret("lantern orbit staple"), key, KdfParams::testing());
    auto b = Keyslot::create(kStore, kStore, QStringLiteral("dylan"), secret("harbour kettle moss"), key, KdfParams::testing());
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    QJsonObject broken = a.value().toJson();
    broken.remove(QStringLiteral("nonce"));
    file.put(b.value());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.keys"));
    REQUIRE(file.save(path).ok());
    auto loaded = KeyslotFile::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded.value().findByUsername(QStringLiteral("DYLAN")).ok());
    CHECK(loaded.value().findByUsername(QStringLiteral("amara")).error().code == ErrorCode::NotFound);
    CHECK(loaded.value().removeUser(kStore));
    CHECK(loaded.value().size() == 0);
}
