#include "FieldIssueHelpers.h"
#include "tandem/domain/ConsentRules.h"

#include "QtCatch.h"

namespace Catch {
template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList& list)
    {
        return '[' + list.join(QLatin1Char(',')).toStdString() + ']';
    }
};
} // namespace Catch

using namespace tandem;
using namespace tandem::domain;
using namespace tandem::test;

namespace {

// Synthetic store: two children in one family, one child in another, three partners.
const QDate kToday(2025, 3, 10);
const QString kFamily = QStringLiteral("family-penn");
const QString kOtherFamily = QStringLiteral("family-osei");
const QString kAda = QStringLiteral("child-ada");
const QString kBen = QStringLiteral("child-ben");
const QString kKofi = QStringLiteral("child-kofi"); // of the other family
const QString kCentre = QStringLiteral("CC-02");
const QStringList kPartners = {QStringLiteral("HV-01"), QStringLiteral("CC-02"), QStringLiteral("CC-03")};

// Categories as tokens in list order, so a failure prints what was there and in which order.
QString cats(const QList<ShareCategory>& categories)
{
    QStringList out;
    for (ShareCategory c : categories)
        out.append(ShareCategories::token(c));
    return out.join(QLatin1Char(','));
}

QString joined(const QStringList& list) { return list.join(QLatin1Char(',')); }

Consent consent(const QString& uuid = QStringLiteral("consent-1"))
{
    Consent c;
    c.uuid = uuid;
    c.familyUuid = kFamily;
    c.childUuid = kAda;
    c.givenByPersonUuid = QStringLiteral("person-mother");
    c.partnerCodes = {kCentre};
    c.categories = {ShareCategory::Identity, ShareCategory::Birth};
    c.purpose = QStringLiteral("So the children's centre can offer groups without the family repeating their story.");
    c.method = QStringLiteral("written");
    c.givenOn = kToday.addMonths(-6);
    c.reviewOn = kToday.addMonths(6);
    return c;
}

Consent familyConsent(const QString& uuid = QStringLiteral("consent-family"))
{
    Consent c = consent(uuid);
    c.childUuid.clear();
    return c;
}

SafeguardingDecision share(const QString& uuid = QStringLiteral("sg-1"))
{
    SafeguardingDecision d;
    d.uuid = uuid;
    d.familyUuid = kFamily;
    d.childUuid = kAda;
    d.share = true;
    d.partnerCode = kCentre;
    d.categories = {ShareCategory::Identity, ShareCategory::HealthVisitingContacts};
    d.reason = QStringLiteral("Strategy meeting agreed the centre needs contact history to keep the child safe.");
    d.decidedOn = kToday.addDays(-5);
    d.shareUntil = kToday.addDays(30);
    d.authoriserUserUuid = QStringLiteral("user-lead");
    return d;
}

SafeguardingDecision notToShare(const QString& uuid = QStringLiteral("sg-no"))
{
    SafeguardingDecision d = share(uuid);
    d.share = false;
    d.categories.clear();
    d.shareUntil.reset();
    return d;
}

ShareDecision decideAda(const QList<Consent>& consents, const QList<SafeguardingDecision>& decisions = {},
                        const QString& partner = kCentre)
{
    return ConsentRules::decide(kAda, kFamily, partner, consents, decisions, kToday);
}

FieldIssues checkConsent(Consent& c, bool pr = true) { return ConsentRules::validateConsent(c, pr, kPartners, kToday); }

FieldIssues checkDecision(SafeguardingDecision& d, bool teamLead = true)
{
    return ConsentRules::validateSafeguarding(d, teamLead, kPartners, kToday);
}

} // namespace

// --- Categories and methods ---------------------------------------------------------------

TEST_CASE("share categories have stable tokens in a fixed order", "[consent]")
{
    CHECK(cats(ShareCategories::all()) == QStringLiteral("identity,birth,hv-contacts,assessments,eyfs,support-plan"));
    CHECK(joined(ShareCategories::tokens()) == cats(ShareCategories::all()));
    for (ShareCategory c : ShareCategories::all())
        CHECK(ShareCategories::fromToken(ShareCategories::token(c)) == c);
    CHECK(ShareCategories::fromToken(QStringLiteral(" EYFS ")) == ShareCategory::EyfsCheck);
    CHECK_FALSE(ShareCategories::fromToken(QStringLiteral("notes")).has_value());
    CHECK_FALSE(ShareCategories::fromToken(QString()).has_value());
}

TEST_CASE("share categories have display names", "[consent]")
{
    CHECK(ShareCategories::displayName(ShareCategory::Identity) == QStringLiteral("Identity and contact details"));
    CHECK(ShareCategories::displayName(ShareCategory::Birth) == QStringLiteral("Birth details"));
    CHECK(ShareCategories::displayName(ShareCategory::HealthVisitingContacts)
          == QStringLiteral("Summary of health visiting contacts"));
    CHECK(ShareCategories::displayName(ShareCategory::Assessments)
          == QStringLiteral("Assessment and integrated review results"));
    CHECK(ShareCategories::displayName(ShareCategory::EyfsCheck) == QStringLiteral("EYFS progress check at two"));
    CHECK(ShareCategories::displayName(ShareCategory::SupportPlan) == QStringLiteral("Family support plan"));
}

