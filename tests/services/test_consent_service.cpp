#include "HealthVisitingFixtures.h"

#include "tandem/services/ConsentService.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/PartnerService.h"
#include "tandem/sharing/OrgKeys.h"
#include "tandem/store/Database.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {

qint64 count(Session& s, const QString& sql) { return s.database().scalarInt(sql).value(); }

void addPartner(Session& lead, const QString& code)
{
    auto keys = sharing::OrgKeys::generate();
    REQUIRE(keys.ok());
    sharing::PartnerCard card{QStringLiteral("Partner ") + code, code, keys.value().encryptionPublic(), keys.value().signingPublic()};
    REQUIRE(PartnerService(lead).add(card, card.fingerprint()).ok());
}

struct Fixture {
    HealthVisitingStore hv;
    std::unique_ptr<Session> session;
    Family family;
    QString mother;

    Fixture()
    {
        auto lead = hv.as("lead");
        addPartner(*lead, QStringLiteral("CC01"));
        addPartner(*lead, QStringLiteral("CC02"));
        session = hv.as("hv");
        family = registerHvFamily(*session, QStringLiteral("Lila"), QStringLiteral("Marchbank"), QDate(2025, 3, 2), 41);
        auto record = FamilyRecordService(*session).record(family.uuid);
        REQUIRE(record.ok());
        mother = record.value().family.adults.first().uuid;
    }

    Consent draft() const
    {
        Consent c;
        c.familyUuid = family.uuid;
        c.givenByPersonUuid = mother;
        c.partnerCodes = {QStringLiteral("cc01")};
        c.categories = {ShareCategory::Assessments, ShareCategory::Identity};
        c.purpose = QStringLiteral("Stay and play sessions and speech support");
        c.method = QStringLiteral("written");
        c.givenOn = QDate(2026, 1, 10);
        c.reviewOn = QDate(2027, 1, 10);
        return c;
    }
};

} // namespace

