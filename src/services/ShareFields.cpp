#include "ShareFields.h"

#include "tandem/domain/RecordRules.h"

#include <QCoreApplication>

namespace tandem::ShareFields {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::ShareFields", text); }

QString dateText(const std::optional<QDate>& d) { return d ? d->toString(Qt::ISODate) : QString(); }
std::optional<QDate> toDate(const QString& v)
{
    const QDate d = QDate::fromString(v, Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}
QString intText(const std::optional<int>& n) { return n ? QString::number(*n) : QString(); }
std::optional<int> toInt(const QString& v)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}
QString boolText(bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); }

} // namespace

const QList<Field>& all()
{
    static const QList<Field> fields{
        {QStringLiteral("child.givenName"), Entity::Child, std::nullopt},
        {QStringLiteral("child.familyName"), Entity::Child, std::nullopt},
        {QStringLiteral("child.dateOfBirth"), Entity::Child, std::nullopt},
        {QStringLiteral("child.preferredName"), Entity::Child, ShareCategory::Identity},
        {QStringLiteral("child.sex"), Entity::Child, ShareCategory::Identity},
        {QStringLiteral("child.upn"), Entity::Child, ShareCategory::Identity},
        {QStringLiteral("child.gpPractice"), Entity::Child, ShareCategory::Identity},
        {QStringLiteral("child.gestationWeeks"), Entity::Child, ShareCategory::Birth},
        {QStringLiteral("child.expectedDeliveryDate"), Entity::Child, ShareCategory::Birth},
        {QStringLiteral("family.addressLine1"), Entity::Family, ShareCategory::Identity},
        {QStringLiteral("family.addressLine2"), Entity::Family, ShareCategory::Identity},
        {QStringLiteral("family.town"), Entity::Family, ShareCategory::Identity},
        {QStringLiteral("family.postcode"), Entity::Family, ShareCategory::Identity},
        {QStringLiteral("family.mainLanguage"), Entity::Family, ShareCategory::Identity},
        {QStringLiteral("family.interpreterNeeded"), Entity::Family, ShareCategory::Identity},
        {QStringLiteral("adult.givenName"), Entity::Adult, ShareCategory::Identity},
        {QStringLiteral("adult.familyName"), Entity::Adult, ShareCategory::Identity},
        {QStringLiteral("adult.phone"), Entity::Adult, ShareCategory::Identity},
        {QStringLiteral("adult.email"), Entity::Adult, ShareCategory::Identity},
    };
    return fields;
}

std::optional<Field> find(const QString& key)
{
    for (const Field& f : all())
        if (f.key == key)
            return f;
    return std::nullopt;
}

QString entityToken(Entity entity)
{
    switch (entity) {
    case Entity::Child: return QStringLiteral("child");
    case Entity::Family: return QStringLiteral("family");
    case Entity::Adult: return QStringLiteral("adult");
    }
    return {};
}

QString label(const QString& key)
{
    if (key == QLatin1String("child.givenName")) return tr("Child's given name");
    if (key == QLatin1String("child.familyName")) return tr("Child's family name");
    if (key == QLatin1String("child.dateOfBirth")) return tr("Date of birth");
    if (key == QLatin1String("child.preferredName")) return tr("Preferred name");
    if (key == QLatin1String("child.sex")) return tr("Sex");
    if (key == QLatin1String("child.upn")) return tr("Unique pupil number");
    if (key == QLatin1String("child.gpPractice")) return tr("GP practice");
    if (key == QLatin1String("child.gestationWeeks")) return tr("Gestation at birth (weeks)");
    if (key == QLatin1String("child.expectedDeliveryDate")) return tr("Expected delivery date");
    if (key == QLatin1String("family.addressLine1")) return tr("Address line 1");
    if (key == QLatin1String("family.addressLine2")) return tr("Address line 2");
    if (key == QLatin1String("family.town")) return tr("Town");
    if (key == QLatin1String("family.postcode")) return tr("Postcode");
    if (key == QLatin1String("family.mainLanguage")) return tr("Main language");
    if (key == QLatin1String("family.interpreterNeeded")) return tr("Interpreter needed");
    if (key == QLatin1String("adult.givenName")) return tr("Adult's given name");
    if (key == QLatin1String("adult.familyName")) return tr("Adult's family name");
    if (key == QLatin1String("adult.phone")) return tr("Phone");
    if (key == QLatin1String("adult.email")) return tr("Email");
    return key;
}

