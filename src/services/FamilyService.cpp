#include "tandem/services/FamilyService.h"
#include "FamilyWriter.h"
#include "tandem/domain/Postcode.h"
#include "tandem/domain/RecordRules.h"
#include "tandem/services/Session.h"
#include "tandem/store/ChildRepository.h"
#include "tandem/store/FamilyRepository.h"
#include "tandem/store/InvolvementRepository.h"
#include "tandem/store/PersonRepository.h"
#include "tandem/store/SearchIndex.h"
#include "tandem/store/Transaction.h"
#include "tandem/store/UserRepository.h"

namespace tandem {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::FamilyService", text); }
constexpr int kMaxText = 200;
}

Result<DuplicateCheck> FamilyService::checkDuplicates(const Child& draft, const QString& ignoreChildUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    Child normalised = draft;
    (void)domain::RecordRules::checkChild(normalised, m_session.today()); // normalises what it can
    return FamilyWriter(m_session).duplicates(normalised, ignoreChildUuid);
}

Result<Family> FamilyService::registerFamily(Family draft, const WriteOptions& options)
{
    TANDEM_TRY(m_session.require(Permission::EditFamilies));
    TANDEM_TRY(FamilyWriter::refuseIssues(domain::RecordRules::checkRegistration(draft, m_session.today())));
    FamilyWriter writer(m_session);
    for (const Child& c : draft.children)
        TANDEM_TRY(writer.refuseDuplicates(c, options));

    auto txn = store::Transaction::begin(m_session.database());
    TANDEM_TRY(txn);
    TANDEM_TRY(writer.insertFamily(draft, m_session.today()));
    TANDEM_TRY(txn.value().commit());
    return draft;
}

Result<Child> FamilyService::addChild(const QString& familyUuid, Child draft, const WriteOptions& options)
{
    TANDEM_TRY(m_session.require(Permission::EditFamilies));
    TANDEM_TRY(FamilyWriter::refuseIssues(domain::RecordRules::checkChild(draft, m_session.today())));
    store::Database& db = m_session.database();
    TANDEM_TRY(store::FamilyRepository(db).load(familyUuid));
    FamilyWriter writer(m_session);
    TANDEM_TRY(writer.refuseDuplicates(draft, options));

    auto relateTo = writer.householdRelationships(familyUuid);
    TANDEM_TRY(relateTo);
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(writer.insertChild(familyUuid, draft, relateTo.value()));
    TANDEM_TRY(txn.value().commit());
    return draft;
}

Result<Person> FamilyService::addAdult(const QString& familyUuid, Person draft)
{
    TANDEM_TRY(m_session.require(Permission::EditFamilies));
    TANDEM_TRY(FamilyWriter::refuseIssues(domain::RecordRules::checkPerson(draft, m_session.today())));
    store::Database& db = m_session.database();
    TANDEM_TRY(store::FamilyRepository(db).load(familyUuid));
    auto children = store::ChildRepository(db).forFamily(familyUuid);
    TANDEM_TRY(children);

    const QString actor = m_session.user().uuid;
    const QString at = m_session.now();
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    store::PersonRepository people(db);
    draft.uuid = FamilyWriter::newUuid();
    TANDEM_TRY(people.insert(familyUuid, draft, actor, at));
    QStringList ids{draft.uuid};
    for (const Child& c : children.value()) {
        auto r = people.relate(draft.uuid, c.uuid, draft.relationship, draft.parentalResponsibility, actor, at);
        TANDEM_TRY(r);
        ids << r.value().uuid;
    }
    FamilyWriter writer(m_session);
    TANDEM_TRY(writer.timeline(familyUuid, {}, QStringLiteral("person.added"), draft.givenName + QLatin1Char(' ') + draft.familyName));
    TANDEM_TRY(store::SearchIndex(db).refreshFamily(familyUuid));
    TANDEM_TRY(m_session.audit(QStringLiteral("person.create"), QStringLiteral("person"), ids));
    TANDEM_TRY(txn.value().commit());
    return draft;
}

