#include "ImportApplier.h"

#include "FamilyWriter.h"
#include "ShareWithdrawal.h"

#include "tandem/services/Session.h"
#include "tandem/store/ChildRepository.h"
#include "tandem/store/FamilyRepository.h"
#include "tandem/store/PartnerLinkRepository.h"
#include "tandem/store/PersonRepository.h"
#include "tandem/store/SearchIndex.h"
#include "tandem/store/ShareConflictRepository.h"
#include "tandem/store/SharedItemRepository.h"

#include <QSet>

namespace tandem::importing {

QString ImportApplier::fieldDetail(const QString& field, const QString& partnerName)
{
    return field + QLatin1Char('|') + partnerName;
}

Result<ApplyOutcome> ImportApplier::apply(const BundlePlan& plan)
{
    store::Database& db = m_session.database();
    store::PartnerLinkRepository links(db);
    store::SharedItemRepository items(db);
    const QString now = m_session.now();
    ApplyOutcome out;
    QSet<QString> familiesSeen; // a QStringList lookup per child would make a large import quadratic
    for (const ChildPlan& cp : plan.children) {
        if (cp.kind == ChildPlan::Kind::Withdrawal) {
            if (!cp.known)
                continue;
            auto removed = ShareWithdrawal(m_session).purge(plan.partner, cp.uuid, cp.familyUuid, cp.name);
            TANDEM_TRY(removed);
            out.itemsRemoved += removed.value();
            continue;
        }
        TANDEM_TRY(cp.kind == ChildPlan::Kind::New ? createChild(plan, cp, out) : completeMatched(plan, cp, out));
        const QString childUuid = real(cp.uuid);
        const QString familyUuid = real(cp.familyUuid);
        TANDEM_TRY(links.link(plan.partner.uuid, cp.shared.id, QStringLiteral("child"), childUuid));
        for (const AdultPlan& a : cp.adults)
            TANDEM_TRY(links.link(plan.partner.uuid, a.shared.id, QStringLiteral("adult"), real(a.uuid)));
        for (store::SharedItem item : cp.items) {
            item.partnerUuid = plan.partner.uuid;
            item.bundleUuid = plan.header.bundleUuid;
            item.childUuid = childUuid;
            item.familyUuid = familyUuid;
            item.receivedAt = now;
            TANDEM_TRY(cp.kind == ChildPlan::Kind::New ? items.insert(item) : items.upsert(item));
            out.touched << item.uuid;
        }
        out.touched << childUuid;
        if (!familiesSeen.contains(familyUuid)) {
            familiesSeen.insert(familyUuid);
            out.families << familyUuid;
        }
    }
    TANDEM_TRY(applyFields(plan, out));
    TANDEM_TRY(reindex());
    return out;
}

Result<void> ImportApplier::reindex()
{
    // Once for the bundle, not per household: each refresh is a few journalled statements.
    const QStringList families(m_reindex.cbegin(), m_reindex.cend());
    m_reindex.clear();
    return store::SearchIndex(m_session.database()).refreshFamilies(families);
}

Result<void> ImportApplier::createChild(const BundlePlan& plan, const ChildPlan& cp, ApplyOutcome& out)
{
    FamilyWriter writer(m_session);
    Child child = ShareFields::newChild(cp.shared, plan.origin);
    if (cp.createsFamily) {
        Family family = ShareFields::newFamily(cp.shared, plan.origin);
        for (const AdultPlan& a : cp.adults)
            family.adults << ShareFields::newAdult(a.shared, plan.origin);
        family.children << child;
        auto ids = writer.writeFamily(family, QDate());
        TANDEM_TRY(ids);
        out.touched << ids.value();
        m_reindex.insert(family.uuid);
        m_real.insert(cp.familyUuid, family.uuid);
        m_real.insert(cp.uuid, family.children.first().uuid);
        for (int i = 0; i < cp.adults.size(); ++i)
            m_real.insert(cp.adults.at(i).uuid, family.adults.at(i).uuid);
        return {};
    }

    const QString familyUuid = real(cp.familyUuid);
    store::PersonRepository people(m_session.database());
    QList<Relationship> relateTo;
    for (const AdultPlan& a : cp.adults) {
        if (a.create) {
            Person p = ShareFields::newAdult(a.shared, plan.origin);
            p.uuid = a.uuid;
            TANDEM_TRY(people.insert(familyUuid, p, m_session.user().uuid, m_session.now()));
            TANDEM_TRY(writer.timeline(familyUuid, {}, QStringLiteral("person.added"), ShareFields::name(p.givenName, p.familyName)));
            out.touched << p.uuid;
        }
        if (a.relate) {
            Relationship r;
            r.personUuid = real(a.uuid);
            r.relationship = a.shared.relationship;
            r.parentalResponsibility = a.shared.parentalResponsibility;
            relateTo << r;
        }
    }
    auto ids = writer.writeChild(familyUuid, child, relateTo);
    TANDEM_TRY(ids);
    out.touched << ids.value();
    m_reindex.insert(familyUuid);
    m_real.insert(cp.uuid, child.uuid);
    return {};
}

Result<void> ImportApplier::completeMatched(const BundlePlan& plan, const ChildPlan& cp, ApplyOutcome& out)
{
    store::PersonRepository people(m_session.database());
    FamilyWriter writer(m_session);
    const QString actor = m_session.user().uuid;
    const QString at = m_session.now();
    bool changed = false;
    for (const AdultPlan& a : cp.adults) {
        if (a.create) {
            Person p = ShareFields::newAdult(a.shared, plan.origin);
            p.uuid = a.uuid;
            TANDEM_TRY(people.insert(cp.familyUuid, p, actor, at));
            TANDEM_TRY(writer.timeline(cp.familyUuid, {}, QStringLiteral("person.added"), ShareFields::name(p.givenName, p.familyName)));
            out.touched << p.uuid;
            changed = true;
        }
        if (a.relate) {
            auto r = people.relate(real(a.uuid), cp.uuid, a.shared.relationship, a.shared.parentalResponsibility, actor, at,
                                   plan.origin);
            TANDEM_TRY(r);
            out.touched << r.value().uuid;
            changed = true;
        }
    }
    if (changed)
        m_reindex.insert(cp.familyUuid);
    return {};
}

Result<void> ImportApplier::applyFields(const BundlePlan& plan, ApplyOutcome& out)
{
    store::Database& db = m_session.database();
    store::PartnerLinkRepository links(db);
    store::ShareConflictRepository conflicts(db);
    const QString bundle = plan.header.bundleUuid;
    const QString partner = plan.partner.uuid;

    // Partner changes are written one record at a time, in the order first met.
    QStringList order;
    QHash<QString, QList<QPair<QString, QString>>> values;
    QHash<QString, const FieldDecision*> firstOf;
    QStringList baselineOrder;
    QHash<QString, QList<QPair<QString, QString>>> baselines;
    for (const FieldDecision& d : plan.fields) {
        const QString entity = real(d.entityUuid);
        switch (d.action) {
        case FieldDecision::Action::Apply:
            if (!values.contains(entity)) {
                order << entity;
                firstOf.insert(entity, &d);
            }
            values[entity] << qMakePair(d.field, d.partnerValue);
            [[fallthrough]];
        case FieldDecision::Action::Baseline:
            if (d.baselineCurrent)
                break;
            if (!baselines.contains(entity))
                baselineOrder << entity;
            baselines[entity] << qMakePair(d.field, d.partnerValue);
            break;
        case FieldDecision::Action::Keep:
            break; // the baseline already holds the partner's value
        case FieldDecision::Action::Conflict: {
            // The baseline stays: until a person resolves it, the same partner value still differs.
            auto open = conflicts.openFor(partner, entity, d.field);
            TANDEM_TRY(open);
            if (open.value()) {
                TANDEM_TRY(conflicts.refresh(open.value()->uuid, bundle, d.localValue, d.partnerValue, m_session.now()));
                out.touched << open.value()->uuid;
                break;
            }
            store::StoredConflict c;
            c.partnerUuid = partner;
            c.bundleUuid = bundle;
            c.familyUuid = real(d.familyUuid);
            c.childUuid = real(d.childUuid);
            c.entityUuid = entity;
            c.field = d.field;
            c.localValue = d.localValue;
            c.partnerValue = d.partnerValue;
            c.detectedAt = m_session.now();
            TANDEM_TRY(conflicts.insert(c));
            out.touched << c.uuid;
            break;
        }
        }
    }
    for (const CreatedBaseline& b : plan.createdBaselines)
        TANDEM_TRY(links.insertBaselines(partner, real(b.entityUuid), b.values, bundle));
    for (const QString& entity : baselineOrder)
        TANDEM_TRY(links.setBaselines(partner, entity, baselines.value(entity), bundle));
    for (const QString& entity : order) {
        const FieldDecision* d = firstOf.value(entity);
        TANDEM_TRY(changeFields(d->entity, entity, real(d->familyUuid), real(d->childUuid), values.value(entity), plan.partner.name));
        out.touched << entity;
    }
    return {};
}

Result<void> ImportApplier::writeFields(ShareFields::Entity entity, const QString& entityUuid, const QString& familyUuid,
                                        const QString& childUuid, const QList<QPair<QString, QString>>& values,
                                        const QString& partnerName)
{
    TANDEM_TRY(changeFields(entity, entityUuid, familyUuid, childUuid, values, partnerName));
    return reindex();
}

Result<void> ImportApplier::changeFields(ShareFields::Entity entity, const QString& entityUuid, const QString& familyUuid,
                                         const QString& childUuid, const QList<QPair<QString, QString>>& values,
                                         const QString& partnerName)
{
    store::Database& db = m_session.database();
    const QString actor = m_session.user().uuid;
    const QString at = m_session.now();
    if (entity == ShareFields::Entity::Child) {
        store::ChildRepository children(db);
        auto child = children.load(entityUuid);
        TANDEM_TRY(child);
        const Child before = child.value();
        for (const auto& [field, value] : values)
            ShareFields::setChild(field, value, child.value());
        if (!child.value().dateOfBirth && !child.value().expectedDeliveryDate) {
            // A record needs one of its dates: a partner leaving both out does not clear them here.
            child.value().dateOfBirth = before.dateOfBirth;
            child.value().expectedDeliveryDate = before.expectedDeliveryDate;
        }
        TANDEM_TRY(children.update(child.value(), actor, at));
        m_reindex.insert(familyUuid);
    } else if (entity == ShareFields::Entity::Family) {
        store::FamilyRepository families(db);
        auto family = families.load(entityUuid);
        TANDEM_TRY(family);
        Family changed = family.value();
        bool household = false;
        bool address = false;
        for (const auto& [field, value] : values) {
            ShareFields::setFamily(field, value, changed);
            (ShareFields::isAddress(field) ? address : household) = true;
        }
        if (household)
            TANDEM_TRY(families.updateHousehold(changed, actor, at));
        if (address) // a move as the partner recorded it: the old address stays in the history
            TANDEM_TRY(families.moveTo(entityUuid, changed.address, QDate(), actor, at));
        m_reindex.insert(entityUuid);
    } else {
        store::PersonRepository people(db);
        auto person = people.load(entityUuid);
        TANDEM_TRY(person);
        for (const auto& [field, value] : values)
            ShareFields::setAdult(field, value, person.value());
        TANDEM_TRY(people.update(person.value(), actor, at));
        auto family = people.familyOf(entityUuid);
        TANDEM_TRY(family);
        m_reindex.insert(family.value());
    }
    FamilyWriter writer(m_session);
    for (const auto& [field, value] : values) {
        Q_UNUSED(value);
        TANDEM_TRY(writer.timeline(familyUuid, childUuid, QStringLiteral("share.changed"), fieldDetail(field, partnerName)));
    }
    return {};
}

} // namespace tandem::importing
