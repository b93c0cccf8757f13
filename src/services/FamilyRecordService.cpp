#include "tandem/services/FamilyRecordService.h"
#include "TimelineText.h"
#include "tandem/services/Session.h"
#include "tandem/store/ChildRepository.h"
#include "tandem/store/FamilyRepository.h"
#include "tandem/store/InvolvementRepository.h"
#include "tandem/store/PersonRepository.h"
#include "tandem/store/TimelineRepository.h"
#include "tandem/store/UserRepository.h"

namespace tandem {

Result<FamilyRecord> FamilyRecordService::record(const QString& familyUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    store::Database& db = m_session.database();
    FamilyRecord r;
    auto family = store::FamilyRepository(db).load(familyUuid);
    TANDEM_TRY(family);
    r.family = family.value();

    store::PersonRepository people(db);
    auto adults = people.forFamily(familyUuid);
    TANDEM_TRY(adults);
    auto relationships = people.relationshipsForFamily(familyUuid);
    TANDEM_TRY(relationships);
    auto children = store::ChildRepository(db).forFamily(familyUuid);
    TANDEM_TRY(children);
    r.family.children = children.value();
    r.family.relationships = relationships.value();
    // Adults related to a child merged in from another household belong to this record too.
    r.family.adults = adults.value();
    for (const Relationship& rel : r.family.relationships) {
        const bool known = std::any_of(r.family.adults.cbegin(), r.family.adults.cend(),
                                       [&](const Person& p) { return p.uuid == rel.personUuid; });
        if (!known) {
            auto other = people.load(rel.personUuid);
            if (other.ok())
                r.family.adults << other.value();
        }
    }
    for (Person& p : r.family.adults) {
        for (const Relationship& rel : r.family.relationships) {
            if (rel.personUuid == p.uuid) {
                p.relationship = rel.relationship;
                p.parentalResponsibility = rel.parentalResponsibility;
                break;
            }
        }
    }

    auto addresses = store::FamilyRepository(db).addressHistory(familyUuid);
    TANDEM_TRY(addresses);
    r.addresses = addresses.value();
    auto involved = store::InvolvementRepository(db).forFamily(familyUuid);
    TANDEM_TRY(involved);
    r.involved = involved.value();
    if (!r.family.keyWorkerUuid.isEmpty()) {
        auto worker = store::UserRepository(db).findByUuid(r.family.keyWorkerUuid);
        TANDEM_TRY(worker);
        if (worker.value())
            r.keyWorkerName = worker.value()->displayName;
    }

    auto events = store::TimelineRepository(db).forFamily(familyUuid);
    TANDEM_TRY(events);
    for (const store::TimelineRow& row : events.value()) {
        TimelineEvent e;
        e.uuid = row.uuid;
        e.familyUuid = row.familyUuid;
        e.childUuid = row.childUuid;
        e.occurredAt = row.occurredAt;
        e.kind = row.kind;
        e.category = TimelineCategories::categoryForKind(row.kind);
        e.summary = timelineSummary(row.kind, row.detail);
        e.actorName = row.actorName;
        r.timeline << e;
    }
    return r;
}

Result<Child> FamilyRecordService::child(const QString& childUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    return store::ChildRepository(m_session.database()).load(childUuid);
}

Result<FamilyRecord> FamilyRecordService::recordForChild(const QString& childUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    store::ChildRepository children(m_session.database());
    auto c = children.load(childUuid);
    TANDEM_TRY(c);
    // Follow merges (a chain at most a few long) to the surviving record.
    for (int hops = 0; !c.value().mergedInto.isEmpty() && hops < 16; ++hops) {
        c = children.load(c.value().mergedInto);
        TANDEM_TRY(c);
    }
    return record(c.value().familyUuid);
}

} // namespace tandem
