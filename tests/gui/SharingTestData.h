#pragma once

// Two synthetic organisations for the Sharing area's tests: a health visiting team and a
// children's centre, each with its own store, that exchange cards, record consent and send
// each other bundles through the services. Names are made up; NHS numbers pass Modulus 11.

#include "FamilyTestData.h"

#include "tandem/services/BundleExportService.h"
#include "tandem/services/ConsentService.h"
#include "tandem/services/PartnerService.h"
#include "tandem/services/UserService.h"
#include "tandem/sharing/OrgKeys.h"

namespace tandem::test {

// One organisation's store, with its administrator and one practitioner signed in.
struct GuiOrgStore {
    GuiOrgStore(ManualClock& clock, const QString& name, const QString& code, Role role, const QString& username,
             const QString& displayName)
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("org.tandem"));
        CreateStoreRequest request = standardRequest(path);
        request.organisationName = name;
        request.organisationCode = code;
        auto created = StoreService::create(request, secret(kAdminPassphrase), clock);
        INFO(created.message().toStdString());
        REQUIRE(created.ok());
        admin = open(clock, QStringLiteral("admin"), kAdminPassphrase);
        addTestUser(*admin, username, displayName, role);
        worker = open(clock, username, kSecondPassphrase);
    }

    std::unique_ptr<Session> open(ManualClock& clock, const QString& username, const char* passphrase)
    {
        UnlockRequest r;
        r.path = path;
        r.username = username;
        r.failureDelay = std::chrono::milliseconds(0);
        r.newSlotKdf = store::KdfParams::testing();
        auto s = StoreService::unlock(r, secret(passphrase), clock);
        INFO(s.message().toStdString());
        REQUIRE(s.ok());
        return std::move(s).value();
    }

    sharing::PartnerCard card() const
    {
        auto own = PartnerService(*admin).ownCard();
        REQUIRE(own.ok());
        return own.value();
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Session> admin;
    std::unique_ptr<Session> worker;
};

inline const QString kHvCode = QStringLiteral("RX1-HV01");
inline const QString kCentreCode = QStringLiteral("CC-BL01");

// Northgate's health visitors (worker "amara") and Brook Lane Children's Centre (worker "dylan").
struct SharingPair {
    ManualClock clock{QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC)};
    GuiOrgStore hv{clock, QStringLiteral("Northgate Health Visiting Team"), kHvCode, Role::HealthVisitor, QStringLiteral("amara"),
                QStringLiteral("Amara Nwosu-Lane")};
    GuiOrgStore centre{clock, QStringLiteral("Brook Lane Children's Centre"), kCentreCode, Role::ChildrensCentrePractitioner,
                    QStringLiteral("dylan"), QStringLiteral("Dylan Prothero")};

    // Each administrator adds the other's card, with the fingerprint read out correctly.
    void exchangeCards()
    {
        const sharing::PartnerCard hvCard = hv.card();
        const sharing::PartnerCard centreCard = centre.card();
        auto a = PartnerService(*hv.admin).add(centreCard, centreCard.fingerprint());
        INFO(a.message().toStdString());
        REQUIRE(a.ok());
        auto b = PartnerService(*centre.admin).add(hvCard, hvCard.fingerprint());
        INFO(b.message().toStdString());
        REQUIRE(b.ok());
    }

    QDate today() const { return clock.nowUtc().date(); }
};

// A card for an organisation with no store here, as another partner to consent to.
inline sharing::PartnerCard otherCard(const QString& name, const QString& code)
{
    auto keys = sharing::OrgKeys::generate();
    REQUIRE(keys.ok());
    sharing::PartnerCard card;
    card.organisationName = name;
    card.organisationCode = code;
    card.encryptionKey = keys.value().encryptionPublic();
    card.signingKey = keys.value().signingPublic();
    return card;
}

inline Consent consentDraft(const Family& family, const QStringList& partners, const QList<ShareCategory>& categories,
                            const QDate& givenOn, const QDate& reviewOn)
{
    Consent c;
    c.familyUuid = family.uuid;
    c.givenByPersonUuid = family.adults.first().uuid;
    c.partnerCodes = partners;
    c.categories = categories;
    c.purpose = QStringLiteral("Joined-up support from the children's centre stay-and-play team.");
    c.method = QStringLiteral("written");
    c.givenOn = givenOn;
    c.reviewOn = reviewOn;
    return c;
}

