#include "ShareGatherer.h"

#include "tandem/store/AssessmentRepository.h"
#include "tandem/store/ContactRepository.h"
#include "tandem/store/IntegratedReviewRepository.h"
#include "tandem/store/ServiceLevelRepository.h"

#include <algorithm>

namespace tandem {

namespace {

using namespace sharing;

bool covers(const domain::ShareDecision& d, ShareCategory c) { return d.categories.contains(c); }

QDateTime newer(const QDateTime& a, const QString& storeTimestamp)
{
    const QDateTime b = QDateTime::fromString(storeTimestamp, Qt::ISODate);
    return (!a.isValid() || (b.isValid() && b > a)) ? b : a;
}

SharedChild minimum(const Child& child)
{
    SharedChild out;
    out.id = child.uuid;
    out.nhsNumber = child.nhsNumber;
    out.givenName = child.givenName;
    out.familyName = child.familyName;
    out.dateOfBirth = child.dateOfBirth;
    out.lastUpdated = newer({}, child.meta.updatedAt);
    return out;
}

SharedConsent fromConsent(const Consent& c)
{
    SharedConsent s;
    s.id = c.uuid;
    s.withdrawn = c.withdrawnOn.has_value();
    s.categories = c.categories;
    s.purpose = c.purpose;
    s.method = c.method;
    s.givenByName = c.givenByName;
    s.givenOn = c.givenOn;
    s.reviewOn = c.reviewOn;
    s.withdrawnOn = c.withdrawnOn;
    s.withdrawalReason = c.withdrawalReason;
    return s;
}

SharedConsent fromDecision(const SafeguardingDecision& d)
{
    SharedConsent s;
    s.id = d.uuid;
    s.safeguarding = true;
    s.categories = d.categories;
    s.purpose = d.reason;
    s.givenByName = d.authoriserName;
    s.givenOn = d.decidedOn;
    s.reviewOn = d.shareUntil;
    return s;
}

SharedIdentity identityOf(const Child& child, const Family& family)
{
    SharedIdentity id;
    id.preferredName = child.preferredName;
    id.sex = child.sex;
    id.upn = child.upn;
    id.gpPractice = child.gpPractice;
    id.address = family.address;
    id.mainLanguage = family.mainLanguage;
    id.interpreterNeeded = family.interpreterNeeded;
    for (const Relationship& r : family.relationships) {
        if (r.childUuid != child.uuid)
            continue;
        for (const Person& p : family.adults) {
            if (p.uuid != r.personUuid)
                continue;
            id.adults << SharedAdult{p.uuid, p.givenName, p.familyName, r.relationship, r.parentalResponsibility, p.phone, p.email};
        }
    }
    return id;
}

SharedAssessment fromAssessment(const Assessment& a)
{
    SharedAssessment s;
    s.id = a.uuid;
    s.kind = AssessmentKinds::token(a.kind);
    s.assessedOn = a.assessedOn;
    s.practitionerName = a.kind == AssessmentKind::Eyfs ? a.completedByName : a.practitionerName;
    s.intervalMonths = a.intervalMonths;
    s.ageSection = a.ageSection;
    s.setting = a.setting;
    s.completedByName = a.completedByName;
    s.outcome = a.outcome;
    s.needsFollowUp = a.needsFollowUp;
    s.parentConcerns = a.parentConcerns;
    s.followUpPlan = a.followUpPlan;
    s.definitionVersion = a.definitionVersion;
    for (const AssessmentPart& p : a.parts) {
        SharedResultPart part;
        part.part = p.part;
        part.score = p.score;
        if (a.kind == AssessmentKind::Asq3 || a.kind == AssessmentKind::AsqSe2)
            part.zone = Zones::token(p.zone);
        part.result = p.result;
        if (p.cutoff)
            part.cutoff = p.cutoff->value;
        if (p.monitoring)
            part.monitoring = p.monitoring->value;
        part.note = p.note;
        s.parts << part;
    }
    return s;
}

} // namespace

Result<SharedChild> ShareGatherer::gather(const Child& child, const Family& family, const domain::ShareDecision& decision,
                                          const QList<Consent>& consents, const QList<SafeguardingDecision>& decisions)
{
    SharedChild out = minimum(child);
    out.categories = decision.categories;
    if (covers(decision, ShareCategory::Identity)) {
        out.identity = identityOf(child, family);
        out.lastUpdated = newer(out.lastUpdated, family.meta.updatedAt);
    }
    if (covers(decision, ShareCategory::Birth))
        out.birth = SharedBirth{child.gestationWeeks, child.expectedDeliveryDate};
    TANDEM_TRY(addContactsAndPlan(out, child, family, covers(decision, ShareCategory::HealthVisitingContacts),
                                  covers(decision, ShareCategory::SupportPlan)));
    TANDEM_TRY(addAssessments(out, child, covers(decision, ShareCategory::Assessments), covers(decision, ShareCategory::EyfsCheck)));
    for (const Consent& c : consents)
        if (decision.consentUuids.contains(c.uuid))
            out.consents << fromConsent(c);
    for (const SafeguardingDecision& d : decisions)
        if (decision.safeguardingUuids.contains(d.uuid))
            out.consents << fromDecision(d);
    return out;
}

SharedChild ShareGatherer::withdrawalNotice(const Child& child, const QList<Consent>& withdrawn, const QString& partnerCode)
{
    SharedChild out = minimum(child);
    out.withdrawalNotice = true;
    for (const Consent& c : withdrawn) {
        bool names = false;
        for (const QString& code : c.partnerCodes)
            names = names || code.compare(partnerCode, Qt::CaseInsensitive) == 0;
        if (names && c.withdrawnOn)
            out.consents << fromConsent(c);
    }
    return out;
}

Result<void> ShareGatherer::addContactsAndPlan(SharedChild& out, const Child& child, const Family& family, bool contacts, bool plan)
{
    if (!contacts && !plan)
        return {};
    auto list = store::ContactRepository(m_db).forChild(child.uuid);
    TANDEM_TRY(list);
    SharedPlan supportPlan;
    for (const Contact& c : list.value()) {
        out.lastUpdated = newer(out.lastUpdated, c.meta.updatedAt);
        if (contacts)
            out.contacts << SharedContact{c.uuid, c.occurredAt, c.type, c.place, c.durationMinutes, c.practitionerName, c.outcome};
        for (const FollowUpAction& a : c.actions)
            supportPlan.actions << SharedAction{a.uuid, a.description, a.dueOn.isValid() ? std::optional<QDate>(a.dueOn) : std::nullopt,
                                                a.ownerName, a.doneOn};
    }
    if (!plan)
        return {};
    auto levels = store::ServiceLevelRepository(m_db).history(family.uuid);
    TANDEM_TRY(levels);
    for (const ServiceLevelChange& level : levels.value()) { // newest first: the first in effect today is current
        if (level.effectiveFrom > m_today)
            continue;
        supportPlan.serviceLevel = level.level;
        supportPlan.serviceLevelReason = level.reason;
        supportPlan.serviceLevelFrom = level.effectiveFrom;
        out.lastUpdated = newer(out.lastUpdated, level.meta.updatedAt);
        break;
    }
    out.plan = supportPlan;
    return {};
}

Result<void> ShareGatherer::addAssessments(SharedChild& out, const Child& child, bool assessments, bool eyfs)
{
    if (!assessments && !eyfs)
        return {};
    auto list = store::AssessmentRepository(m_db).forChild(child.uuid);
    TANDEM_TRY(list);
    QStringList sentIds;
    for (const Assessment& a : list.value()) {
        const bool isEyfs = a.kind == AssessmentKind::Eyfs;
        if (isEyfs ? !eyfs : !assessments)
            continue;
        (isEyfs ? out.eyfsChecks : out.assessments) << fromAssessment(a);
        sentIds << a.uuid;
        out.lastUpdated = newer(out.lastUpdated, a.meta.updatedAt);
    }
    if (!assessments)
        return {};
    auto reviews = store::IntegratedReviewRepository(m_db).forChild(child.uuid);
    TANDEM_TRY(reviews);
    for (const IntegratedReview& r : reviews.value()) {
        SharedReview s{r.uuid, r.reviewedAt.date(), r.practitionerName, r.summary, r.parentViews, {}};
        for (const QString& id : {r.asq3Uuid, r.asqSe2Uuid, r.eyfsUuid, r.wellCommUuid})
            if (!id.isEmpty() && sentIds.contains(id)) // only links the partner can follow
                s.assessmentIds << id;
        out.reviews << s;
        out.lastUpdated = newer(out.lastUpdated, r.meta.updatedAt);
    }
    return {};
}

} // namespace tandem