TEST_CASE("tokensOf sorts into the fixed order and drops repeats", "[consent]")
{
    CHECK(joined(ShareCategories::tokensOf({ShareCategory::SupportPlan, ShareCategory::Identity,
                                            ShareCategory::SupportPlan, ShareCategory::Assessments}))
          == QStringLiteral("identity,assessments,support-plan"));
    CHECK(ShareCategories::tokensOf({}).isEmpty());
}

TEST_CASE("consent methods are written or verbal", "[consent]")
{
    CHECK(joined(ConsentMethods::tokens()) == QStringLiteral("written,verbal"));
    CHECK(ConsentMethods::displayName(QStringLiteral("written")) == QStringLiteral("Written"));
    CHECK(ConsentMethods::displayName(QStringLiteral("verbal")) == QStringLiteral("Verbal"));
    CHECK(ConsentMethods::displayName(QStringLiteral("email")) == QStringLiteral("email"));
}

// --- validateConsent ----------------------------------------------------------------------

TEST_CASE("a complete consent passes and is normalised", "[consent]")
{
    Consent c = consent();
    c.partnerCodes = {QStringLiteral(" cc-02 "), QStringLiteral("CC-02"), QStringLiteral("hv-01"),
                      QStringLiteral("  ")};
    c.categories = {ShareCategory::EyfsCheck, ShareCategory::Identity, ShareCategory::EyfsCheck};
    c.purpose = QStringLiteral("  Joined-up support for the family.\n");
    c.method = QStringLiteral(" Verbal ");
    c.givenByPersonUuid = QStringLiteral(" person-mother ");
    const FieldIssues issues = checkConsent(c);
    CHECK(joined(fields(issues)).isEmpty());
    CHECK(joined(c.partnerCodes) == QStringLiteral("CC-02,HV-01"));
    CHECK(cats(c.categories) == QStringLiteral("identity,eyfs"));
    CHECK(c.purpose == QStringLiteral("Joined-up support for the family."));
    CHECK(c.method == QStringLiteral("verbal"));
    CHECK(c.givenByPersonUuid == QStringLiteral("person-mother"));
}

TEST_CASE("consent needs a giver with parental responsibility", "[consent]")
{
    Consent c = consent();
    c.givenByPersonUuid = QStringLiteral("  ");
    CHECK(fields(checkConsent(c)) == QStringList{QStringLiteral("consent.givenBy")});

    c = consent();
    const FieldIssues issues = checkConsent(c, false);
    CHECK(fields(issues) == QStringList{QStringLiteral("consent.givenBy")});
    CHECK(message(issues, QStringLiteral("consent.givenBy"))
              .contains(QStringLiteral("must hold parental responsibility for the child")));
}

TEST_CASE("consent needs known partners", "[consent]")
{
    Consent c = consent();
    c.partnerCodes = {};
    CHECK(fields(checkConsent(c)) == QStringList{QStringLiteral("consent.partners")});

    c = consent();
    c.partnerCodes = {QStringLiteral(" "), QString()};
    CHECK(fields(checkConsent(c)) == QStringList{QStringLiteral("consent.partners")});

    c = consent();
    c.partnerCodes = {QStringLiteral("CC-02"), QStringLiteral("cc-09")};
    const FieldIssues issues = checkConsent(c);
    CHECK(fields(issues) == QStringList{QStringLiteral("consent.partners")});
    const QString text = message(issues, QStringLiteral("consent.partners"));
    CHECK(text.contains(QStringLiteral("CC-09")));
    CHECK_FALSE(text.contains(QStringLiteral("CC-02")));
}

TEST_CASE("consent needs at least one category", "[consent]")
{
    Consent c = consent();
    c.categories.clear();
    CHECK(fields(checkConsent(c)) == QStringList{QStringLiteral("consent.categories")});
}

TEST_CASE("consent purpose is required and at most 500 characters", "[consent]")
{
    Consent c = consent();
    c.purpose = QStringLiteral(" \n ");
    CHECK(fields(checkConsent(c)) == QStringList{QStringLiteral("consent.purpose")});

    c = consent();
    c.purpose = QStringLiteral(" ") + QString(500, QLatin1Char('p')) + QStringLiteral(" ");
    CHECK(checkConsent(c).isEmpty());
    CHECK(c.purpose.size() == 500);

    c = consent();
    c.purpose = QString(501, QLatin1Char('p'));
    const FieldIssues issues = checkConsent(c);
    CHECK(fields(issues) == QStringList{QStringLiteral("consent.purpose")});
    CHECK(message(issues, QStringLiteral("consent.purpose")).contains(QStringLiteral("501")));

    // Characters as a person counts them: 500 emoji are 1000 UTF-16 units but fit.
    c = consent();
    c.purpose.clear();
    for (int i = 0; i < 500; ++i)
        c.purpose += QString::fromUcs4(U"\U0001F600", 1);
    CHECK(checkConsent(c).isEmpty());
}