Result<void> FamilyService::changeAddress(const QString& familyUuid, Address address, const QDate& movedIn)
{
    TANDEM_TRY(m_session.require(Permission::EditFamilies));
    Family probe;
    probe.address = address;
    probe.children << Child{}; // checkFamily looks at the household fields only
    auto issues = domain::RecordRules::checkFamily(probe);
    TANDEM_TRY(FamilyWriter::refuseIssues(issues));
    address = probe.address;
    const QDate today = m_session.today();
    if (!movedIn.isValid() || movedIn > today)
        return makeError(ErrorCode::Invalid, tr("Give the date the family moved; it cannot be in the future."));
    store::Database& db = m_session.database();
    store::FamilyRepository families(db);
    auto current = families.load(familyUuid);
    TANDEM_TRY(current);
    auto history = families.addressHistory(familyUuid);
    TANDEM_TRY(history);
    if (!history.value().isEmpty() && history.value().first().movedIn.isValid() && movedIn < history.value().first().movedIn)
        return makeError(ErrorCode::Invalid, tr("The family moved to their current address on %1; a new address must be from that day "
                                                "or later.").arg(history.value().first().movedIn.toString(QStringLiteral("d MMM yyyy"))));

    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    auto change = families.moveTo(familyUuid, address, movedIn, m_session.user().uuid, m_session.now());
    TANDEM_TRY(change);
    FamilyWriter writer(m_session);
    TANDEM_TRY(writer.timeline(familyUuid, {}, QStringLiteral("address.changed"), address.postcode,
                               QDateTime(movedIn, QTime(12, 0), Qt::UTC)));
    TANDEM_TRY(store::SearchIndex(db).refreshFamily(familyUuid));
    TANDEM_TRY(m_session.audit(QStringLiteral("family.move"), QStringLiteral("family"), {familyUuid, change.value().uuid}));
    return txn.value().commit();
}

Result<void> FamilyService::updateHousehold(const Family& family)
{
    TANDEM_TRY(m_session.require(Permission::EditFamilies));
    store::Database& db = m_session.database();
    store::FamilyRepository families(db);
    auto stored = families.load(family.uuid);
    TANDEM_TRY(stored);
    Family checked = family;
    checked.address = stored.value().address; // moves go through changeAddress
    TANDEM_TRY(FamilyWriter::refuseIssues(domain::RecordRules::checkFamily(checked)));
    const bool keyWorkerChanged = stored.value().keyWorkerUuid != checked.keyWorkerUuid;
    std::optional<User> worker;
    if (keyWorkerChanged && !checked.keyWorkerUuid.isEmpty()) {
        auto found = store::UserRepository(db).findByUuid(checked.keyWorkerUuid);
        TANDEM_TRY(found);
        if (!found.value() || !found.value()->active)
            return makeError(ErrorCode::Invalid, tr("The chosen key worker is not an active user of this store."));
        worker = found.value();
    }

    const QString actor = m_session.user().uuid;
    const QString at = m_session.now();
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(families.updateHousehold(checked, actor, at));
    QStringList ids{family.uuid};
    FamilyWriter writer(m_session);
    if (keyWorkerChanged) {
        store::InvolvementRepository involvement(db);
        TANDEM_TRY(involvement.clearKeyWorker(family.uuid, actor, at));
        if (worker) {
            Involvement i;
            i.uuid = FamilyWriter::newUuid();
            i.familyUuid = family.uuid;
            i.service = FamilyWriter::serviceForRole(roleToken(worker->role));
            i.workerName = worker->displayName;
            i.workerUserUuid = worker->uuid;
            i.keyWorker = true;
            i.since = m_session.today();
            TANDEM_TRY(involvement.insert(i, actor, at));
            ids << i.uuid;
            TANDEM_TRY(writer.timeline(family.uuid, {}, QStringLiteral("involvement.key-worker"), worker->displayName));
        }
    }
    TANDEM_TRY(writer.timeline(family.uuid, {}, QStringLiteral("family.updated"), {}));
    TANDEM_TRY(m_session.audit(QStringLiteral("family.update"), QStringLiteral("family"), ids));
    return txn.value().commit();
}

Result<Child> FamilyService::updateChild(Child child, const WriteOptions& options)
{
    TANDEM_TRY(m_session.require(Permission::EditFamilies));
    TANDEM_TRY(FamilyWriter::refuseIssues(domain::RecordRules::checkChild(child, m_session.today())));
    store::Database& db = m_session.database();
    store::ChildRepository children(db);
    auto stored = children.load(child.uuid);
    TANDEM_TRY(stored);
    if (!stored.value().mergedInto.isEmpty())
        return makeError(ErrorCode::Invalid, tr("This record was merged into another; change that record instead."));
    FamilyWriter writer(m_session);
    TANDEM_TRY(writer.refuseDuplicates(child, options, child.uuid));

    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(children.update(child, m_session.user().uuid, m_session.now()));
    const bool nowBorn = stored.value().isUnborn() && !child.isUnborn();
    TANDEM_TRY(writer.timeline(stored.value().familyUuid, child.uuid, nowBorn ? QStringLiteral("child.born") : QStringLiteral("child.updated"),
                               child.givenName + QLatin1Char(' ') + child.familyName));
    TANDEM_TRY(store::SearchIndex(db).refreshChild(child.uuid));
    TANDEM_TRY(m_session.audit(QStringLiteral("child.update"), QStringLiteral("child"), {child.uuid}));
    TANDEM_TRY(txn.value().commit());
    child.familyUuid = stored.value().familyUuid;
    return child;
}

