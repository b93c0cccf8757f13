#include "FamilyView.h"
#include "CliOptions.h"

#include "tandem/domain/NhsNumber.h"
#include "tandem/domain/RecordRules.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::FamilyView", text); }
QJsonValue isoDate(const std::optional<QDate>& d) { return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(); }
QJsonValue orNull(const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

QJsonObject addressJson(const Address& a)
{
    return {{QStringLiteral("line1"), a.line1}, {QStringLiteral("line2"), orNull(a.line2)},
            {QStringLiteral("town"), orNull(a.town)}, {QStringLiteral("postcode"), a.postcode}};
}

QString addressText(const Address& a)
{
    QStringList parts{a.line1};
    for (const QString& p : {a.line2, a.town, a.postcode})
        if (!p.isEmpty())
            parts << p;
    return parts.join(QStringLiteral(", "));
}

// "born 12/03/2024" or "due 01/03/2026".
QString dayText(const std::optional<QDate>& born, const std::optional<QDate>& due)
{
    if (born)
        return tr("born %1").arg(showDate(*born));
    return due ? tr("due %1").arg(showDate(*due)) : QString();
}

QString nameOf(const QList<Child>& children, const QString& uuid)
{
    for (const Child& c : children)
        if (c.uuid == uuid)
            return fullName(c.givenName, c.familyName);
    return uuid;
}

QJsonArray adultsJson(const FamilyRecord& r)
{
    QJsonArray adults;
    for (const Person& p : r.family.adults) {
        QJsonArray related;
        for (const Relationship& rel : r.family.relationships)
            if (rel.personUuid == p.uuid)
                related.append(QJsonObject{{QStringLiteral("uuid"), rel.uuid}, {QStringLiteral("child_uuid"), rel.childUuid},
                                           {QStringLiteral("relationship"), rel.relationship},
                                           {QStringLiteral("parental_responsibility"), rel.parentalResponsibility}});
        adults.append(QJsonObject{{QStringLiteral("uuid"), p.uuid}, {QStringLiteral("given_name"), p.givenName},
                                  {QStringLiteral("family_name"), p.familyName}, {QStringLiteral("date_of_birth"), isoDate(p.dateOfBirth)},
                                  {QStringLiteral("phone"), orNull(p.phone)}, {QStringLiteral("email"), orNull(p.email)},
                                  {QStringLiteral("preferred_contact"), orNull(p.preferredContact)},
                                  {QStringLiteral("relationships"), related}});
    }
    return adults;
}

QJsonArray involvedJson(const FamilyRecord& r)
{
    QJsonArray involved;
    for (const Involvement& i : r.involved)
        involved.append(QJsonObject{{QStringLiteral("uuid"), i.uuid}, {QStringLiteral("service"), i.service},
                                    {QStringLiteral("service_name"), InvolvementServices::serviceDisplayName(i.service)},
                                    {QStringLiteral("worker_name"), i.workerName}, {QStringLiteral("worker_user_uuid"), orNull(i.workerUserUuid)},
                                    {QStringLiteral("organisation"), orNull(i.organisation)}, {QStringLiteral("key_worker"), i.keyWorker},
                                    {QStringLiteral("since"), i.since.toString(Qt::ISODate)}, {QStringLiteral("until"), isoDate(i.until)},
                                    {QStringLiteral("contacts"), i.contacts}});
    return involved;
}

} // namespace

QString fullName(const QString& given, const QString& family, const QString& preferred)
{
    const QString name = given + QLatin1Char(' ') + family;
    return preferred.isEmpty() || preferred == given ? name : tr("%1 (known as %2)").arg(name, preferred);
}

QJsonObject childJson(const Child& c)
{
    return {{QStringLiteral("uuid"), c.uuid}, {QStringLiteral("family_uuid"), c.familyUuid},
            {QStringLiteral("given_name"), c.givenName}, {QStringLiteral("family_name"), c.familyName},
            {QStringLiteral("preferred_name"), orNull(c.preferredName)}, {QStringLiteral("date_of_birth"), isoDate(c.dateOfBirth)},
            {QStringLiteral("expected_delivery_date"), isoDate(c.expectedDeliveryDate)}, {QStringLiteral("sex"), c.sex},
            {QStringLiteral("nhs_number"), orNull(c.nhsNumber)}, {QStringLiteral("upn"), orNull(c.upn)},
            {QStringLiteral("gp_practice"), orNull(c.gpPractice)},
            {QStringLiteral("gestation_weeks"), c.gestationWeeks ? QJsonValue(*c.gestationWeeks) : QJsonValue()},
            {QStringLiteral("merged_into"), orNull(c.mergedInto)}, {QStringLiteral("version"), c.meta.version}};
}

