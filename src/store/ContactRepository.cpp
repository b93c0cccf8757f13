#include "tandem/store/ContactRepository.h"
#include "RowReaders.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

#include <QHash>

namespace tandem::store {

using rows::textOrNull;

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::store::ContactRepository", text); }

const QString kColumns = QStringLiteral(
    "c.uuid, c.family_uuid, c.occurred_at, c.contact_type, c.place, c.practitioner, coalesce(u.display_name, ''), "
    "coalesce(c.people_present, ''), c.duration_minutes, coalesce(c.outcome, ''), ");

Contact read(const Statement& s)
{
    Contact c;
    c.uuid = s.text(0);
    c.familyUuid = s.text(1);
    c.occurredAt = QDateTime::fromString(s.text(2), Qt::ISODate);
    c.type = s.text(3);
    c.place = s.text(4);
    c.practitionerUserUuid = s.text(5);
    c.practitionerName = s.text(6);
    c.peoplePresent = s.text(7);
    c.durationMinutes = static_cast<int>(s.integer(8));
    c.outcome = s.text(9);
    c.meta = rows::readMeta(s, 10);
    return c;
}

const QString kActionColumns = QStringLiteral(
    "a.uuid, a.description, a.due_on, a.owner_name, coalesce(a.owner_user, ''), a.done_on, ");

FollowUpAction readAction(const Statement& s, int i = 0)
{
    FollowUpAction a;
    a.uuid = s.text(i);
    a.description = s.text(i + 1);
    a.dueOn = QDate::fromString(s.text(i + 2), Qt::ISODate);
    a.ownerName = s.text(i + 3);
    a.ownerUserUuid = s.text(i + 4);
    a.doneOn = rows::optionalDate(s, i + 5);
    a.meta = rows::readMeta(s, i + 6);
    return a;
}

// Occurred-at is the practitioner's local wall-clock time, stored without a zone.
QString localText(const QDateTime& at) { return at.toString(QStringLiteral("yyyy-MM-ddTHH:mm")); }
} // namespace

Result<void> ContactRepository::insert(Contact& c, const QString& actor, const QString& at)
{
    c.meta = RecordMeta{at, actor, at, actor, 1, c.meta.origin};
    TANDEM_TRY(m_db.run(QStringLiteral("INSERT INTO contact (uuid, family_uuid, occurred_at, contact_type, place, practitioner, "
                                       "people_present, duration_minutes, outcome, origin, created_at, created_by, updated_at, "
                                       "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {c.uuid, c.familyUuid, localText(c.occurredAt), c.type, c.place, c.practitionerUserUuid,
                         textOrNull(c.peoplePresent), c.durationMinutes, textOrNull(c.outcome), c.meta.origin, at, actor, at,
                         actor}));
    for (const QString& child : c.childUuids)
        TANDEM_TRY(m_db.run(QStringLiteral("INSERT INTO contact_child (contact_uuid, child_uuid) VALUES (?, ?)"), {c.uuid, child}));
    for (FollowUpAction& a : c.actions) {
        a.meta = RecordMeta{at, actor, at, actor, 1, c.meta.origin};
        TANDEM_TRY(m_db.run(QStringLiteral("INSERT INTO follow_up_action (uuid, contact_uuid, family_uuid, description, due_on, "
                                           "owner_name, owner_user, done_on, origin, created_at, created_by, updated_at, updated_by) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {a.uuid, c.uuid, c.familyUuid, a.description, a.dueOn.toString(Qt::ISODate), a.ownerName,
                             textOrNull(a.ownerUserUuid), rows::dateValue(a.doneOn), c.meta.origin, at, actor, at, actor}));
    }
    return {};
}

Result<void> ContactRepository::moveChild(const QString& from, const QString& to)
{
    TANDEM_TRY(m_db.run(QStringLiteral("UPDATE OR IGNORE contact_child SET child_uuid = ? WHERE child_uuid = ?"), {to, from}));
    TANDEM_TRY(m_db.run(QStringLiteral("DELETE FROM contact_child WHERE child_uuid = ?"), {from}));
    return m_db.run(QStringLiteral("UPDATE note SET child_uuid = ? WHERE child_uuid = ?"), {to, from});
}

Result<QList<Contact>> ContactRepository::select(const QString& where, const QVariantList& params) const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + kColumns + rows::metaColumns(QStringLiteral("c")) +
                             QStringLiteral(" FROM contact c LEFT JOIN app_user u ON u.uuid = c.practitioner WHERE ") + where +
                             QStringLiteral(" AND c.deleted_at IS NULL ORDER BY c.occurred_at DESC, c.id DESC"),
                         params);
    auto contacts = rows::collect<Contact>(st, read);
    TANDEM_TRY(contacts);
    TANDEM_TRY(attach(contacts.value()));
    return contacts;
}

