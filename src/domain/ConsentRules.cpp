#include "tandem/domain/ConsentRules.h"

#include <QCoreApplication>

namespace tandem::domain {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::domain::ConsentRules", text); }

constexpr int kMaxPurpose = 500;
constexpr int kMaxWithdrawalReason = 500;
constexpr int kMinSafeguardingReason = 10; // long enough that a real reason, not "risk", is written down
constexpr int kMaxSafeguardingReason = 4000;
constexpr int kMaxConsentYears = 3;        // consent is reviewed with the family at least this often

// Limits count characters as a person sees them, not UTF-16 units.
qsizetype length(const QString& s) { return s.toUcs4().size(); }

void add(FieldIssues& issues, const QString& field, const QString& message) { issues.append({field, message}); }

QString showDate(const QDate& date) { return date.toString(Qt::ISODate); }

QString normalCode(const QString& code) { return code.trimmed().toUpper(); }

bool sameCode(const QString& a, const QString& b) { return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0; }

bool isKnown(const QString& code, const QStringList& knownPartnerCodes)
{
    for (const QString& known : knownPartnerCodes)
        if (sameCode(code, known))
            return true;
    return false;
}

// Text that may run over several lines keeps them; only the ends are trimmed, and only when it fits.
qsizetype trim(QString& text, int max)
{
    const QString trimmed = text.trimmed();
    const qsizetype n = length(trimmed);
    if (n <= max)
        text = trimmed;
    return n;
}

// all() order, no repeats; values outside the enum are dropped.
QList<ShareCategory> sorted(const QList<ShareCategory>& categories)
{
    QList<ShareCategory> out;
    for (ShareCategory c : ShareCategories::all())
        if (categories.contains(c))
            out.append(c);
    return out;
}

void checkPartners(FieldIssues& issues, QStringList& codes, const QStringList& knownPartnerCodes)
{
    const QString field = QStringLiteral("consent.partners");
    QStringList normal;
    for (const QString& code : codes)
        if (const QString c = normalCode(code); !c.isEmpty() && !normal.contains(c))
            normal.append(c);
    codes = normal;
    if (codes.isEmpty()) {
        add(issues, field, tr("Choose at least one partner organisation the family agreed to share with."));
        return;
    }
    QStringList unknown;
    for (const QString& code : codes)
        if (!isKnown(code, knownPartnerCodes))
            unknown.append(code);
    if (!unknown.isEmpty())
        add(issues, field, tr("Not a partner organisation of this store: %1. Add its partner card first, or remove "
                              "it from the consent.")
                               .arg(unknown.join(QStringLiteral(", "))));
}

void checkDates(FieldIssues& issues, const Consent& consent, const QDate& today)
{
    const QString givenField = QStringLiteral("consent.givenOn");
    const QString reviewField = QStringLiteral("consent.reviewOn");
    bool givenUsable = false;
    if (!consent.givenOn.isValid())
        add(issues, givenField, tr("Enter the date the family gave consent."));
    else if (consent.givenOn > today)
        add(issues, givenField, tr("Consent is dated %1, which is in the future: record consent once the family has "
                                   "given it.")
                                    .arg(showDate(consent.givenOn)));
    else
        givenUsable = true;

    if (!consent.reviewOn.isValid()) {
        add(issues, reviewField, tr("Enter the date to review consent with the family, at most %1 years after it "
                                    "was given.")
                                     .arg(kMaxConsentYears));
        return;
    }
    if (!givenUsable)
        return;
    const QDate latest = consent.givenOn.addYears(kMaxConsentYears);
    if (consent.reviewOn <= consent.givenOn)
        add(issues, reviewField, tr("The review date must be after the day consent was given (%1).")
                                     .arg(showDate(consent.givenOn)));
    else if (consent.reviewOn > latest)
        add(issues, reviewField, tr("Consent should be reviewed with the family at least every %1 years: choose a "
                                    "review date on or before %2.")
                                     .arg(kMaxConsentYears)
                                     .arg(showDate(latest)));
}

void checkSafeguardingShare(FieldIssues& issues, SafeguardingDecision& decision, bool decidedUsable)
{
    decision.categories = sorted(decision.categories);
    if (decision.categories.isEmpty())
        add(issues, QStringLiteral("safeguarding.categories"),
            tr("Choose at least one kind of information to share: only what is relevant to the child's safety."));

    const QString field = QStringLiteral("safeguarding.shareUntil");
    if (!decision.shareUntil || !decision.shareUntil->isValid()) {
        add(issues, field, tr("Enter the date sharing ends, at most %1 days after the decision.")
                               .arg(ConsentRules::kMaxSafeguardingDays));
        return;
    }
    if (!decidedUsable)
        return;
    const QDate latest = decision.decidedOn.addDays(ConsentRules::kMaxSafeguardingDays);
    if (*decision.shareUntil < decision.decidedOn)
        add(issues, field,
            tr("Sharing cannot end before the decision was made (%1).").arg(showDate(decision.decidedOn)));
    else if (*decision.shareUntil > latest)
        add(issues, field, tr("A safeguarding share lasts at most %1 days: choose %2 or earlier, and record a new "
                              "decision if sharing must go on.")
                               .arg(ConsentRules::kMaxSafeguardingDays)
                               .arg(showDate(latest)));
}

} // namespace

