#include "tandem/services/AssessmentService.h"

#include "AssessmentAccess.h"
#include "FamilyWriter.h"
#include "tandem/domain/Asq3Rules.h"
#include "tandem/domain/AsqSe2Rules.h"
#include "tandem/domain/ChildAge.h"
#include "tandem/domain/EyfsRules.h"
#include "tandem/domain/WellCommRules.h"
#include "tandem/services/InstrumentService.h"
#include "tandem/services/Session.h"
#include "tandem/store/AssessmentRepository.h"
#include "tandem/store/ChildRepository.h"
#include "tandem/store/Transaction.h"

namespace tandem {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::AssessmentService", text); }

constexpr int kMinPlan = 5;
constexpr int kMaxPlan = 2000;

// A born child whose record is current (not merged away).
Result<Child> assessableChild(store::Database& db, const QString& childUuid)
{
    auto child = store::ChildRepository(db).load(childUuid);
    TANDEM_TRY(child);
    if (!child.value().mergedInto.isEmpty())
        return makeError(ErrorCode::Invalid, tr("This record was merged into another; record assessments on that record."));
    if (child.value().isUnborn())
        return makeError(ErrorCode::Invalid, tr("%1 is not born yet; record the birth first.").arg(child.value().givenName));
    return child;
}

// The timeline holds the outcome line for the questionnaires and WellComm; for an EYFS check
// only the setting, since the parent may not have agreed to share its content.
QString timelineDetail(const Assessment& a)
{
    return a.kind == AssessmentKind::Eyfs ? a.setting : a.outcome;
}

using Definitions = domain::InstrumentDefinitions;

// One path for checking and scoring each instrument, so preview and add cannot disagree.
template <typename Draft, typename Check, typename Score>
Result<Assessment> scored(Session& session, Draft& draft, Check check, Score score)
{
    auto child = assessableChild(session.database(), draft.childUuid);
    TANDEM_TRY(child);
    auto defs = InstrumentService(session).definitions();
    TANDEM_TRY(defs);
    TANDEM_TRY(FamilyWriter::refuseIssues(check(draft, child.value(), session.today(), defs.value())));
    Assessment a = score(draft, child.value(), defs.value());
    a.childUuid = child.value().uuid;
    a.familyUuid = child.value().familyUuid;
    if constexpr (requires { draft.practitionerUserUuid; })
        a.practitionerUserUuid = draft.practitionerUserUuid; // an EYFS check names the setting's practitioner instead
    return a;
}

const auto asq3Check = [](Asq3Draft& d, const Child& c, const QDate& today, const Definitions& defs) {
    return domain::Asq3Rules::check(d, c, today, defs.asq3);
};
const auto asq3Score = [](const Asq3Draft& d, const Child& c, const Definitions& defs) {
    return domain::Asq3Rules::score(d, c, defs.asq3);
};
const auto asqSe2Check = [](AsqSe2Draft& d, const Child& c, const QDate& today, const Definitions& defs) {
    return domain::AsqSe2Rules::check(d, c, today, defs.asqSe2);
};
const auto asqSe2Score = [](const AsqSe2Draft& d, const Child& c, const Definitions& defs) {
    return domain::AsqSe2Rules::score(d, c, defs.asqSe2);
};
const auto wellCommCheck = [](WellCommDraft& d, const Child& c, const QDate& today, const Definitions& defs) {
    return domain::WellCommRules::check(d, c, today, defs.wellComm);
};
const auto wellCommScore = [](const WellCommDraft& d, const Child& c, const Definitions& defs) {
    return domain::WellCommRules::score(d, c, defs.wellComm);
};
const auto eyfsCheck = [](EyfsDraft& d, const Child& c, const QDate& today, const Definitions& defs) {
    return domain::EyfsRules::check(d, c, today, defs.eyfs);
};
const auto eyfsScore = [](const EyfsDraft& d, const Child& c, const Definitions& defs) {
    return domain::EyfsRules::score(d, c, defs.eyfs);
};
} // namespace

Result<domain::IntervalChoice> AssessmentService::asq3Interval(const QString& childUuid, const QDate& on) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    auto child = assessableChild(m_session.database(), childUuid);
    TANDEM_TRY(child);
    auto defs = InstrumentService(m_session).definitions();
    TANDEM_TRY(defs);
    const domain::Asq3Definition& d = defs.value().asq3;
    return domain::QuestionnaireInterval::choose(domain::QuestionnaireInterval::windows(d), d.prematurity,
                                                 AssessmentKinds::displayName(AssessmentKind::Asq3), *child.value().dateOfBirth,
                                                 child.value().gestationWeeks, on);
}

Result<domain::IntervalChoice> AssessmentService::asqSe2Interval(const QString& childUuid, const QDate& on) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    auto child = assessableChild(m_session.database(), childUuid);
    TANDEM_TRY(child);
    auto defs = InstrumentService(m_session).definitions();
    TANDEM_TRY(defs);
    const domain::AsqSe2Definition& d = defs.value().asqSe2;
    return domain::QuestionnaireInterval::choose(domain::QuestionnaireInterval::windows(d), d.prematurity,
                                                 AssessmentKinds::displayName(AssessmentKind::AsqSe2), *child.value().dateOfBirth,
                                                 child.value().gestationWeeks, on);
}

Result<int> AssessmentService::wellCommSection(const QString& childUuid, const QDate& on) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    auto child = assessableChild(m_session.database(), childUuid);
    TANDEM_TRY(child);
    auto defs = InstrumentService(m_session).definitions();
    TANDEM_TRY(defs);
    const auto age = domain::ChildAge::on(*child.value().dateOfBirth, on);
    if (!age)
        return makeError(ErrorCode::Invalid, tr("The date is before %1's date of birth.").arg(child.value().givenName));
    const auto section = domain::WellCommRules::sectionForAge(defs.value().wellComm, age->months);
    if (!section)
        return makeError(ErrorCode::Invalid, tr("WellComm early-years sections cover 6 months to 6 years; %1 is %2 on that day.")
                                                 .arg(child.value().givenName, domain::ChildAge::describe(*age)));
    return *section;
}

