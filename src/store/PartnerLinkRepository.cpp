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
    // Insert, else update. INSERT OR REPLACE, or an UPDATE, makes SQLite journal (and SQLCipher
    // encrypt) every page the statement touches; a large import makes mostly new links.
    TANDEM_TRY(m_db.run(QStringLiteral("INSERT OR IGNORE INTO partner_link (partner_uuid, remote_id, kind, local_uuid) VALUES (?, ?, ?, ?)"),
                        {partnerUuid, remoteId, kind, localUuid}));
    if (m_db.changes() > 0)
        return {};
    TANDEM_TRY(m_db.run(QStringLiteral("UPDATE partner_link SET kind = ?, local_uuid = ? WHERE partner_uuid = ? AND remote_id = ?"),
                        {kind, localUuid, partnerUuid, remoteId}));
    if (m_db.changes() == 0) // not a clash on the key, so a value the table refuses
        return makeError(ErrorCode::Internal, QCoreApplication::translate("tandem::store::PartnerLinkRepository",
                                                                          "The store could not record the link to the partner's record."));
    return {};
}

Result<QHash<QString, QString>> PartnerLinkRepository::linksOf(const QString& partnerUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT remote_id, local_uuid FROM partner_link WHERE partner_uuid = ?"), {partnerUuid});
    QHash<QString, QString> out;
    TANDEM_TRY(rows::forEach(st, [&](const Statement& s) { out.insert(s.text(0), s.text(1)); }));
    return out;
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

void appendJsonString(QString& out, const QString& text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    out += QLatin1Char('"');
}

// Written by hand: QJsonObject took a tenth of a 10,000-family import. Read back by parseFields.
template <typename Pairs>
QString fieldsJson(const Pairs& fields)
{
    QString out(QLatin1Char('{'));
    for (const auto& [field, value] : fields) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        appendJsonString(out, field);
        out += QLatin1Char(':');
        appendJsonString(out, value);
    }
    out += QLatin1Char('}');
    return out;
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
    QList<QPair<QString, QString>> merged;
    for (auto it = fields.value().cbegin(); it != fields.value().cend(); ++it)
        merged << qMakePair(it.key(), it.value());
    const QString json = fieldsJson(merged);
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