FieldIssues ConsentRules::validateConsent(Consent& consent, bool givenByHasParentalResponsibility,
                                          const QStringList& knownPartnerCodes, const QDate& today)
{
    FieldIssues issues;
    const QString givenBy = QStringLiteral("consent.givenBy");
    consent.givenByPersonUuid = consent.givenByPersonUuid.trimmed();
    if (consent.givenByPersonUuid.isEmpty())
        add(issues, givenBy, tr("Choose who gave consent: an adult with parental responsibility for the child."));
    else if (!givenByHasParentalResponsibility)
        add(issues, givenBy, tr("The person giving consent must hold parental responsibility for the child."));

    checkPartners(issues, consent.partnerCodes, knownPartnerCodes);

    consent.categories = sorted(consent.categories);
    if (consent.categories.isEmpty())
        add(issues, QStringLiteral("consent.categories"),
            tr("Choose at least one kind of information the family agreed to share."));

    if (const qsizetype n = trim(consent.purpose, kMaxPurpose); n == 0)
        add(issues, QStringLiteral("consent.purpose"),
            tr("Enter the purpose of sharing, as explained to the family."));
    else if (n > kMaxPurpose)
        add(issues, QStringLiteral("consent.purpose"),
            tr("Shorten the purpose to %1 characters or fewer; it has %2.").arg(kMaxPurpose).arg(n));

    consent.method = consent.method.trimmed().toLower();
    if (!ConsentMethods::tokens().contains(consent.method))
        add(issues, QStringLiteral("consent.method"), tr("Choose how consent was given: written or verbal."));

    checkDates(issues, consent, today);

    if (consent.withdrawnOn)
        add(issues, QStringLiteral("consent.withdrawnOn"),
            tr("A new consent cannot already be withdrawn: record the consent, then withdraw it."));
    return issues;
}

FieldIssues ConsentRules::validateWithdrawal(const Consent& consent, const QDate& withdrawnOn, const QString& reason,
                                             const QDate& today)
{
    FieldIssues issues;
    const QString field = QStringLiteral("consent.withdrawnOn");
    if (consent.withdrawnOn) {
        add(issues, field, tr("This consent was already withdrawn on %1.").arg(showDate(*consent.withdrawnOn)));
        return issues;
    }
    if (!withdrawnOn.isValid())
        add(issues, field, tr("Enter the date the family withdrew consent."));
    else if (withdrawnOn > today)
        add(issues, field, tr("The withdrawal is dated %1, which is in the future: record it once the family has "
                              "withdrawn consent.")
                               .arg(showDate(withdrawnOn)));
    else if (consent.givenOn.isValid() && withdrawnOn < consent.givenOn)
        add(issues, field, tr("The withdrawal is dated %1, before consent was given on %2: check the date.")
                               .arg(showDate(withdrawnOn), showDate(consent.givenOn)));

    const qsizetype n = length(reason.trimmed());
    if (n == 0)
        add(issues, QStringLiteral("consent.withdrawalReason"),
            tr("Enter why consent was withdrawn, in the family's words where you can."));
    else if (n > kMaxWithdrawalReason)
        add(issues, QStringLiteral("consent.withdrawalReason"),
            tr("Shorten the reason to %1 characters or fewer; it has %2.").arg(kMaxWithdrawalReason).arg(n));
    return issues;
}

