#pragma once

#include "tandem/core/Family.h"
#include "tandem/core/Result.h"

namespace tandem::store {

class Database;

// Adults of a household and their relationship to each child. Callers own the transaction,
// audit, timeline and search refresh.
class PersonRepository {
public:
    explicit PersonRepository(Database& db) : m_db(db) {}

    Result<void> insert(const QString& familyUuid, Person& person, const QString& actor, const QString& at);
    Result<QList<Person>> forFamily(const QString& familyUuid) const;
    Result<Person> load(const QString& personUuid) const;
    Result<QString> familyOf(const QString& personUuid) const;
    Result<void> softDelete(const QString& personUuid, const QString& reason, const QString& actor, const QString& at);
    Result<void> moveToFamily(const QString& personUuid, const QString& familyUuid, const QString& actor, const QString& at);
    // Names, date of birth and contact details. Conflict when the stored version is not
    // person.meta.version; sets the new meta.
    Result<void> update(Person& person, const QString& actor, const QString& at);

    Result<Relationship> relate(const QString& personUuid, const QString& childUuid, const QString& relationship,
                                bool parentalResponsibility, const QString& actor, const QString& at,
                                const QString& origin = QStringLiteral("local")); // as RecordMeta::origin
    // Active relationships of the household's children.
    Result<QList<Relationship>> relationshipsForFamily(const QString& familyUuid) const;
    Result<QList<Relationship>> relationshipsForChild(const QString& childUuid) const;
    Result<void> deleteRelationshipsOf(const QString& column, const QString& uuid, const QString& reason, const QString& actor,
                                       const QString& at); // column: "person_uuid" or "child_uuid"

private:
    Database& m_db;
};

} // namespace tandem::store
