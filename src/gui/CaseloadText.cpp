#include "CaseloadText.h"

#include "AssessmentText.h"
#include "RecordText.h"

#include <QCoreApplication>

namespace tandem::gui::CaseloadText {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::gui::CaseloadText", text); }

int fullMonths(const QDate& from, const QDate& to)
{
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (to.day() < from.day())
        --months;
    return std::max(months, 0);
}

QString count(qint64 n, const char* one, const char* many) { return n == 1 ? tr(one) : tr(many).arg(n); }

// The family name is in the row already: a child's given name is enough.
QString givenName(const CaseloadChild& child)
{
    const qsizetype space = child.name.indexOf(QLatin1Char(' '));
    return space > 0 ? child.name.left(space) : child.name;
}
} // namespace

QString age(const std::optional<QDate>& dateOfBirth, const std::optional<QDate>& expectedDelivery, const QDate& on)
{
    if (!dateOfBirth || !dateOfBirth->isValid()) {
        if (expectedDelivery && expectedDelivery->isValid())
            return tr("unborn, due %1").arg(RecordText::date(*expectedDelivery));
        return {};
    }
    const qint64 days = dateOfBirth->daysTo(on);
    if (days < 0)
        return tr("born %1").arg(RecordText::date(*dateOfBirth));
    // As health visitors say it: days for the first fortnight, weeks to three months, then months to two years.
    if (days < 14)
        return count(days, "1 day", "%1 days");
    if (days < 91)
        return count(days / 7, "1 week", "%1 weeks");
    const int months = fullMonths(*dateOfBirth, on);
    if (months < 24)
        return count(months, "1 month", "%1 months");
    const int years = months / 12;
    const int rest = months % 12;
    const QString y = count(years, "1 year", "%1 years");
    return rest == 0 ? y : tr("%1 %2").arg(y, count(rest, "1 month", "%1 months"));
}

QString age(const CaseloadChild& child, const QDate& on) { return age(child.dateOfBirth, child.expectedDelivery, on); }

QString childWithAge(const CaseloadChild& child, const QDate& on)
{
    const QString a = age(child, on);
    return a.isEmpty() ? child.name : tr("%1 (%2)").arg(child.name, a);
}

QString relativeDay(const QDate& date, const QDate& today)
{
    const qint64 days = today.daysTo(date);
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("tomorrow");
    if (days == -1)
        return tr("yesterday");
    return days > 0 ? tr("in %1 days").arg(days) : tr("%1 days ago").arg(-days);
}

QString status(const domain::ScheduledContact& contact)
{
    const QString name = domain::statusDisplayName(contact.status);
    return name.isEmpty() ? domain::statusToken(contact.status) : name;
}

QString deadline(const domain::ScheduledContact& contact, const QDate& today)
{
    const QString dueBy = RecordText::date(contact.dueBy);
    switch (contact.status) {
    case domain::ContactStatus::Overdue:
        return tr("Overdue: was due by %1 (%2)").arg(dueBy, relativeDay(contact.dueBy, today));
    case domain::ContactStatus::Due:
        return tr("Due by %1 (%2)").arg(dueBy, relativeDay(contact.dueBy, today));
    case domain::ContactStatus::NotYetDue:
        return tr("Not yet due: from %1, due by %2").arg(RecordText::date(contact.opens), dueBy);
    case domain::ContactStatus::DoneOnTime:
    case domain::ContactStatus::DoneLate:
        return contact.doneOn ? tr("%1 on %2").arg(status(contact), RecordText::date(*contact.doneOn)) : status(contact);
    case domain::ContactStatus::Missed:
    case domain::ContactStatus::Declined:
    case domain::ContactStatus::NotApplicable:
        return contact.reason.isEmpty() ? status(contact) : tr("%1: %2").arg(status(contact), contact.reason);
    }
    return status(contact);
}

QString dateTime(const QDateTime& when, const QDate& today)
{
    if (!when.isValid())
        return {};
    const bool thisYear = today.isValid() && when.date().year() == today.year();
    return when.toString(thisYear ? QStringLiteral("ddd d MMM, HH:mm") : QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

QString visitTime(const Appointment& appointment)
{
    const QTime start = appointment.startsAt.time();
    const QTime end = start.addSecs(appointment.durationMinutes * 60);
    return tr("%1–%2 (%3 min)")
        .arg(start.toString(QStringLiteral("HH:mm")), end.toString(QStringLiteral("HH:mm")))
        .arg(appointment.durationMinutes);
}

QString visitKind(const Appointment& appointment)
{
    const QString type = ContactTypes::displayName(appointment.type);
    if (appointment.place.isEmpty())
        return type;
    return tr("%1 · %2").arg(type, ContactPlaces::displayName(appointment.place));
}

QString flagMarker() { return QStringLiteral("\u2691"); }

QString flagKind(const AssessmentFlag& flag)
{
    switch (flag.kind) {
    case AssessmentFlag::Kind::NoFollowUp: return AssessmentText::followUpNeededText(); // as the record's assessments say it
    case AssessmentFlag::Kind::ReviewDue: return tr("Review due");
    case AssessmentFlag::Kind::ConsentExpiring: return tr("Consent expiring");
    }
    return {};
}

QString flagSummary(const CaseloadEntry& entry)
{
    // The column is narrow: the child is named only when the household has more than one.
    const bool name = entry.children.size() > 1;
    QStringList lines;
    for (const CaseloadChild& child : entry.children)
        for (const AssessmentFlag& flag : child.flags)
            lines << (name ? tr("%1 %2: %3").arg(flagMarker(), givenName(child), flagKind(flag))
                           : tr("%1 %2").arg(flagMarker(), flagKind(flag)));
    if (lines.size() > 2) // the row has room for two lines; the tooltip lists them all
        return lines.first() + QLatin1Char('\n') + tr("and %1 more").arg(lines.size() - 1);
    return lines.join(QLatin1Char('\n'));
}

QStringList flagDetails(const CaseloadEntry& entry)
{
    QStringList lines;
    for (const CaseloadChild& child : entry.children)
        for (const AssessmentFlag& flag : child.flags)
            lines << tr("%1: %2").arg(givenName(child), flag.text);
    return lines;
}

} // namespace tandem::gui::CaseloadText