TEST_CASE("consent method is written or verbal", "[consent]")
{
    for (const QString& bad : {QString(), QStringLiteral("email"), QStringLiteral("implied")}) {
        Consent c = consent();
        c.method = bad;
        CHECK(fields(checkConsent(c)) == QStringList{QStringLiteral("consent.method")});
    }
}

TEST_CASE("consent is given today at the latest", "[consent]")
{
    Consent c = consent();
    c.givenOn = kToday;
    c.reviewOn = kToday.addYears(1);
    CHECK(checkConsent(c).isEmpty());

    c.givenOn = kToday.addDays(1);
    c.reviewOn = kToday.addYears(1);
    CHECK(fields(checkConsent(c)) == QStringList{QStringLiteral("consent.givenOn")});

    c = consent();
    c.givenOn = QDate();
    CHECK(fields(checkConsent(c)) == QStringList{QStringLiteral("consent.givenOn")});
}

TEST_CASE("consent review date is after the given date and within 3 years", "[consent]")
{
    Consent c = consent();
    c.reviewOn = QDate();
    CHECK(fields(checkConsent(c)) == QStringList{QStringLiteral("consent.reviewOn")});

    c = consent();
    c.reviewOn = c.givenOn;
    CHECK(fields(checkConsent(c)) == QStringList{QStringLiteral("consent.reviewOn")});

    c = consent();
    c.reviewOn = c.givenOn.addDays(1);
    CHECK(checkConsent(c).isEmpty());

    c = consent();
    c.reviewOn = c.givenOn.addYears(3);
    CHECK(checkConsent(c).isEmpty());

    c = consent();
    c.reviewOn = c.givenOn.addYears(3).addDays(1);
    const FieldIssues issues = checkConsent(c);
    CHECK(fields(issues) == QStringList{QStringLiteral("consent.reviewOn")});
    const QString text = message(issues, QStringLiteral("consent.reviewOn"));
    CHECK(text.contains(QStringLiteral("reviewed")));
    CHECK(text.contains(c.givenOn.addYears(3).toString(Qt::ISODate)));
}

TEST_CASE("a new consent cannot already be withdrawn", "[consent]")
{
    Consent c = consent();
    c.withdrawnOn = kToday;
    CHECK(fields(checkConsent(c)) == QStringList{QStringLiteral("consent.withdrawnOn")});
}

TEST_CASE("every consent problem is reported at once", "[consent]")
{
    Consent c;
    CHECK(fields(checkConsent(c, false))
          == QStringList({QStringLiteral("consent.givenBy"), QStringLiteral("consent.partners"),
                          QStringLiteral("consent.categories"), QStringLiteral("consent.purpose"),
                          QStringLiteral("consent.method"), QStringLiteral("consent.givenOn"),
                          QStringLiteral("consent.reviewOn")}));
}

// --- validateWithdrawal -------------------------------------------------------------------

TEST_CASE("withdrawal needs a date from consent to today and a reason", "[consent]")
{
    const Consent c = consent();
    const QString reason = QStringLiteral("Family moving out of the area.");
    CHECK(ConsentRules::validateWithdrawal(c, kToday, reason, kToday).isEmpty());
    CHECK(ConsentRules::validateWithdrawal(c, c.givenOn, reason, kToday).isEmpty());
    CHECK(fields(ConsentRules::validateWithdrawal(c, kToday.addDays(1), reason, kToday))
          == QStringList{QStringLiteral("consent.withdrawnOn")});
    CHECK(fields(ConsentRules::validateWithdrawal(c, c.givenOn.addDays(-1), reason, kToday))
          == QStringList{QStringLiteral("consent.withdrawnOn")});
    CHECK(fields(ConsentRules::validateWithdrawal(c, QDate(), reason, kToday))
          == QStringList{QStringLiteral("consent.withdrawnOn")});
    CHECK(fields(ConsentRules::validateWithdrawal(c, kToday, QStringLiteral("  \n"), kToday))
          == QStringList{QStringLiteral("consent.withdrawalReason")});
    CHECK(ConsentRules::validateWithdrawal(c, kToday, QString(500, QLatin1Char('r')), kToday).isEmpty());
    CHECK(fields(ConsentRules::validateWithdrawal(c, kToday, QString(501, QLatin1Char('r')), kToday))
          == QStringList{QStringLiteral("consent.withdrawalReason")});
}

