#include "ShareWithdrawal.h"
#include "FamilyWriter.h"
#include "ShareFields.h"

#include "tandem/services/Session.h"
#include "tandem/store/ChildRepository.h"
#include "tandem/store/FamilyRepository.h"
#include "tandem/store/PartnerLinkRepository.h"
#include "tandem/store/PersonRepository.h"
#include "tandem/store/SearchIndex.h"
#include "tandem/store/ShareConflictRepository.h"
#include "tandem/store/SharedItemRepository.h"

namespace tandem {

namespace {

QString originPrefix(const Partner& partner) { return QStringLiteral("partner:%1:").arg(partner.code); }

// Every field of the record still holds what the partner last sent.
template <typename Record, typename ValueOf>
bool asSent(const Record& record, ShareFields::Entity entity, const QHash<QString, QString>& baselines, ValueOf valueOf)
{
    for (const ShareFields::Field& f : ShareFields::all()) {
        if (f.entity != entity)
            continue;
        const auto sent = baselines.constFind(f.key);
        if (sent == baselines.constEnd() || *sent != valueOf(f.key, record))
            return false;
    }
    return true;
}

} // namespace

QString ShareWithdrawal::deletionReason()
{
    return QCoreApplication::translate("tandem::BundleImportService",
                                       "Consent to share withdrawn; record removed at the partner's request");
}

Result<bool> ShareWithdrawal::childUntouched(const Partner& partner, const QString& childUuid) const
{
    store::Database& db = m_session.database();
    auto child = store::ChildRepository(db).load(childUuid);
    TANDEM_TRY(child);
    if (!child.value().meta.origin.startsWith(originPrefix(partner)) || !child.value().mergedInto.isEmpty())
        return false;
    store::PartnerLinkRepository links(db);
    auto work = links.localWorkForChild(childUuid);
    TANDEM_TRY(work);
    if (work.value() > 0)
        return false;
    if (child.value().meta.version == 1)
        return true;
    // Changed since: only by this partner's later bundles if every field is as the partner sent it.
    auto sent = links.baselines(partner.uuid, childUuid);
    TANDEM_TRY(sent);
    return asSent(child.value(), ShareFields::Entity::Child, sent.value(), ShareFields::childValue);
}

Result<bool> ShareWithdrawal::familyUntouched(const Partner& partner, const QString& familyUuid) const
{
    store::Database& db = m_session.database();
    auto family = store::FamilyRepository(db).load(familyUuid);
    TANDEM_TRY(family);
    if (!family.value().meta.origin.startsWith(originPrefix(partner)))
        return false;
    store::PartnerLinkRepository links(db);
    auto work = links.localWorkForFamily(familyUuid);
    TANDEM_TRY(work);
    if (work.value() > 0)
        return false;
    if (family.value().meta.version > 1) {
        auto sent = links.baselines(partner.uuid, familyUuid);
        TANDEM_TRY(sent);
        if (!asSent(family.value(), ShareFields::Entity::Family, sent.value(), ShareFields::familyValue))
            return false;
    }
    auto adults = store::PersonRepository(db).forFamily(familyUuid);
    TANDEM_TRY(adults);
    for (const Person& p : adults.value()) {
        if (!p.meta.origin.startsWith(originPrefix(partner)))
            return false; // someone added here
        if (p.meta.version == 1)
            continue;
        auto sent = links.baselines(partner.uuid, p.uuid);
        TANDEM_TRY(sent);
        if (!asSent(p, ShareFields::Entity::Adult, sent.value(), ShareFields::adultValue))
            return false;
    }
    return true;
}

Result<void> ShareWithdrawal::forgetAdultsAndHousehold(const Partner& partner, const QString& childUuid, const QString& familyUuid)
{
    store::Database& db = m_session.database();
    store::PartnerLinkRepository links(db);
    store::PersonRepository people(db);
    // An adult or household stays known to the partner while another of its children is shared.
    auto sharedElsewhere = [&](const QList<QString>& children) -> Result<bool> {
        for (const QString& c : children) {
            if (c == childUuid)
                continue;
            auto linked = links.isLinked(partner.uuid, c);
            TANDEM_TRY(linked);
            if (linked.value())
                return true;
        }
        return false;
    };
    auto household = people.relationshipsForFamily(familyUuid);
    TANDEM_TRY(household);
    auto mine = people.relationshipsForChild(childUuid);
    TANDEM_TRY(mine);
    for (const Relationship& r : mine.value()) {
        QList<QString> theirChildren;
        for (const Relationship& other : household.value())
            if (other.personUuid == r.personUuid)
                theirChildren << other.childUuid;
        auto elsewhere = sharedElsewhere(theirChildren);
        TANDEM_TRY(elsewhere);
        if (!elsewhere.value())
            TANDEM_TRY(links.removeBaselines(partner.uuid, r.personUuid));
    }
    auto siblings = store::ChildRepository(db).forFamily(familyUuid);
    TANDEM_TRY(siblings);
    QList<QString> siblingUuids;
    for (const Child& c : siblings.value())
        siblingUuids << c.uuid;
    auto elsewhere = sharedElsewhere(siblingUuids);
    TANDEM_TRY(elsewhere);
    if (!elsewhere.value())
        TANDEM_TRY(links.removeBaselines(partner.uuid, familyUuid));
    return {};
}

Result<int> ShareWithdrawal::purge(const Partner& partner, const QString& childUuid, const QString& familyUuid, const QString& childName)
{
    store::Database& db = m_session.database();
    const QString actor = m_session.user().uuid;
    const QString at = m_session.now();
    // Decide before the partner's values go: they tell local edits from the partner's.
    auto removeChild = childUntouched(partner, childUuid);
    TANDEM_TRY(removeChild);
    auto removeFamily = familyUntouched(partner, familyUuid);
    TANDEM_TRY(removeFamily);

    auto items = store::SharedItemRepository(db).removeFor(partner.uuid, childUuid);
    TANDEM_TRY(items);
    auto conflicts = store::ShareConflictRepository(db).removeOpenFor(partner.uuid, childUuid);
    TANDEM_TRY(conflicts);
    TANDEM_TRY(forgetAdultsAndHousehold(partner, childUuid, familyUuid));
    TANDEM_TRY(store::PartnerLinkRepository(db).removeBaselines(partner.uuid, childUuid));

    QStringList removed = items.value() + conflicts.value();
    FamilyWriter writer(m_session);
    store::SearchIndex index(db);
    if (removeChild.value()) {
        const QString why = deletionReason();
        store::PersonRepository people(db);
        TANDEM_TRY(store::ChildRepository(db).softDelete(childUuid, why, actor, at));
        TANDEM_TRY(people.deleteRelationshipsOf(QStringLiteral("child_uuid"), childUuid, why, actor, at));
        TANDEM_TRY(writer.timeline(familyUuid, childUuid, QStringLiteral("child.deleted"), childName));
        TANDEM_TRY(index.refreshChild(childUuid));
        removed << childUuid;
        auto remaining = store::ChildRepository(db).forFamily(familyUuid);
        TANDEM_TRY(remaining);
        if (remaining.value().isEmpty() && removeFamily.value()) {
            auto adults = people.forFamily(familyUuid);
            TANDEM_TRY(adults);
            for (const Person& p : adults.value()) {
                TANDEM_TRY(people.softDelete(p.uuid, why, actor, at));
                removed << p.uuid;
            }
            TANDEM_TRY(store::FamilyRepository(db).softDelete(familyUuid, why, actor, at));
            TANDEM_TRY(writer.timeline(familyUuid, {}, QStringLiteral("family.deleted"), {}));
            TANDEM_TRY(index.refreshFamily(familyUuid));
            removed << familyUuid;
        }
    }
    const int count = static_cast<int>(removed.size());
    TANDEM_TRY(writer.timeline(familyUuid, childUuid, QStringLiteral("share.withdrawn"),
                               partner.name + QLatin1Char('|') + QString::number(count)));
    TANDEM_TRY(m_session.audit(QStringLiteral("share.purge"), QStringLiteral("shared-data.count-%1").arg(count),
                               QStringList{childUuid, partner.uuid} + removed));
    return count;
}

} // namespace tandem