Result<Assessment> AssessmentService::previewAsq3(Asq3Draft draft) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    return scored(m_session, draft, asq3Check, asq3Score);
}

Result<Assessment> AssessmentService::previewAsqSe2(AsqSe2Draft draft) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    return scored(m_session, draft, asqSe2Check, asqSe2Score);
}

Result<Assessment> AssessmentService::previewWellComm(WellCommDraft draft) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    return scored(m_session, draft, wellCommCheck, wellCommScore);
}

Result<Assessment> AssessmentService::addAsq3(Asq3Draft draft)
{
    TANDEM_TRY(m_session.require(Permission::RecordAssessments));
    auto a = scored(m_session, draft, asq3Check, asq3Score);
    TANDEM_TRY(a);
    return storeScored(a.value());
}

Result<Assessment> AssessmentService::addAsqSe2(AsqSe2Draft draft)
{
    TANDEM_TRY(m_session.require(Permission::RecordAssessments));
    auto a = scored(m_session, draft, asqSe2Check, asqSe2Score);
    TANDEM_TRY(a);
    return storeScored(a.value());
}

Result<Assessment> AssessmentService::addWellComm(WellCommDraft draft)
{
    TANDEM_TRY(m_session.require(Permission::RecordAssessments));
    auto a = scored(m_session, draft, wellCommCheck, wellCommScore);
    TANDEM_TRY(a);
    return storeScored(a.value());
}

Result<Assessment> AssessmentService::addEyfs(EyfsDraft draft)
{
    TANDEM_TRY(m_session.require(Permission::RecordAssessments));
    auto a = scored(m_session, draft, eyfsCheck, eyfsScore);
    TANDEM_TRY(a);
    return storeScored(a.value());
}

Result<Assessment> AssessmentService::storeScored(Assessment a)
{
    FamilyWriter writer(m_session);
    auto practitioner = writer.practitionerName(a.practitionerUserUuid);
    TANDEM_TRY(practitioner);
    a.practitionerName = practitioner.value();
    a.uuid = FamilyWriter::newUuid();
    if (!a.followUpPlan.isEmpty())
        a.followUpRecordedOn = a.assessedOn;

    store::Database& db = m_session.database();
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(store::AssessmentRepository(db).insert(a, m_session.user().uuid, m_session.now()));
    TANDEM_TRY(writer.timeline(a.familyUuid, a.childUuid, QStringLiteral("assessment.") + AssessmentKinds::token(a.kind),
                               timelineDetail(a), QDateTime(a.assessedOn, QTime(12, 0)).toUTC()));
    TANDEM_TRY(m_session.audit(QStringLiteral("assessment.create"), QStringLiteral("assessment"), {a.familyUuid, a.childUuid, a.uuid}));
    TANDEM_TRY(txn.value().commit());
    return AssessmentAccess(m_session).asSeen(a);
}

Result<Assessment> AssessmentService::recordFollowUp(const QString& assessmentUuid, const QString& planIn)
{
    TANDEM_TRY(m_session.require(Permission::RecordAssessments));
    store::Database& db = m_session.database();
    store::AssessmentRepository repo(db);
    auto a = repo.load(assessmentUuid);
    TANDEM_TRY(a);
    if (AssessmentAccess(m_session).withheld(a.value()))
        return makeError(ErrorCode::PermissionDenied,
                         tr("The parent has not agreed to share this progress check with the health visitor."));
    const QString plan = planIn.simplified().isEmpty() ? QString() : planIn.trimmed();
    if (plan.size() < kMinPlan || plan.size() > kMaxPlan)
        return makeError(ErrorCode::Invalid, tr("Write the follow-up plan in %1 to %2 characters.").arg(kMinPlan).arg(kMaxPlan));
    const QDate today = m_session.today();

    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(repo.setFollowUp(assessmentUuid, plan, today, m_session.user().uuid, m_session.now()));
    TANDEM_TRY(FamilyWriter(m_session).timeline(a.value().familyUuid, a.value().childUuid, QStringLiteral("assessment.follow-up"),
                                                AssessmentKinds::token(a.value().kind)));
    TANDEM_TRY(m_session.audit(QStringLiteral("assessment.follow-up"), QStringLiteral("assessment"),
                               {a.value().familyUuid, a.value().childUuid, assessmentUuid}));
    TANDEM_TRY(txn.value().commit());
    return assessment(assessmentUuid);
}

Result<Assessment> AssessmentService::assessment(const QString& assessmentUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    auto a = store::AssessmentRepository(m_session.database()).load(assessmentUuid);
    TANDEM_TRY(a);
    return AssessmentAccess(m_session).asSeen(a.value());
}

Result<QList<Assessment>> AssessmentService::forChild(const QString& childUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    TANDEM_TRY(store::ChildRepository(m_session.database()).load(childUuid));
    auto list = store::AssessmentRepository(m_session.database()).forChild(childUuid);
    TANDEM_TRY(list);
    return AssessmentAccess(m_session).asSeen(list.value());
}

Result<QList<Assessment>> AssessmentService::forChild(const QString& childUuid, AssessmentKind kind) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    TANDEM_TRY(store::ChildRepository(m_session.database()).load(childUuid));
    auto list = store::AssessmentRepository(m_session.database()).forChild(childUuid, kind);
    TANDEM_TRY(list);
    return AssessmentAccess(m_session).asSeen(list.value());
}

} // namespace tandem
