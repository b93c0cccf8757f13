#pragma once

#include "tandem/core/Assessment.h"
#include "tandem/core/Result.h"
#include "tandem/domain/QuestionnaireInterval.h"

namespace tandem {

class Session;

// Recording and reading assessments. Scoring is done by the domain rules with the definitions in
// force (InstrumentService); the result is stored as scored and never rescored. Writing needs
// Permission::RecordAssessments; reading Permission::ViewFamilies. Every write is audited and on
// the child's timeline ("assessment.<kind>", detail = the outcome line) in one transaction.
class AssessmentService {
public:
    explicit AssessmentService(Session& session) : m_session(session) {}

    // The interval for an ASQ-3 / ASQ:SE-2 on a day, with the reason (for the form to show).
    Result<domain::IntervalChoice> asq3Interval(const QString& childUuid, const QDate& on) const;
    Result<domain::IntervalChoice> asqSe2Interval(const QString& childUuid, const QDate& on) const;
    // The WellComm age section on a day (Invalid when the child is outside every band).
    Result<int> wellCommSection(const QString& childUuid, const QDate& on) const;

    // Check and score without storing: for forms that show zones as the user types. Returns the
    // field issues as an Invalid error with the first message, or the scored assessment.
    Result<Assessment> previewAsq3(Asq3Draft draft) const;
    Result<Assessment> previewAsqSe2(AsqSe2Draft draft) const;
    Result<Assessment> previewWellComm(WellCommDraft draft) const;

    // Store. Returns the stored assessment (as a reader would see it).
    Result<Assessment> addAsq3(Asq3Draft draft);
    Result<Assessment> addAsqSe2(AsqSe2Draft draft);
    Result<Assessment> addWellComm(WellCommDraft draft);
    Result<Assessment> addEyfs(EyfsDraft draft);

    // Records the follow-up plan for an assessment that had none (or replaces it), 5..2000
    // characters. Clears the caseload's "below cutoff, no follow-up" flag. Permission::RecordAssessments.
    Result<Assessment> recordFollowUp(const QString& assessmentUuid, const QString& plan);

    // One assessment; newest-first history of a child (optionally one kind). EYFS checks the
    // parent did not agree to share are withheld from health visitors: listed, with
    // withheld = true and no parts, concerns or plan.
    Result<Assessment> assessment(const QString& assessmentUuid) const;
    Result<QList<Assessment>> forChild(const QString& childUuid) const;
    Result<QList<Assessment>> forChild(const QString& childUuid, AssessmentKind kind) const;

private:
    // Names the practitioner, stores, puts it on the timeline and audits, in one transaction.
    Result<Assessment> storeScored(Assessment assessment);
    Session& m_session;
};

} // namespace tandem
