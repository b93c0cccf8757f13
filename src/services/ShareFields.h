#pragma once

// Internal to the services: the record fields a partner's bundle can change, compared one by one
// against the value the partner last sent (partner_field). Values travel in one stored form:
// text as is, dates ISO 8601, numbers in decimal, booleans "true"/"false", empty for none.

#include "tandem/core/Family.h"
#include "tandem/core/Sharing.h"
#include "tandem/sharing/SharedRecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace tandem::ShareFields {

enum class Entity { Child, Family, Adult };

struct Field {
    QString key;                              // e.g. "child.gpPractice"
    Entity entity;
    std::optional<ShareCategory> category;    // none: sent with every child (name, date of birth)
};

// Every field, children's first, then the household's, then adults'.
const QList<Field>& all();
std::optional<Field> find(const QString& key);
QString entityToken(Entity entity); // "child", "family", "adult"

QString label(const QString& key);                        // translated, e.g. "GP practice"
QString displayValue(const QString& key, const QString& value); // translated where a token, "(none)" when empty

// Whether the bundle entry carries the field: its category is covered and that part is present.
bool carried(const Field& field, const sharing::SharedChild& child);

QString childValue(const QString& key, const Child& child);
QString familyValue(const QString& key, const Family& family);
QString adultValue(const QString& key, const Person& person);
// The partner's value: child and household fields from the entry, adult fields from the adult.
QString sharedValue(const QString& key, const sharing::SharedChild& child, const sharing::SharedAdult* adult = nullptr);

void setChild(const QString& key, const QString& value, Child& child);
void setFamily(const QString& key, const QString& value, Family& family); // address fields set family.address
void setAdult(const QString& key, const QString& value, Person& person);
bool isAddress(const QString& key);

// The records an import creates from a bundle entry, as they will be stored (origin set).
Child newChild(const sharing::SharedChild& shared, const QString& origin);
Family newFamily(const sharing::SharedChild& shared, const QString& origin); // the household alone, no people
Person newAdult(const sharing::SharedAdult& shared, const QString& origin);
QString name(const QString& given, const QString& family);

} // namespace tandem::ShareFields
