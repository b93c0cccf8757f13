#include "tandem/store/PersonRepository.h"
#include "RowReaders.h"
#include "tandem/store/Database.h"
#include "tandem/store/Statement.h"

#include <QUuid>

namespace tandem::store {

using rows::dateValue;
using rows::textOrNull;

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::store::PersonRepository", text); }
QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
Error notFound() { return makeError(ErrorCode::NotFound, tr("That adult's record does not exist or has been deleted.")); }

const QString kPersonColumns = QStringLiteral("p.uuid, p.given_name, p.family_name, p.date_of_birth, p.phone, p.email, p.preferred_contact, ");

Person readPerson(const Statement& s)
{
    Person p;
    p.uuid = s.text(0);
    p.givenName = s.text(1);
    p.familyName = s.text(2);
    p.dateOfBirth = rows::optionalDate(s, 3);
    p.phone = s.text(4);
    p.email = s.text(5);
    p.preferredContact = s.text(6);
    p.meta = rows::readMeta(s, 7);
    p.relationship.clear();
    return p;
}

const QString kRelationshipColumns = QStringLiteral("r.uuid, r.person_uuid, r.child_uuid, r.relationship, r.parental_responsibility, ");

Relationship readRelationship(const Statement& s)
{
    Relationship r;
    r.uuid = s.text(0);
    r.personUuid = s.text(1);
    r.childUuid = s.text(2);
    r.relationship = s.text(3);
    r.parentalResponsibility = s.integer(4) != 0;
    r.meta = rows::readMeta(s, 5);
    return r;
}

} // namespace

Result<void> PersonRepository::insert(const QString& familyUuid, Person& p, const QString& actor, const QString& at)
{
    p.meta = RecordMeta{at, actor, at, actor, 1, p.meta.origin};
    return m_db.run(QStringLiteral("INSERT INTO person (uuid, family_uuid, given_name, family_name, date_of_birth, phone, email, "
                                   "preferred_contact, origin, created_at, created_by, updated_at, updated_by) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {p.uuid, familyUuid, p.givenName, p.familyName, dateValue(p.dateOfBirth), textOrNull(p.phone),
                     textOrNull(p.email), textOrNull(p.preferredContact), p.meta.origin, at, actor, at, actor});
}

Result<QList<Person>> PersonRepository::forFamily(const QString& familyUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + kPersonColumns + rows::metaColumns(QStringLiteral("p")) +
                             QStringLiteral(" FROM person p WHERE p.family_uuid = ? AND p.deleted_at IS NULL ORDER BY p.id"),
                         {familyUuid});
    return rows::collect<Person>(st, readPerson);
}

Result<Person> PersonRepository::load(const QString& personUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + kPersonColumns + rows::metaColumns(QStringLiteral("p")) +
                             QStringLiteral(" FROM person p WHERE p.uuid = ? AND p.deleted_at IS NULL"),
                         {personUuid});
    auto all = rows::collect<Person>(st, readPerson);
    TANDEM_TRY(all);
    if (all.value().isEmpty())
        return notFound();
    return all.value().first();
}

Result<QString> PersonRepository::familyOf(const QString& personUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT family_uuid FROM person WHERE uuid = ? AND deleted_at IS NULL"), {personUuid});
    TANDEM_TRY(st);
    auto row = st.value().next();
    TANDEM_TRY(row);
    if (!row.value())
        return notFound();
    return st.value().text(0);
}

Result<void> PersonRepository::softDelete(const QString& personUuid, const QString& reason, const QString& actor, const QString& at)
{
    TANDEM_TRY(m_db.run(QStringLiteral("UPDATE person SET deleted_at = ?, deleted_by = ?, deleted_reason = ?, updated_at = ?, "
                                       "updated_by = ?, version = version + 1 WHERE uuid = ? AND deleted_at IS NULL"),
                        {at, actor, reason, at, actor, personUuid}));
    if (m_db.changes() != 1)
        return notFound();
    return deleteRelationshipsOf(QStringLiteral("person_uuid"), personUuid, reason, actor, at);
}

