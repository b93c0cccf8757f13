#include "tandem/store/ShareConflictRepository.h"
#include "RowReaders.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

#include <QUuid>

namespace tandem::store {


namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::store::ShareConflictRepository", text); }

const QString kSelect = QStringLiteral(
    "SELECT x.uuid, x.partner_uuid, x.bundle, x.family_uuid, x.child_uuid, x.entity_uuid, x.field, x.local_value, x.partner_value, "
    "x.detected_at, coalesce(x.resolved_at, ''), coalesce(x.resolved_by, ''), coalesce(x.resolution, ''), p.code, p.name, "
    "coalesce(c.given_name || ' ' || c.family_name, ''), coalesce(a.given_name || ' ' || a.family_name, '') "
    "FROM share_conflict x JOIN partner p ON p.uuid = x.partner_uuid LEFT JOIN child c ON c.uuid = x.child_uuid "
    "LEFT JOIN person a ON a.uuid = x.entity_uuid WHERE ");

StoredConflict readConflict(const Statement& s)
{
    StoredConflict c;
    c.uuid = s.text(0);
    c.partnerUuid = s.text(1);
    c.bundleUuid = s.text(2);
    c.familyUuid = s.text(3);
    c.childUuid = s.text(4);
    c.entityUuid = s.text(5);
    c.field = s.text(6);
    c.localValue = s.text(7);
    c.partnerValue = s.text(8);
    c.detectedAt = s.text(9);
    c.resolvedAt = s.text(10);
    c.resolvedBy = s.text(11);
    c.resolution = s.text(12);
    c.partnerCode = s.text(13);
    c.partnerName = s.text(14);
    c.childName = s.text(15);
    c.adultName = s.text(16);
    return c;
}

} // namespace

Result<QList<StoredConflict>> ShareConflictRepository::select(const QString& where, const QVariantList& params) const
{
    auto st = m_db.query(kSelect + where + QStringLiteral(" ORDER BY x.detected_at, x.rowid"), params);
    return rows::collect<StoredConflict>(st, readConflict);
}

Result<void> ShareConflictRepository::insert(StoredConflict& c)
{
    if (c.uuid.isEmpty())
        c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return m_db.run(QStringLiteral("INSERT INTO share_conflict (uuid, partner_uuid, bundle, family_uuid, child_uuid, entity_uuid, field, "
                                   "local_value, partner_value, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {c.uuid, c.partnerUuid, c.bundleUuid, c.familyUuid, c.childUuid, c.entityUuid, c.field, c.localValue,
                     c.partnerValue, c.detectedAt});
}

Result<std::optional<StoredConflict>> ShareConflictRepository::openFor(const QString& partnerUuid, const QString& entityUuid,
                                                                      const QString& field) const
{
    auto all = select(QStringLiteral("x.partner_uuid = ? AND x.entity_uuid = ? AND x.field = ? AND x.resolved_at IS NULL"),
                      {partnerUuid, entityUuid, field});
    TANDEM_TRY(all);
    if (all.value().isEmpty())
        return std::optional<StoredConflict>();
    return std::optional<StoredConflict>(all.value().first());
}

Result<void> ShareConflictRepository::refresh(const QString& uuid, const QString& bundleUuid, const QString& localValue,
                                              const QString& partnerValue, const QString& detectedAt)
{
    return m_db.run(QStringLiteral("UPDATE share_conflict SET bundle = ?, local_value = ?, partner_value = ?, detected_at = ? "
                                   "WHERE uuid = ? AND resolved_at IS NULL"),
                    {bundleUuid, localValue, partnerValue, detectedAt, uuid});
}

Result<QList<StoredConflict>> ShareConflictRepository::open(const QString& familyUuid) const
{
    if (familyUuid.isEmpty())
        return select(QStringLiteral("x.resolved_at IS NULL"), {});
    return select(QStringLiteral("x.family_uuid = ? AND x.resolved_at IS NULL"), {familyUuid});
}

Result<std::optional<StoredConflict>> ShareConflictRepository::load(const QString& uuid) const
{
    auto all = select(QStringLiteral("x.uuid = ?"), {uuid});
    TANDEM_TRY(all);
    if (all.value().isEmpty())
        return std::optional<StoredConflict>();
    return std::optional<StoredConflict>(all.value().first());
}

Result<void> ShareConflictRepository::resolve(const QString& uuid, const QString& resolution, const QString& actor, const QString& at)
{
    TANDEM_TRY(m_db.run(QStringLiteral("UPDATE share_conflict SET resolved_at = ?, resolved_by = ?, resolution = ? "
                                       "WHERE uuid = ? AND resolved_at IS NULL"),
                        {at, actor, resolution, uuid}));
    if (m_db.changes() == 1)
        return {};
    auto exists = m_db.scalarInt(QStringLiteral("SELECT count(*) FROM share_conflict WHERE uuid = ?"), {uuid});
    TANDEM_TRY(exists);
    if (exists.value() == 0)
        return makeError(ErrorCode::NotFound, tr("That conflict does not exist."));
    return makeError(ErrorCode::Conflict, tr("That conflict has already been resolved."));
}

Result<QStringList> ShareConflictRepository::removeOpenFor(const QString& partnerUuid, const QString& childUuid)
{
    auto st = m_db.query(QStringLiteral("SELECT uuid FROM share_conflict WHERE partner_uuid = ? AND child_uuid = ? AND resolved_at IS NULL "
                                        "ORDER BY rowid"),
                         {partnerUuid, childUuid});
    auto ids = rows::collect<QString>(st, [](const Statement& s) { return s.text(0); });
    TANDEM_TRY(ids);
    TANDEM_TRY(m_db.run(QStringLiteral("DELETE FROM share_conflict WHERE partner_uuid = ? AND child_uuid = ? AND resolved_at IS NULL"),
                        {partnerUuid, childUuid}));
    return ids.value();
}

} // namespace tandem::store
