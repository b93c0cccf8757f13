#include "tandem/store/InvolvementRepository.h"
#include "RowReaders.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

namespace tandem::store {

using rows::textOrNull;

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::store::InvolvementRepository", text); }

// Contacts this worker had with the household, including attempts that did not happen.
const QString kSelect = QStringLiteral(
    "SELECT i.uuid, i.family_uuid, i.service, i.worker_name, i.worker_user_uuid, i.organisation, i.key_worker, i.since, i.until, "
    "(SELECT count(*) FROM contact c WHERE c.family_uuid = i.family_uuid AND c.deleted_at IS NULL "
    "  AND i.worker_user_uuid IS NOT NULL AND c.practitioner = i.worker_user_uuid), ");

Involvement read(const Statement& s)
{
    Involvement i;
    i.uuid = s.text(0);
    i.familyUuid = s.text(1);
    i.service = s.text(2);
    i.workerName = s.text(3);
    i.workerUserUuid = s.text(4);
    i.organisation = s.text(5);
    i.keyWorker = s.integer(6) != 0;
    i.since = QDate::fromString(s.text(7), Qt::ISODate);
    i.until = rows::optionalDate(s, 8);
    i.contacts = static_cast<int>(s.integer(9));
    i.meta = rows::readMeta(s, 10);
    return i;
}
} // namespace

Result<void> InvolvementRepository::insert(Involvement& i, const QString& actor, const QString& at)
{
    i.meta = RecordMeta{at, actor, at, actor, 1, i.meta.origin};
    return m_db.run(QStringLiteral("INSERT INTO involvement (uuid, family_uuid, service, worker_name, worker_user_uuid, organisation, "
                                   "key_worker, since, until, origin, created_at, created_by, updated_at, updated_by) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {i.uuid, i.familyUuid, i.service, i.workerName, textOrNull(i.workerUserUuid), textOrNull(i.organisation),
                     i.keyWorker, i.since.toString(Qt::ISODate), rows::dateValue(i.until), i.meta.origin, at, actor, at, actor});
}

Result<QList<Involvement>> InvolvementRepository::forFamily(const QString& familyUuid) const
{
    auto st = m_db.query(kSelect + rows::metaColumns(QStringLiteral("i")) +
                             QStringLiteral(" FROM involvement i WHERE i.family_uuid = ? AND i.deleted_at IS NULL "
                                            "ORDER BY i.until IS NOT NULL, i.key_worker DESC, i.since, i.id"),
                         {familyUuid});
    return rows::collect<Involvement>(st, read);
}

Result<Involvement> InvolvementRepository::load(const QString& uuid) const
{
    auto st = m_db.query(kSelect + rows::metaColumns(QStringLiteral("i")) +
                             QStringLiteral(" FROM involvement i WHERE i.uuid = ? AND i.deleted_at IS NULL"),
                         {uuid});
    auto all = rows::collect<Involvement>(st, read);
    TANDEM_TRY(all);
    if (all.value().isEmpty())
        return makeError(ErrorCode::NotFound, tr("That involvement does not exist or has been deleted."));
    return all.value().first();
}

Result<void> InvolvementRepository::end(const QString& uuid, const QDate& until, const QString& actor, const QString& at)
{
    return m_db.run(QStringLiteral("UPDATE involvement SET until = ?, key_worker = 0, updated_at = ?, updated_by = ?, "
                                   "version = version + 1 WHERE uuid = ? AND deleted_at IS NULL"),
                    {until.toString(Qt::ISODate), at, actor, uuid});
}

Result<void> InvolvementRepository::clearKeyWorker(const QString& familyUuid, const QString& actor, const QString& at)
{
    return m_db.run(QStringLiteral("UPDATE involvement SET key_worker = 0, updated_at = ?, updated_by = ?, version = version + 1 "
                                   "WHERE family_uuid = ? AND key_worker = 1 AND deleted_at IS NULL"),
                    {at, actor, familyUuid});
}

Result<void> InvolvementRepository::markKeyWorker(const QString& involvementUuid, const QString& actor, const QString& at)
{
    return m_db.run(QStringLiteral("UPDATE involvement SET key_worker = 1, updated_at = ?, updated_by = ?, version = version + 1 "
                                   "WHERE uuid = ? AND deleted_at IS NULL"),
                    {at, actor, involvementUuid});
}

} // namespace tandem::store