// Children and actions for a page of contacts: one query each, matched up here.
Result<void> ContactRepository::attach(QList<Contact>& contacts) const
{
    if (contacts.isEmpty())
        return {};
    QHash<QString, Contact*> byUuid;
    QStringList marks;
    QVariantList uuids;
    for (Contact& c : contacts) {
        byUuid.insert(c.uuid, &c);
        marks << QStringLiteral("?");
        uuids << c.uuid;
    }
    const QString in = marks.join(QLatin1Char(','));
    auto children = m_db.query(QStringLiteral("SELECT cc.contact_uuid, cc.child_uuid FROM contact_child cc "
                                              "JOIN child ch ON ch.uuid = cc.child_uuid WHERE cc.contact_uuid IN (%1) "
                                              "ORDER BY ch.date_of_birth IS NULL, ch.date_of_birth, ch.id").arg(in),
                               uuids);
    TANDEM_TRY(rows::forEach(children, [&](const Statement& s) { byUuid.value(s.text(0))->childUuids << s.text(1); }));
    auto actions = m_db.query(QStringLiteral("SELECT a.contact_uuid, ") + kActionColumns + rows::metaColumns(QStringLiteral("a")) +
                                  QStringLiteral(" FROM follow_up_action a WHERE a.contact_uuid IN (%1) AND a.deleted_at IS NULL "
                                                 "ORDER BY a.due_on, a.id").arg(in),
                              uuids);
    return rows::forEach(actions, [&](const Statement& s) { byUuid.value(s.text(0))->actions << readAction(s, 1); });
}

Result<QList<Contact>> ContactRepository::forFamily(const QString& familyUuid) const
{
    return select(QStringLiteral("c.family_uuid = ?"), {familyUuid});
}

Result<QList<Contact>> ContactRepository::forChild(const QString& childUuid) const
{
    return select(QStringLiteral("c.uuid IN (SELECT contact_uuid FROM contact_child WHERE child_uuid = ?)"), {childUuid});
}

Result<Contact> ContactRepository::load(const QString& contactUuid) const
{
    auto all = select(QStringLiteral("c.uuid = ?"), {contactUuid});
    TANDEM_TRY(all);
    if (all.value().isEmpty())
        return makeError(ErrorCode::NotFound, tr("That contact does not exist or has been deleted."));
    return all.value().first();
}

Result<ActionRow> ContactRepository::loadAction(const QString& actionUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + kActionColumns + rows::metaColumns(QStringLiteral("a")) +
                             QStringLiteral(", a.contact_uuid, a.family_uuid, substr(c.occurred_at, 1, 10) FROM follow_up_action a "
                                            "JOIN contact c ON c.uuid = a.contact_uuid "
                                            "WHERE a.uuid = ? AND a.deleted_at IS NULL AND c.deleted_at IS NULL"),
                         {actionUuid});
    TANDEM_TRY(st);
    auto row = st.value().next();
    TANDEM_TRY(row);
    if (!row.value())
        return makeError(ErrorCode::NotFound, tr("That follow-up action does not exist or has been deleted."));
    const Statement& s = st.value();
    return ActionRow{readAction(s), s.text(12), s.text(13), QDate::fromString(s.text(14), Qt::ISODate)};
}

Result<void> ContactRepository::completeAction(const QString& actionUuid, const QDate& doneOn, const QString& actor,
                                               const QString& at)
{
    return m_db.run(QStringLiteral("UPDATE follow_up_action SET done_on = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                                   "WHERE uuid = ? AND done_on IS NULL AND deleted_at IS NULL"),
                    {doneOn.toString(Qt::ISODate), at, actor, actionUuid});
}

Result<QList<FollowUpAction>> ContactRepository::openActions(const QString& familyUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + kActionColumns + rows::metaColumns(QStringLiteral("a")) +
                             QStringLiteral(" FROM follow_up_action a JOIN contact c ON c.uuid = a.contact_uuid "
                                            "WHERE a.family_uuid = ? AND a.done_on IS NULL AND a.deleted_at IS NULL "
                                            "AND c.deleted_at IS NULL ORDER BY a.due_on, a.id"),
                         {familyUuid});
    return rows::collect<FollowUpAction>(st, [](const Statement& row) { return readAction(row); });
}

} // namespace tandem::store
