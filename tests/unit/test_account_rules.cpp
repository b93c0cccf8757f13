#include "tandem/core/AccountRules.h"

#include <catch2/catch.hpp>

using namespace tandem;

namespace {
SecureBuffer bytes(const char* s)
{
    QByteArray b(s);
    return SecureBuffer::takeFrom(b);
}
}

TEST_CASE("AccountRules: user names", "[core]")
{
    CHECK(AccountRules::username(QStringLiteral("  Amara.N ")).value() == QStringLiteral("amara.n"));
    CHECK(AccountRules::username(QStringLiteral("ab")).ok());
    CHECK(AccountRules::username(QString(32, QLatin1Char('a'))).ok());
    CHECK_FALSE(AccountRules::username(QString(33, QLatin1Char('a'))).ok());
    CHECK_FALSE(AccountRules::username(QStringLiteral("a")).ok());
    CHECK_FALSE(AccountRules::username(QStringLiteral("1amara")).ok());
    CHECK_FALSE(AccountRules::username(QStringLiteral("amara nwosu")).ok());
    CHECK(AccountRules::username(QString()).message() == QStringLiteral("Enter a user name."));
}

TEST_CASE("AccountRules: passphrases count characters, not bytes", "[core]")
{
    CHECK_FALSE(AccountRules::passphrase(bytes("123456789")).ok());
    CHECK(AccountRules::passphrase(bytes("1234567890")).ok());
    CHECK_FALSE(AccountRules::passphrase(bytes("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9")).ok()); // 5 characters, 10 bytes
    CHECK(AccountRules::passphrase(bytes(std::string(1024, 'x').c_str())).ok());
    CHECK_FALSE(AccountRules::passphrase(bytes(std::string(1025, 'x').c_str())).ok());
}

TEST_CASE("AccountRules: organisation name and code", "[core]")
{
    CHECK(AccountRules::organisationCode(QStringLiteral(" rx1-hv01 ")).value() == QStringLiteral("RX1-HV01"));
    CHECK_FALSE(AccountRules::organisationCode(QStringLiteral("R")).ok());
    CHECK_FALSE(AccountRules::organisationCode(QStringLiteral("-RX1")).ok());
    CHECK_FALSE(AccountRules::organisationCode(QStringLiteral("RX1_HV01")).ok());
    CHECK(AccountRules::organisationName(QStringLiteral(" Northgate   Team ")).value() == QStringLiteral("Northgate Team"));
    CHECK_FALSE(AccountRules::organisationName(QString(121, QLatin1Char('a'))).ok());
    CHECK(AccountRules::displayName(QStringLiteral(" Morgan  Ellery")).value() == QStringLiteral("Morgan Ellery"));
}
