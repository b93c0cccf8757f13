#include "tandem/store/AppointmentRepository.h"
#include "RowReaders.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

namespace tandem::store {

using rows::textOrNull;

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::store::AppointmentRepository", text); }

// Local wall-clock time, like contacts.
QString localText(const QDateTime& at) { return at.toString(QStringLiteral("yyyy-MM-ddTHH:mm")); }

Appointment read(const Statement& s)
{
    Appointment a;
    a.uuid = s.text(0);
    a.familyUuid = s.text(1);
    a.childUuids = s.text(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    a.practitionerUserUuid = s.text(3);
    a.practitionerName = s.text(4);
    a.startsAt = QDateTime::fromString(s.text(5), Qt::ISODate);
    a.durationMinutes = static_cast<int>(s.integer(6));
    a.type = s.text(7);
    a.place = s.text(8);
    a.purpose = s.text(9);
    a.status = s.text(10);
    a.contactUuid = s.text(11);
    a.cancelReason = s.text(12);
    a.meta = rows::readMeta(s, 13);
    return a;
}
} // namespace

Result<void> AppointmentRepository::insert(Appointment& a, const QString& actor, const QString& at)
{
    a.meta = RecordMeta{at, actor, at, actor, 1, a.meta.origin};
    a.status = QStringLiteral("booked");
    return m_db.run(QStringLiteral("INSERT INTO appointment (uuid, family_uuid, child_uuids, practitioner, starts_at, duration_minutes, "
                                   "contact_type, place, purpose, status, origin, created_at, created_by, updated_at, updated_by) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {a.uuid, a.familyUuid, a.childUuids.join(QLatin1Char(' ')), a.practitionerUserUuid, localText(a.startsAt),
                     a.durationMinutes, a.type, a.place, textOrNull(a.purpose), a.status, a.meta.origin, at, actor, at, actor});
}

Result<QList<Appointment>> AppointmentRepository::select(const QString& where, const QVariantList& params) const
{
    auto st = m_db.query(QStringLiteral("SELECT a.uuid, a.family_uuid, a.child_uuids, a.practitioner, coalesce(u.display_name, ''), "
                                        "a.starts_at, a.duration_minutes, a.contact_type, a.place, coalesce(a.purpose, ''), a.status, "
                                        "coalesce(a.contact_uuid, ''), coalesce(a.cancel_reason, ''), ") +
                             rows::metaColumns(QStringLiteral("a")) +
                             QStringLiteral(" FROM appointment a LEFT JOIN app_user u ON u.uuid = a.practitioner WHERE ") + where +
                             QStringLiteral(" AND a.deleted_at IS NULL ORDER BY a.starts_at, a.id"),
                         params);
    return rows::collect<Appointment>(st, read);
}

Result<Appointment> AppointmentRepository::load(const QString& uuid) const
{
    auto all = select(QStringLiteral("a.uuid = ?"), {uuid});
    TANDEM_TRY(all);
    if (all.value().isEmpty())
        return makeError(ErrorCode::NotFound, tr("That planned visit does not exist or has been deleted."));
    return all.value().first();
}

Result<void> AppointmentRepository::cancel(const QString& uuid, const QString& reason, const QString& actor, const QString& at)
{
    return m_db.run(QStringLiteral("UPDATE appointment SET status = 'cancelled', cancel_reason = ?, updated_at = ?, updated_by = ?, "
                                   "version = version + 1 WHERE uuid = ? AND status = 'booked'"),
                    {reason, at, actor, uuid});
}

Result<void> AppointmentRepository::markDone(const QString& uuid, const QString& contactUuid, const QString& actor,
                                             const QString& at)
{
    return m_db.run(QStringLiteral("UPDATE appointment SET status = 'done', contact_uuid = ?, updated_at = ?, updated_by = ?, "
                                   "version = version + 1 WHERE uuid = ? AND status = 'booked'"),
                    {contactUuid, at, actor, uuid});
}

Result<QList<Appointment>> AppointmentRepository::forFamilyFrom(const QString& familyUuid, const QDate& from) const
{
    return select(QStringLiteral("a.family_uuid = ? AND a.starts_at >= ? AND a.status <> 'cancelled'"),
                  {familyUuid, from.toString(Qt::ISODate)});
}

Result<QList<Appointment>> AppointmentRepository::forPractitionerOn(const QString& practitionerUuid, const QDate& day) const
{
    return select(QStringLiteral("a.practitioner = ? AND a.starts_at >= ? AND a.starts_at < ? AND a.status <> 'cancelled'"),
                  {practitionerUuid, day.toString(Qt::ISODate), day.addDays(1).toString(Qt::ISODate)});
}

Result<QHash<QString, QDateTime>> AppointmentRepository::nextForWorkerFamilies(const QString& workerUuid, const QDate& from) const
{
    auto st = m_db.query(QStringLiteral("SELECT a.family_uuid, min(a.starts_at) FROM family f JOIN appointment a ON a.family_uuid = f.uuid "
                                        "WHERE f.named_hv = ? AND f.deleted_at IS NULL AND a.status = 'booked' AND a.deleted_at IS NULL "
                                        "AND a.starts_at >= ? GROUP BY a.family_uuid"),
                         {workerUuid, from.toString(Qt::ISODate)});
    QHash<QString, QDateTime> out;
    TANDEM_TRY(rows::forEach(st, [&](const Statement& s) { out.insert(s.text(0), QDateTime::fromString(s.text(1), Qt::ISODate)); }));
    return out;
}

} // namespace tandem::store
