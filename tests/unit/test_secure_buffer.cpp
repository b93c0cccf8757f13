#include "tandem/core/SecureBuffer.h"

#include <catch2/catch.hpp>

using namespace tandem;

TEST_CASE("SecureBuffer: takes ownership of secrets and wipes the source", "[core][crypto]")
{
    QByteArray source("a passphrase");
    SecureBuffer b = SecureBuffer::takeFrom(source);
    CHECK(source.isEmpty());
    REQUIRE(b.size() == 12);
    CHECK(std::string(reinterpret_cast<const char*>(b.data()), b.size()) == "a passphrase");

    QString text = QStringLiteral("pässphrase");
    SecureBuffer u = SecureBuffer::fromPassphrase(text);
    CHECK(text.isEmpty());
    CHECK(u.size() == 11); // UTF-8

    SecureBuffer copy = b.clone();
    CHECK(copy.equals(b));
    CHECK_FALSE(copy.equals(u));
    SecureBuffer moved = std::move(copy);
    CHECK(copy.isEmpty());
    CHECK(moved.equals(b));
    moved.wipe();
    CHECK(moved.isEmpty());
    CHECK(moved.data() == nullptr);
}

TEST_CASE("SecureBuffer: wipeString clears a shared string without touching its twin's copy", "[core][crypto]")
{
    QString original = QStringLiteral("shared secret");
    QString twin = original; // implicitly shared
    wipeString(original);
    CHECK(original.isEmpty());
    CHECK(twin == QStringLiteral("shared secret"));
}
