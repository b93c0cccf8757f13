#include "RecordText.h"

#include "tandem/domain/NhsNumber.h"
#include "tandem/domain/RecordRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace tandem::gui::RecordText {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::gui::RecordText", text); }

QString givenOf(const Family& family, const QString& childUuid)
{
    for (const Child& c : family.children)
        if (c.uuid == childUuid)
            return c.preferredName.isEmpty() ? c.givenName : c.preferredName;
    return {};
}

// "Ada", "Ada and Kai", "Ada, Kai and Nia"
QString listNames(const QStringList& names)
{
    if (names.size() <= 1)
        return names.join(QString());
    return tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}
} // namespace

QString date(const QDate& date) { return date.isValid() ? date.toString(QStringLiteral("d MMM yyyy")) : QString(); }

QString fullName(const QString& given, const QString& family) { return (given + QLatin1Char(' ') + family).trimmed(); }

QString childName(const Child& child)
{
    const QString name = fullName(child.givenName, child.familyName);
    return child.preferredName.isEmpty() ? name : tr("%1 (%2)").arg(name, child.preferredName);
}

QString childDates(const Child& child)
{
    if (child.dateOfBirth)
        return date(*child.dateOfBirth);
    if (child.expectedDeliveryDate)
        return tr("due %1").arg(date(*child.expectedDeliveryDate));
    return {};
}

QString childDescription(const Child& child)
{
    QStringList facts;
    if (child.dateOfBirth)
        facts << tr("born %1").arg(date(*child.dateOfBirth));
    else if (child.expectedDeliveryDate)
        facts << tr("due %1").arg(date(*child.expectedDeliveryDate));
    if (!child.nhsNumber.isEmpty())
        facts << tr("NHS %1").arg(domain::NhsNumber::format(child.nhsNumber));
    const QString name = childName(child);
    return facts.isEmpty() ? name : tr("%1 (%2)").arg(name, facts.join(QStringLiteral(", ")));
}

QString householdName(const Family& family)
{
    QStringList names;
    for (const Child& c : family.children)
        if (!c.familyName.isEmpty() && !names.contains(c.familyName))
            names << c.familyName;
    for (const Person& p : family.adults)
        if (names.isEmpty() && !p.familyName.isEmpty())
            names << p.familyName;
    if (names.isEmpty())
        return tr("Family record");
    return tr("%1 family").arg(listNames(names));
}

QString addressLine(const Address& address)
{
    QStringList parts;
    for (const QString& part : {address.line1, address.line2, address.town})
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    QString line = parts.join(QStringLiteral(", "));
    if (!address.postcode.isEmpty())
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + address.postcode;
    return line;
}

QString contactMethodDisplayName(const QString& token)
{
    if (token == QLatin1String("phone")) return tr("Phone");
    if (token == QLatin1String("text")) return tr("Text message");
    if (token == QLatin1String("email")) return tr("Email");
    if (token == QLatin1String("letter")) return tr("Letter");
    return token;
}

QString relationshipsOf(const Person& person, const Family& family)
{
    QStringList order;                 // relationship tokens in first-seen order
    QHash<QString, QStringList> names; // token -> children's given names
    for (const Relationship& r : family.relationships) {
        if (r.personUuid != person.uuid)
            continue;
        const QString child = givenOf(family, r.childUuid);
        if (child.isEmpty())
            continue;
        if (!order.contains(r.relationship))
            order << r.relationship;
        names[r.relationship] << child;
    }
    if (order.isEmpty())
        return domain::RecordRules::relationshipDisplayName(person.relationship);
    QStringList parts;
    for (const QString& token : order)
        parts << tr("%1 of %2").arg(domain::RecordRules::relationshipDisplayName(token), listNames(names.value(token)));
    return parts.join(QStringLiteral("; "));
}

QString parentalResponsibilityOf(const Person& person, const Family& family)
{
    QStringList with;
    int related = 0;
    for (const Relationship& r : family.relationships) {
        if (r.personUuid != person.uuid || givenOf(family, r.childUuid).isEmpty())
            continue;
        ++related;
        if (r.parentalResponsibility)
            with << givenOf(family, r.childUuid);
    }
    if (related == 0)
        return person.parentalResponsibility ? tr("Yes") : tr("No");
    if (with.isEmpty())
        return tr("No");
    if (with.size() == related)
        return tr("Yes");
    return tr("For %1 only").arg(listNames(with));
}

QString involvementDates(const Involvement& involvement)
{
    if (involvement.until)
        return tr("%1 to %2").arg(date(involvement.since), date(*involvement.until));
    return tr("since %1").arg(date(involvement.since));
}

} // namespace tandem::gui::RecordText
