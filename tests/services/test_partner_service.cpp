#include "HealthVisitingFixtures.h"

#include "tandem/services/PartnerService.h"
#include "tandem/sharing/OrgKeys.h"
#include "tandem/store/Database.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

qint64 partners(Session& s) { return s.database().scalarInt(QStringLiteral("SELECT count(*) FROM partner")).value(); }

sharing::PartnerCard otherCard(const QString& code = QStringLiteral("CC01"))
{
    auto keys = sharing::OrgKeys::generate();
    REQUIRE(keys.ok());
    sharing::PartnerCard card;
    card.organisationName = QStringLiteral("Riverside Children's Centre");
    card.organisationCode = code;
    card.encryptionKey = keys.value().encryptionPublic();
    card.signingKey = keys.value().signingPublic();
    return card;
}

} // namespace

TEST_CASE("A new store has organisation keys and a card with a fingerprint", "[partner]")
{
    HealthVisitingStore hv;
    auto session = hv.as("hv");
    auto card = PartnerService(*session).ownCard();
    REQUIRE(card.ok());
    CHECK(card.value().organisationCode == session->organisation().code);
    CHECK(card.value().encryptionKey.size() == 32);
    CHECK(card.value().signingKey.size() == 32);
    CHECK(card.value().fingerprint().split(QLatin1Char(' ')).size() == 8);
    // The same store always shows the same card.
    auto again = PartnerService(*session).ownCard();
    REQUIRE(again.ok());
    CHECK(again.value().fingerprint() == card.value().fingerprint());
}

TEST_CASE("A partner is added only with its confirmed fingerprint", "[partner]")
{
    HealthVisitingStore hv;
    auto lead = hv.as("lead");
    const sharing::PartnerCard card = otherCard();

    SECTION("no fingerprint typed")
    {
        auto added = PartnerService(*lead).add(card, QString());
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().code == ErrorCode::Invalid);
        CHECK(partners(*lead) == 0);
    }
    SECTION("a wrong fingerprint")
    {
        QString typed = card.fingerprint();
        typed[0] = typed[0] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        auto added = PartnerService(*lead).add(card, typed);
        REQUIRE_FALSE(added.ok());
        CHECK(added.message().contains(QStringLiteral("does not match")));
        CHECK(partners(*lead) == 0);
    }
    SECTION("the right fingerprint, typed without spaces")
    {
        auto added = PartnerService(*lead).add(card, card.fingerprint().remove(QLatin1Char(' ')));
        INFO(added.message().toStdString());
        REQUIRE(added.ok());
        auto list = PartnerService(*lead).list();
        REQUIRE(list.ok());
        REQUIRE(list.value().size() == 1);
        CHECK(list.value().first().code == QStringLiteral("CC01"));
        CHECK(list.value().first().fingerprint == card.fingerprint());
        CHECK(list.value().first().addedByName == lead->user().displayName);
        CHECK_FALSE(list.value().first().lastSentAt.has_value());
        CHECK(PartnerService(*lead).byCode(QStringLiteral("cc01")).ok());
        CHECK(lead->database().scalarInt(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'partner.add'")).value() == 1);
    }
}

TEST_CASE("Partners are refused when they repeat a code or keys, or are this organisation", "[partner]")
{
    HealthVisitingStore hv;
    auto lead = hv.as("lead");
    const sharing::PartnerCard card = otherCard();
    REQUIRE(PartnerService(*lead).add(card, card.fingerprint()).ok());

    SECTION("same code, other keys")
    {
        const sharing::PartnerCard clash = otherCard();
        auto added = PartnerService(*lead).add(clash, clash.fingerprint());
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().code == ErrorCode::Conflict);
    }
    SECTION("same keys, other code")
    {
        sharing::PartnerCard renamed = card;
        renamed.organisationCode = QStringLiteral("CC02");
        auto added = PartnerService(*lead).add(renamed, renamed.fingerprint());
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().code == ErrorCode::Conflict);
    }
    SECTION("our own card")
    {
        auto own = PartnerService(*lead).ownCard();
        REQUIRE(own.ok());
        auto added = PartnerService(*lead).add(own.value(), own.value().fingerprint());
        REQUIRE_FALSE(added.ok());
        CHECK(added.message().contains(QStringLiteral("own organisation")));
    }
    CHECK(partners(*lead) == 1);
}

TEST_CASE("Only team leads and administrators add partners", "[partner]")
{
    HealthVisitingStore hv;
    const sharing::PartnerCard card = otherCard();
    for (const char* user : {"hv", "cc"}) {
        auto session = hv.as(user);
        auto added = PartnerService(*session).add(card, card.fingerprint());
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().code == ErrorCode::PermissionDenied);
    }
    auto admin = hv.store().unlockAdmin();
    CHECK(PartnerService(*admin).add(card, card.fingerprint()).ok());
}

TEST_CASE("A card file that is not a card is refused with the reason", "[partner]")
{
    HealthVisitingStore hv;
    const QString path = hv.store().dir() + QStringLiteral("/card.json");
    writeFile(path, QByteArrayLiteral("{\"hello\": 1}"));
    auto card = PartnerService::readCard(path);
    REQUIRE_FALSE(card.ok());
    CHECK(card.error().code == ErrorCode::Invalid);
    auto missing = PartnerService::readCard(hv.store().dir() + QStringLiteral("/none.json"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::Io);
}

TEST_CASE("A store upgraded from before sharing gets its organisation keys on the next unlock", "[partner]")
{
    HealthVisitingStore hv;
    {
        auto raw = hv.store().openRaw();
        REQUIRE(raw->run(QStringLiteral("DELETE FROM org_key")).ok()); // as a schema-5 store upgraded in place
    }
    auto session = hv.as("hv");
    auto card = PartnerService(*session).ownCard();
    REQUIRE(card.ok());
    CHECK(card.value().encryptionKey.size() == 32);
    CHECK(session->database().scalarInt(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'org.keys-generate'")).value() == 1);
    // Made once: the next unlock keeps them.
    auto again = hv.as("cc");
    auto same = PartnerService(*again).ownCard();
    REQUIRE(same.ok());
    CHECK(same.value().fingerprint() == card.value().fingerprint());
}