TEST_CASE("a consent already withdrawn cannot be withdrawn again", "[consent]")
{
    Consent c = consent();
    c.withdrawnOn = kToday.addDays(-2);
    const FieldIssues issues =
        ConsentRules::validateWithdrawal(c, kToday, QStringLiteral("Asked again by phone."), kToday);
    CHECK(fields(issues) == QStringList{QStringLiteral("consent.withdrawnOn")});
    CHECK(message(issues, QStringLiteral("consent.withdrawnOn")).contains(QStringLiteral("already withdrawn")));
}

// --- validateSafeguarding -----------------------------------------------------------------

TEST_CASE("a complete safeguarding share passes and is normalised", "[consent][safeguarding]")
{
    SafeguardingDecision d = share();
    d.partnerCode = QStringLiteral(" cc-02 ");
    d.categories = {ShareCategory::SupportPlan, ShareCategory::Identity, ShareCategory::Identity};
    d.reason = QStringLiteral("  Referral from the GP about bruising.  ");
    CHECK(checkDecision(d).isEmpty());
    CHECK(d.partnerCode == QStringLiteral("CC-02"));
    CHECK(cats(d.categories) == QStringLiteral("identity,support-plan"));
    CHECK(d.reason == QStringLiteral("Referral from the GP about bruising."));
}

TEST_CASE("a safeguarding reason is at least 10 characters", "[consent][safeguarding]")
{
    SafeguardingDecision d = share();
    d.reason = QStringLiteral("   ");
    CHECK(fields(checkDecision(d)) == QStringList{QStringLiteral("safeguarding.reason")});

    d = share();
    d.reason = QStringLiteral("   123456789   "); // 9 once trimmed
    CHECK(fields(checkDecision(d)) == QStringList{QStringLiteral("safeguarding.reason")});

    d = share();
    d.reason = QStringLiteral("   1234567890   ");
    CHECK(checkDecision(d).isEmpty());
}

TEST_CASE("a safeguarding decision names a known partner", "[consent][safeguarding]")
{
    SafeguardingDecision d = share();
    d.partnerCode.clear();
    CHECK(fields(checkDecision(d)) == QStringList{QStringLiteral("safeguarding.partner")});

    d = share();
    d.partnerCode = QStringLiteral("sc-07");
    const FieldIssues issues = checkDecision(d);
    CHECK(fields(issues) == QStringList{QStringLiteral("safeguarding.partner")});
    CHECK(message(issues, QStringLiteral("safeguarding.partner")).contains(QStringLiteral("SC-07")));
}

TEST_CASE("a safeguarding decision is made today at the latest", "[consent][safeguarding]")
{
    SafeguardingDecision d = share();
    d.decidedOn = kToday;
    CHECK(checkDecision(d).isEmpty());

    d = share();
    d.decidedOn = kToday.addDays(1);
    d.shareUntil = kToday.addDays(10);
    CHECK(fields(checkDecision(d)) == QStringList{QStringLiteral("safeguarding.decidedOn")});

    d = share();
    d.decidedOn = QDate();
    CHECK(fields(checkDecision(d)) == QStringList{QStringLiteral("safeguarding.decidedOn")});
}

TEST_CASE("a safeguarding share has categories and lasts at most 92 days", "[consent][safeguarding]")
{
    SafeguardingDecision d = share();
    d.categories.clear();
    CHECK(fields(checkDecision(d)) == QStringList{QStringLiteral("safeguarding.categories")});

    d = share();
    d.shareUntil.reset();
    CHECK(fields(checkDecision(d)) == QStringList{QStringLiteral("safeguarding.shareUntil")});

    d = share();
    d.shareUntil = d.decidedOn;
    CHECK(checkDecision(d).isEmpty());

    d = share();
    d.shareUntil = d.decidedOn.addDays(-1);
    CHECK(fields(checkDecision(d)) == QStringList{QStringLiteral("safeguarding.shareUntil")});

    d = share();
    d.shareUntil = d.decidedOn.addDays(92);
    CHECK(checkDecision(d).isEmpty());

    d = share();
    d.shareUntil = d.decidedOn.addDays(93);
    const FieldIssues issues = checkDecision(d);
    CHECK(fields(issues) == QStringList{QStringLiteral("safeguarding.shareUntil")});
    CHECK(message(issues, QStringLiteral("safeguarding.shareUntil"))
              .contains(d.decidedOn.addDays(92).toString(Qt::ISODate)));
}

TEST_CASE("a decision not to share carries no categories or end date", "[consent][safeguarding]")
{
    SafeguardingDecision d = share();
    d.share = false;
    d.shareUntil = d.decidedOn.addDays(200); // would be refused for a share
    CHECK(checkDecision(d).isEmpty());
    CHECK(d.categories.isEmpty());
    CHECK_FALSE(d.shareUntil.has_value());

    d = notToShare();
    d.reason = QStringLiteral("short");
    CHECK(fields(checkDecision(d)) == QStringList{QStringLiteral("safeguarding.reason")});
}

