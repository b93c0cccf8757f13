#include "VisitText.h"

#include "RecordText.h"

#include "tandem/core/ServiceLevel.h"

#include <QCoreApplication>

namespace tandem::gui::VisitText {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tandem::gui::VisitText", text); }

using domain::ContactStatus;
using domain::MandatedContact;

// "New birth visit" inside a sentence: "the new birth visit". Leaves "NHS…" and "6–8 week…" alone.
QString inSentence(const QString& name)
{
    if (name.size() > 1 && name.at(0).isUpper() && name.at(1).isLower())
        return name.at(0).toLower() + name.mid(1);
    return name;
}

QString windowName(MandatedContact contact)
{
    switch (contact) {
    case MandatedContact::Antenatal: return tr("From 28 weeks of pregnancy");
    case MandatedContact::NewBirth: return tr("10–14 days");
    case MandatedContact::SixToEightWeek: return tr("6–8 weeks");
    case MandatedContact::TwelveMonth: return tr("9–12 months");
    case MandatedContact::TwoYear: return tr("2–2½ years");
    }
    return {};
}
} // namespace

QString dateRange(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid())
        return RecordText::date(from.isValid() ? from : to);
    if (from == to)
        return RecordText::date(from);
    if (from.year() != to.year())
        return tr("%1–%2").arg(RecordText::date(from), RecordText::date(to));
    if (from.month() != to.month())
        return tr("%1–%2").arg(from.toString(QStringLiteral("d MMM")), RecordText::date(to));
    return tr("%1–%2").arg(QString::number(from.day()), RecordText::date(to));
}

QString dateTime(const QDateTime& local)
{
    if (!local.isValid())
        return {};
    return tr("%1, %2").arg(RecordText::date(local.date()), local.time().toString(QStringLiteral("HH:mm")));
}

