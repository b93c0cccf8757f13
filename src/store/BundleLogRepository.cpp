#include "tandem/store/BundleLogRepository.h"
#include "tandem/core/Clock.h"
#include "RowReaders.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

namespace tandem::store {

namespace {

const QString kColumns = QStringLiteral("uuid, direction, partner_uuid, bundle_created_at, processed_at, processed_by, children, summary");

BundleLogEntry readEntry(const Statement& s)
{
    BundleLogEntry e;
    e.bundleUuid = s.text(0);
    e.direction = s.text(1);
    e.partnerUuid = s.text(2);
    e.bundleCreatedAt = QDateTime::fromString(s.text(3), Qt::ISODate);
    e.processedAt = s.text(4);
    e.processedBy = s.text(5);
    e.children = static_cast<int>(s.integer(6));
    e.summary = s.text(7);
    return e;
}

Result<std::optional<BundleLogEntry>> first(Result<QList<BundleLogEntry>> list)
{
    TANDEM_TRY(list);
    if (list.value().isEmpty())
        return std::optional<BundleLogEntry>();
    return std::optional<BundleLogEntry>(list.value().first());
}

} // namespace

Result<void> BundleLogRepository::insert(const BundleLogEntry& e)
{
    return m_db.run(QStringLiteral("INSERT INTO bundle_log (") + kColumns + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {e.bundleUuid, e.direction, e.partnerUuid, toStoreTimestamp(e.bundleCreatedAt), e.processedAt, e.processedBy,
                     e.children, e.summary});
}

Result<std::optional<BundleLogEntry>> BundleLogRepository::find(const QString& bundleUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM bundle_log WHERE uuid = ?"), {bundleUuid});
    return first(rows::collect<BundleLogEntry>(st, readEntry));
}

Result<std::optional<BundleLogEntry>> BundleLogRepository::latestReceived(const QString& partnerUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + kColumns +
                             QStringLiteral(" FROM bundle_log WHERE partner_uuid = ? AND direction = 'received' "
                                            "ORDER BY bundle_created_at DESC LIMIT 1"),
                         {partnerUuid});
    return first(rows::collect<BundleLogEntry>(st, readEntry));
}

Result<void> BundleLogRepository::markSent(const QString& partnerUuid, const QString& childUuid, const QString& bundleUuid, const QString& at)
{
    // No UPSERT in SQLite 3.15: try the update, insert when there was nothing to update.
    TANDEM_TRY(m_db.run(QStringLiteral("UPDATE shared_out SET last_sent_at = ?, last_bundle = ? WHERE partner_uuid = ? AND child_uuid = ?"),
                        {at, bundleUuid, partnerUuid, childUuid}));
    return m_db.run(QStringLiteral("INSERT OR IGNORE INTO shared_out (partner_uuid, child_uuid, first_sent_at, last_sent_at, last_bundle) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    {partnerUuid, childUuid, at, at, bundleUuid});
}

Result<QStringList> BundleLogRepository::childrenSentTo(const QString& partnerUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT child_uuid FROM shared_out WHERE partner_uuid = ?"), {partnerUuid});
    return rows::collect<QString>(st, [](const Statement& s) { return s.text(0); });
}

} // namespace tandem::store