FieldIssues ConsentRules::validateSafeguarding(SafeguardingDecision& decision, bool authoriserIsTeamLead,
                                               const QStringList& knownPartnerCodes, const QDate& today)
{
    FieldIssues issues;
    const QString partner = QStringLiteral("safeguarding.partner");
    decision.partnerCode = normalCode(decision.partnerCode);
    if (decision.partnerCode.isEmpty())
        add(issues, partner, tr("Choose the partner organisation the decision is about."));
    else if (!isKnown(decision.partnerCode, knownPartnerCodes))
        add(issues, partner, tr("Not a partner organisation of this store: %1. Add its partner card first.")
                                 .arg(decision.partnerCode));

    // Golden rule 7: record the decision and the reason, whether or not you share.
    const QString reason = QStringLiteral("safeguarding.reason");
    if (const qsizetype n = trim(decision.reason, kMaxSafeguardingReason); n == 0)
        add(issues, reason, tr("Record the reason for the decision, whether or not you share."));
    else if (n < kMinSafeguardingReason)
        add(issues, reason, tr("Write the reason in full, at least %1 characters, so others can follow the "
                               "decision later.")
                                .arg(kMinSafeguardingReason));
    else if (n > kMaxSafeguardingReason)
        add(issues, reason,
            tr("Shorten the reason to %1 characters or fewer; it has %2.").arg(kMaxSafeguardingReason).arg(n));

    const QString decided = QStringLiteral("safeguarding.decidedOn");
    bool decidedUsable = false;
    if (!decision.decidedOn.isValid())
        add(issues, decided, tr("Enter the date of the decision."));
    else if (decision.decidedOn > today)
        add(issues, decided, tr("The decision is dated %1, which is in the future: record it once it has been made.")
                                 .arg(showDate(decision.decidedOn)));
    else
        decidedUsable = true;

    if (decision.share) {
        checkSafeguardingShare(issues, decision, decidedUsable);
    } else {
        // A decision not to share changes no export: it carries no categories or end date.
        decision.categories.clear();
        decision.shareUntil.reset();
    }

    const QString authoriser = QStringLiteral("safeguarding.authoriser");
    decision.authoriserUserUuid = decision.authoriserUserUuid.trimmed();
    if (decision.authoriserUserUuid.isEmpty())
        add(issues, authoriser, tr("Choose the team lead who authorised the decision."));
    else if (!authoriserIsTeamLead)
        add(issues, authoriser, tr("The authoriser must hold the team lead role: choose a team lead."));
    return issues;
}

ConsentStatus ConsentRules::status(const Consent& consent, const QDate& today)
{
    if (consent.withdrawnOn && *consent.withdrawnOn <= today)
        return ConsentStatus::Withdrawn;
    if (consent.givenOn > today)
        return ConsentStatus::NotYetValid;
    if (consent.reviewOn < today) // an invalid review date compares before every day: never active
        return ConsentStatus::Expired;
    return ConsentStatus::Active;
}

bool ConsentRules::expiresSoon(const Consent& consent, const QDate& today)
{
    return status(consent, today) == ConsentStatus::Active && consent.reviewOn <= today.addDays(kExpiryWarningDays);
}

bool ConsentRules::appliesTo(const Consent& consent, const QString& childUuid, const QString& familyUuid)
{
    if (!consent.childUuid.isEmpty())
        return consent.childUuid == childUuid;
    return !familyUuid.isEmpty() && consent.familyUuid == familyUuid;
}

bool ConsentRules::safeguardingActive(const SafeguardingDecision& decision, const QDate& today)
{
    return decision.share && decision.decidedOn.isValid() && decision.shareUntil && decision.shareUntil->isValid()
        && decision.decidedOn <= today && today <= *decision.shareUntil;
}

