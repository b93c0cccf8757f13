#include "ImportPlanner.h"
#include "FamilyWriter.h"
#include "SharedItemText.h"

#include "tandem/domain/TextFold.h"
#include "tandem/store/BundleLogRepository.h"
#include "tandem/store/ChildRepository.h"
#include "tandem/store/FamilyRepository.h"
#include "tandem/store/PartnerLinkRepository.h"
#include "tandem/store/PersonRepository.h"

#include <QMap>

namespace tandem::importing {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::BundleImportService", text); }

Error invalidContent(const QString& why)
{
    return makeError(ErrorCode::Refused, tr("The bundle's content is not valid: %1 Nothing was changed.").arg(why));
}

QString decisionKey(const QString& entityUuid, const QString& field) { return entityUuid + QLatin1Char('|') + field; }

QString storedTime(const QDateTime& t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")); }

} // namespace

Result<BundlePlan> ImportPlanner::plan(const sharing::BundleHeader& header, const sharing::SharedBundleInfo& info,
                                       const QList<sharing::SharedChild>& children, const Partner& partner)
{
    BundlePlan plan;
    plan.header = header;
    plan.info = info;
    plan.partner = partner;
    plan.origin = QStringLiteral("partner:%1:%2").arg(partner.code, header.bundleUuid);

    store::BundleLogRepository log(m_db);
    auto seen = log.find(header.bundleUuid);
    TANDEM_TRY(seen);
    if (seen.value()) {
        plan.alreadyImported = true;
        return plan;
    }
    auto latest = log.latestReceived(partner.uuid);
    TANDEM_TRY(latest);
    if (latest.value() && latest.value()->bundleCreatedAt > header.createdAt) {
        plan.olderThanImported =
            tr("This bundle from %1 was made on %2, before the one already imported from them (made on %3). An older bundle "
               "never replaces newer information, so nothing was changed.")
                .arg(partner.name, storedTime(header.createdAt), storedTime(latest.value()->bundleCreatedAt));
        return plan;
    }

    auto links = store::PartnerLinkRepository(m_db).linksOf(partner.uuid);
    TANDEM_TRY(links);
    m_links = std::move(links.value());
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it)
        m_linkedLocal.insert(it.value());

    for (const sharing::SharedChild& c : children) {
        if (m_plannedChildren.contains(c.id))
            return invalidContent(tr("the same child appears twice."));
        TANDEM_TRY(c.withdrawalNotice ? planWithdrawal(plan, c) : planChild(plan, c));
    }
    plan.created = m_createdEntities;
    return plan;
}

Result<QString> ImportPlanner::linkedChild(const QString& remoteId) const
{
    QString uuid = m_links.value(remoteId);
    store::ChildRepository children(m_db);
    for (int hops = 0; !uuid.isEmpty() && hops < 16; ++hops) {
        auto child = children.load(uuid);
        if (!child.ok())
            return child.error().code == ErrorCode::NotFound ? QString() : Result<QString>(child.error());
        if (child.value().mergedInto.isEmpty())
            return uuid;
        uuid = child.value().mergedInto; // a merged record's data lives on in the record it joined
    }
    return QString();
}

Result<void> ImportPlanner::planWithdrawal(BundlePlan& plan, const sharing::SharedChild& shared)
{
    ChildPlan cp;
    cp.kind = ChildPlan::Kind::Withdrawal;
    cp.shared = shared;
    m_plannedChildren.insert(shared.id, QString());
    auto local = linkedChild(shared.id);
    TANDEM_TRY(local);
    cp.uuid = local.value();
    cp.known = !cp.uuid.isEmpty();
    cp.name = ShareFields::name(shared.givenName, shared.familyName);
    if (cp.known) {
        auto child = store::ChildRepository(m_db).load(cp.uuid);
        TANDEM_TRY(child);
        cp.name = ShareFields::name(child.value().givenName, child.value().familyName);
        cp.familyUuid = child.value().familyUuid;
    }
    plan.children << cp;
    return {};
}