Result<Involvement> FamilyService::addInvolvement(const QString& familyUuid, Involvement i)
{
    TANDEM_TRY(m_session.require(Permission::EditFamilies));
    i.workerName = i.workerName.simplified();
    i.organisation = i.organisation.simplified();
    if (!InvolvementServices::serviceTokens().contains(i.service))
        return makeError(ErrorCode::Invalid, tr("Choose which service is involved: %1.")
                                                 .arg(InvolvementServices::serviceTokens().join(QStringLiteral(", "))));
    if (i.workerName.isEmpty() || i.workerName.size() > kMaxText)
        return makeError(ErrorCode::Invalid, tr("Give the worker's name (up to %1 characters).").arg(kMaxText));
    if (i.organisation.size() > kMaxText)
        return makeError(ErrorCode::Invalid, tr("The organisation name is longer than %1 characters.").arg(kMaxText));
    if (!i.since.isValid())
        i.since = m_session.today();
    if (i.since > m_session.today())
        return makeError(ErrorCode::Invalid, tr("An involvement cannot start in the future."));
    store::Database& db = m_session.database();
    TANDEM_TRY(store::FamilyRepository(db).load(familyUuid));

    const QString actor = m_session.user().uuid;
    const QString at = m_session.now();
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    store::InvolvementRepository involvement(db);
    if (i.keyWorker) {
        TANDEM_TRY(involvement.clearKeyWorker(familyUuid, actor, at));
        TANDEM_TRY(store::FamilyRepository(db).setKeyWorker(familyUuid, i.workerUserUuid, actor, at));
    }
    i.uuid = FamilyWriter::newUuid();
    i.familyUuid = familyUuid;
    i.until.reset();
    TANDEM_TRY(involvement.insert(i, actor, at));
    TANDEM_TRY(FamilyWriter(m_session).timeline(familyUuid, {}, QStringLiteral("involvement.added"),
                                                InvolvementServices::serviceDisplayName(i.service) + QStringLiteral(": ") + i.workerName));
    TANDEM_TRY(m_session.audit(QStringLiteral("involvement.create"), QStringLiteral("involvement"), {familyUuid, i.uuid}));
    TANDEM_TRY(txn.value().commit());
    return i;
}

Result<void> FamilyService::endInvolvement(const QString& involvementUuid, const QDate& until)
{
    TANDEM_TRY(m_session.require(Permission::EditFamilies));
    store::Database& db = m_session.database();
    store::InvolvementRepository involvement(db);
    auto current = involvement.load(involvementUuid);
    TANDEM_TRY(current);
    if (current.value().until)
        return makeError(ErrorCode::Invalid, tr("This involvement already ended on %1.")
                                                 .arg(current.value().until->toString(QStringLiteral("d MMM yyyy"))));
    if (!until.isValid() || until < current.value().since || until > m_session.today())
        return makeError(ErrorCode::Invalid, tr("The end date must be between the start (%1) and today.")
                                                 .arg(current.value().since.toString(QStringLiteral("d MMM yyyy"))));
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(involvement.end(involvementUuid, until, m_session.user().uuid, m_session.now()));
    if (current.value().keyWorker) // the household has no key worker until someone takes it on
        TANDEM_TRY(store::FamilyRepository(db).setKeyWorker(current.value().familyUuid, {}, m_session.user().uuid, m_session.now()));
    TANDEM_TRY(FamilyWriter(m_session).timeline(current.value().familyUuid, {}, QStringLiteral("involvement.ended"),
                                                InvolvementServices::serviceDisplayName(current.value().service) +
                                                    QStringLiteral(": ") + current.value().workerName));
    TANDEM_TRY(m_session.audit(QStringLiteral("involvement.end"), QStringLiteral("involvement"),
                               {current.value().familyUuid, involvementUuid}));
    return txn.value().commit();
}

} // namespace tandem
