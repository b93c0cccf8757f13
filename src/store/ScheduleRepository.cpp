#include "tandem/store/ScheduleRepository.h"
#include "RowReaders.h"
#include "tandem/core/Contact.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

namespace tandem::store {

namespace {
// Only types that can complete a mandated contact matter to the schedule.
QString mandatedTypesSql()
{
    QStringList quoted;
    for (const QString& type : ContactTypes::tokens())
        if (ContactTypes::isMandated(type))
            quoted << QLatin1Char('\'') + type + QLatin1Char('\'');
    return quoted.join(QLatin1Char(','));
}
} // namespace

Result<QHash<QString, QList<domain::ScheduleContact>>> ScheduleRepository::contacts(const QString& familyWhere,
                                                                                   const QString& param) const
{
    auto st = m_db.query(QStringLiteral("SELECT cc.child_uuid, c.uuid, c.contact_type, substr(c.occurred_at, 1, 10) "
                                        "FROM family f JOIN contact c ON c.family_uuid = f.uuid "
                                        "JOIN contact_child cc ON cc.contact_uuid = c.uuid "
                                        "WHERE %1 AND c.deleted_at IS NULL AND c.contact_type IN (%2) ORDER BY c.occurred_at, c.id")
                             .arg(familyWhere, mandatedTypesSql()),
                         {param});
    QHash<QString, QList<domain::ScheduleContact>> out;
    TANDEM_TRY(rows::forEach(st, [&](const Statement& s) {
        out[s.text(0)].append(domain::ScheduleContact{s.text(1), s.text(2), QDate::fromString(s.text(3), Qt::ISODate)});
    }));
    return out;
}

Result<QHash<QString, QList<domain::ScheduleExclusion>>> ScheduleRepository::decisions(const QString& familyWhere,
                                                                                      const QString& param) const
{
    auto st = m_db.query(QStringLiteral("SELECT d.child_uuid, d.mandated_contact, d.declined, d.reason, d.decided_on "
                                        "FROM family f JOIN schedule_decision d ON d.family_uuid = f.uuid "
                                        "WHERE %1 AND d.deleted_at IS NULL ORDER BY d.decided_on, d.id")
                             .arg(familyWhere),
                         {param});
    QHash<QString, QList<domain::ScheduleExclusion>> out;
    TANDEM_TRY(rows::forEach(st, [&](const Statement& s) {
        const auto contact = domain::contactFromToken(s.text(1));
        if (!contact)
            return; // written by a newer version; ignore rather than misread
        out[s.text(0)].append(
            domain::ScheduleExclusion{*contact, s.integer(2) != 0, s.text(3), QDate::fromString(s.text(4), Qt::ISODate)});
    }));
    return out;
}

Result<QHash<QString, QList<domain::ScheduleContact>>> ScheduleRepository::contactsForFamily(const QString& familyUuid) const
{
    return contacts(QStringLiteral("f.uuid = ?"), familyUuid);
}

Result<QHash<QString, QList<domain::ScheduleExclusion>>> ScheduleRepository::decisionsForFamily(const QString& familyUuid) const
{
    return decisions(QStringLiteral("f.uuid = ?"), familyUuid);
}

Result<QHash<QString, QList<domain::ScheduleContact>>> ScheduleRepository::contactsForWorker(const QString& workerUuid) const
{
    return contacts(QStringLiteral("f.named_hv = ? AND f.deleted_at IS NULL"), workerUuid);
}

Result<QHash<QString, QList<domain::ScheduleExclusion>>> ScheduleRepository::decisionsForWorker(const QString& workerUuid) const
{
    return decisions(QStringLiteral("f.named_hv = ? AND f.deleted_at IS NULL"), workerUuid);
}

Result<void> ScheduleRepository::insertDecision(const QString& uuid, const QString& childUuid, const QString& familyUuid,
                                                domain::MandatedContact contact, bool declined, const QString& reason,
                                                const QDate& on, const QString& actor, const QString& at)
{
    return m_db.run(QStringLiteral("INSERT INTO schedule_decision (uuid, child_uuid, family_uuid, mandated_contact, declined, reason, "
                                   "decided_on, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {uuid, childUuid, familyUuid, domain::contactToken(contact), declined, reason, on.toString(Qt::ISODate), at,
                     actor, at, actor});
}

Result<int> ScheduleRepository::clearDecisions(const QString& childUuid, domain::MandatedContact contact, const QString& actor,
                                               const QString& at)
{
    TANDEM_TRY(m_db.run(QStringLiteral("UPDATE schedule_decision SET deleted_at = ?, deleted_by = ?, deleted_reason = 'withdrawn', "
                                       "version = version + 1 WHERE child_uuid = ? AND mandated_contact = ? AND deleted_at IS NULL"),
                        {at, actor, childUuid, domain::contactToken(contact)}));
    return static_cast<int>(m_db.changes());
}

} // namespace tandem::store
