#include "FamilyWriter.h"
#include "tandem/domain/NameSimilarity.h"
#include "tandem/services/Session.h"
#include "tandem/store/ChildRepository.h"
#include "tandem/store/FamilyRepository.h"
#include "tandem/store/InvolvementRepository.h"
#include "tandem/store/PersonRepository.h"
#include "tandem/store/SearchIndex.h"
#include "tandem/store/TimelineRepository.h"
#include "tandem/store/UserRepository.h"

#include <QUuid>

namespace tandem {

namespace {
QString tr(const char* text, int n = -1) { return QCoreApplication::translate("tandem::FamilyService", text, nullptr, n); }
}

Result<QString> FamilyWriter::practitionerName(QString& userUuid) const
{
    if (userUuid.isEmpty() || userUuid == m_session.user().uuid) {
        userUuid = m_session.user().uuid;
        return m_session.user().displayName;
    }
    // Recording a colleague's work (e.g. a team lead entering a visit) names them.
    auto user = store::UserRepository(m_session.database()).findByUuid(userUuid);
    TANDEM_TRY(user);
    if (!user.value() || !user.value()->active)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("tandem::FamilyWriter", "The practitioner is not an active user of this store."));
    return user.value()->displayName;
}

QString FamilyWriter::newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

Result<void> FamilyWriter::refuseIssues(const QList<domain::FieldIssue>& issues)
{
    if (issues.isEmpty())
        return {};
    if (issues.size() == 1)
        return makeError(ErrorCode::Invalid, issues.first().message);
    const int more = static_cast<int>(issues.size() - 1);
    const QString first = issues.first().message;
    return makeError(ErrorCode::Invalid, more == 1 ? tr("%1 (and 1 more problem to correct)").arg(first)
                                                   : tr("%1 (and %2 more problems to correct)").arg(first, QString::number(more)));
}

QString FamilyWriter::serviceForRole(const QString& roleToken)
{
    if (roleToken == QLatin1String("health-visitor"))
        return QStringLiteral("health-visiting");
    if (roleToken == QLatin1String("childrens-centre"))
        return QStringLiteral("childrens-centre");
    return QStringLiteral("other");
}

Result<DuplicateCheck> FamilyWriter::duplicates(const Child& draft, const QString& ignoreChildUuid) const
{
    store::ChildRepository children(m_session.database());
    DuplicateCheck check;
    if (!draft.nhsNumber.isEmpty()) {
        auto same = children.withNhsNumber(draft.nhsNumber, ignoreChildUuid);
        TANDEM_TRY(same);
        check.sameNhsNumber = same.value();
    }
    const std::optional<QDate> day = draft.dateOfBirth ? draft.dateOfBirth : draft.expectedDeliveryDate;
    if (day) {
        auto sameDay = children.bornOn(*day, !draft.dateOfBirth.has_value(), ignoreChildUuid);
        TANDEM_TRY(sameDay);
        for (const ChildSummary& other : sameDay.value()) {
            if (check.sameNhsNumber && check.sameNhsNumber->uuid == other.uuid)
                continue;
            // Two children with different valid NHS numbers are different children.
            if (!draft.nhsNumber.isEmpty() && !other.nhsNumber.isEmpty() && draft.nhsNumber != other.nhsNumber)
                continue;
            if (domain::NameSimilarity::similar(draft.givenName, draft.familyName, other.givenName, other.familyName))
                check.similarNames.append(other);
        }
    }
    return check;
}

Result<void> FamilyWriter::refuseDuplicates(const Child& draft, const WriteOptions& options, const QString& ignoreChildUuid) const
{
    auto check = duplicates(draft, ignoreChildUuid);
    TANDEM_TRY(check);
    if (check.value().sameNhsNumber)
        return makeError(ErrorCode::Conflict, tr("%1 already has this NHS number. Open that record instead of registering the "
                                                 "child again.").arg(check.value().sameNhsNumber->describe()));
    if (check.value().needsConfirmation() && !options.confirmedNotDuplicate) {
        QStringList names;
        for (const ChildSummary& s : check.value().similarNames)
            names << s.describe();
        return makeError(ErrorCode::NeedsConfirmation,
                         tr("This may be a child already registered: %1. Check, and confirm only if it is a different child.")
                             .arg(names.join(QStringLiteral("; "))));
    }
    return {};
}

Result<QList<Relationship>> FamilyWriter::householdRelationships(const QString& familyUuid) const
{
    auto existing = store::PersonRepository(m_session.database()).relationshipsForFamily(familyUuid);
    TANDEM_TRY(existing);
    QList<Relationship> relateTo;
    QStringList seen;
    for (const Relationship& r : existing.value()) {
        if (seen.contains(r.personUuid))
            continue;
        seen << r.personUuid;
        relateTo << r;
    }
    return relateTo;
}

