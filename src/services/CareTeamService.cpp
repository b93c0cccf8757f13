#include "tandem/services/CareTeamService.h"

#include "FamilyWriter.h"
#include "tandem/domain/ContactRules.h"
#include "tandem/services/Session.h"
#include "tandem/store/FamilyRepository.h"
#include "tandem/store/InvolvementRepository.h"
#include "tandem/store/ServiceLevelRepository.h"
#include "tandem/store/Transaction.h"
#include "tandem/store/UserRepository.h"

namespace tandem {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::CareTeamService", text); }
QString shortDate(const QDate& d) { return d.toString(QStringLiteral("d MMM yyyy")); }
} // namespace

Result<CareTeam> CareTeamService::careTeam(const QString& familyUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    store::Database& db = m_session.database();
    auto row = store::FamilyRepository(db).careRow(familyUuid);
    TANDEM_TRY(row);
    CareTeam team;
    team.familyUuid = familyUuid;
    team.namedHealthVisitorUuid = row.value().namedHealthVisitor;
    if (!team.namedHealthVisitorUuid.isEmpty()) {
        auto user = store::UserRepository(db).findByUuid(team.namedHealthVisitorUuid);
        TANDEM_TRY(user);
        team.namedHealthVisitorName = user.value() ? user.value()->displayName : tr("(removed user)");
    }
    auto involved = store::InvolvementRepository(db).forFamily(familyUuid);
    TANDEM_TRY(involved);
    for (const Involvement& i : involved.value())
        if (i.keyWorker && !i.until)
            team.leadProfessional = i;
    auto history = store::ServiceLevelRepository(db).history(familyUuid);
    TANDEM_TRY(history);
    team.serviceLevelHistory = history.value();
    team.serviceLevelRecorded = !history.value().isEmpty();
    team.serviceLevel = team.serviceLevelRecorded ? history.value().first().level : ServiceLevels::defaultLevel();
    team.leftArea = row.value().leftArea;
    team.leftAreaReason = row.value().leftAreaReason;
    return team;
}

Result<void> CareTeamService::setServiceLevel(const QString& familyUuid, const QString& level, const QString& reasonIn,
                                              const QDate& effectiveFrom)
{
    TANDEM_TRY(m_session.require(Permission::RecordMandatedContacts)); // a health visiting decision
    if (!ServiceLevels::tokens().contains(level))
        return makeError(ErrorCode::Invalid,
                         tr("Choose a service level: %1.").arg(ServiceLevels::tokens().join(QStringLiteral(", "))));
    QString reason = reasonIn;
    TANDEM_TRY(FamilyWriter::refuseIssues(domain::ContactRules::checkReason(reason, QStringLiteral("serviceLevel.reason"))));
    auto team = careTeam(familyUuid);
    TANDEM_TRY(team);
    auto row = store::FamilyRepository(m_session.database()).careRow(familyUuid);
    TANDEM_TRY(row);
    if (!effectiveFrom.isValid() || effectiveFrom > m_session.today() || effectiveFrom < row.value().registeredOn)
        return makeError(ErrorCode::Invalid, tr("The level must start between the family's registration (%1) and today.")
                                                 .arg(shortDate(row.value().registeredOn)));
    if (team.value().serviceLevelRecorded && team.value().serviceLevel == level)
        return makeError(ErrorCode::Invalid, tr("The family is already at %1.").arg(ServiceLevels::displayName(level)));
    if (team.value().serviceLevelRecorded && effectiveFrom < team.value().serviceLevelHistory.first().effectiveFrom)
        return makeError(ErrorCode::Invalid, tr("The current level started on %1; a change must start on or after that day.")
                                                 .arg(shortDate(team.value().serviceLevelHistory.first().effectiveFrom)));
    store::Database& db = m_session.database();
    ServiceLevelChange change{FamilyWriter::newUuid(), familyUuid, level, reason, effectiveFrom, {}, {}};
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(store::ServiceLevelRepository(db).insert(change, m_session.user().uuid, m_session.now()));
    TANDEM_TRY(FamilyWriter(m_session).timeline(familyUuid, {}, QStringLiteral("service-level.changed"), level,
                                                effectiveFrom.startOfDay().toUTC()));
    TANDEM_TRY(m_session.audit(QStringLiteral("service-level.change"), QStringLiteral("service_level"), {familyUuid, change.uuid}));
    return txn.value().commit();
}

