#include "tandem/sharing/OrgKeys.h"

#include <catch2/catch.hpp>

#include <sodium.h>

#include <cstring>

using namespace tandem;
using namespace tandem::sharing;

namespace {

QByteArray bytesOf(const SecureBuffer& buffer) { return QByteArray(reinterpret_cast<const char*>(buffer.data()), qsizetype(buffer.size())); }

Result<OrgKeys> restore(const OrgKeys& keys) // as the store would, from its saved bytes
{
    return OrgKeys::fromStored(keys.encryptionPublic(), keys.encryptionSecret().clone(), keys.signingPublic(), keys.signingSecret().clone());
}

} // namespace

TEST_CASE("OrgKeys: generate makes two fresh key pairs of the documented sizes", "[sharing][crypto]")
{
    auto a = OrgKeys::generate();
    auto b = OrgKeys::generate();
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.value().encryptionPublic().size() == OrgKeys::kPublicKeyBytes);
    CHECK(a.value().signingPublic().size() == OrgKeys::kPublicKeyBytes);
    CHECK(a.value().encryptionSecret().size() == 32);
    CHECK(a.value().signingSecret().size() == 64);
    CHECK(a.value().encryptionPublic() != b.value().encryptionPublic());
    CHECK(a.value().signingPublic() != b.value().signingPublic());
    CHECK_FALSE(a.value().encryptionSecret().equals(b.value().encryptionSecret()));
}

TEST_CASE("OrgKeys: generated keys encrypt to and sign for their owner", "[sharing][crypto]")
{
    auto keys = OrgKeys::generate();
    REQUIRE(keys.ok());
    const OrgKeys& k = keys.value();

    const QByteArray message("file key stand-in, 32 bytes long");
    QByteArray sealed(message.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    REQUIRE(crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), reinterpret_cast<const unsigned char*>(message.constData()),
                            message.size(), reinterpret_cast<const unsigned char*>(k.encryptionPublic().constData()))
            == 0);
    QByteArray opened(message.size(), Qt::Uninitialized);
    REQUIRE(crypto_box_seal_open(reinterpret_cast<unsigned char*>(opened.data()), reinterpret_cast<const unsigned char*>(sealed.constData()),
                                 sealed.size(), reinterpret_cast<const unsigned char*>(k.encryptionPublic().constData()),
                                 k.encryptionSecret().data())
            == 0);
    CHECK(opened == message);

    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr, reinterpret_cast<const unsigned char*>(message.constData()), message.size(), k.signingSecret().data());
    CHECK(crypto_sign_verify_detached(signature, reinterpret_cast<const unsigned char*>(message.constData()), message.size(),
                                      reinterpret_cast<const unsigned char*>(k.signingPublic().constData()))
          == 0);
}

TEST_CASE("OrgKeys: keys survive the round trip through stored bytes", "[sharing][crypto]")
{
    auto keys = OrgKeys::generate();
    REQUIRE(keys.ok());
    auto restored = restore(keys.value());
    REQUIRE(restored.ok());
    CHECK(restored.value().encryptionPublic() == keys.value().encryptionPublic());
    CHECK(restored.value().signingPublic() == keys.value().signingPublic());
    CHECK(restored.value().encryptionSecret().equals(keys.value().encryptionSecret()));
    CHECK(restored.value().signingSecret().equals(keys.value().signingSecret()));
}

TEST_CASE("OrgKeys: fromStored refuses wrong lengths", "[sharing][crypto]")
{
    auto keys = OrgKeys::generate();
    REQUIRE(keys.ok());
    const OrgKeys& k = keys.value();
    QByteArray shortSecret = bytesOf(k.encryptionSecret()).left(31);
    QByteArray longSigning = bytesOf(k.signingSecret()) + '\0';

    const auto check = [](const Result<OrgKeys>& r) {
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.message().contains(QStringLiteral("wrong length")));
    };
    check(OrgKeys::fromStored(k.encryptionPublic().left(31), k.encryptionSecret().clone(), k.signingPublic(), k.signingSecret().clone()));
    check(OrgKeys::fromStored(k.encryptionPublic(), SecureBuffer::takeFrom(shortSecret), k.signingPublic(), k.signingSecret().clone()));
    check(OrgKeys::fromStored(k.encryptionPublic(), k.encryptionSecret().clone(), k.signingPublic() + 'x', k.signingSecret().clone()));
    check(OrgKeys::fromStored(k.encryptionPublic(), k.encryptionSecret().clone(), k.signingPublic(), SecureBuffer::takeFrom(longSigning)));
    check(OrgKeys::fromStored(QByteArray(), SecureBuffer(), QByteArray(), SecureBuffer()));
}

TEST_CASE("OrgKeys: fromStored refuses public keys that do not belong to the secrets", "[sharing][crypto]")
{
    auto mine = OrgKeys::generate();
    auto theirs = OrgKeys::generate();
    REQUIRE(mine.ok());
    REQUIRE(theirs.ok());
    const OrgKeys& a = mine.value();
    const OrgKeys& b = theirs.value();

    const auto refused = [](const Result<OrgKeys>& r) {
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.message().contains(QStringLiteral("do not belong together")));
    };
    SECTION("another organisation's encryption public key")
    {
        refused(OrgKeys::fromStored(b.encryptionPublic(), a.encryptionSecret().clone(), a.signingPublic(), a.signingSecret().clone()));
    }
    SECTION("another organisation's signing public key")
    {
        refused(OrgKeys::fromStored(a.encryptionPublic(), a.encryptionSecret().clone(), b.signingPublic(), a.signingSecret().clone()));
    }
    SECTION("the two public keys swapped with each other")
    {
        refused(OrgKeys::fromStored(a.signingPublic(), a.encryptionSecret().clone(), a.encryptionPublic(), a.signingSecret().clone()));
    }
    SECTION("a signing secret whose seed was changed but whose public tail still matches")
    {
        SecureBuffer patched = a.signingSecret().clone();
        patched.data()[0] ^= 0x01;
        refused(OrgKeys::fromStored(a.encryptionPublic(), a.encryptionSecret().clone(), a.signingPublic(), std::move(patched)));
    }
    SECTION("a signing secret whose public tail was changed to another organisation's")
    {
        SecureBuffer patched = a.signingSecret().clone();
        std::memcpy(patched.data() + 32, b.signingPublic().constData(), 32);
        refused(OrgKeys::fromStored(a.encryptionPublic(), a.encryptionSecret().clone(), b.signingPublic(), std::move(patched)));
    }
    SECTION("one bit of the encryption secret changed")
    {
        SecureBuffer patched = a.encryptionSecret().clone();
        patched.data()[5] ^= 0x40;
        refused(OrgKeys::fromStored(a.encryptionPublic(), std::move(patched), a.signingPublic(), a.signingSecret().clone()));
    }
}