TEST_CASE("a safeguarding decision is authorised by a team lead", "[consent][safeguarding]")
{
    SafeguardingDecision d = share();
    d.authoriserUserUuid.clear();
    CHECK(fields(checkDecision(d)) == QStringList{QStringLiteral("safeguarding.authoriser")});

    for (bool shares : {true, false}) {
        d = shares ? share() : notToShare();
        const FieldIssues issues = checkDecision(d, false);
        CHECK(fields(issues) == QStringList{QStringLiteral("safeguarding.authoriser")});
        CHECK(message(issues, QStringLiteral("safeguarding.authoriser")).contains(QStringLiteral("team lead role")));
    }
}

// --- status, expiresSoon, appliesTo, safeguardingActive -------------------------------------

TEST_CASE("consent status on boundary days", "[consent][status]")
{
    Consent c = consent();
    c.givenOn = kToday;
    CHECK(ConsentRules::status(c, kToday) == ConsentStatus::Active);
    c.givenOn = kToday.addDays(1);
    CHECK(ConsentRules::status(c, kToday) == ConsentStatus::NotYetValid);

    c = consent();
    c.reviewOn = kToday;
    CHECK(ConsentRules::status(c, kToday) == ConsentStatus::Active); // the review date itself is covered
    c.reviewOn = kToday.addDays(-1);
    CHECK(ConsentRules::status(c, kToday) == ConsentStatus::Expired);

    c = consent();
    c.withdrawnOn = kToday;
    CHECK(ConsentRules::status(c, kToday) == ConsentStatus::Withdrawn);
    c.withdrawnOn = kToday.addDays(1);
    CHECK(ConsentRules::status(c, kToday) == ConsentStatus::Active); // not withdrawn yet
}

TEST_CASE("withdrawal beats every other status", "[consent][status]")
{
    Consent c = consent();
    c.withdrawnOn = kToday.addDays(-1);
    c.reviewOn = kToday.addDays(-2);
    CHECK(ConsentRules::status(c, kToday) == ConsentStatus::Withdrawn);
    c = consent();
    c.givenOn = kToday.addDays(5);
    c.withdrawnOn = kToday;
    CHECK(ConsentRules::status(c, kToday) == ConsentStatus::Withdrawn);
}

TEST_CASE("consent status tokens and names", "[consent][status]")
{
    CHECK(consentStatusToken(ConsentStatus::Active) == QStringLiteral("active"));
    CHECK(consentStatusToken(ConsentStatus::NotYetValid) == QStringLiteral("not-yet-valid"));
    CHECK(consentStatusToken(ConsentStatus::Expired) == QStringLiteral("expired"));
    CHECK(consentStatusToken(ConsentStatus::Withdrawn) == QStringLiteral("withdrawn"));
    CHECK(consentStatusDisplayName(ConsentStatus::Active) == QStringLiteral("Active"));
    CHECK(consentStatusDisplayName(ConsentStatus::NotYetValid) == QStringLiteral("Not yet valid"));
    CHECK(consentStatusDisplayName(ConsentStatus::Expired) == QStringLiteral("Expired"));
    CHECK(consentStatusDisplayName(ConsentStatus::Withdrawn) == QStringLiteral("Withdrawn"));
}

TEST_CASE("consent expires soon within 30 days", "[consent][status]")
{
    Consent c = consent();
    c.reviewOn = kToday.addDays(30);
    CHECK(ConsentRules::expiresSoon(c, kToday));
    c.reviewOn = kToday.addDays(31);
    CHECK_FALSE(ConsentRules::expiresSoon(c, kToday));
    c.reviewOn = kToday;
    CHECK(ConsentRules::expiresSoon(c, kToday));
    c.reviewOn = kToday.addDays(-1); // expired, not expiring
    CHECK_FALSE(ConsentRules::expiresSoon(c, kToday));

    c = consent();
    c.reviewOn = kToday.addDays(10);
    c.withdrawnOn = kToday;
    CHECK_FALSE(ConsentRules::expiresSoon(c, kToday));

    c = consent();
    c.givenOn = kToday.addDays(1);
    c.reviewOn = kToday.addDays(10);
    CHECK_FALSE(ConsentRules::expiresSoon(c, kToday));
}

TEST_CASE("a consent applies to its child or to every child of its family", "[consent]")
{
    const Consent own = consent();
    CHECK(ConsentRules::appliesTo(own, kAda, kFamily));
    CHECK_FALSE(ConsentRules::appliesTo(own, kBen, kFamily));

    const Consent family = familyConsent();
    CHECK(ConsentRules::appliesTo(family, kAda, kFamily));
    CHECK(ConsentRules::appliesTo(family, kBen, kFamily));
    CHECK_FALSE(ConsentRules::appliesTo(family, kKofi, kOtherFamily));
    CHECK_FALSE(ConsentRules::appliesTo(family, kAda, QString()));
}