Result<void> FamilyWriter::timeline(const QString& familyUuid, const QString& childUuid, const QString& kind, const QString& detail,
                                    const QDateTime& occurredAt)
{
    return store::TimelineRepository(m_session.database())
        .append(familyUuid, childUuid, occurredAt.isValid() ? occurredAt : m_session.clock().nowUtc(), kind, detail,
                m_session.user().uuid, m_session.now());
}

Result<void> FamilyWriter::insertFamily(Family& family, const QDate& movedIn)
{
    auto ids = writeFamily(family, movedIn);
    TANDEM_TRY(ids);
    TANDEM_TRY(store::SearchIndex(m_session.database()).refreshFamily(family.uuid));
    return m_session.audit(QStringLiteral("family.create"), QStringLiteral("family"), ids.value());
}

Result<QStringList> FamilyWriter::writeFamily(Family& family, const QDate& movedIn)
{
    store::Database& db = m_session.database();
    const QString actor = m_session.user().uuid;
    const QString at = m_session.now();
    family.uuid = newUuid();
    TANDEM_TRY(store::FamilyRepository(db).insert(family, movedIn, actor, at));
    QStringList ids{family.uuid};

    store::PersonRepository people(db);
    for (Person& p : family.adults) {
        p.uuid = newUuid();
        TANDEM_TRY(people.insert(family.uuid, p, actor, at));
        ids << p.uuid;
    }
    family.relationships.clear();
    store::ChildRepository children(db);
    for (Child& c : family.children) {
        c.uuid = newUuid();
        TANDEM_TRY(children.insert(family.uuid, c, actor, at));
        ids << c.uuid;
        for (const Person& p : family.adults) {
            auto r = people.relate(p.uuid, c.uuid, p.relationship, p.parentalResponsibility, actor, at, c.meta.origin);
            TANDEM_TRY(r);
            family.relationships << r.value();
            ids << r.value().uuid;
        }
    }

    if (!family.keyWorkerUuid.isEmpty()) {
        auto worker = store::UserRepository(db).findByUuid(family.keyWorkerUuid);
        TANDEM_TRY(worker);
        if (!worker.value() || !worker.value()->active)
            return makeError(ErrorCode::Invalid, tr("The chosen key worker is not an active user of this store."));
        Involvement i;
        i.uuid = newUuid();
        i.familyUuid = family.uuid;
        i.service = serviceForRole(roleToken(worker.value()->role));
        i.workerName = worker.value()->displayName;
        i.workerUserUuid = worker.value()->uuid;
        i.keyWorker = true;
        i.since = m_session.today();
        TANDEM_TRY(store::InvolvementRepository(db).insert(i, actor, at));
        ids << i.uuid;
    }

    TANDEM_TRY(timeline(family.uuid, {}, QStringLiteral("family.registered"), family.address.postcode));
    for (const Child& c : family.children)
        TANDEM_TRY(timeline(family.uuid, c.uuid, c.isUnborn() ? QStringLiteral("child.registered-antenatal") : QStringLiteral("child.registered"),
                            c.givenName + QLatin1Char(' ') + c.familyName));
    return ids;
}

Result<void> FamilyWriter::insertChild(const QString& familyUuid, Child& child, const QList<Relationship>& relateTo)
{
    auto ids = writeChild(familyUuid, child, relateTo);
    TANDEM_TRY(ids);
    TANDEM_TRY(store::SearchIndex(m_session.database()).refreshChild(child.uuid));
    return m_session.audit(QStringLiteral("child.create"), QStringLiteral("child"), ids.value());
}

Result<QStringList> FamilyWriter::writeChild(const QString& familyUuid, Child& child, const QList<Relationship>& relateTo)
{
    store::Database& db = m_session.database();
    const QString actor = m_session.user().uuid;
    const QString at = m_session.now();
    child.uuid = newUuid();
    TANDEM_TRY(store::ChildRepository(db).insert(familyUuid, child, actor, at));
    QStringList ids{child.uuid};
    store::PersonRepository people(db);
    for (const Relationship& r : relateTo) {
        auto made = people.relate(r.personUuid, child.uuid, r.relationship, r.parentalResponsibility, actor, at, child.meta.origin);
        TANDEM_TRY(made);
        ids << made.value().uuid;
    }
    TANDEM_TRY(timeline(familyUuid, child.uuid,
                        child.isUnborn() ? QStringLiteral("child.registered-antenatal") : QStringLiteral("child.registered"),
                        child.givenName + QLatin1Char(' ') + child.familyName));
    return ids;
}

} // namespace tandem
