#include "tandem/services/RecordAdminService.h"
#include "FamilyWriter.h"
#include "tandem/services/Session.h"
#include "tandem/store/AssessmentRepository.h"
#include "tandem/store/IntegratedReviewRepository.h"
#include "tandem/store/ChildRepository.h"
#include "tandem/store/ContactRepository.h"
#include "tandem/store/FamilyRepository.h"
#include "tandem/store/PersonRepository.h"
#include "tandem/store/SearchIndex.h"
#include "tandem/store/TimelineRepository.h"
#include "tandem/store/Transaction.h"

namespace tandem {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::RecordAdminService", text); }
constexpr int kMinReason = 5;
constexpr int kMaxReason = 500;

Result<QString> checkedReason(const QString& reason)
{
    const QString r = reason.simplified();
    if (r.size() < kMinReason || r.size() > kMaxReason)
        return makeError(ErrorCode::Invalid, tr("Say why (%1 to %2 characters): the reason is kept with the record for audit.")
                                                 .arg(kMinReason)
                                                 .arg(kMaxReason));
    return r;
}
QString fullName(const QString& given, const QString& family) { return given + QLatin1Char(' ') + family; }
} // namespace

Result<void> RecordAdminService::deleteChild(const QString& childUuid, const QString& reason)
{
    TANDEM_TRY(m_session.require(Permission::DeleteRecords));
    auto why = checkedReason(reason);
    TANDEM_TRY(why);
    store::Database& db = m_session.database();
    store::ChildRepository children(db);
    auto child = children.load(childUuid);
    TANDEM_TRY(child);
    const QString actor = m_session.user().uuid;
    const QString at = m_session.now();
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(children.softDelete(childUuid, why.value(), actor, at));
    TANDEM_TRY(store::PersonRepository(db).deleteRelationshipsOf(QStringLiteral("child_uuid"), childUuid, why.value(), actor, at));
    TANDEM_TRY(FamilyWriter(m_session).timeline(child.value().familyUuid, childUuid, QStringLiteral("child.deleted"),
                                                fullName(child.value().givenName, child.value().familyName)));
    TANDEM_TRY(store::SearchIndex(db).refreshChild(childUuid));
    TANDEM_TRY(m_session.audit(QStringLiteral("child.delete"), QStringLiteral("child"), {childUuid}));
    return txn.value().commit();
}

Result<void> RecordAdminService::deleteAdult(const QString& personUuid, const QString& reason)
{
    TANDEM_TRY(m_session.require(Permission::DeleteRecords));
    auto why = checkedReason(reason);
    TANDEM_TRY(why);
    store::Database& db = m_session.database();
    store::PersonRepository people(db);
    auto person = people.load(personUuid);
    TANDEM_TRY(person);
    auto family = people.familyOf(personUuid);
    TANDEM_TRY(family);
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(people.softDelete(personUuid, why.value(), m_session.user().uuid, m_session.now()));
    TANDEM_TRY(FamilyWriter(m_session).timeline(family.value(), {}, QStringLiteral("person.deleted"),
                                                fullName(person.value().givenName, person.value().familyName)));
    TANDEM_TRY(store::SearchIndex(db).refreshFamily(family.value()));
    TANDEM_TRY(m_session.audit(QStringLiteral("person.delete"), QStringLiteral("person"), {personUuid}));
    return txn.value().commit();
}

Result<void> RecordAdminService::deleteFamily(const QString& familyUuid, const QString& reason)
{
    TANDEM_TRY(m_session.require(Permission::DeleteRecords));
    auto why = checkedReason(reason);
    TANDEM_TRY(why);
    store::Database& db = m_session.database();
    TANDEM_TRY(store::FamilyRepository(db).load(familyUuid));
    auto children = store::ChildRepository(db).forFamily(familyUuid);
    TANDEM_TRY(children);
    store::PersonRepository people(db);
    auto adults = people.forFamily(familyUuid);
    TANDEM_TRY(adults);

    const QString actor = m_session.user().uuid;
    const QString at = m_session.now();
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    QStringList ids{familyUuid};
    for (const Child& c : children.value()) {
        TANDEM_TRY(store::ChildRepository(db).softDelete(c.uuid, why.value(), actor, at));
        TANDEM_TRY(people.deleteRelationshipsOf(QStringLiteral("child_uuid"), c.uuid, why.value(), actor, at));
        ids << c.uuid;
    }
    for (const Person& p : adults.value()) {
        TANDEM_TRY(people.softDelete(p.uuid, why.value(), actor, at));
        ids << p.uuid;
    }
    TANDEM_TRY(store::FamilyRepository(db).softDelete(familyUuid, why.value(), actor, at));
    TANDEM_TRY(FamilyWriter(m_session).timeline(familyUuid, {}, QStringLiteral("family.deleted"), {}));
    TANDEM_TRY(store::SearchIndex(db).refreshFamily(familyUuid));
    TANDEM_TRY(m_session.audit(QStringLiteral("family.delete"), QStringLiteral("family"), ids));
    return txn.value().commit();
}