TEST_CASE("a safeguarding share is active from the decision to its end date", "[consent][safeguarding]")
{
    SafeguardingDecision d = share();
    d.decidedOn = kToday;
    d.shareUntil = kToday;
    CHECK(ConsentRules::safeguardingActive(d, kToday));
    CHECK_FALSE(ConsentRules::safeguardingActive(d, kToday.addDays(-1)));
    CHECK_FALSE(ConsentRules::safeguardingActive(d, kToday.addDays(1)));

    d.shareUntil.reset();
    CHECK_FALSE(ConsentRules::safeguardingActive(d, kToday));

    CHECK_FALSE(ConsentRules::safeguardingActive(notToShare(), kToday));
}

// --- decide: the consent matrix -----------------------------------------------------------

TEST_CASE("matrix: no consent", "[consent][matrix]")
{
    const ShareDecision d = decideAda({});
    CHECK_FALSE(d.included());
    CHECK(d.leftOutReason == QStringLiteral("No consent to share with CC-02 has been recorded."));
    CHECK_FALSE(d.withdrawn);
    CHECK_FALSE(d.withdrawnOn.has_value());
    CHECK_FALSE(d.safeguarding);
}

TEST_CASE("matrix: consent for another partner", "[consent][matrix]")
{
    Consent c = consent();
    c.partnerCodes = {QStringLiteral("HV-01"), QStringLiteral("CC-03")};
    const ShareDecision d = decideAda({c});
    CHECK_FALSE(d.included());
    CHECK(d.leftOutReason == QStringLiteral("Consent covers other organisations, not CC-02."));
    CHECK(d.consentUuids.isEmpty());

    // The same consent covers the partners it names.
    CHECK(cats(decideAda({c}, {}, QStringLiteral("CC-03")).categories) == QStringLiteral("identity,birth"));
}

TEST_CASE("matrix: only the categories covered", "[consent][matrix]")
{
    const ShareDecision d = decideAda({consent()});
    CHECK(d.included());
    CHECK(cats(d.categories) == QStringLiteral("identity,birth"));
    CHECK_FALSE(d.categories.contains(ShareCategory::Assessments));
    CHECK(joined(d.consentUuids) == QStringLiteral("consent-1"));
    CHECK(d.safeguardingUuids.isEmpty());
    CHECK_FALSE(d.safeguarding);
    CHECK(d.leftOutReason.isEmpty());
    CHECK_FALSE(d.withdrawn);
}

TEST_CASE("matrix: several active consents add up, in the fixed order", "[consent][matrix]")
{
    Consent a = consent(QStringLiteral("consent-a"));
    a.categories = {ShareCategory::SupportPlan};
    Consent b = consent(QStringLiteral("consent-b"));
    b.categories = {ShareCategory::Assessments, ShareCategory::Identity};
    const ShareDecision d = decideAda({a, b});
    CHECK(cats(d.categories) == QStringLiteral("identity,assessments,support-plan"));
    CHECK(joined(d.consentUuids) == QStringLiteral("consent-a,consent-b"));
}

TEST_CASE("matrix: expired consent", "[consent][matrix]")
{
    Consent c = consent();
    c.reviewOn = kToday.addDays(-1);
    const ShareDecision d = decideAda({c});
    CHECK_FALSE(d.included());
    CHECK(d.leftOutReason == QStringLiteral("Consent to share with CC-02 expired on 2025-03-09 (review date)."));
    CHECK_FALSE(d.withdrawn);

    c.reviewOn = kToday; // the review date itself is still covered
    CHECK(decideAda({c}).included());
}

TEST_CASE("matrix: withdrawn consent", "[consent][matrix]")
{
    Consent older = consent(QStringLiteral("consent-old"));
    older.withdrawnOn = kToday.addDays(-40);
    Consent newer = consent(QStringLiteral("consent-new"));
    newer.withdrawnOn = kToday.addDays(-3);
    const ShareDecision d = decideAda({older, newer});
    CHECK_FALSE(d.included());
    CHECK(d.withdrawn);
    REQUIRE(d.withdrawnOn.has_value());
    CHECK(*d.withdrawnOn == kToday.addDays(-3));
    CHECK(d.leftOutReason == QStringLiteral("Consent to share with CC-02 was withdrawn on 2025-03-07."));
}

TEST_CASE("matrix: withdrawal today counts, withdrawal tomorrow does not yet", "[consent][matrix]")
{
    Consent c = consent();
    c.withdrawnOn = kToday;
    CHECK(decideAda({c}).withdrawn);
    c.withdrawnOn = kToday.addDays(1);
    const ShareDecision d = decideAda({c});
    CHECK(d.included());
    CHECK_FALSE(d.withdrawn);
}

