#include "tandem/store/SharedItemRepository.h"
#include "RowReaders.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

#include <QUuid>

namespace tandem::store {

using rows::dateValue;

namespace {

const QString kColumns = QStringLiteral("s.uuid, s.partner_uuid, s.bundle, s.family_uuid, s.child_uuid, s.category, s.kind, s.remote_id, "
                                        "s.occurred_on, s.title, s.detail, s.safeguarding, s.received_at, p.name, p.code, "
                                        "c.given_name || ' ' || c.family_name");

SharedItem readItem(const Statement& s)
{
    SharedItem i;
    i.uuid = s.text(0);
    i.partnerUuid = s.text(1);
    i.bundleUuid = s.text(2);
    i.familyUuid = s.text(3);
    i.childUuid = s.text(4);
    i.category = s.text(5);
    i.kind = s.text(6);
    i.remoteId = s.text(7);
    i.occurredOn = rows::optionalDate(s, 8);
    i.title = s.text(9);
    i.detail = s.text(10);
    i.safeguarding = s.integer(11) != 0;
    i.receivedAt = s.text(12);
    i.partnerName = s.text(13);
    i.partnerCode = s.text(14);
    i.childName = s.text(15);
    return i;
}

} // namespace

Result<void> SharedItemRepository::upsert(SharedItem& i)
{
    // No UPSERT in SQLite 3.15: find the row first so its uuid survives.
    auto st = m_db.query(QStringLiteral("SELECT uuid FROM shared_item WHERE partner_uuid = ? AND child_uuid = ? AND kind = ? AND remote_id = ?"),
                         {i.partnerUuid, i.childUuid, i.kind, i.remoteId});
    TANDEM_TRY(st);
    auto row = st.value().next();
    TANDEM_TRY(row);
    if (row.value()) {
        i.uuid = st.value().text(0);
        return m_db.run(QStringLiteral("UPDATE shared_item SET bundle = ?, family_uuid = ?, category = ?, occurred_on = ?, title = ?, "
                                       "detail = ?, safeguarding = ?, received_at = ? WHERE uuid = ?"),
                        {i.bundleUuid, i.familyUuid, i.category, dateValue(i.occurredOn), i.title, i.detail, i.safeguarding,
                         i.receivedAt, i.uuid});
    }
    return insert(i);
}

Result<void> SharedItemRepository::insert(SharedItem& i)
{
    if (i.uuid.isEmpty())
        i.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return m_db.run(QStringLiteral("INSERT INTO shared_item (uuid, partner_uuid, bundle, family_uuid, child_uuid, category, kind, remote_id, "
                                   "occurred_on, title, detail, safeguarding, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {i.uuid, i.partnerUuid, i.bundleUuid, i.familyUuid, i.childUuid, i.category, i.kind, i.remoteId,
                     dateValue(i.occurredOn), i.title, i.detail, i.safeguarding, i.receivedAt});
}

Result<QList<SharedItem>> SharedItemRepository::select(const QString& where, const QString& value) const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + kColumns +
                             QStringLiteral(" FROM shared_item s JOIN partner p ON p.uuid = s.partner_uuid "
                                            "JOIN child c ON c.uuid = s.child_uuid WHERE c.deleted_at IS NULL AND ") + where +
                             QStringLiteral(" ORDER BY coalesce(s.occurred_on, substr(s.received_at, 1, 10)) DESC, s.received_at DESC, s.id DESC"),
                         {value});
    return rows::collect<SharedItem>(st, readItem);
}

Result<QList<SharedItem>> SharedItemRepository::forFamily(const QString& familyUuid) const
{
    return select(QStringLiteral("s.family_uuid = ?"), familyUuid);
}

Result<QList<SharedItem>> SharedItemRepository::forChild(const QString& childUuid) const
{
    return select(QStringLiteral("s.child_uuid = ?"), childUuid);
}

Result<QStringList> SharedItemRepository::removeFor(const QString& partnerUuid, const QString& childUuid)
{
    auto st = m_db.query(QStringLiteral("SELECT uuid FROM shared_item WHERE partner_uuid = ? AND child_uuid = ? ORDER BY id"),
                         {partnerUuid, childUuid});
    auto ids = rows::collect<QString>(st, [](const Statement& s) { return s.text(0); });
    TANDEM_TRY(ids);
    TANDEM_TRY(m_db.run(QStringLiteral("DELETE FROM shared_item WHERE partner_uuid = ? AND child_uuid = ?"), {partnerUuid, childUuid}));
    return ids.value();
}

Result<qint64> SharedItemRepository::countFor(const QString& partnerUuid, const QString& childUuid) const
{
    return m_db.scalarInt(QStringLiteral("SELECT count(*) FROM shared_item WHERE partner_uuid = ? AND child_uuid = ?"),
                          {partnerUuid, childUuid});
}

} // namespace tandem::store
