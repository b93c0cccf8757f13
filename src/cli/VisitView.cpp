#include "VisitView.h"

#include "tandem/services/FamilyTypes.h"

#include <QCoreApplication>

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::VisitView", text); }

// "Label     value", continuation lines of the value indented under it.
QString labelled(const QString& label, const QString& value, int width = 10)
{
    const QString pad(2 + width, QLatin1Char(' '));
    QString body = value;
    body.replace(QLatin1Char('\n'), QLatin1Char('\n') + pad);
    return QStringLiteral("  ") + label.leftJustified(width) + body;
}

QString nameList(const QStringList& uuids, const QHash<QString, QString>& names)
{
    QStringList out;
    for (const QString& uuid : uuids)
        out << names.value(uuid, uuid);
    return out.join(QStringLiteral(", "));
}

bool decided(domain::ContactStatus s)
{
    return s == domain::ContactStatus::Declined || s == domain::ContactStatus::NotApplicable;
}

} // namespace

QHash<QString, QString> childNames(const FamilyRecord& record)
{
    QHash<QString, QString> names;
    for (const Child& child : record.family.children)
        names.insert(child.uuid, child.givenName + QLatin1Char(' ') + child.familyName);
    return names;
}

QString showDay(const QDate& date) { return date.isValid() ? date.toString(QStringLiteral("d MMM yyyy")) : tr("—"); }
QString showDay(const std::optional<QDate>& date) { return date ? showDay(*date) : tr("—"); }
QString showDayTime(const QDateTime& at) { return at.toString(QStringLiteral("d MMM yyyy HH:mm")); }
QString localIso(const QDateTime& at) { return at.isValid() ? at.toString(QStringLiteral("yyyy-MM-ddTHH:mm")) : QString(); }
QJsonValue isoDay(const std::optional<QDate>& d) { return d && d->isValid() ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(); }
QJsonValue textOrNull(const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

QString columns(const QList<QStringList>& rows, const QString& indent)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows)
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    QStringList lines;
    for (const QStringList& row : rows) {
        QString line = indent;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString noteText(const Note& n)
{
    const QString when = showDay(n.writtenAt.toLocalTime().date());
    // Decided by the restriction alone: a restricted note's text is never printed here.
    if (n.restriction != NoteRestriction::None)
        return tr("[restricted note: %1 — %2, %3]").arg(NoteRestrictions::displayName(n.restriction), when, n.authorName);
    return tr("%1, %2: %3").arg(when, n.authorName, n.text);
}

QJsonObject noteJson(const Note& n)
{
    const bool restricted = n.restriction != NoteRestriction::None;
    return {{QStringLiteral("uuid"), n.uuid}, {QStringLiteral("family_uuid"), n.familyUuid},
            {QStringLiteral("child_uuid"), textOrNull(n.childUuid)}, {QStringLiteral("contact_uuid"), textOrNull(n.contactUuid)},
            {QStringLiteral("written_at"), n.writtenAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("author"), n.authorName}, {QStringLiteral("author_uuid"), n.authorUserUuid},
            {QStringLiteral("restricted"), restricted ? QJsonValue(NoteRestrictions::token(n.restriction)) : QJsonValue()},
            {QStringLiteral("restriction_name"), NoteRestrictions::displayName(n.restriction)},
            {QStringLiteral("text"), restricted ? QJsonValue() : QJsonValue(n.text)}, {QStringLiteral("withheld"), restricted}};
}

QJsonObject actionJson(const FollowUpAction& a)
{
    return {{QStringLiteral("uuid"), a.uuid}, {QStringLiteral("description"), a.description},
            {QStringLiteral("due_on"), isoDay(a.dueOn)}, {QStringLiteral("owner"), a.ownerName},
            {QStringLiteral("owner_user_uuid"), textOrNull(a.ownerUserUuid)}, {QStringLiteral("done_on"), isoDay(a.doneOn)}};
}

QString actionText(const FollowUpAction& a)
{
    const QString state = a.doneOn ? tr("done %1").arg(showDay(*a.doneOn)) : tr("open");
    return tr("%1 — due %2, %3, %4  (action %5)").arg(a.description, showDay(a.dueOn), a.ownerName, state, a.uuid);
}

QJsonObject contactJson(const Contact& c, const QHash<QString, QString>& names)
{
    QJsonArray children, actions, notes;
    for (const QString& uuid : c.childUuids)
        children.append(QJsonObject{{QStringLiteral("uuid"), uuid}, {QStringLiteral("name"), names.value(uuid, uuid)}});
    for (const FollowUpAction& a : c.actions)
        actions.append(actionJson(a));
    for (const Note& n : c.notes)
        notes.append(noteJson(n));
    return {{QStringLiteral("uuid"), c.uuid}, {QStringLiteral("family_uuid"), c.familyUuid},
            {QStringLiteral("occurred_at"), localIso(c.occurredAt)}, {QStringLiteral("type"), c.type},
            {QStringLiteral("type_name"), ContactTypes::displayName(c.type)}, {QStringLiteral("mandated"), ContactTypes::isMandated(c.type)},
            {QStringLiteral("place"), c.place}, {QStringLiteral("place_name"), ContactPlaces::displayName(c.place)},
            {QStringLiteral("practitioner"), QJsonObject{{QStringLiteral("uuid"), c.practitionerUserUuid}, {QStringLiteral("name"), c.practitionerName}}},
            {QStringLiteral("children"), children}, {QStringLiteral("people_present"), textOrNull(c.peoplePresent)},
            {QStringLiteral("duration_minutes"), c.durationMinutes}, {QStringLiteral("outcome"), textOrNull(c.outcome)},
            {QStringLiteral("actions"), actions}, {QStringLiteral("notes"), notes}};
}

QString contactText(const Contact& c, const QHash<QString, QString>& names)
{
    QStringList head{ContactTypes::displayName(c.type), ContactPlaces::displayName(c.place)};
    if (c.durationMinutes > 0)
        head << tr("%1 min").arg(c.durationMinutes);
    QStringList out{tr("%1  %2, by %3").arg(showDayTime(c.occurredAt), head.join(QStringLiteral(", ")), c.practitionerName)};
    out << labelled(tr("Contact"), c.uuid) << labelled(tr("Children"), nameList(c.childUuids, names));
    if (!c.peoplePresent.isEmpty())
        out << labelled(tr("Present"), c.peoplePresent);
    if (!c.outcome.isEmpty())
        out << labelled(tr("Outcome"), c.outcome);
    QStringList actions, notes;
    for (const FollowUpAction& a : c.actions)
        actions << actionText(a);
    for (const Note& n : c.notes)
        notes << noteText(n);
    if (!actions.isEmpty())
        out << labelled(tr("Actions"), actions.join(QLatin1Char('\n')));
    if (!notes.isEmpty())
        out << labelled(tr("Notes"), notes.join(QLatin1Char('\n')));
    return out.join(QLatin1Char('\n'));
}

QJsonObject appointmentJson(const Appointment& a)
{
    return {{QStringLiteral("uuid"), a.uuid}, {QStringLiteral("family_uuid"), a.familyUuid},
            {QStringLiteral("child_uuids"), QJsonArray::fromStringList(a.childUuids)},
            {QStringLiteral("practitioner"), QJsonObject{{QStringLiteral("uuid"), a.practitionerUserUuid}, {QStringLiteral("name"), a.practitionerName}}},
            {QStringLiteral("starts_at"), localIso(a.startsAt)}, {QStringLiteral("duration_minutes"), a.durationMinutes},
            {QStringLiteral("type"), a.type}, {QStringLiteral("type_name"), ContactTypes::displayName(a.type)},
            {QStringLiteral("place"), a.place}, {QStringLiteral("place_name"), ContactPlaces::displayName(a.place)},
            {QStringLiteral("purpose"), textOrNull(a.purpose)}, {QStringLiteral("status"), a.status},
            {QStringLiteral("contact_uuid"), textOrNull(a.contactUuid)}, {QStringLiteral("cancel_reason"), textOrNull(a.cancelReason)}};
}

QJsonObject scheduledJson(const domain::ScheduledContact& s)
{
    return {{QStringLiteral("contact"), domain::contactToken(s.contact)}, {QStringLiteral("name"), domain::contactDisplayName(s.contact)},
            {QStringLiteral("opens"), isoDay(s.opens)}, {QStringLiteral("due_by"), isoDay(s.dueBy)},
            {QStringLiteral("late_by"), isoDay(s.lateBy)}, {QStringLiteral("closes"), isoDay(s.closes)},
            {QStringLiteral("status"), domain::statusToken(s.status)}, {QStringLiteral("status_name"), domain::statusDisplayName(s.status)},
            {QStringLiteral("done_on"), isoDay(s.doneOn)}, {QStringLiteral("contact_uuid"), textOrNull(s.contactUuid)},
            {QStringLiteral("reason"), textOrNull(s.reason)}, {QStringLiteral("estimated"), s.estimated}};
}

QJsonObject scheduleJson(const ChildSchedule& s)
{
    QJsonArray contacts;
    for (const domain::ScheduledContact& c : s.contacts)
        contacts.append(scheduledJson(c));
    return {{QStringLiteral("child_uuid"), s.childUuid}, {QStringLiteral("family_uuid"), s.familyUuid},
            {QStringLiteral("name"), s.childName}, {QStringLiteral("date_of_birth"), isoDay(s.dateOfBirth)},
            {QStringLiteral("expected_delivery_date"), isoDay(s.expectedDelivery)}, {QStringLiteral("contacts"), contacts}};
}

QString scheduledLine(const domain::ScheduledContact& s)
{
    QString line = tr("%1: %2").arg(domain::contactDisplayName(s.contact), domain::statusDisplayName(s.status));
    if (s.doneOn)
        return line + tr(", done %1").arg(showDay(*s.doneOn));
    if (decided(s.status))
        return line + tr(" (%1)").arg(s.reason);
    return line + tr(", due by %1%2").arg(showDay(s.dueBy), s.estimated ? tr(" (estimated)") : QString());
}

QString scheduleText(const QList<ChildSchedule>& schedules)
{
    QStringList out;
    for (const ChildSchedule& s : schedules) {
        if (!out.isEmpty())
            out << QString();
        const QString day = s.dateOfBirth ? tr("born %1").arg(showDay(*s.dateOfBirth))
                                          : s.expectedDelivery ? tr("due %1").arg(showDay(*s.expectedDelivery)) : tr("no dates recorded");
        out << tr("%1, %2  (child %3)").arg(s.childName, day, s.childUuid);
        if (s.contacts.isEmpty()) {
            out << QStringLiteral("  ") + tr("No schedule: neither a date of birth nor a due date is recorded.");
            continue;
        }
        QList<QStringList> rows{{tr("Contact"), tr("Window (opens – due by)"), tr("Status"), tr("Done on / reason")}};
        QStringList footnotes;
        for (const domain::ScheduledContact& c : s.contacts) {
            QString window = tr("%1 – %2").arg(showDay(c.opens), showDay(c.dueBy));
            if (c.estimated) {
                window += QStringLiteral(" *");
                if (!decided(c.status) && !c.reason.isEmpty() && !footnotes.contains(c.reason))
                    footnotes << c.reason;
            }
            const QString last = c.doneOn ? tr("done %1").arg(showDay(*c.doneOn)) : decided(c.status) ? c.reason : QString();
            rows << QStringList{domain::contactDisplayName(c.contact), window, domain::statusDisplayName(c.status), last};
        }
        out << columns(rows, QStringLiteral("  "));
        if (footnotes.isEmpty() && std::any_of(s.contacts.cbegin(), s.contacts.cend(), [](const auto& c) { return c.estimated; }))
            footnotes << tr("Estimated window.");
        for (const QString& f : footnotes)
            out << QStringLiteral("  * ") + f;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace tandem::cli
