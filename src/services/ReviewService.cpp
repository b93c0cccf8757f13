#include "tandem/services/ReviewService.h"

#include "AssessmentAccess.h"
#include "FamilyWriter.h"
#include "tandem/domain/ContactRules.h"
#include "tandem/domain/ReviewRules.h"
#include "tandem/services/Session.h"
#include "tandem/store/AssessmentRepository.h"
#include "tandem/store/ChildRepository.h"
#include "tandem/store/ContactRepository.h"
#include "tandem/store/IntegratedReviewRepository.h"
#include "tandem/store/Transaction.h"

namespace tandem {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::ReviewService", text); }

constexpr int kCandidateMonths = 3; // as domain::ReviewRules: results older than this are not brought in

Result<Child> reviewableChild(store::Database& db, const QString& childUuid)
{
    auto child = store::ChildRepository(db).load(childUuid);
    TANDEM_TRY(child);
    if (!child.value().mergedInto.isEmpty())
        return makeError(ErrorCode::Invalid, tr("This record was merged into another; review the child on that record."));
    if (child.value().isUnborn())
        return makeError(ErrorCode::Invalid, tr("%1 is not born yet.").arg(child.value().givenName));
    return child;
}

// The assessments a draft names, as stored (the rules check kind, child, date and consent).
Result<QList<Assessment>> linkedAssessments(store::Database& db, const IntegratedReview& r)
{
    store::AssessmentRepository repo(db);
    QList<Assessment> out;
    for (const QString& uuid : {r.asq3Uuid, r.asqSe2Uuid, r.eyfsUuid, r.wellCommUuid}) {
        if (uuid.isEmpty())
            continue;
        auto a = repo.load(uuid);
        if (!a.ok() && a.error().code == ErrorCode::NotFound)
            continue; // the rules say it is not on this child's record
        TANDEM_TRY(a);
        out << a.value();
    }
    return out;
}
} // namespace

Result<ReviewInputs> ReviewService::inputs(const QString& childUuid, const QDate& on) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    store::Database& db = m_session.database();
    auto child = reviewableChild(db, childUuid);
    TANDEM_TRY(child);
    auto all = store::AssessmentRepository(db).forChild(childUuid);
    TANDEM_TRY(all);
    auto reviews = store::IntegratedReviewRepository(db).forChild(childUuid);
    TANDEM_TRY(reviews);

    ReviewInputs in;
    in.childUuid = childUuid;
    in.childName = child.value().givenName + QLatin1Char(' ') + child.value().familyName;
    in.dateOfBirth = child.value().dateOfBirth;
    in.alreadyReviewed = !reviews.value().isEmpty();
    const QDate earliest = on.addMonths(-kCandidateMonths);
    for (const Assessment& a : AssessmentAccess(m_session).asSeen(all.value())) {
        if (a.assessedOn > on || a.assessedOn < earliest)
            continue;
        switch (a.kind) {
        case AssessmentKind::Asq3: in.asq3 << a; break;
        case AssessmentKind::AsqSe2: in.asqSe2 << a; break;
        case AssessmentKind::Eyfs: in.eyfs << a; break;
        case AssessmentKind::WellComm: in.wellComm << a; break;
        }
    }
    return in;
}

Result<IntegratedReview> ReviewService::complete(IntegratedReview r)
{
    TANDEM_TRY(m_session.require(Permission::RecordMandatedContacts));
    store::Database& db = m_session.database();
    auto child = reviewableChild(db, r.childUuid);
    TANDEM_TRY(child);
    auto linked = linkedAssessments(db, r);
    TANDEM_TRY(linked);
    const QDateTime now = m_session.clock().nowUtc().toLocalTime();
    TANDEM_TRY(FamilyWriter::refuseIssues(domain::ReviewRules::check(r, child.value(), linked.value(), now)));

    FamilyWriter writer(m_session);
    auto practitioner = writer.practitionerName(r.practitionerUserUuid);
    TANDEM_TRY(practitioner);
    r.practitionerName = practitioner.value();
    r.familyUuid = child.value().familyUuid;

    // The review is the 2-2 1/2 year contact: the schedule is computed from contacts.
    Contact c;
    c.familyUuid = r.familyUuid;
    c.childUuids = {r.childUuid};
    c.occurredAt = r.reviewedAt;
    c.type = QStringLiteral("two-year");
    c.place = r.place;
    c.practitionerUserUuid = r.practitionerUserUuid;
    c.practitionerName = r.practitionerName;
    c.peoplePresent = r.peoplePresent;
    c.durationMinutes = r.durationMinutes;
    c.outcome = tr("Integrated review at 2 to 2½ years");
    c.actions = r.actions;
    auto siblings = store::ChildRepository(db).forFamily(r.familyUuid);
    TANDEM_TRY(siblings);
    TANDEM_TRY(FamilyWriter::refuseIssues(domain::ContactRules::checkContact(c, siblings.value(), now)));

    c.uuid = FamilyWriter::newUuid();
    for (FollowUpAction& a : c.actions)
        a.uuid = FamilyWriter::newUuid();
    r.uuid = FamilyWriter::newUuid();
    r.contactUuid = c.uuid;
    const QString actor = m_session.user().uuid;
    const QString at = m_session.now();

    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(store::ContactRepository(db).insert(c, actor, at));
    TANDEM_TRY(store::IntegratedReviewRepository(db).insert(r, actor, at));
    const QDateTime occurred = r.reviewedAt.toUTC();
    TANDEM_TRY(writer.timeline(r.familyUuid, r.childUuid, QStringLiteral("contact.two-year"), c.place, occurred));
    TANDEM_TRY(writer.timeline(r.familyUuid, r.childUuid, QStringLiteral("review.integrated"), QString(), occurred));
    TANDEM_TRY(m_session.audit(QStringLiteral("review.integrated"), QStringLiteral("integrated_review"),
                               {r.familyUuid, r.childUuid, r.uuid, c.uuid}));
    TANDEM_TRY(txn.value().commit());
    r.actions = c.actions;
    return r;
}

Result<QList<IntegratedReview>> ReviewService::forChild(const QString& childUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    store::Database& db = m_session.database();
    TANDEM_TRY(store::ChildRepository(db).load(childUuid));
    auto reviews = store::IntegratedReviewRepository(db).forChild(childUuid);
    TANDEM_TRY(reviews);
    store::ContactRepository contacts(db);
    for (IntegratedReview& r : reviews.value()) {
        auto contact = contacts.load(r.contactUuid);
        TANDEM_TRY(contact);
        r.actions = contact.value().actions;
    }
    return reviews;
}

Result<IntegratedReview> ReviewService::review(const QString& reviewUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    store::Database& db = m_session.database();
    auto r = store::IntegratedReviewRepository(db).load(reviewUuid);
    TANDEM_TRY(r);
    auto contact = store::ContactRepository(db).load(r.value().contactUuid);
    TANDEM_TRY(contact);
    r.value().actions = contact.value().actions;
    return r;
}

} // namespace tandem
