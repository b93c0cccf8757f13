#include "tandem/store/PartnerLinkRepository.h"
#include "RowReaders.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

namespace tandem::store {

Result<QString> PartnerLinkRepository::localFor(const QString& partnerUuid, const QString& remoteId) const
{
    auto st = m_db.query(QStringLiteral("SELECT local_uuid FROM partner_link WHERE partner_uuid = ? AND remote_id = ?"),
                         {partnerUuid, remoteId});
    TANDEM_TRY(st);
    auto row = st.value().next();
    TANDEM_TRY(row);
    return row.value() ? st.value().text(0) : QString();
}

Result<void> PartnerLinkRepository::link(const QString& partnerUuid, const QString& remoteId, const QString& kind,
                                         const QString& localUuid)
{
    return m_db.run(QStringLiteral("INSERT OR REPLACE INTO partner_link (partner_uuid, remote_id, kind, local_uuid) VALUES (?, ?, ?, ?)"),
                    {partnerUuid, remoteId, kind, localUuid});
}

Result<bool> PartnerLinkRepository::isLinked(const QString& partnerUuid, const QString& localUuid) const
{
    auto n = m_db.scalarInt(QStringLiteral("SELECT count(*) FROM partner_link WHERE partner_uuid = ? AND local_uuid = ?"),
                            {partnerUuid, localUuid});
    TANDEM_TRY(n);
    return n.value() > 0;
}

Result<QHash<QString, QString>> PartnerLinkRepository::baselines(const QString& partnerUuid, const QString& entityUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT field, value FROM partner_field WHERE partner_uuid = ? AND entity_uuid = ?"),
                         {partnerUuid, entityUuid});
    QHash<QString, QString> out;
    TANDEM_TRY(rows::forEach(st, [&](const Statement& s) { out.insert(s.text(0), s.text(1)); }));
    return out;
}

Result<void> PartnerLinkRepository::setBaseline(const QString& partnerUuid, const QString& entityUuid, const QString& field,
                                                const QString& value, const QString& bundleUuid)
{
    return m_db.run(QStringLiteral("INSERT OR REPLACE INTO partner_field (partner_uuid, entity_uuid, field, value, bundle) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    {partnerUuid, entityUuid, field, value, bundleUuid});
}

Result<void> PartnerLinkRepository::setBaselines(const QString& partnerUuid, const QString& entityUuid,
                                                 const QList<QPair<QString, QString>>& fieldValues, const QString& bundleUuid)
{
    if (fieldValues.isEmpty())
        return {};
    QStringList rows;
    QVariantList params;
    for (const auto& [field, value] : fieldValues) {
        rows << QStringLiteral("(?, ?, ?, ?, ?)");
        params << partnerUuid << entityUuid << field << value << bundleUuid;
    }
    return m_db.run(QStringLiteral("INSERT OR REPLACE INTO partner_field (partner_uuid, entity_uuid, field, value, bundle) VALUES ") +
                        rows.join(QStringLiteral(", ")),
                    params);
}

Result<int> PartnerLinkRepository::removeBaselines(const QString& partnerUuid, const QString& entityUuid)
{
    TANDEM_TRY(m_db.run(QStringLiteral("DELETE FROM partner_field WHERE partner_uuid = ? AND entity_uuid = ?"), {partnerUuid, entityUuid}));
    return static_cast<int>(m_db.changes());
}

Result<qint64> PartnerLinkRepository::localWorkForChild(const QString& childUuid) const
{
    return m_db.scalarInt(
        QStringLiteral("SELECT (SELECT count(*) FROM contact_child WHERE child_uuid = ?1) "
                       "+ (SELECT count(*) FROM note WHERE child_uuid = ?1) "
                       "+ (SELECT count(*) FROM assessment WHERE child_uuid = ?1) "
                       "+ (SELECT count(*) FROM integrated_review WHERE child_uuid = ?1) "
                       "+ (SELECT count(*) FROM schedule_decision WHERE child_uuid = ?1) "
                       "+ (SELECT count(*) FROM consent WHERE child_uuid = ?1) "
                       "+ (SELECT count(*) FROM safeguarding_decision WHERE child_uuid = ?1) "
                       "+ (SELECT count(*) FROM appointment WHERE instr(child_uuids, ?1) > 0)"),
        {childUuid});
}

Result<qint64> PartnerLinkRepository::localWorkForFamily(const QString& familyUuid) const
{
    return m_db.scalarInt(
        QStringLiteral("SELECT (SELECT count(*) FROM contact WHERE family_uuid = ?1) "
                       "+ (SELECT count(*) FROM note WHERE family_uuid = ?1 AND child_uuid IS NULL) "
                       "+ (SELECT count(*) FROM involvement WHERE family_uuid = ?1) "
                       "+ (SELECT count(*) FROM service_level WHERE family_uuid = ?1) "
                       "+ (SELECT count(*) FROM appointment WHERE family_uuid = ?1) "
                       "+ (SELECT count(*) FROM consent WHERE family_uuid = ?1 AND child_uuid IS NULL)"),
        {familyUuid});
}

} // namespace tandem::store