Result<void> ImportPlanner::planChild(BundlePlan& plan, const sharing::SharedChild& shared)
{
    const bool hasBirthDate = shared.categories.contains(ShareCategory::Birth) && shared.birth && shared.birth->expectedDeliveryDate;
    if (!shared.dateOfBirth && !hasBirthDate)
        return invalidContent(tr("a child has neither a date of birth nor an expected delivery date."));

    ChildPlan cp;
    cp.shared = shared;
    auto linked = linkedChild(shared.id);
    TANDEM_TRY(linked);
    cp.uuid = linked.value();
    if (cp.uuid.isEmpty() && !shared.nhsNumber.isEmpty()) {
        if (m_plannedNhs.contains(shared.nhsNumber))
            return invalidContent(tr("two children have the same NHS number."));
        auto same = store::ChildRepository(m_db).withNhsNumber(shared.nhsNumber);
        TANDEM_TRY(same);
        if (same.value()) {
            cp.uuid = same.value()->uuid;
            cp.matchedByNhs = true;
        }
    }
    if (!shared.nhsNumber.isEmpty())
        m_plannedNhs.insert(shared.nhsNumber);

    const bool isNew = cp.uuid.isEmpty();
    if (isNew) {
        cp.kind = ChildPlan::Kind::New;
        cp.uuid = FamilyWriter::newUuid();
        cp.name = ShareFields::name(shared.givenName, shared.familyName);
        m_createdEntities.insert(cp.uuid);
    } else {
        cp.kind = ChildPlan::Kind::Matched;
        auto child = store::ChildRepository(m_db).load(cp.uuid);
        TANDEM_TRY(child);
        cp.name = ShareFields::name(child.value().givenName, child.value().familyName);
        cp.familyUuid = child.value().familyUuid;
    }
    m_plannedChildren.insert(shared.id, cp.uuid);

    TANDEM_TRY(planAdults(cp, isNew));

    TANDEM_TRY(compare(plan, cp, ShareFields::Entity::Child, cp.uuid, isNew, nullptr));
    TANDEM_TRY(compare(plan, cp, ShareFields::Entity::Family, cp.familyUuid, m_createdEntities.contains(cp.familyUuid), nullptr));
    for (const AdultPlan& a : cp.adults)
        TANDEM_TRY(compare(plan, cp, ShareFields::Entity::Adult, a.uuid, m_createdEntities.contains(a.uuid), &a.shared));

    cp.items = SharedItemText::itemsFor(shared);
    for (store::SharedItem& item : cp.items) {
        item.childUuid = cp.uuid;
        item.familyUuid = cp.familyUuid;
    }
    plan.children << cp;
    return {};
}

