#include "tandem/store/ServiceLevelRepository.h"
#include "RowReaders.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

namespace tandem::store {

namespace {
ServiceLevelChange read(const Statement& s)
{
    ServiceLevelChange c;
    c.uuid = s.text(0);
    c.familyUuid = s.text(1);
    c.level = s.text(2);
    c.reason = s.text(3);
    c.effectiveFrom = QDate::fromString(s.text(4), Qt::ISODate);
    c.recordedByName = s.text(5);
    c.meta = rows::readMeta(s, 6);
    return c;
}
} // namespace

Result<void> ServiceLevelRepository::insert(ServiceLevelChange& c, const QString& actor, const QString& at)
{
    c.meta = RecordMeta{at, actor, at, actor, 1, c.meta.origin};
    return m_db.run(QStringLiteral("INSERT INTO service_level (uuid, family_uuid, level, reason, effective_from, origin, created_at, "
                                   "created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {c.uuid, c.familyUuid, c.level, c.reason, c.effectiveFrom.toString(Qt::ISODate), c.meta.origin, at, actor,
                     at, actor});
}

Result<QList<ServiceLevelChange>> ServiceLevelRepository::history(const QString& familyUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT s.uuid, s.family_uuid, s.level, s.reason, s.effective_from, "
                                        "coalesce(u.display_name, ''), ") +
                             rows::metaColumns(QStringLiteral("s")) +
                             QStringLiteral(" FROM service_level s LEFT JOIN app_user u ON u.uuid = s.created_by "
                                            "WHERE s.family_uuid = ? AND s.deleted_at IS NULL "
                                            "ORDER BY s.effective_from DESC, s.id DESC"),
                         {familyUuid});
    return rows::collect<ServiceLevelChange>(st, read);
}

Result<QHash<QString, QString>> ServiceLevelRepository::currentForWorker(const QString& workerUuid) const
{
    // Ascending, so the last row seen for a family is its current level.
    auto st = m_db.query(QStringLiteral("SELECT s.family_uuid, s.level FROM family f JOIN service_level s ON s.family_uuid = f.uuid "
                                        "WHERE f.named_hv = ? AND f.deleted_at IS NULL AND s.deleted_at IS NULL "
                                        "ORDER BY s.effective_from, s.id"),
                         {workerUuid});
    QHash<QString, QString> out;
    TANDEM_TRY(rows::forEach(st, [&](const Statement& s) { out.insert(s.text(0), s.text(1)); }));
    return out;
}

} // namespace tandem::store