QString duration(int minutes)
{
    if (minutes <= 0)
        return QStringLiteral("—");
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString window(const domain::ScheduledContact& contact)
{
    QString text = contact.opens.isValid() && contact.dueBy.isValid()
                       ? tr("%1: %2").arg(windowName(contact.contact), dateRange(contact.opens, contact.dueBy))
                       : tr("%1: dates follow the birth").arg(windowName(contact.contact));
    if (contact.estimated)
        text = tr("%1 (estimated)").arg(text);
    return text;
}

QString status(ContactStatus status)
{
    const QString word = domain::statusDisplayName(status);
    switch (status) {
    case ContactStatus::DoneOnTime:
    case ContactStatus::DoneLate: return tr("✓ %1").arg(word);
    case ContactStatus::Overdue: return tr("! %1").arg(word);
    case ContactStatus::Due: return tr("● %1").arg(word);
    case ContactStatus::Missed: return tr("✗ %1").arg(word);
    case ContactStatus::NotYetDue: return tr("○ %1").arg(word);
    case ContactStatus::Declined:
    case ContactStatus::NotApplicable: return tr("– %1").arg(word);
    }
    return word;
}

QString outcome(const domain::ScheduledContact& contact)
{
    if (contact.doneOn)
        return RecordText::date(*contact.doneOn);
    if (contact.status == ContactStatus::Declined || contact.status == ContactStatus::NotApplicable)
        return contact.reason.isEmpty() ? domain::statusDisplayName(contact.status)
                                        : tr("%1: %2").arg(domain::statusDisplayName(contact.status), contact.reason);
    return QStringLiteral("—");
}

QString childName(const Family& family, const QString& childUuid)
{
    for (const Child& c : family.children)
        if (c.uuid == childUuid)
            return RecordText::fullName(c.preferredName.isEmpty() ? c.givenName : c.preferredName, c.familyName);
    return {};
}

QString childNames(const Family& family, const QStringList& childUuids)
{
    QStringList names;
    for (const QString& uuid : childUuids) {
        const QString name = childName(family, uuid);
        names << (name.isEmpty() ? tr("a child no longer in the household") : name);
    }
    return names.join(QStringLiteral(", "));
}

QString contactKind(const Contact& contact)
{
    return tr("%1 · %2").arg(ContactTypes::displayName(contact.type), ContactPlaces::displayName(contact.place));
}

QString action(const FollowUpAction& action)
{
    QString text = tr("%1 — due %2, %3").arg(action.description, RecordText::date(action.dueOn), action.ownerName);
    if (action.doneOn)
        text = tr("%1 · done %2").arg(text, RecordText::date(*action.doneOn));
    return text;
}

QString restrictedNoteHeading(const Note& note)
{
    const QDate written = note.writtenAt.toLocalTime().date();
    return tr("Restricted note (%1) — %2, by %3")
        .arg(NoteRestrictions::displayName(note.restriction), RecordText::date(written), note.authorName);
}

QString restrictionExplanation(NoteRestriction restriction)
{
    switch (restriction) {
    case NoteRestriction::None: return tr("Anyone who can open this family's record can read the note.");
    case NoteRestriction::HealthVisiting:
        return tr("Only health visitors and team leads can read it. Others see that a note exists, its date and author.");
    case NoteRestriction::Safeguarding:
        return tr("Only practitioners with a safeguarding role can read it. Others see that a note exists, its date and author.");
    }
    return {};
}

QList<NoteRestriction> restrictionChoices(bool canWriteHealthVisiting)
{
    QList<NoteRestriction> choices{NoteRestriction::None};
    if (canWriteHealthVisiting)
        choices << NoteRestriction::HealthVisiting;
    choices << NoteRestriction::Safeguarding;
    return choices;
}

QString serviceLevel(const CareTeam& team)
{
    const QString level = ServiceLevels::displayName(team.serviceLevel);
    if (!team.serviceLevelRecorded || team.serviceLevelHistory.isEmpty())
        return tr("%1 (no level recorded yet)").arg(level);
    return tr("%1, since %2").arg(level, RecordText::date(team.serviceLevelHistory.first().effectiveFrom));
}

QString scheduleHint(const QString& contactType, const QDate& on, const QList<ChildSchedule>& schedules,
                     const QStringList& childUuids)
{
    if (ContactTypes::isMissedAttempt(contactType))
        return tr("The family was not seen: this does not complete a mandated contact.");
    const auto mandated = domain::mandatedContactForType(contactType);
    if (!mandated)
        return {};
    QStringList sentences;
    for (const ChildSchedule& schedule : schedules) {
        if (!childUuids.contains(schedule.childUuid))
            continue;
        for (const domain::ScheduledContact& entry : schedule.contacts) {
            if (entry.contact != *mandated)
                continue;
            const QString name = inSentence(domain::contactDisplayName(entry.contact));
            // A new birth visit counts from the day of birth; the others from their window's opening.
            const QDate countsFrom = entry.contact == MandatedContact::NewBirth && schedule.dateOfBirth ? *schedule.dateOfBirth
                                                                                                        : entry.opens;
            if (entry.doneOn && (!on.isValid() || *entry.doneOn <= on))
                sentences << tr("%1's %2 was already done on %3; this contact does not change the schedule.")
                                 .arg(schedule.childName, name, RecordText::date(*entry.doneOn));
            else if (!countsFrom.isValid() || !entry.dueBy.isValid())
                continue;
            else if (on.isValid() && on < countsFrom)
                sentences << tr("Too early to count as %1's %2: it counts from %3.")
                                 .arg(schedule.childName, name, RecordText::date(countsFrom));
            else if (on.isValid() && on > entry.dueBy)
                sentences << tr("Completes the %1 for %2, late (it was due by %3).")
                                 .arg(name, schedule.childName, RecordText::date(entry.dueBy));
            else
                sentences << tr("Completes the %1 for %2 (due by %3).").arg(name, schedule.childName, RecordText::date(entry.dueBy));
        }
    }
    return sentences.join(QLatin1Char(' '));
}

} // namespace tandem::gui::VisitText