Result<void> ImportPlanner::planAdults(ChildPlan& cp, bool childIsNew)
{
    QList<sharing::SharedAdult> sharedAdults;
    if (cp.shared.identity && cp.shared.categories.contains(ShareCategory::Identity))
        sharedAdults = cp.shared.identity->adults;

    // Known adults first: a previous bundle (a link) or an earlier child of this one.
    store::PersonRepository people(m_db);
    QList<QString> adultFamilies;
    for (const sharing::SharedAdult& a : sharedAdults) {
        AdultPlan ap;
        ap.shared = a;
        QString family;
        if (m_plannedAdults.contains(a.id)) {
            ap.uuid = m_plannedAdults.value(a.id).first;
            family = m_plannedAdults.value(a.id).second;
        } else {
            const QString linked = m_links.value(a.id);
            if (!linked.isEmpty()) {
                auto of = people.familyOf(linked);
                if (of.ok()) {
                    ap.uuid = linked;
                    family = of.value();
                } else if (of.error().code != ErrorCode::NotFound) {
                    return of.error();
                }
            }
        }
        cp.adults << ap;
        adultFamilies << family;
    }

    if (childIsNew) {
        for (const QString& f : adultFamilies)
            if (!f.isEmpty()) {
                cp.familyUuid = f; // join the household of a parent or carer already here
                break;
            }
        if (cp.familyUuid.isEmpty()) {
            cp.createsFamily = true;
            cp.familyUuid = FamilyWriter::newUuid();
            m_createdEntities.insert(cp.familyUuid);
        }
    }

    // Adults of an existing household may already be recorded here under the same name.
    QList<Person> household;
    QSet<QString> related;
    if (!m_createdEntities.contains(cp.familyUuid)) {
        auto existing = people.forFamily(cp.familyUuid);
        TANDEM_TRY(existing);
        household = existing.value();
    }
    if (!childIsNew) {
        auto rels = people.relationshipsForChild(cp.uuid);
        TANDEM_TRY(rels);
        for (const Relationship& r : rels.value())
            related.insert(r.personUuid);
    }

    for (int i = 0; i < cp.adults.size(); ++i) {
        AdultPlan& ap = cp.adults[i];
        if (ap.uuid.isEmpty()) {
            const QString given = domain::TextFold::fold(ap.shared.givenName);
            const QString family = domain::TextFold::fold(ap.shared.familyName);
            for (const Person& p : household) {
                if (!m_linkedLocal.contains(p.uuid) && domain::TextFold::fold(p.givenName) == given && domain::TextFold::fold(p.familyName) == family) {
                    ap.uuid = p.uuid;
                    adultFamilies[i] = cp.familyUuid;
                    break;
                }
            }
        }
        if (ap.uuid.isEmpty()) {
            ap.create = true;
            ap.uuid = FamilyWriter::newUuid();
            adultFamilies[i] = cp.familyUuid;
            m_createdEntities.insert(ap.uuid);
        }
        m_plannedAdults.insert(ap.shared.id, qMakePair(ap.uuid, adultFamilies[i]));
        // A new household's adults are related to its first child when it is created.
        const bool sameHousehold = adultFamilies[i] == cp.familyUuid;
        ap.relate = sameHousehold && !cp.createsFamily && !related.contains(ap.uuid);
    }
    return {};
}

Result<void> ImportPlanner::compare(BundlePlan& plan, const ChildPlan& cp, ShareFields::Entity entity, const QString& entityUuid,
                                    bool created, const sharing::SharedAdult* adult)
{
    if (created) {
        baselineCreated(plan, cp, entity, entityUuid, adult);
        return {};
    }
    Child child;
    Family family;
    Person person;
    if (entity == ShareFields::Entity::Child) {
        auto loaded = store::ChildRepository(m_db).load(entityUuid);
        TANDEM_TRY(loaded);
        child = loaded.value();
    } else if (entity == ShareFields::Entity::Family) {
        auto loaded = store::FamilyRepository(m_db).load(entityUuid);
        TANDEM_TRY(loaded);
        family = loaded.value();
    } else {
        auto loaded = store::PersonRepository(m_db).load(entityUuid);
        TANDEM_TRY(loaded);
        person = loaded.value();
    }
    auto stored = store::PartnerLinkRepository(m_db).baselines(plan.partner.uuid, entityUuid);
    TANDEM_TRY(stored);
    const QHash<QString, QString>& baselines = stored.value();

    for (const ShareFields::Field& f : ShareFields::all()) {
        if (f.entity != entity || m_decided.contains(decisionKey(entityUuid, f.key)))
            continue;
        if (!ShareFields::carried(f, cp.shared)) // compare only what this entry carries
            continue;
        m_decided.insert(decisionKey(entityUuid, f.key));
        FieldDecision d;
        d.entity = entity;
        d.entityUuid = entityUuid;
        d.childUuid = cp.uuid;
        d.familyUuid = cp.familyUuid;
        d.childName = cp.name;
        d.field = f.key;
        d.localValue = entity == ShareFields::Entity::Child    ? ShareFields::childValue(f.key, child)
                       : entity == ShareFields::Entity::Family ? ShareFields::familyValue(f.key, family)
                                                               : ShareFields::adultValue(f.key, person);
        d.partnerValue = ShareFields::sharedValue(f.key, cp.shared, adult);
        if (adult)
            d.adultName = ShareFields::name(person.givenName, person.familyName);
        const auto baseline = baselines.constFind(f.key);
        const bool hasBaseline = baseline != baselines.constEnd();
        d.baselineCurrent = hasBaseline && *baseline == d.partnerValue;
        if (d.partnerValue == d.localValue)
            d.action = FieldDecision::Action::Baseline;
        else if (hasBaseline && d.localValue == *baseline)
            d.action = FieldDecision::Action::Apply;      // changed by the partner only
        else if (hasBaseline && d.partnerValue == *baseline)
            d.action = FieldDecision::Action::Keep;       // changed here only
        else
            d.action = FieldDecision::Action::Conflict;   // changed on both sides, or never compared before
        plan.fields << d;
    }
    return {};
}