QJsonObject summaryJson(const ChildSummary& c)
{
    return {{QStringLiteral("uuid"), c.uuid}, {QStringLiteral("family_uuid"), c.familyUuid},
            {QStringLiteral("given_name"), c.givenName}, {QStringLiteral("family_name"), c.familyName},
            {QStringLiteral("preferred_name"), orNull(c.preferredName)}, {QStringLiteral("date_of_birth"), isoDate(c.dateOfBirth)},
            {QStringLiteral("expected_delivery_date"), isoDate(c.expectedDeliveryDate)}, {QStringLiteral("sex"), c.sex},
            {QStringLiteral("nhs_number"), orNull(c.nhsNumber)}, {QStringLiteral("postcode"), c.postcode}};
}

QJsonObject recordJson(const FamilyRecord& r)
{
    const Family& f = r.family;
    QJsonArray addresses, children, timeline;
    for (int i = 0; i < r.addresses.size(); ++i) {
        QJsonObject a = addressJson(r.addresses.at(i).address);
        a.insert(QStringLiteral("uuid"), r.addresses.at(i).uuid);
        a.insert(QStringLiteral("moved_in"), r.addresses.at(i).movedIn.isValid() ? QJsonValue(r.addresses.at(i).movedIn.toString(Qt::ISODate)) : QJsonValue());
        a.insert(QStringLiteral("current"), i == 0);
        addresses.append(a);
    }
    for (const Child& c : f.children)
        children.append(childJson(c));
    for (const TimelineEvent& e : r.timeline)
        timeline.append(QJsonObject{{QStringLiteral("uuid"), e.uuid}, {QStringLiteral("occurred_at"), e.occurredAt.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("kind"), e.kind}, {QStringLiteral("category"), e.category},
                                    {QStringLiteral("summary"), e.summary}, {QStringLiteral("child_uuid"), orNull(e.childUuid)},
                                    {QStringLiteral("recorded_by"), e.actorName}});
    return {{QStringLiteral("uuid"), f.uuid}, {QStringLiteral("address"), addressJson(f.address)},
            {QStringLiteral("ward"), orNull(f.ward)}, {QStringLiteral("childrens_centre"), orNull(f.childrensCentre)},
            {QStringLiteral("main_language"), orNull(f.mainLanguage)}, {QStringLiteral("interpreter_needed"), f.interpreterNeeded},
            {QStringLiteral("accessibility_needs"), orNull(f.accessibilityNeeds)},
            {QStringLiteral("key_worker"), f.keyWorkerUuid.isEmpty() ? QJsonValue()
                                                                    : QJsonValue(QJsonObject{{QStringLiteral("uuid"), f.keyWorkerUuid},
                                                                                             {QStringLiteral("name"), r.keyWorkerName}})},
            {QStringLiteral("version"), f.meta.version}, {QStringLiteral("addresses"), addresses},
            {QStringLiteral("involved"), involvedJson(r)}, {QStringLiteral("adults"), adultsJson(r)},
            {QStringLiteral("children"), children}, {QStringLiteral("timeline"), timeline}};
}