TEST_CASE("Recording consent stores it normalised, on the timeline and audited", "[consent]")
{
    Fixture f;
    auto stored = ConsentService(*f.session).record(f.draft());
    INFO(stored.message().toStdString());
    REQUIRE(stored.ok());
    CHECK(stored.value().partnerCodes == QStringList{QStringLiteral("CC01")});
    CHECK(stored.value().categories == QList<ShareCategory>{ShareCategory::Identity, ShareCategory::Assessments});
    CHECK(stored.value().givenByName == QStringLiteral("Bethan Marchbank"));
    CHECK(stored.value().recordedByName == f.session->user().displayName);

    auto list = ConsentService(*f.session).forFamily(f.family.uuid);
    REQUIRE(list.ok());
    REQUIRE(list.value().size() == 1);
    CHECK(list.value().first().status == ConsentStatus::Active);
    CHECK_FALSE(list.value().first().expiresSoon);
    CHECK(count(*f.session, QStringLiteral("SELECT count(*) FROM timeline_event WHERE kind = 'consent.recorded'")) == 1);
    CHECK(count(*f.session, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'consent.record'")) == 1);
}

TEST_CASE("Consent is refused, and nothing written, when it cannot be valid", "[consent]")
{
    Fixture f;
    Consent c = f.draft();
    SECTION("an unknown partner") { c.partnerCodes = {QStringLiteral("XX99")}; }
    SECTION("no category") { c.categories.clear(); }
    SECTION("given in the future") { c.givenOn = f.hv.today().addDays(1); }
    SECTION("review before it was given") { c.reviewOn = c.givenOn.addDays(-1); }
    SECTION("given by someone who is not an adult of the family") { c.givenByPersonUuid = c.familyUuid; }
    SECTION("a child of another family")
    {
        Family other = registerHvFamily(*f.session, QStringLiteral("Otto"), QStringLiteral("Quarry"), QDate(2025, 1, 5), 42);
        c.childUuid = other.children.first().uuid;
    }
    auto stored = ConsentService(*f.session).record(c);
    REQUIRE_FALSE(stored.ok());
    CHECK(stored.error().code == ErrorCode::Invalid);
    CHECK(count(*f.session, QStringLiteral("SELECT count(*) FROM consent")) == 0);
    CHECK(count(*f.session, QStringLiteral("SELECT count(*) FROM timeline_event WHERE kind LIKE 'consent.%'")) == 0);
}

TEST_CASE("Consent needs parental responsibility", "[consent]")
{
    Fixture f;
    Person dad;
    dad.givenName = QStringLiteral("Rhys");
    dad.familyName = QStringLiteral("Marchbank");
    dad.relationship = QStringLiteral("father");
    dad.parentalResponsibility = false;
    auto added = FamilyService(*f.session).addAdult(f.family.uuid, dad);
    REQUIRE(added.ok());
    Consent c = f.draft();
    c.givenByPersonUuid = added.value().uuid;
    auto stored = ConsentService(*f.session).record(c);
    REQUIRE_FALSE(stored.ok());
    CHECK(stored.message().contains(QStringLiteral("parental responsibility")));
}

TEST_CASE("Withdrawal is one action and cannot be repeated", "[consent]")
{
    Fixture f;
    auto stored = ConsentService(*f.session).record(f.draft());
    REQUIRE(stored.ok());
    auto withdrawn = ConsentService(*f.session).withdraw(stored.value().uuid, f.hv.today(), QStringLiteral("Mother asked us to stop sharing"));
    INFO(withdrawn.message().toStdString());
    REQUIRE(withdrawn.ok());
    auto view = ConsentService(*f.session).consent(stored.value().uuid);
    REQUIRE(view.ok());
    CHECK(view.value().status == ConsentStatus::Withdrawn);
    CHECK(view.value().consent.withdrawalReason == QStringLiteral("Mother asked us to stop sharing"));
    CHECK(view.value().consent.meta.version == 2);

    auto again = ConsentService(*f.session).withdraw(stored.value().uuid, f.hv.today(), QStringLiteral("again"));
    REQUIRE_FALSE(again.ok());
    CHECK(count(*f.session, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'consent.withdraw'")) == 1);
}

TEST_CASE("A safeguarding share must be authorised by a team lead", "[consent][safeguarding]")
{
    Fixture f;
    SafeguardingDecision d;
    d.childUuid = f.family.children.first().uuid;
    d.share = true;
    d.partnerCode = QStringLiteral("CC01");
    d.categories = {ShareCategory::Identity, ShareCategory::HealthVisitingContacts};
    d.reason = QStringLiteral("Disclosure at the new birth visit; child at risk of significant harm");
    d.decidedOn = f.hv.today();
    d.shareUntil = f.hv.today().addDays(30);

    SECTION("a health visitor named as authoriser is refused")
    {
        d.authoriserUserUuid = f.hv.userUuid("hv");
        auto stored = ConsentService(*f.session).recordSafeguarding(d);
        REQUIRE_FALSE(stored.ok());
        CHECK(stored.message().contains(QStringLiteral("team lead")));
        CHECK(count(*f.session, QStringLiteral("SELECT count(*) FROM safeguarding_decision")) == 0);
    }
    SECTION("the team lead authorises; the decision is audited and shown with both names")
    {
        d.authoriserUserUuid = f.hv.userUuid("lead");
        auto stored = ConsentService(*f.session).recordSafeguarding(d);
        INFO(stored.message().toStdString());
        REQUIRE(stored.ok());
        CHECK(stored.value().authoriserName == QStringLiteral("Priya Castellan"));
        CHECK(stored.value().recordedByName == f.session->user().displayName);
        CHECK(count(*f.session, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'safeguarding.share'")) == 1);
        auto sharing = ConsentService(*f.session).sharingForFamily(f.family.uuid);
        REQUIRE(sharing.ok());
        bool sawShare = false;
        for (const ChildSharing& s : sharing.value())
            if (s.partnerCode == QStringLiteral("CC01")) {
                sawShare = true;
                CHECK(s.safeguarding);
                CHECK(s.categories.size() == 2);
            }
        CHECK(sawShare);
    }
    SECTION("a decision not to share is recorded with its reason")
    {
        d.share = false;
        d.authoriserUserUuid = f.hv.userUuid("lead");
        auto stored = ConsentService(*f.session).recordSafeguarding(d);
        REQUIRE(stored.ok());
        CHECK(stored.value().categories.isEmpty());
        CHECK_FALSE(stored.value().shareUntil.has_value());
        CHECK(count(*f.session, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'safeguarding.no-share'")) == 1);
    }
}

TEST_CASE("An administrator cannot record consent", "[consent]")
{
    Fixture f;
    auto admin = f.hv.store().unlockAdmin();
    auto stored = ConsentService(*admin).record(f.draft());
    REQUIRE_FALSE(stored.ok());
    CHECK(stored.error().code == ErrorCode::PermissionDenied);
}