void ImportPlanner::baselineCreated(BundlePlan& plan, const ChildPlan& cp, ShareFields::Entity entity, const QString& entityUuid,
                                    const sharing::SharedAdult* adult)
{
    // A created record's every field starts from what the partner sent (or left out), once: a
    // household or an adult shared by siblings is created from the first of them.
    if (m_baselined.contains(entityUuid))
        return;
    m_baselined.insert(entityUuid);
    CreatedBaseline b;
    b.entityUuid = entityUuid;
    const Child child = entity == ShareFields::Entity::Child ? ShareFields::newChild(cp.shared, plan.origin) : Child();
    const Family family = entity == ShareFields::Entity::Family ? ShareFields::newFamily(cp.shared, plan.origin) : Family();
    const Person person = adult ? ShareFields::newAdult(*adult, plan.origin) : Person();
    for (const ShareFields::Field& f : ShareFields::all()) {
        if (f.entity != entity)
            continue;
        b.values << qMakePair(f.key, entity == ShareFields::Entity::Child    ? ShareFields::childValue(f.key, child)
                                     : entity == ShareFields::Entity::Family ? ShareFields::familyValue(f.key, family)
                                                                             : ShareFields::adultValue(f.key, person));
    }
    plan.createdBaselines << b;
}

ImportPreview BundlePlan::preview() const
{
    ImportPreview p;
    p.header = header;
    p.partner = partner;
    p.alreadyImported = alreadyImported;
    p.olderThanImported = olderThanImported;
    QMap<ShareCategory, int> perCategory;
    for (const ChildPlan& c : children) {
        if (c.kind == ChildPlan::Kind::Withdrawal) {
            if (c.known)
                p.withdrawals << c.name;
            continue;
        }
        (c.kind == ChildPlan::Kind::New ? p.newChildren : p.matchedChildren) << c.name;
        p.sharedItems += static_cast<int>(c.items.size());
        for (ShareCategory cat : c.shared.categories)
            perCategory[cat] += 1;
        if (SharedItemText::sharedWithoutConsent(c.shared))
            p.safeguarding << c.name;
    }
    for (ShareCategory cat : ShareCategories::all())
        if (perCategory.value(cat) > 0)
            p.perCategory << qMakePair(cat, perCategory.value(cat));
    for (const FieldDecision& d : fields) {
        if (d.action != FieldDecision::Action::Apply && d.action != FieldDecision::Action::Conflict)
            continue;
        FieldChange change;
        change.childUuid = created.contains(d.childUuid) ? QString() : d.childUuid;
        change.childName = d.childName;
        change.field = d.field;
        change.fieldLabel = d.adultName.isEmpty() ? ShareFields::label(d.field)
                                                  : tr("%1 (%2)").arg(ShareFields::label(d.field), d.adultName);
        change.localValue = ShareFields::displayValue(d.field, d.localValue);
        change.partnerValue = ShareFields::displayValue(d.field, d.partnerValue);
        change.conflict = d.action == FieldDecision::Action::Conflict;
        if (change.conflict)
            ++p.conflicts;
        p.changes << change;
    }
    return p;
}

} // namespace tandem::importing
