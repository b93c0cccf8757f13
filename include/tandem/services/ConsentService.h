#pragma once

#include "tandem/core/Result.h"
#include "tandem/core/Sharing.h"

namespace tandem {

class Session;

// A consent with its status on a day, for lists.
struct ConsentView {
    Consent consent;
    ConsentStatus status = ConsentStatus::Active;
    bool expiresSoon = false;
};

// A child's sharing position with each partner on a day (the family record's Sharing panel and
// the export preview use the same domain::ConsentRules::decide).
struct ChildSharing {
    QString childUuid;
    QString childName;
    QString partnerCode;
    QList<ShareCategory> categories;
    bool safeguarding = false;
    QString leftOutReason;
};

// Consent to share and safeguarding decisions (Permission::RecordConsent). Every change is audited
// and put on the family's timeline in one transaction.
class ConsentService {
public:
    explicit ConsentService(Session& session) : m_session(session) {}

    // Validates (domain::ConsentRules) with the giver's parental responsibility for the child (or for
    // every child of the family for a family consent) and the store's partners; Invalid error naming
    // the first problem. Returns the stored consent.
    Result<Consent> record(Consent draft);
    // One action: sets withdrawnOn and reason. Refuses a consent already withdrawn.
    Result<Consent> withdraw(const QString& consentUuid, const QDate& withdrawnOn, const QString& reason);

    // Newest given first, with status on today's date.
    Result<QList<ConsentView>> forFamily(const QString& familyUuid) const;
    Result<ConsentView> consent(const QString& consentUuid) const;

    // Authoriser must be an active team lead of this store. A decision not to share is recorded the same way.
    Result<SafeguardingDecision> recordSafeguarding(SafeguardingDecision draft);
    Result<QList<SafeguardingDecision>> safeguardingForFamily(const QString& familyUuid) const; // newest first

    // For each child of the family and each partner, what would be shared today.
    Result<QList<ChildSharing>> sharingForFamily(const QString& familyUuid) const;

private:
    Session& m_session;
};

} // namespace tandem
