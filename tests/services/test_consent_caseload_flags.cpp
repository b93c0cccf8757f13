#include "ConsentFixtures.h"
#include "FamilyFixtures.h"
#include "HealthVisitingFixtures.h"

#include "tandem/services/CaseloadService.h"
#include "tandem/services/FamilyService.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {
const QString kCode = QStringLiteral("RX1-CC01");

const CaseloadEntry* entryFor(const Caseload& c, const QString& familyUuid)
{
    for (const CaseloadEntry& e : c.entries)
        if (e.familyUuid == familyUuid)
            return &e;
    return nullptr;
}

// The consent flags of each child of the family, by child uuid.
QHash<QString, QStringList> consentFlags(Session& s, const QString& familyUuid)
{
    auto caseload = CaseloadService(s).caseload();
    INFO(caseload.message().toStdString());
    REQUIRE(caseload.ok());
    const CaseloadEntry* e = entryFor(caseload.value(), familyUuid);
    REQUIRE(e);
    QHash<QString, QStringList> out;
    int flags = 0;
    for (const CaseloadChild& c : e->children) {
        flags += static_cast<int>(c.flags.size());
        for (const AssessmentFlag& f : c.flags)
            if (f.kind == AssessmentFlag::Kind::ConsentExpiring)
                out[c.uuid] << f.text;
    }
    CHECK(e->flagCount == flags);
    return out;
}

struct ConsentCaseload {
    HealthVisitingStore t;
    std::unique_ptr<Session> hv = t.as("hv");
    std::unique_ptr<Session> lead = t.as("lead");
    QDate today = t.today();
    int seed = 600;

    ConsentCaseload() { addTestPartner(*lead, QStringLiteral("Brook Lane Children's Centre"), kCode); }

    // An 18-month-old (no review due, so only consent can flag them) on hv's caseload, with a
    // family consent given a year ago and reviewed on reviewOn.
    Family familyWithConsent(const QString& name, const QDate& reviewOn)
    {
        const Family f = registerHvFamily(*hv, QStringLiteral("Ada"), name, today.addMonths(-18), ++seed);
        recordTestConsent(*hv, testConsentDraft(f, {kCode}, today.addYears(-1), reviewOn));
        return f;
    }
};
} // namespace

TEST_CASE("Consent flags: a consent whose review is within 30 days is flagged, 31 days is not", "[services][caseload][consent]")
{
    ConsentCaseload s;
    const Family in30 = s.familyWithConsent(QStringLiteral("Thirty"), s.today.addDays(30));
    const Family in31 = s.familyWithConsent(QStringLiteral("Thirtyone"), s.today.addDays(31));
    const Family onTheDay = s.familyWithConsent(QStringLiteral("Today"), s.today);

    const auto flagged = consentFlags(*s.hv, in30.uuid);
    REQUIRE(flagged.size() == 1);
    CHECK(flagged.value(in30.children.first().uuid) ==
          QStringList{QStringLiteral("Consent to share with RX1-CC01 expires on 14/02/2026")});
    CHECK(consentFlags(*s.hv, in31.uuid).isEmpty());
    // The review date is still covered: the last day flags too.
    CHECK(consentFlags(*s.hv, onTheDay.uuid).size() == 1);

    CaseloadFilter filter;
    filter.flaggedOnly = true;
    auto narrowed = CaseloadService(*s.hv).caseload(filter);
    REQUIRE(narrowed.ok());
    QStringList shown;
    for (const CaseloadEntry& e : narrowed.value().entries)
        shown << e.familyUuid;
    CHECK(shown.contains(in30.uuid));
    CHECK(shown.contains(onTheDay.uuid));
    CHECK_FALSE(shown.contains(in31.uuid));

    // A day later the 31-day consent comes into the window.
    s.t.clock().set(QDateTime(s.today.addDays(1), QTime(9, 0), Qt::UTC));
    CHECK(consentFlags(*s.hv, in31.uuid).size() == 1);
    // The day after its review date the consent has expired: no longer flagged.
    CHECK(consentFlags(*s.hv, onTheDay.uuid).isEmpty());
}

TEST_CASE("Consent flags: withdrawn and expired consents are not flagged", "[services][caseload][consent]")
{
    ConsentCaseload s;
    const Family withdrawn = s.familyWithConsent(QStringLiteral("Withdrawn"), s.today.addDays(10));
    const Family expired = s.familyWithConsent(QStringLiteral("Expired"), s.today.addDays(-1));
    const Family active = s.familyWithConsent(QStringLiteral("Active"), s.today.addDays(10));
    auto consents = ConsentService(*s.hv).forFamily(withdrawn.uuid);
    REQUIRE(consents.ok());
    REQUIRE(consents.value().size() == 1);
    auto done = ConsentService(*s.hv).withdraw(consents.value().first().consent.uuid, s.today, QStringLiteral("Mum asked us to stop"));
    INFO(done.message().toStdString());
    REQUIRE(done.ok());

    CHECK(consentFlags(*s.hv, withdrawn.uuid).isEmpty());
    CHECK(consentFlags(*s.hv, expired.uuid).isEmpty());
    CHECK(consentFlags(*s.hv, active.uuid).size() == 1);
}

TEST_CASE("Consent flags: a family consent flags every child, a child's consent only that child", "[services][caseload][consent]")
{
    ConsentCaseload s;
    const Family f = registerHvFamily(*s.hv, QStringLiteral("Ada"), QStringLiteral("Ashdown"), s.today.addMonths(-18), 701);
    Child kai;
    kai.givenName = QStringLiteral("Kai");
    kai.familyName = QStringLiteral("Ashdown");
    kai.dateOfBirth = s.today.addMonths(-5);
    kai.sex = QStringLiteral("male");
    kai.nhsNumber = syntheticNhs(702);
    auto added = FamilyService(*s.hv).addChild(f.uuid, kai);
    INFO(added.message().toStdString());
    REQUIRE(added.ok());
    const Family& family = f; // the mother has parental responsibility for Kai too
    const QString ada = f.children.first().uuid;
    const QString kaiUuid = added.value().uuid;

    // Kai's own consent, soon to lapse; nothing for the family yet.
    recordTestConsent(*s.hv, testConsentDraft(family, {kCode}, s.today.addDays(-7), s.today.addDays(5), kaiUuid));
    auto flags = consentFlags(*s.hv, family.uuid);
    CHECK(flags.value(kaiUuid).size() == 1);
    CHECK_FALSE(flags.contains(ada));

    // A family consent, also lapsing: both children, and Kai's two flags soonest first.
    recordTestConsent(*s.hv, testConsentDraft(family, {kCode}, s.today.addDays(-7), s.today.addDays(20)));
    flags = consentFlags(*s.hv, family.uuid);
    CHECK(flags.value(ada) == QStringList{QStringLiteral("Consent to share with RX1-CC01 expires on 04/02/2026")});
    CHECK(flags.value(kaiUuid) == QStringList({QStringLiteral("Consent to share with RX1-CC01 expires on 20/01/2026"),
                                               QStringLiteral("Consent to share with RX1-CC01 expires on 04/02/2026")}));
}