TEST_CASE("matrix: a withdrawal is not reported while another basis remains", "[consent][matrix]")
{
    Consent gone = consent(QStringLiteral("consent-gone"));
    gone.withdrawnOn = kToday.addDays(-3);
    Consent current = consent(QStringLiteral("consent-current"));
    current.categories = {ShareCategory::Birth};
    ShareDecision d = decideAda({gone, current});
    CHECK(cats(d.categories) == QStringLiteral("birth"));
    CHECK_FALSE(d.withdrawn);
    CHECK(d.leftOutReason.isEmpty());

    d = decideAda({gone}, {share()});
    CHECK(d.included());
    CHECK(d.safeguarding);
    CHECK_FALSE(d.withdrawn);
    CHECK_FALSE(d.withdrawnOn.has_value());
}

TEST_CASE("matrix: consent not yet valid", "[consent][matrix]")
{
    Consent c = consent();
    c.givenOn = kToday.addDays(1);
    c.reviewOn = kToday.addYears(1);
    const ShareDecision d = decideAda({c});
    CHECK_FALSE(d.included());
    CHECK(d.leftOutReason == QStringLiteral("Consent to share with CC-02 starts on 2025-03-11."));
}

TEST_CASE("matrix: safeguarding share only", "[consent][matrix]")
{
    const ShareDecision d = decideAda({}, {share()});
    CHECK(cats(d.categories) == QStringLiteral("identity,hv-contacts"));
    CHECK(d.safeguarding);
    CHECK(joined(d.safeguardingUuids) == QStringLiteral("sg-1"));
    CHECK(d.consentUuids.isEmpty());
    CHECK(d.leftOutReason.isEmpty());
}

TEST_CASE("matrix: a safeguarding share outside its dates covers nothing", "[consent][matrix]")
{
    SafeguardingDecision ended = share();
    ended.decidedOn = kToday.addDays(-40);
    ended.shareUntil = kToday.addDays(-1);
    SafeguardingDecision later = share(QStringLiteral("sg-later"));
    later.decidedOn = kToday.addDays(1);
    later.shareUntil = kToday.addDays(20);
    const ShareDecision d = decideAda({}, {ended, later});
    CHECK_FALSE(d.included());
    CHECK(d.leftOutReason == QStringLiteral("No consent to share with CC-02 has been recorded."));

    ended.shareUntil = kToday;
    CHECK(decideAda({}, {ended}).included());
}

TEST_CASE("matrix: consent and safeguarding share add up", "[consent][matrix]")
{
    const Consent c = consent(); // identity, birth
    const SafeguardingDecision s = share(); // identity, hv-contacts
    const ShareDecision d = decideAda({c}, {s});
    CHECK(cats(d.categories) == QStringLiteral("identity,birth,hv-contacts"));
    CHECK(d.safeguarding); // hv-contacts comes only from the safeguarding share
    CHECK(joined(d.consentUuids) == QStringLiteral("consent-1"));
    CHECK(joined(d.safeguardingUuids) == QStringLiteral("sg-1"));

    // When consent already covers everything the share does, nothing is shared on safeguarding grounds.
    SafeguardingDecision covered = share();
    covered.categories = {ShareCategory::Birth};
    const ShareDecision e = decideAda({c}, {covered});
    CHECK(cats(e.categories) == QStringLiteral("identity,birth"));
    CHECK_FALSE(e.safeguarding);
}

TEST_CASE("matrix: family consent and child consent", "[consent][matrix]")
{
    Consent family = familyConsent();
    family.categories = {ShareCategory::Identity};
    Consent adaOnly = consent(QStringLiteral("consent-ada"));
    adaOnly.categories = {ShareCategory::Assessments};

    const ShareDecision ada = decideAda({family, adaOnly});
    CHECK(cats(ada.categories) == QStringLiteral("identity,assessments"));
    CHECK(joined(ada.consentUuids) == QStringLiteral("consent-family,consent-ada"));

    const ShareDecision ben = ConsentRules::decide(kBen, kFamily, kCentre, {family, adaOnly}, {}, kToday);
    CHECK(cats(ben.categories) == QStringLiteral("identity"));
    CHECK(joined(ben.consentUuids) == QStringLiteral("consent-family"));
}

TEST_CASE("matrix: other children's and families' records are ignored", "[consent][matrix]")
{
    Consent ben = consent(QStringLiteral("consent-ben"));
    ben.childUuid = kBen;
    Consent otherFamily = familyConsent(QStringLiteral("consent-osei"));
    otherFamily.familyUuid = kOtherFamily;
    SafeguardingDecision benShare = share(QStringLiteral("sg-ben"));
    benShare.childUuid = kBen;
    SafeguardingDecision benNo = notToShare(QStringLiteral("sg-ben-no"));
    benNo.childUuid = kBen;

    const ShareDecision d = decideAda({ben, otherFamily}, {benShare, benNo});
    CHECK_FALSE(d.included());
    CHECK(d.leftOutReason == QStringLiteral("No consent to share with CC-02 has been recorded."));

    // Ben's own consent and share still count for Ben.
    const ShareDecision forBen = ConsentRules::decide(kBen, kFamily, kCentre, {ben, otherFamily}, {benShare}, kToday);
    CHECK(cats(forBen.categories) == QStringLiteral("identity,birth,hv-contacts"));
}