QString recordText(const FamilyRecord& r)
{
    const Family& f = r.family;
    QStringList out{tr("Household %1").arg(f.uuid), QStringLiteral("  ") + addressText(f.address)};
    QStringList facts;
    if (!f.ward.isEmpty())
        facts << tr("ward %1").arg(f.ward);
    if (!f.childrensCentre.isEmpty())
        facts << tr("children's centre %1").arg(f.childrensCentre);
    if (!f.mainLanguage.isEmpty())
        facts << tr("main language %1").arg(f.mainLanguage);
    if (f.interpreterNeeded)
        facts << tr("interpreter needed");
    if (!facts.isEmpty())
        out << QStringLiteral("  ") + facts.join(QStringLiteral("; "));
    if (!f.accessibilityNeeds.isEmpty())
        out << QStringLiteral("  ") + tr("Accessibility needs: %1").arg(f.accessibilityNeeds);
    if (!r.keyWorkerName.isEmpty())
        out << QStringLiteral("  ") + tr("Key worker: %1").arg(r.keyWorkerName);

    out << tr("Address history");
    for (int i = 0; i < r.addresses.size(); ++i) {
        const AddressChange& a = r.addresses.at(i);
        const QString since = a.movedIn.isValid() ? tr("from %1").arg(showDate(a.movedIn)) : tr("date not known");
        out << QStringLiteral("  %1  %2%3").arg(since, addressText(a.address), i == 0 ? tr(" (current)") : QString());
    }
    out << tr("Who is involved");
    if (r.involved.isEmpty())
        out << QStringLiteral("  ") + tr("No one recorded yet.");
    for (const Involvement& i : r.involved) {
        QString line = QStringLiteral("  %1: %2").arg(InvolvementServices::serviceDisplayName(i.service), i.workerName);
        if (!i.organisation.isEmpty())
            line += QStringLiteral(" (%1)").arg(i.organisation);
        if (i.keyWorker)
            line += tr(", key worker");
        line += i.until ? tr(", %1 to %2").arg(showDate(i.since), showDate(*i.until)) : tr(", since %1").arg(showDate(i.since));
        line += tr(", contacts: %1").arg(i.contacts);
        out << line;
    }
    out << tr("Adults");
    if (f.adults.isEmpty())
        out << QStringLiteral("  ") + tr("None recorded.");
    for (const Person& p : f.adults) {
        QStringList contact;
        if (!p.phone.isEmpty())
            contact << tr("phone %1").arg(p.phone);
        if (!p.email.isEmpty())
            contact << tr("email %1").arg(p.email);
        if (!p.preferredContact.isEmpty())
            contact << tr("prefers %1").arg(p.preferredContact);
        out << QStringLiteral("  %1  %2%3").arg(fullName(p.givenName, p.familyName), p.uuid,
                                                contact.isEmpty() ? QString() : QStringLiteral("\n    ") + contact.join(QStringLiteral(", ")));
        for (const Relationship& rel : f.relationships)
            if (rel.personUuid == p.uuid)
                out << QStringLiteral("    ") + tr("%1 of %2%3").arg(domain::RecordRules::relationshipDisplayName(rel.relationship),
                                                                   nameOf(f.children, rel.childUuid),
                                                                   rel.parentalResponsibility ? tr(", parental responsibility") : QString());
    }
    out << tr("Children");
    for (const Child& c : f.children) {
        QStringList facts{dayText(c.dateOfBirth, c.expectedDeliveryDate), domain::RecordRules::sexDisplayName(c.sex).toLower()};
        if (!c.nhsNumber.isEmpty())
            facts << tr("NHS %1").arg(domain::NhsNumber::format(c.nhsNumber));
        out << QStringLiteral("  %1  %2  %3").arg(fullName(c.givenName, c.familyName, c.preferredName), facts.join(QStringLiteral(", ")), c.uuid);
    }
    out << tr("Timeline (newest first)");
    for (const TimelineEvent& e : r.timeline)
        out << QStringLiteral("  %1  %2 (%3)").arg(e.occurredAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")), e.summary, e.actorName);
    return out.join(QLatin1Char('\n'));
}

QString childText(const Child& c, const QString& postcode)
{
    QStringList out{QStringLiteral("%1  %2").arg(fullName(c.givenName, c.familyName, c.preferredName), c.uuid)};
    QStringList facts{dayText(c.dateOfBirth, c.expectedDeliveryDate), domain::RecordRules::sexDisplayName(c.sex).toLower()};
    if (c.gestationWeeks)
        facts << tr("%1 weeks' gestation").arg(*c.gestationWeeks);
    out << QStringLiteral("  ") + facts.join(QStringLiteral(", "));
    out << QStringLiteral("  ") + tr("NHS number: %1").arg(c.nhsNumber.isEmpty() ? tr("not recorded") : domain::NhsNumber::format(c.nhsNumber));
    if (!c.upn.isEmpty())
        out << QStringLiteral("  ") + tr("UPN: %1").arg(c.upn);
    if (!c.gpPractice.isEmpty())
        out << QStringLiteral("  ") + tr("GP practice: %1").arg(c.gpPractice);
    out << QStringLiteral("  ") + tr("Household %1%2").arg(c.familyUuid, postcode.isEmpty() ? QString() : tr(" at %1").arg(postcode));
    if (!c.mergedInto.isEmpty())
        out << QStringLiteral("  ") + tr("This record was merged into %1.").arg(c.mergedInto);
    return out.join(QLatin1Char('\n'));
}

QString searchTable(const QList<ChildSummary>& rows)
{
    QList<QStringList> cells{{tr("Name"), tr("Born / due"), tr("NHS number"), tr("Postcode"), tr("Child")}};
    for (const ChildSummary& c : rows)
        cells << QStringList{fullName(c.givenName, c.familyName, c.preferredName),
                             c.dateOfBirth ? showDate(*c.dateOfBirth) : c.expectedDeliveryDate ? tr("due %1").arg(showDate(*c.expectedDeliveryDate)) : QString(),
                             domain::NhsNumber::format(c.nhsNumber), c.postcode, c.uuid};
    QList<qsizetype> widths(5, 0);
    for (const QStringList& row : cells)
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    QStringList lines;
    for (const QStringList& row : cells) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace tandem::cli
