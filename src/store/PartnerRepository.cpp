#include "tandem/store/PartnerRepository.h"
#include "RowReaders.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

namespace tandem::store {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::store::PartnerRepository", text); }

const QString kColumns = QStringLiteral("p.uuid, p.name, p.code, p.encryption_key, p.signing_key, p.fingerprint, p.last_sent_at, "
                                        "p.last_received_at, coalesce(u.display_name, ''), ");
const QString kFrom = QStringLiteral(" FROM partner p LEFT JOIN app_user u ON u.uuid = p.created_by ");

std::optional<QDateTime> optionalTime(const Statement& s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return QDateTime::fromString(s.text(column), Qt::ISODate);
}

Partner readPartner(const Statement& s)
{
    Partner p;
    p.uuid = s.text(0);
    p.name = s.text(1);
    p.code = s.text(2);
    p.encryptionKey = s.blob(3);
    p.signingKey = s.blob(4);
    p.fingerprint = s.text(5);
    p.lastSentAt = optionalTime(s, 6);
    p.lastReceivedAt = optionalTime(s, 7);
    p.addedByName = s.text(8);
    p.meta = rows::readMeta(s, 9);
    p.addedAt = QDateTime::fromString(p.meta.createdAt, Qt::ISODate);
    return p;
}

Result<std::optional<Partner>> one(Database& db, const QString& where, const QString& value)
{
    auto st = db.query(QStringLiteral("SELECT ") + kColumns + rows::metaColumns(QStringLiteral("p")) + kFrom + where, {value});
    auto list = rows::collect<Partner>(st, readPartner);
    TANDEM_TRY(list);
    if (list.value().isEmpty())
        return std::optional<Partner>();
    return std::optional<Partner>(list.value().first());
}

} // namespace

Result<void> PartnerRepository::insert(Partner& p, const QString& actor, const QString& at)
{
    auto clash = m_db.scalarInt(QStringLiteral("SELECT count(*) FROM partner WHERE code = ? COLLATE NOCASE OR encryption_key = ? OR signing_key = ?"),
                                {p.code, p.encryptionKey, p.signingKey});
    TANDEM_TRY(clash);
    if (clash.value() > 0)
        return makeError(ErrorCode::Conflict, tr("A partner with organisation code %1 or with the same keys is already known.").arg(p.code));
    p.meta = RecordMeta{at, actor, at, actor, 1, p.meta.origin};
    p.addedAt = QDateTime::fromString(at, Qt::ISODate);
    return m_db.run(QStringLiteral("INSERT INTO partner (uuid, name, code, encryption_key, signing_key, fingerprint, origin, created_at, "
                                   "created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {p.uuid, p.name, p.code, p.encryptionKey, p.signingKey, p.fingerprint, p.meta.origin, at, actor, at, actor});
}

Result<QList<Partner>> PartnerRepository::list() const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + kColumns + rows::metaColumns(QStringLiteral("p")) + kFrom +
                         QStringLiteral("ORDER BY p.name COLLATE NOCASE, p.code"));
    return rows::collect<Partner>(st, readPartner);
}

Result<std::optional<Partner>> PartnerRepository::byCode(const QString& code) const
{
    return one(m_db, QStringLiteral("WHERE p.code = ? COLLATE NOCASE"), code.trimmed());
}

Result<std::optional<Partner>> PartnerRepository::byUuid(const QString& uuid) const
{
    return one(m_db, QStringLiteral("WHERE p.uuid = ?"), uuid);
}

Result<void> PartnerRepository::setLastSent(const QString& partnerUuid, const QString& at)
{
    return m_db.run(QStringLiteral("UPDATE partner SET last_sent_at = ? WHERE uuid = ?"), {at, partnerUuid});
}

Result<void> PartnerRepository::setLastReceived(const QString& partnerUuid, const QString& at)
{
    return m_db.run(QStringLiteral("UPDATE partner SET last_received_at = ? WHERE uuid = ?"), {at, partnerUuid});
}

} // namespace tandem::store