QString displayValue(const QString& key, const QString& value)
{
    if (value.isEmpty())
        return tr("(none)");
    if (key == QLatin1String("child.sex"))
        return domain::RecordRules::sexDisplayName(value);
    if (key == QLatin1String("family.interpreterNeeded"))
        return value == QLatin1String("true") ? tr("Yes") : tr("No");
    return value;
}

bool carried(const Field& field, const sharing::SharedChild& child)
{
    if (!field.category)
        return true;
    if (!child.categories.contains(*field.category))
        return false;
    if (*field.category == ShareCategory::Identity)
        return child.identity.has_value();
    if (*field.category == ShareCategory::Birth)
        return child.birth.has_value();
    return false;
}

QString childValue(const QString& key, const Child& c)
{
    if (key == QLatin1String("child.givenName")) return c.givenName;
    if (key == QLatin1String("child.familyName")) return c.familyName;
    if (key == QLatin1String("child.dateOfBirth")) return dateText(c.dateOfBirth);
    if (key == QLatin1String("child.preferredName")) return c.preferredName;
    if (key == QLatin1String("child.sex")) return c.sex;
    if (key == QLatin1String("child.upn")) return c.upn;
    if (key == QLatin1String("child.gpPractice")) return c.gpPractice;
    if (key == QLatin1String("child.gestationWeeks")) return intText(c.gestationWeeks);
    if (key == QLatin1String("child.expectedDeliveryDate")) return dateText(c.expectedDeliveryDate);
    return {};
}

QString familyValue(const QString& key, const Family& f)
{
    if (key == QLatin1String("family.addressLine1")) return f.address.line1;
    if (key == QLatin1String("family.addressLine2")) return f.address.line2;
    if (key == QLatin1String("family.town")) return f.address.town;
    if (key == QLatin1String("family.postcode")) return f.address.postcode;
    if (key == QLatin1String("family.mainLanguage")) return f.mainLanguage;
    if (key == QLatin1String("family.interpreterNeeded")) return boolText(f.interpreterNeeded);
    return {};
}

QString adultValue(const QString& key, const Person& p)
{
    if (key == QLatin1String("adult.givenName")) return p.givenName;
    if (key == QLatin1String("adult.familyName")) return p.familyName;
    if (key == QLatin1String("adult.phone")) return p.phone;
    if (key == QLatin1String("adult.email")) return p.email;
    return {};
}

QString sharedValue(const QString& key, const sharing::SharedChild& c, const sharing::SharedAdult* adult)
{
    if (key.startsWith(QLatin1String("adult."))) {
        if (!adult)
            return {};
        if (key == QLatin1String("adult.givenName")) return adult->givenName;
        if (key == QLatin1String("adult.familyName")) return adult->familyName;
        if (key == QLatin1String("adult.phone")) return adult->phone;
        if (key == QLatin1String("adult.email")) return adult->email;
        return {};
    }
    if (key == QLatin1String("child.givenName")) return c.givenName;
    if (key == QLatin1String("child.familyName")) return c.familyName;
    if (key == QLatin1String("child.dateOfBirth")) return dateText(c.dateOfBirth);
    if (c.birth) {
        if (key == QLatin1String("child.gestationWeeks")) return intText(c.birth->gestationWeeks);
        if (key == QLatin1String("child.expectedDeliveryDate")) return dateText(c.birth->expectedDeliveryDate);
    }
    if (!c.identity)
        return {};
    const sharing::SharedIdentity& i = *c.identity;
    if (key == QLatin1String("child.preferredName")) return i.preferredName;
    if (key == QLatin1String("child.sex")) return i.sex;
    if (key == QLatin1String("child.upn")) return i.upn;
    if (key == QLatin1String("child.gpPractice")) return i.gpPractice;
    if (key == QLatin1String("family.addressLine1")) return i.address.line1;
    if (key == QLatin1String("family.addressLine2")) return i.address.line2;
    if (key == QLatin1String("family.town")) return i.address.town;
    if (key == QLatin1String("family.postcode")) return i.address.postcode;
    if (key == QLatin1String("family.mainLanguage")) return i.mainLanguage;
    if (key == QLatin1String("family.interpreterNeeded")) return boolText(i.interpreterNeeded);
    return {};
}

