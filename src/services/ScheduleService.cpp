#include "tandem/services/ScheduleService.h"

#include "FamilyWriter.h"
#include "ScheduleInputs.h"
#include "tandem/domain/ContactRules.h"
#include "tandem/services/Session.h"
#include "tandem/store/ChildRepository.h"
#include "tandem/store/FamilyRepository.h"
#include "tandem/store/ScheduleRepository.h"
#include "tandem/store/Transaction.h"

namespace tandem {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::ScheduleService", text); }

Result<ScheduleSource> loadSource(store::Database& db, const QString& familyUuid)
{
    store::ScheduleRepository repo(db);
    auto contacts = repo.contactsForFamily(familyUuid);
    TANDEM_TRY(contacts);
    auto decisions = repo.decisionsForFamily(familyUuid);
    TANDEM_TRY(decisions);
    return ScheduleSource{std::move(contacts.value()), std::move(decisions.value())};
}

Result<Child> activeChild(store::Database& db, const QString& childUuid)
{
    auto child = store::ChildRepository(db).load(childUuid);
    TANDEM_TRY(child);
    if (!child.value().mergedInto.isEmpty())
        return makeError(ErrorCode::Invalid, tr("This record was merged into another; use that record's schedule."));
    return child;
}
} // namespace

Result<QList<ChildSchedule>> ScheduleService::forFamily(const QString& familyUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    store::Database& db = m_session.database();
    auto care = store::FamilyRepository(db).careRow(familyUuid);
    TANDEM_TRY(care);
    auto children = store::ChildRepository(db).forFamily(familyUuid);
    TANDEM_TRY(children);
    auto source = loadSource(db, familyUuid);
    TANDEM_TRY(source);
    QList<ChildSchedule> out;
    for (const Child& child : children.value())
        out << childSchedule(child, care.value().leftArea, source.value(), m_session.today());
    return out;
}

Result<ChildSchedule> ScheduleService::forChild(const QString& childUuid) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    store::Database& db = m_session.database();
    auto child = activeChild(db, childUuid);
    TANDEM_TRY(child);
    auto care = store::FamilyRepository(db).careRow(child.value().familyUuid);
    TANDEM_TRY(care);
    auto source = loadSource(db, child.value().familyUuid);
    TANDEM_TRY(source);
    return childSchedule(child.value(), care.value().leftArea, source.value(), m_session.today());
}

Result<void> ScheduleService::recordDecision(const QString& childUuid, domain::MandatedContact contact, bool declined,
                                             const QString& reasonIn, const QDate& on)
{
    TANDEM_TRY(m_session.require(Permission::RecordMandatedContacts));
    QString reason = reasonIn;
    TANDEM_TRY(FamilyWriter::refuseIssues(domain::ContactRules::checkReason(reason, QStringLiteral("decision.reason"))));
    if (!on.isValid() || on > m_session.today())
        return makeError(ErrorCode::Invalid, tr("Give the date of the decision; it cannot be in the future."));
    auto current = forChild(childUuid);
    TANDEM_TRY(current);
    for (const domain::ScheduledContact& c : current.value().contacts) {
        if (c.contact == contact && c.doneOn)
            return makeError(ErrorCode::Invalid, tr("The %1 was already done on %2; there is nothing to decline.")
                                                     .arg(domain::contactDisplayName(contact).toLower(),
                                                          c.doneOn->toString(QStringLiteral("d MMM yyyy"))));
    }
    store::Database& db = m_session.database();
    const QString actor = m_session.user().uuid;
    const QString at = m_session.now();
    const QString uuid = FamilyWriter::newUuid();
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    store::ScheduleRepository repo(db);
    TANDEM_TRY(repo.clearDecisions(childUuid, contact, actor, at));
    TANDEM_TRY(repo.insertDecision(uuid, childUuid, current.value().familyUuid, contact, declined, reason, on, actor, at));
    TANDEM_TRY(FamilyWriter(m_session).timeline(current.value().familyUuid, childUuid,
                                                declined ? QStringLiteral("schedule.declined") : QStringLiteral("schedule.not-applicable"),
                                                domain::contactToken(contact)));
    TANDEM_TRY(m_session.audit(QStringLiteral("schedule.decide"), QStringLiteral("schedule_decision"), {childUuid, uuid}));
    return txn.value().commit();
}

Result<void> ScheduleService::clearDecision(const QString& childUuid, domain::MandatedContact contact)
{
    TANDEM_TRY(m_session.require(Permission::RecordMandatedContacts));
    store::Database& db = m_session.database();
    auto child = activeChild(db, childUuid);
    TANDEM_TRY(child);
    auto txn = store::Transaction::begin(db);
    TANDEM_TRY(txn);
    auto cleared = store::ScheduleRepository(db).clearDecisions(childUuid, contact, m_session.user().uuid, m_session.now());
    TANDEM_TRY(cleared);
    if (cleared.value() == 0)
        return makeError(ErrorCode::NotFound, tr("No decision is recorded for the %1.").arg(domain::contactDisplayName(contact).toLower()));
    TANDEM_TRY(FamilyWriter(m_session).timeline(child.value().familyUuid, childUuid, QStringLiteral("schedule.cleared"),
                                                domain::contactToken(contact)));
    TANDEM_TRY(m_session.audit(QStringLiteral("schedule.clear"), QStringLiteral("schedule_decision"), {childUuid}));
    return txn.value().commit();
}

} // namespace tandem
