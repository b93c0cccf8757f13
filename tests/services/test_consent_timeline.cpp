#include "ConsentFixtures.h"
#include "HealthVisitingFixtures.h"

#include "tandem/core/Clock.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/store/TimelineRepository.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {
// The family's timeline as "category: summary", newest first.
QStringList timeline(Session& s, const QString& familyUuid)
{
    auto record = FamilyRecordService(s).record(familyUuid);
    INFO(record.message().toStdString());
    REQUIRE(record.ok());
    QStringList out;
    for (const TimelineEvent& e : record.value().timeline)
        out << e.category + QStringLiteral(": ") + e.summary;
    return out;
}
} // namespace

TEST_CASE("Consent timeline: consents, withdrawals and safeguarding decisions read as sentences under Consent", "[services][consent][timeline]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    auto lead = t.as("lead");
    addTestPartner(*lead, QStringLiteral("Brook Lane Children's Centre"), QStringLiteral("RX1-CC01"));
    addTestPartner(*lead, QStringLiteral("Riverside Family Hub"), QStringLiteral("RX1-CC02"));
    const Family f = registerHvFamily(*hv, QStringLiteral("Isla"), QStringLiteral("Marlowe"), QDate(2024, 1, 5), 801);
    Consent draft = testConsentDraft(f, {QStringLiteral("RX1-CC01"), QStringLiteral("RX1-CC02")}, t.today(), t.today().addYears(1));
    draft.categories = {ShareCategory::Identity, ShareCategory::EyfsCheck};
    const Consent c = recordTestConsent(*hv, draft);
    REQUIRE(ConsentService(*hv).withdraw(c.uuid, t.today(), QStringLiteral("Family changed their mind")).ok());
    SafeguardingDecision d;
    d.childUuid = f.children.first().uuid;
    d.share = true;
    d.partnerCode = QStringLiteral("RX1-CC01");
    d.categories = {ShareCategory::Identity};
    d.reason = QStringLiteral("Bruising seen at the visit; the centre needs to know today.");
    d.decidedOn = t.today();
    d.shareUntil = t.today().addDays(7);
    d.authoriserUserUuid = lead->user().uuid;
    REQUIRE(ConsentService(*hv).recordSafeguarding(d).ok());
    d.share = false;
    d.partnerCode = QStringLiteral("RX1-CC02");
    d.categories.clear();
    d.shareUntil.reset();
    REQUIRE(ConsentService(*hv).recordSafeguarding(d).ok());

    const QStringList events = timeline(*hv, f.uuid);
    CHECK(events.contains(QStringLiteral("consent: Consent to share with RX1-CC01, RX1-CC02 recorded: Identity and contact details; "
                                         "EYFS progress check at two")));
    CHECK(events.contains(QStringLiteral("consent: Consent to share with RX1-CC01, RX1-CC02 withdrawn")));
    CHECK(events.contains(QStringLiteral("consent: Safeguarding decision: shared with RX1-CC01 without consent")));
    CHECK(events.contains(QStringLiteral("consent: Safeguarding decision: not to share with RX1-CC02")));
}

TEST_CASE("Consent timeline: bundles sent and received read as sentences under Sharing", "[services][consent][timeline]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    const Family f = registerHvFamily(*hv, QStringLiteral("Isla"), QStringLiteral("Marlowe"), QDate(2024, 1, 5), 802);
    // As the export and import services write them.
    const struct { const char* kind; const char* detail; } written[] = {
        {"share.sent", "RX1-CC01|5b0f6a9e-0000-4000-8000-000000000001"},
        {"share.received", "Brook Lane Children's Centre"},
        {"share.changed", "child.gpPractice|Brook Lane Children's Centre"},
        {"share.withdrawn", "Brook Lane Children's Centre|3"},
        {"share.withdrawn", "Riverside Family Hub|1"},
        {"share.conflict-resolved", "family.postcode|partner"},
        {"share.conflict-resolved", "adult.phone|local"},
    };
    store::TimelineRepository rows(hv->database());
    const QDateTime at(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC);
    for (const auto& w : written)
        REQUIRE(rows.append(f.uuid, {}, at, QString::fromLatin1(w.kind), QString::fromUtf8(w.detail), hv->user().uuid,
                            toStoreTimestamp(at)).ok());

    const QStringList events = timeline(*hv, f.uuid);
    for (const char* expected : {"share: Shared with RX1-CC01 in a sharing bundle",
                                 "share: Sharing bundle received from Brook Lane Children's Centre",
                                 "share: GP practice updated from Brook Lane Children's Centre's sharing bundle",
                                 "share: Brook Lane Children's Centre's consent withdrawn: 3 shared items removed",
                                 "share: Riverside Family Hub's consent withdrawn: 1 shared item removed",
                                 "share: Postcode: the partner's value was kept",
                                 "share: Phone: this record's value was kept"}) {
        INFO(expected);
        CHECK(events.contains(QString::fromUtf8(expected)));
    }
}