Result<Child> RecordAdminService::mergeChildren(const QString& keepUuid, const QString& duplicateUuid, const QString& reason)
{
    TANDEM_TRY(m_session.require(Permission::MergeRecords));
    auto why = checkedReason(reason);
    TANDEM_TRY(why);
    if (keepUuid == duplicateUuid)
        return makeError(ErrorCode::Invalid, tr("Choose two different records to merge."));
    store::Database& db = m_session.database();
    store::ChildRepository children(db);
    auto keep = children.load(keepUuid);
    TANDEM_TRY(keep);
    auto dup = children.load(duplicateUuid);
    TANDEM_TRY(dup);
    Child k = keep.value();
    const Child& d = dup.value();
    if (!k.mergedInto.isEmpty() || !d.mergedInto.isEmpty())
        return makeError(ErrorCode::Invalid, tr("One of these records has already been merged into another."));
    if (!k.nhsNumber.isEmpty() && !d.nhsNumber.isEmpty() && k.nhsNumber != d.nhsNumber)
        return makeError(ErrorCode::Invalid, tr("The two records hold different NHS numbers, so they are not the same child. "
                                                "Nothing was merged."));
    if (k.dateOfBirth && d.dateOfBirth && k.dateOfBirth != d.dateOfBirth)
        return makeError(ErrorCode::Invalid, tr("The two records hold different dates of birth, so they are not the same child. "
                                                "Correct one of them first if it is wrong. Nothing was merged."));

    // Fill what the kept record lacks; never overwrite what it holds.
    auto fill = [](QString& mine, const QString& theirs) { if (mine.isEmpty()) mine = theirs; };
    fill(k.preferredName, d.preferredName);
    fill(k.nhsNumber, d.nhsNumber);
    fill(k.upn, d.upn);
    fill(k.gpPractice, d.gpPractice);
    if (k.sex == QLatin1String("unknown"))
        k.sex = d.sex;
    if (!k.gestationWeeks)
        k.gestationWeeks = d.gestationWeeks;
    if (!k.dateOfBirth && d.dateOfBirth) {
        k.dateOfBirth = d.dateOfBirth; // the antenatal record meets the birth record
        k.expectedDeliveryDate.reset();
    }

    const QString actor = m_session.user().uuid;
    const QString at = m_session.now();
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(children.markMerged(duplicateUuid, keepUuid, actor, at));
    TANDEM_TRY(children.update(k, actor, at));
    QStringList ids{keepUuid, duplicateUuid};
    store::PersonRepository people(db);
    auto keptRelations = people.relationshipsForChild(keepUuid);
    TANDEM_TRY(keptRelations);
    auto dupRelations = people.relationshipsForChild(duplicateUuid);
    TANDEM_TRY(dupRelations);
    for (const Relationship& r : dupRelations.value()) {
        const bool already = std::any_of(keptRelations.value().cbegin(), keptRelations.value().cend(),
                                         [&](const Relationship& x) { return x.personUuid == r.personUuid; });
        if (already)
            continue;
        auto made = people.relate(r.personUuid, keepUuid, r.relationship, r.parentalResponsibility, actor, at);
        TANDEM_TRY(made);
        ids << made.value().uuid;
    }
    TANDEM_TRY(store::TimelineRepository(db).moveChildEvents(duplicateUuid, keepUuid, k.familyUuid));
    // Visits and development history follow the child: nothing recorded against the duplicate is hidden.
    TANDEM_TRY(store::ContactRepository(db).moveChild(duplicateUuid, keepUuid));
    TANDEM_TRY(store::AssessmentRepository(db).moveChild(duplicateUuid, keepUuid, k.familyUuid, actor, at));
    TANDEM_TRY(store::IntegratedReviewRepository(db).moveChild(duplicateUuid, keepUuid, k.familyUuid, actor, at));
    auto described = children.summary(duplicateUuid);
    TANDEM_TRY(described);
    TANDEM_TRY(FamilyWriter(m_session).timeline(k.familyUuid, keepUuid, QStringLiteral("child.merged"), described.value().describe()));
    store::SearchIndex index(db);
    TANDEM_TRY(index.refreshChild(duplicateUuid));
    TANDEM_TRY(index.refreshChild(keepUuid));
    TANDEM_TRY(m_session.audit(QStringLiteral("child.merge"), QStringLiteral("child"), ids));
    TANDEM_TRY(txn.value().commit());
    return k;
}

} // namespace tandem