ShareDecision ConsentRules::decide(const QString& childUuid, const QString& familyUuid, const QString& partnerCode,
                                   const QList<Consent>& consents, const QList<SafeguardingDecision>& decisions,
                                   const QDate& today)
{
    ShareDecision out;
    const QString code = normalCode(partnerCode);
    auto names = [&code](const QStringList& codes) {
        for (const QString& c : codes)
            if (sameCode(c, code))
                return true;
        return false;
    };

    QList<ShareCategory> byConsent, bySafeguarding;
    std::optional<QDate> lastWithdrawn, lastExpired, firstStart, lastNotToShare;
    bool otherPartnersOnly = false;

    for (const Consent& c : consents) {
        if (!appliesTo(c, childUuid, familyUuid))
            continue;
        if (!names(c.partnerCodes)) {
            otherPartnersOnly = true;
            continue;
        }
        switch (status(c, today)) {
        case ConsentStatus::Active:
            byConsent += c.categories;
            out.consentUuids.append(c.uuid);
            break;
        case ConsentStatus::Withdrawn:
            if (!lastWithdrawn || *c.withdrawnOn > *lastWithdrawn)
                lastWithdrawn = *c.withdrawnOn;
            break;
        case ConsentStatus::Expired:
            if (!lastExpired || c.reviewOn > *lastExpired)
                lastExpired = c.reviewOn;
            break;
        case ConsentStatus::NotYetValid:
            if (!firstStart || c.givenOn < *firstStart)
                firstStart = c.givenOn;
            break;
        }
    }

    // A decision not to share is a record of the reasoning only: it does not take away what the
    // family consented to, because consent is the family's choice.
    for (const SafeguardingDecision& d : decisions) {
        if (childUuid.isEmpty() || d.childUuid != childUuid || !sameCode(d.partnerCode, code))
            continue;
        if (!d.share) {
            if (d.decidedOn.isValid() && (!lastNotToShare || d.decidedOn > *lastNotToShare))
                lastNotToShare = d.decidedOn;
        } else if (safeguardingActive(d, today)) {
            bySafeguarding += d.categories;
            out.safeguardingUuids.append(d.uuid);
        }
    }

    for (ShareCategory c : ShareCategories::all()) {
        if (byConsent.contains(c)) {
            out.categories.append(c);
        } else if (bySafeguarding.contains(c)) {
            out.categories.append(c);
            out.safeguarding = true;
        }
    }
    if (out.included())
        return out;

    // Nothing may be sent: the one reason that best explains it.
    const bool anyBasis = !out.consentUuids.isEmpty() || !out.safeguardingUuids.isEmpty();
    if (anyBasis) {
        out.leftOutReason = tr("The consent to share with %1 covers no kind of information.").arg(code);
    } else if (lastWithdrawn) {
        out.withdrawn = true;
        out.withdrawnOn = lastWithdrawn;
        out.leftOutReason = tr("Consent to share with %1 was withdrawn on %2.").arg(code, showDate(*lastWithdrawn));
    } else if (lastExpired) {
        out.leftOutReason =
            tr("Consent to share with %1 expired on %2 (review date).").arg(code, showDate(*lastExpired));
    } else if (firstStart) {
        out.leftOutReason = tr("Consent to share with %1 starts on %2.").arg(code, showDate(*firstStart));
    } else if (otherPartnersOnly) {
        out.leftOutReason = tr("Consent covers other organisations, not %1.").arg(code);
    } else if (lastNotToShare) {
        out.leftOutReason = tr("A safeguarding decision not to share with %1 was recorded on %2.")
                                .arg(code, showDate(*lastNotToShare));
    } else {
        out.leftOutReason = tr("No consent to share with %1 has been recorded.").arg(code);
    }
    return out;
}

QString consentStatusToken(ConsentStatus status)
{
    switch (status) {
    case ConsentStatus::Active:
        return QStringLiteral("active");
    case ConsentStatus::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case ConsentStatus::Expired:
        return QStringLiteral("expired");
    case ConsentStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

QString consentStatusDisplayName(ConsentStatus status)
{
    switch (status) {
    case ConsentStatus::Active:
        return tr("Active");
    case ConsentStatus::NotYetValid:
        return tr("Not yet valid");
    case ConsentStatus::Expired:
        return tr("Expired");
    case ConsentStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

} // namespace tandem::domain