void setChild(const QString& key, const QString& v, Child& c)
{
    if (key == QLatin1String("child.givenName")) c.givenName = v;
    else if (key == QLatin1String("child.familyName")) c.familyName = v;
    else if (key == QLatin1String("child.dateOfBirth")) c.dateOfBirth = toDate(v);
    else if (key == QLatin1String("child.preferredName")) c.preferredName = v;
    else if (key == QLatin1String("child.sex")) c.sex = v.isEmpty() ? QStringLiteral("unknown") : v;
    else if (key == QLatin1String("child.upn")) c.upn = v;
    else if (key == QLatin1String("child.gpPractice")) c.gpPractice = v;
    else if (key == QLatin1String("child.gestationWeeks")) c.gestationWeeks = toInt(v);
    else if (key == QLatin1String("child.expectedDeliveryDate")) c.expectedDeliveryDate = toDate(v);
}

void setFamily(const QString& key, const QString& v, Family& f)
{
    if (key == QLatin1String("family.addressLine1")) f.address.line1 = v;
    else if (key == QLatin1String("family.addressLine2")) f.address.line2 = v;
    else if (key == QLatin1String("family.town")) f.address.town = v;
    else if (key == QLatin1String("family.postcode")) f.address.postcode = v;
    else if (key == QLatin1String("family.mainLanguage")) f.mainLanguage = v;
    else if (key == QLatin1String("family.interpreterNeeded")) f.interpreterNeeded = v == QLatin1String("true");
}

void setAdult(const QString& key, const QString& v, Person& p)
{
    if (key == QLatin1String("adult.givenName")) p.givenName = v;
    else if (key == QLatin1String("adult.familyName")) p.familyName = v;
    else if (key == QLatin1String("adult.phone")) p.phone = v;
    else if (key == QLatin1String("adult.email")) p.email = v;
}

bool isAddress(const QString& key)
{
    return key == QLatin1String("family.addressLine1") || key == QLatin1String("family.addressLine2") ||
           key == QLatin1String("family.town") || key == QLatin1String("family.postcode");
}

QString name(const QString& given, const QString& family) { return given + QLatin1Char(' ') + family; }

Child newChild(const sharing::SharedChild& s, const QString& origin)
{
    Child c;
    c.givenName = s.givenName;
    c.familyName = s.familyName;
    c.dateOfBirth = s.dateOfBirth;
    c.nhsNumber = s.nhsNumber;
    if (s.identity && s.categories.contains(ShareCategory::Identity)) {
        c.preferredName = s.identity->preferredName;
        if (!s.identity->sex.isEmpty())
            c.sex = s.identity->sex;
        c.upn = s.identity->upn;
        c.gpPractice = s.identity->gpPractice;
    }
    if (s.birth && s.categories.contains(ShareCategory::Birth)) {
        c.gestationWeeks = s.birth->gestationWeeks;
        c.expectedDeliveryDate = s.birth->expectedDeliveryDate;
    }
    c.meta.origin = origin;
    return c;
}

Family newFamily(const sharing::SharedChild& s, const QString& origin)
{
    Family f; // without the identity category: an empty address, which a person fills in here
    if (s.identity && s.categories.contains(ShareCategory::Identity)) {
        f.address = s.identity->address;
        f.mainLanguage = s.identity->mainLanguage;
        f.interpreterNeeded = s.identity->interpreterNeeded;
    }
    f.meta.origin = origin;
    return f;
}

Person newAdult(const sharing::SharedAdult& s, const QString& origin)
{
    Person p;
    p.givenName = s.givenName;
    p.familyName = s.familyName;
    p.phone = s.phone;
    p.email = s.email;
    p.relationship = s.relationship;
    p.parentalResponsibility = s.parentalResponsibility;
    p.meta.origin = origin;
    return p;
}

} // namespace tandem::ShareFields
