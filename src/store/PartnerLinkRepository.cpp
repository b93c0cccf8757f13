#include "tandem/store/PartnerLinkRepository.h"
#include "RowReaders.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

#include <QJsonDocument>
#include <QJsonObject>

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
    // Update, else insert: INSERT OR REPLACE would make SQLite journal (and SQLCipher encrypt)
    // every page the statement touches, which dominated a 10,000-family import.
    TANDEM_TRY(m_db.run(QStringLiteral("UPDATE partner_link SET kind = ?, local_uuid = ? WHERE partner_uuid = ? AND remote_id = ?"),
                        {kind, localUuid, partnerUuid, remoteId}));
    if (m_db.changes() > 0)
        return {};
    return m_db.run(QStringLiteral("INSERT INTO partner_link (partner_uuid, remote_id, kind, local_uuid) VALUES (?, ?, ?, ?)"),
                    {partnerUuid, remoteId, kind, localUuid});
}

Result<bool> PartnerLinkRepository::isLinked(const QString& partnerUuid, const QString& localUuid) const
{
    auto n = m_db.scalarInt(QStringLiteral("SELECT count(*) FROM partner_link WHERE partner_uuid = ? AND local_uuid = ?"),
                            {partnerUuid, localUuid});
    TANDEM_TRY(n);
    return n.value() > 0;
}

namespace {

QHash<QString, QString> parseFields(const QString& json)
{
    QHash<QString, QString> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QString fieldsJson(const QHash<QString, QString>& fields)
{
    QJsonObject o;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString fieldsJson(const QList<QPair<QString, QString>>& fields)
{
    QJsonObject o;
    for (const auto& [field, value] : fields)
        o.insert(field, value);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QHash<QString, QString>> PartnerLinkRepository::baselines(const QString& partnerUuid, const QString& entityUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT fields FROM partner_field WHERE partner_uuid = ? AND entity_uuid = ?"),
                         {partnerUuid, entityUuid});
    TANDEM_TRY(st);
    auto row = st.value().next();
    TANDEM_TRY(row);
    return row.value() ? parseFields(st.value().text(0)) : QHash<QString, QString>();
}

Result<void> PartnerLinkRepository::setBaseline(const QString& partnerUuid, const QString& entityUuid, const QString& field,
                                                const QString& value, const QString& bundleUuid)
{
    return setBaselines(partnerUuid, entityUuid, {qMakePair(field, value)}, bundleUuid);
}

Result<void> PartnerLinkRepository::setBaselines(const QString& partnerUuid, const QString& entityUuid,
                                                 const QList<QPair<QString, QString>>& fieldValues, const QString& bundleUuid)
{
    if (fieldValues.isEmpty())
        return {};
    auto fields = baselines(partnerUuid, entityUuid);
    TANDEM_TRY(fields);
    for (const auto& [field, value] : fieldValues)
        fields.value().insert(field, value);
    const QString json = fieldsJson(fields.value());
    TANDEM_TRY(m_db.run(QStringLiteral("UPDATE partner_field SET fields = ?, bundle = ? WHERE partner_uuid = ? AND entity_uuid = ?"),
                        {json, bundleUuid, partnerUuid, entityUuid}));
    if (m_db.changes() > 0)
        return {}; // update, else insert: see link()
    return m_db.run(QStringLiteral("INSERT INTO partner_field (partner_uuid, entity_uuid, fields, bundle) VALUES (?, ?, ?, ?)"),
                    {partnerUuid, entityUuid, json, bundleUuid});
}

Result<void> PartnerLinkRepository::insertBaselines(const QString& partnerUuid, const QString& entityUuid,
                                                    const QList<QPair<QString, QString>>& fieldValues, const QString& bundleUuid)
{
    return m_db.run(QStringLiteral("INSERT INTO partner_field (partner_uuid, entity_uuid, fields, bundle) VALUES (?, ?, ?, ?)"),
                    {partnerUuid, entityUuid, fieldsJson(fieldValues), bundleUuid});
}

Result<int> PartnerLinkRepository::removeBaselines(const QString& partnerUuid, const QString& entityUuid)
{
    auto fields = baselines(partnerUuid, entityUuid);
    TANDEM_TRY(fields);
    TANDEM_TRY(m_db.run(QStringLiteral("DELETE FROM partner_field WHERE partner_uuid = ? AND entity_uuid = ?"), {partnerUuid, entityUuid}));
    return static_cast<int>(fields.value().size());
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
