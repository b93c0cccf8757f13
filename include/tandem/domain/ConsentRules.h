#pragma once

#include "tandem/core/Sharing.h"
#include "tandem/domain/RecordRules.h"

namespace tandem::domain {

// What one export may carry for one child to one partner, and why.
struct ShareDecision {
    QList<ShareCategory> categories;   // union of what active consents and safeguarding shares cover, all() order
    QStringList consentUuids;          // the active consents that cover it
    QStringList safeguardingUuids;     // the safeguarding decisions to share that cover it
    bool safeguarding = false;         // true when any category comes only from a safeguarding share
    // Set when nothing may be sent: one translated sentence, e.g. "No consent to share with CC-02."
    QString leftOutReason;
    // True when a consent for this partner was withdrawn and no active consent or safeguarding share
    // remains (others may have expired): the bundle then carries a withdrawal notice, if the child
    // was sent to the partner before, so the partner removes its copy.
    bool withdrawn = false;
    std::optional<QDate> withdrawnOn;

    bool included() const { return !categories.isEmpty(); }
};

// Consent and safeguarding rules. Pure: records and "today" in, answers out.
class ConsentRules {
public:
    static constexpr int kExpiryWarningDays = 30;
    static constexpr int kMaxSafeguardingDays = 92;

    // Field keys: consent.givenBy, consent.partners, consent.categories, consent.purpose, consent.method,
    // consent.givenOn, consent.reviewOn. Normalises in place (trims, sorts categories, upper-cases codes,
    // removes repeats). givenByHasParentalResponsibility is looked up by the caller. knownPartnerCodes:
    // the store's partners.
    static FieldIssues validateConsent(Consent& consent, bool givenByHasParentalResponsibility,
                                       const QStringList& knownPartnerCodes, const QDate& today);
    // consent.withdrawnOn, consent.withdrawalReason: not before givenOn, not in the future, reason required.
    static FieldIssues validateWithdrawal(const Consent& consent, const QDate& withdrawnOn, const QString& reason,
                                          const QDate& today);
    // safeguarding.partner, safeguarding.categories (share only), safeguarding.reason, safeguarding.decidedOn
    // (not in the future), safeguarding.shareUntil (share only; from decidedOn to 92 days after),
    // safeguarding.authoriser (must be a team lead: authoriserIsTeamLead).
    static FieldIssues validateSafeguarding(SafeguardingDecision& decision, bool authoriserIsTeamLead,
                                            const QStringList& knownPartnerCodes, const QDate& today);

    // Withdrawn (withdrawnOn <= today) beats everything; then NotYetValid (givenOn > today);
    // Expired (reviewOn < today); else Active. The review date itself is still covered.
    static ConsentStatus status(const Consent& consent, const QDate& today);
    // Active and reviewOn within kExpiryWarningDays days from today (inclusive).
    static bool expiresSoon(const Consent& consent, const QDate& today);
    // Does this consent apply to this child (its own, or a family consent of the child's family)?
    static bool appliesTo(const Consent& consent, const QString& childUuid, const QString& familyUuid);
    // A decision to share that covers `today` (decidedOn <= today <= shareUntil).
    static bool safeguardingActive(const SafeguardingDecision& decision, const QDate& today);

    // The consent matrix: which categories go to partnerCode for this child today, or why none.
    // consents/decisions may include other children's and other partners' records; they are ignored.
    static ShareDecision decide(const QString& childUuid, const QString& familyUuid, const QString& partnerCode,
                                const QList<Consent>& consents, const QList<SafeguardingDecision>& decisions,
                                const QDate& today);
};

QString consentStatusToken(ConsentStatus status);       // "active", "not-yet-valid", "expired", "withdrawn"
QString consentStatusDisplayName(ConsentStatus status); // translated

} // namespace tandem::domain