TEST_CASE("matrix: partner codes match whatever their case", "[consent][matrix]")
{
    Consent c = consent();
    c.partnerCodes = {QStringLiteral("cc-02")};
    SafeguardingDecision s = share();
    s.partnerCode = QStringLiteral("Cc-02");
    s.categories = {ShareCategory::SupportPlan};
    const ShareDecision d = decideAda({c}, {s}, QStringLiteral(" cC-02 "));
    CHECK(cats(d.categories) == QStringLiteral("identity,birth,support-plan"));

    const ShareDecision none = decideAda({}, {}, QStringLiteral("cc-02"));
    CHECK(none.leftOutReason == QStringLiteral("No consent to share with CC-02 has been recorded."));
}

TEST_CASE("matrix: a decision not to share is recorded", "[consent][matrix]")
{
    SafeguardingDecision older = notToShare(QStringLiteral("sg-no-1"));
    older.decidedOn = kToday.addDays(-30);
    SafeguardingDecision newer = notToShare(QStringLiteral("sg-no-2"));
    newer.decidedOn = kToday.addDays(-2);
    const ShareDecision d = decideAda({}, {older, newer});
    CHECK_FALSE(d.included());
    CHECK(d.leftOutReason
          == QStringLiteral("A safeguarding decision not to share with CC-02 was recorded on 2025-03-08."));
    CHECK(d.safeguardingUuids.isEmpty());
}

TEST_CASE("matrix: a decision not to share leaves consent in force", "[consent][matrix]")
{
    // Consent is the family's choice: a safeguarding decision not to share takes nothing away from it.
    const ShareDecision d = decideAda({consent()}, {notToShare()});
    CHECK(cats(d.categories) == QStringLiteral("identity,birth"));
    CHECK_FALSE(d.safeguarding);
    CHECK(d.safeguardingUuids.isEmpty());
    CHECK(d.leftOutReason.isEmpty());
}

TEST_CASE("matrix: the reason left out follows a fixed priority", "[consent][matrix]")
{
    Consent withdrawn = consent(QStringLiteral("c-withdrawn"));
    withdrawn.withdrawnOn = kToday.addDays(-1);
    Consent expired = consent(QStringLiteral("c-expired"));
    expired.reviewOn = kToday.addDays(-1);
    Consent future = consent(QStringLiteral("c-future"));
    future.givenOn = kToday.addDays(7);
    future.reviewOn = kToday.addYears(1);
    Consent elsewhere = consent(QStringLiteral("c-elsewhere"));
    elsewhere.partnerCodes = {QStringLiteral("HV-01")};
    const SafeguardingDecision no = notToShare();

    ShareDecision d = decideAda({elsewhere, future, expired, withdrawn}, {no});
    CHECK(d.withdrawn);
    CHECK(d.leftOutReason.startsWith(QStringLiteral("Consent to share with CC-02 was withdrawn")));

    d = decideAda({elsewhere, future, expired}, {no});
    CHECK_FALSE(d.withdrawn);
    CHECK(d.leftOutReason.contains(QStringLiteral("expired")));

    d = decideAda({elsewhere, future}, {no});
    CHECK(d.leftOutReason == QStringLiteral("Consent to share with CC-02 starts on 2025-03-17."));

    d = decideAda({elsewhere}, {no});
    CHECK(d.leftOutReason == QStringLiteral("Consent covers other organisations, not CC-02."));

    d = decideAda({}, {no});
    CHECK(d.leftOutReason.startsWith(QStringLiteral("A safeguarding decision not to share")));
}

TEST_CASE("matrix: the latest expiry and the earliest start are named", "[consent][matrix]")
{
    Consent a = consent(QStringLiteral("c-a"));
    a.reviewOn = kToday.addDays(-100);
    Consent b = consent(QStringLiteral("c-b"));
    b.reviewOn = kToday.addDays(-10);
    CHECK(decideAda({a, b}).leftOutReason
          == QStringLiteral("Consent to share with CC-02 expired on 2025-02-28 (review date)."));

    Consent soon = consent(QStringLiteral("c-soon"));
    soon.givenOn = kToday.addDays(2);
    soon.reviewOn = kToday.addYears(1);
    Consent later = consent(QStringLiteral("c-later"));
    later.givenOn = kToday.addDays(20);
    later.reviewOn = kToday.addYears(1);
    CHECK(decideAda({later, soon}).leftOutReason
          == QStringLiteral("Consent to share with CC-02 starts on 2025-03-12."));
}
