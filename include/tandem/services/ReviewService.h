#pragma once

#include "tandem/core/Assessment.h"
#include "tandem/core/Result.h"

namespace tandem {

class Session;

// What the integrated review screen brings together for one child on a day.
struct ReviewInputs {
    QString childUuid;
    QString childName;
    std::optional<QDate> dateOfBirth;
    QList<Assessment> asq3;         // candidates: this child's, newest first, within 3 months before the day
    QList<Assessment> asqSe2;
    QList<Assessment> eyfs;         // withheld ones are listed but cannot be linked
    QList<Assessment> wellComm;
    bool alreadyReviewed = false;   // an integrated review exists for this child
};

// The integrated review at 2 to 2 1/2. Completing it records the 2-2 1/2 year mandated contact
// (a "two-year" contact with the agreed actions), so the child's schedule shows it done.
// Permission::RecordMandatedContacts.
class ReviewService {
public:
    explicit ReviewService(Session& session) : m_session(session) {}

    Result<ReviewInputs> inputs(const QString& childUuid, const QDate& on) const;

    // Checks (domain::ReviewRules), then in one transaction: the contact (type two-year, outcome =
    // summary or "Integrated review"), its actions, the review, timeline events
    // ("review.integrated" and "contact.two-year") and one audit entry.
    Result<IntegratedReview> complete(IntegratedReview draft);

    // Newest first.
    Result<QList<IntegratedReview>> forChild(const QString& childUuid) const;
    Result<IntegratedReview> review(const QString& reviewUuid) const;

private:
    Session& m_session;
};

} // namespace tandem