inline Consent recordConsent(Session& session, const Consent& draft)
{
    auto recorded = ConsentService(session).record(draft);
    INFO(recorded.message().toStdString());
    REQUIRE(recorded.ok());
    return recorded.value();
}

// The consent matrix in the health visiting store, as seen by an export to the children's centre
// on SharingPair's day: one child for each case.
struct ExportMatrix {
    Family covered;      // consent for the centre: identity and birth details
    Family otherPartner; // consent for another organisation only
    Family expired;      // consent for the centre, past its review date
    Family withdrawn;    // consent for the centre, withdrawn
    Family safeguarded;  // no consent; a team lead authorised sharing identity details
    Family noConsent;    // nothing recorded
};

inline ExportMatrix buildExportMatrix(SharingPair& pair)
{
    Session& hv = *pair.hv.worker;
    const QDate today = pair.today();
    const sharing::PartnerCard westfield = otherCard(QStringLiteral("Westfield Family Hub"), QStringLiteral("WF-FH02"));
    REQUIRE(PartnerService(*pair.hv.admin).add(westfield, westfield.fingerprint()).ok());
    const User lead = addTestUser(*pair.hv.admin, QStringLiteral("priya"), QStringLiteral("Priya Castellan"), Role::TeamLead);
    auto family = [&](const char* given, const char* surname, int serial) {
        return registerSample(hv, sampleFamily(QString::fromLatin1(given), QString::fromLatin1(surname), QDate(2025, 3, serial),
                                               testNhsNumber(700 + serial)));
    };
    ExportMatrix m;
    m.covered = family("Wren", "Hollowby", 1);
    m.otherPartner = family("Tobin", "Marchetti", 2);
    m.expired = family("Isla", "Brennan", 3);
    m.withdrawn = family("Oscar", "Pembury", 4);
    m.safeguarded = family("Theo", "Lindqvist", 5);
    m.noConsent = family("Freya", "Castellane", 6);

    const QList<ShareCategory> identityAndBirth{ShareCategory::Identity, ShareCategory::Birth};
    recordConsent(hv, consentDraft(m.covered, {kCentreCode}, identityAndBirth, today.addDays(-14), today.addMonths(6)));
    recordConsent(hv, consentDraft(m.otherPartner, {QStringLiteral("WF-FH02")}, identityAndBirth, today.addDays(-14),
                                   today.addMonths(6)));
    // Recorded back in the spring, reviewed by the end of October: expired now.
    const QDateTime now = pair.clock.nowUtc();
    pair.clock.set(QDateTime(QDate(2026, 4, 20), QTime(10, 0), Qt::UTC));
    recordConsent(hv, consentDraft(m.expired, {kCentreCode}, identityAndBirth, QDate(2026, 4, 20), QDate(2026, 10, 31)));
    pair.clock.set(now);
    const Consent toWithdraw =
        recordConsent(hv, consentDraft(m.withdrawn, {kCentreCode}, identityAndBirth, today.addDays(-30), today.addMonths(6)));
    auto withdrawn = ConsentService(hv).withdraw(toWithdraw.uuid, today.addDays(-2), QStringLiteral("The family no longer use the centre."));
    INFO(withdrawn.message().toStdString());
    REQUIRE(withdrawn.ok());

    SafeguardingDecision d;
    d.familyUuid = m.safeguarded.uuid;
    d.childUuid = m.safeguarded.children.first().uuid;
    d.share = true;
    d.partnerCode = kCentreCode;
    d.categories = {ShareCategory::Identity};
    d.reason = QStringLiteral("Theo is at risk of harm; the centre needs the current address to join the home visit agreed at "
                              "the strategy meeting.");
    d.decidedOn = today;
    d.shareUntil = today.addDays(30);
    d.authoriserUserUuid = lead.uuid;
    auto decided = ConsentService(hv).recordSafeguarding(d);
    INFO(decided.message().toStdString());
    REQUIRE(decided.ok());
    return m;
}

// Exports from the health visitors to the centre, as amara; REQUIREs success.
inline ExportResult exportToCentre(SharingPair& pair, const QString& path)
{
    auto sent = BundleExportService(*pair.hv.worker).exportTo(kCentreCode, path);
    INFO(sent.message().toStdString());
    REQUIRE(sent.ok());
    return sent.value();
}

} // namespace tandem::test