Result<void> CareTeamService::setNamedHealthVisitor(const QString& familyUuid, const QString& userUuid)
{
    TANDEM_TRY(m_session.require(Permission::RecordMandatedContacts)); // a health visiting decision
    store::Database& db = m_session.database();
    store::FamilyRepository families(db);
    auto row = families.careRow(familyUuid);
    TANDEM_TRY(row);
    if (row.value().namedHealthVisitor == userUuid)
        return {};
    std::optional<User> user;
    if (!userUuid.isEmpty()) {
        auto found = store::UserRepository(db).findByUuid(userUuid);
        TANDEM_TRY(found);
        user = found.value();
        if (!user || !user->active)
            return makeError(ErrorCode::Invalid, tr("That user is not an active user of this store."));
        if (user->role != Role::HealthVisitor && user->role != Role::TeamLead)
            return makeError(ErrorCode::Invalid, tr("%1 is a %2; the named health visitor must be a health visitor or team lead.")
                                                     .arg(user->displayName, roleDisplayName(user->role).toLower()));
    }
    const QString actor = m_session.user().uuid;
    const QString at = m_session.now();
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(families.setNamedHealthVisitor(familyUuid, userUuid, actor, at));
    if (user) {
        store::InvolvementRepository involvement(db);
        auto involved = involvement.forFamily(familyUuid);
        TANDEM_TRY(involved);
        const bool listed = std::any_of(involved.value().cbegin(), involved.value().cend(), [&](const Involvement& i) {
            return !i.until && i.workerUserUuid == userUuid && i.service == QLatin1String("health-visiting");
        });
        if (!listed) {
            Involvement i;
            i.uuid = FamilyWriter::newUuid();
            i.familyUuid = familyUuid;
            i.service = QStringLiteral("health-visiting");
            i.workerName = user->displayName;
            i.workerUserUuid = userUuid;
            i.since = m_session.today();
            TANDEM_TRY(involvement.insert(i, actor, at));
        }
    }
    TANDEM_TRY(FamilyWriter(m_session).timeline(familyUuid, {}, QStringLiteral("care.named-hv"), user ? user->displayName : QString()));
    TANDEM_TRY(m_session.audit(QStringLiteral("care.named-hv"), QStringLiteral("family"),
                               userUuid.isEmpty() ? QStringList{familyUuid} : QStringList{familyUuid, userUuid}));
    return txn.value().commit();
}

Result<void> CareTeamService::setLeadProfessional(const QString& familyUuid, const QString& involvementUuid)
{
    TANDEM_TRY(m_session.require(Permission::EditFamilies));
    store::Database& db = m_session.database();
    store::InvolvementRepository involvement(db);
    auto chosen = involvement.load(involvementUuid);
    TANDEM_TRY(chosen);
    if (chosen.value().familyUuid != familyUuid)
        return makeError(ErrorCode::Invalid, tr("That involvement belongs to another household."));
    if (chosen.value().until)
        return makeError(ErrorCode::Invalid, tr("%1's involvement ended on %2; choose someone still involved.")
                                                 .arg(chosen.value().workerName, shortDate(*chosen.value().until)));
    if (chosen.value().keyWorker)
        return {};
    const QString actor = m_session.user().uuid;
    const QString at = m_session.now();
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(involvement.clearKeyWorker(familyUuid, actor, at));
    TANDEM_TRY(involvement.markKeyWorker(involvementUuid, actor, at));
    TANDEM_TRY(store::FamilyRepository(db).setKeyWorker(familyUuid, chosen.value().workerUserUuid, actor, at));
    TANDEM_TRY(FamilyWriter(m_session).timeline(familyUuid, {}, QStringLiteral("care.lead-professional"), chosen.value().workerName));
    TANDEM_TRY(m_session.audit(QStringLiteral("care.lead-professional"), QStringLiteral("involvement"), {familyUuid, involvementUuid}));
    return txn.value().commit();
}

Result<void> CareTeamService::recordLeftArea(const QString& familyUuid, const QDate& on, const QString& reasonIn)
{
    TANDEM_TRY(m_session.require(Permission::EditFamilies));
    store::Database& db = m_session.database();
    auto row = store::FamilyRepository(db).careRow(familyUuid);
    TANDEM_TRY(row);
    QString reason = reasonIn;
    if (on.isValid()) {
        TANDEM_TRY(FamilyWriter::refuseIssues(domain::ContactRules::checkReason(reason, QStringLiteral("leftArea.reason"))));
        if (on > m_session.today() || on < row.value().registeredOn)
            return makeError(ErrorCode::Invalid, tr("The date the family left must be between their registration (%1) and today.")
                                                     .arg(shortDate(row.value().registeredOn)));
    } else if (!row.value().leftArea) {
        return makeError(ErrorCode::Invalid, tr("This family is not recorded as having left the area."));
    }
    const QString actor = m_session.user().uuid;
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    TANDEM_TRY(store::FamilyRepository(db).setLeftArea(familyUuid, on.isValid() ? std::optional<QDate>(on) : std::nullopt, reason,
                                                       actor, m_session.now()));
    TANDEM_TRY(FamilyWriter(m_session).timeline(familyUuid, {}, on.isValid() ? QStringLiteral("family.left-area") : QStringLiteral("family.returned"),
                                                {}, on.isValid() ? on.startOfDay().toUTC() : QDateTime()));
    TANDEM_TRY(m_session.audit(on.isValid() ? QStringLiteral("family.left-area") : QStringLiteral("family.returned"),
                               QStringLiteral("family"), {familyUuid}));
    return txn.value().commit();
}

} // namespace tandem