Result<void> PersonRepository::moveToFamily(const QString& personUuid, const QString& familyUuid, const QString& actor,
                                            const QString& at)
{
    return m_db.run(QStringLiteral("UPDATE person SET family_uuid = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                                   "WHERE uuid = ?"),
                    {familyUuid, at, actor, personUuid});
}

Result<void> PersonRepository::update(Person& p, const QString& actor, const QString& at)
{
    TANDEM_TRY(m_db.run(QStringLiteral("UPDATE person SET given_name = ?, family_name = ?, date_of_birth = ?, phone = ?, email = ?, "
                                       "preferred_contact = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                                       "WHERE uuid = ? AND version = ? AND deleted_at IS NULL"),
                        {p.givenName, p.familyName, dateValue(p.dateOfBirth), textOrNull(p.phone), textOrNull(p.email),
                         textOrNull(p.preferredContact), at, actor, p.uuid, p.meta.version}));
    if (m_db.changes() != 1) {
        auto exists = load(p.uuid);
        TANDEM_TRY(exists);
        return makeError(ErrorCode::Conflict, tr("Someone else changed this adult's record after you opened it. Reopen it to see "
                                                 "their change, then make yours again."));
    }
    p.meta.updatedAt = at;
    p.meta.updatedBy = actor;
    p.meta.version += 1;
    return {};
}

Result<Relationship> PersonRepository::relate(const QString& personUuid, const QString& childUuid, const QString& relationship,
                                              bool parentalResponsibility, const QString& actor, const QString& at,
                                              const QString& origin)
{
    Relationship r{newUuid(), personUuid, childUuid, relationship, parentalResponsibility, RecordMeta{at, actor, at, actor, 1, origin}};
    TANDEM_TRY(m_db.run(QStringLiteral("INSERT INTO relationship (uuid, person_uuid, child_uuid, relationship, parental_responsibility, "
                                       "created_at, created_by, updated_at, updated_by, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {r.uuid, personUuid, childUuid, relationship, parentalResponsibility, at, actor, at, actor, origin}));
    return r;
}

Result<QList<Relationship>> PersonRepository::relationshipsForFamily(const QString& familyUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + kRelationshipColumns + rows::metaColumns(QStringLiteral("r")) +
                             QStringLiteral(" FROM relationship r JOIN child c ON c.uuid = r.child_uuid "
                                            "WHERE c.family_uuid = ? AND r.deleted_at IS NULL AND c.deleted_at IS NULL AND c.merged_into IS NULL "
                                            "ORDER BY r.id"),
                         {familyUuid});
    return rows::collect<Relationship>(st, readRelationship);
}

Result<QList<Relationship>> PersonRepository::relationshipsForChild(const QString& childUuid) const
{
    auto st = m_db.query(QStringLiteral("SELECT ") + kRelationshipColumns + rows::metaColumns(QStringLiteral("r")) +
                             QStringLiteral(" FROM relationship r WHERE r.child_uuid = ? AND r.deleted_at IS NULL ORDER BY r.id"),
                         {childUuid});
    return rows::collect<Relationship>(st, readRelationship);
}

Result<void> PersonRepository::deleteRelationshipsOf(const QString& column, const QString& uuid, const QString& reason,
                                                     const QString& actor, const QString& at)
{
    const QString col = column == QLatin1String("child_uuid") ? QStringLiteral("child_uuid") : QStringLiteral("person_uuid");
    return m_db.run(QStringLiteral("UPDATE relationship SET deleted_at = ?, deleted_by = ?, deleted_reason = ?, updated_at = ?, "
                                   "updated_by = ?, version = version + 1 WHERE %1 = ? AND deleted_at IS NULL").arg(col),
                    {at, actor, reason, at, actor, uuid});
}

} // namespace tandem::store
