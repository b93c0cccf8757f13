#include "tandem/store/TimelineRepository.h"
#include "RowReaders.h"
#include "tandem/core/Clock.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

#include <QUuid>

namespace tandem::store {

Result<void> TimelineRepository::append(const QString& familyUuid, const QString& childUuid, const QDateTime& occurredAt,
                                        const QString& kind, const QString& detail, const QString& actor, const QString& recordedAt)
{
    return m_db.run(QStringLiteral("INSERT INTO timeline_event (uuid, family_uuid, child_uuid, occurred_at, kind, detail, actor, "
                                   "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {QUuid::createUuid().toString(QUuid::WithoutBraces), familyUuid, rows::textOrNull(childUuid),
                     toStoreTimestamp(occurredAt), kind, detail, actor, recordedAt});
}

Result<QList<TimelineRow>> TimelineRepository::forFamily(const QString& familyUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT t.uuid, t.family_uuid, t.child_uuid, t.occurred_at, t.kind, t.detail, t.actor, "
                                        "coalesce(u.display_name, '') FROM timeline_event t LEFT JOIN app_user u ON u.uuid = t.actor "
                                        "WHERE t.family_uuid = ? ORDER BY t.occurred_at DESC, t.id DESC"),
                         {familyUuid});
    return rows::collect<TimelineRow>(st, [](const Statement& s) {
        TimelineRow r;
        r.uuid = s.text(0);
        r.familyUuid = s.text(1);
        r.childUuid = s.text(2);
        r.occurredAt = QDateTime::fromString(s.text(3), Qt::ISODateWithMs);
        r.occurredAt.setTimeSpec(Qt::UTC);
        r.kind = s.text(4);
        r.detail = s.text(5);
        r.actorUuid = s.text(6);
        r.actorName = s.text(7);
        return r;
    });
}

Result<void> TimelineRepository::moveChildEvents(const QString& fromChildUuid, const QString& toChildUuid, const QString& toFamilyUuid)
{
    return m_db.run(QStringLiteral("UPDATE timeline_event SET child_uuid = ?, family_uuid = ? WHERE child_uuid = ?"),
                    {toChildUuid, toFamilyUuid, fromChildUuid});
}

} // namespace tandem::store
