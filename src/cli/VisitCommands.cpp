// visit log / list / action-done / plan / cancel, note add.
#include "CliContext.h"
#include "CliOptions.h"
#include "Commands.h"
#include "VisitOptions.h"
#include "VisitView.h"

#include "tandem/services/AppointmentService.h"
#include "tandem/services/FamilyRecordService.h"
#include "tandem/services/NoteService.h"
#include "tandem/services/ScheduleService.h"
#include "tandem/services/VisitService.h"

namespace tandem::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::cli::Commands", text); }

int usageFor(CliContext& c, const QString& command, const QString& message)
{
    return c.out.usage(message + QLatin1Char(' ') + tr("See tandem-cli %1 --help.").arg(command));
}

int runVisitLog(CliContext& c)
{
    const QString cmd = QStringLiteral("visit log");
    QString familyUuid = textOption(c.parser, "family");
    QStringList children = listOption(c.parser, "child");
    auto type = tokenOption(c.parser, "type", ContactTypes::tokens());
    auto place = tokenOption(c.parser, "place", ContactPlaces::tokens());
    auto at = dateTimeOption(c.parser, "at");
    auto duration = minutesOption(c.parser, "duration");
    auto actions = actionOptions(c.parser);
    auto note = noteFromOptions(c.parser, "note", "note-file", "note-restriction");
    for (const QString& problem : {type.message(), place.message(), at.message(), duration.message(), actions.message(), note.message()})
        if (!problem.isEmpty())
            return usageFor(c, cmd, problem);
    if (familyUuid.isEmpty() && children.isEmpty())
        return usageFor(c, cmd, tr("Say who the contact was with: --family FAMILY_UUID or --child CHILD_UUID."));
    if (type.value().isEmpty())
        return usageFor(c, cmd, tr("Give the --type: one of %1.").arg(ContactTypes::tokens().join(QStringLiteral(", "))));
    if (place.value().isEmpty())
        return usageFor(c, cmd, tr("Give the --place: one of %1.").arg(ContactPlaces::tokens().join(QStringLiteral(", "))));
    if (!duration.value() && !ContactTypes::isMissedAttempt(type.value()))
        return usageFor(c, cmd, tr("Give the --duration in minutes (only not-brought and no-access contacts may leave it out)."));
    if (auto read = fillFromFile(c.parser, "note-file", note.value()); !read.ok())
        return c.out.failure(read.error());

    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    Session& s = *session.value();
    FamilyRecordService records(s);
    if (familyUuid.isEmpty()) {
        auto child = records.child(children.first());
        if (!child.ok())
            return c.out.failure(child.error());
        familyUuid = child.value().familyUuid;
    }
    auto record = records.record(familyUuid);
    if (!record.ok())
        return c.out.failure(record.error());
    const QHash<QString, QString> names = childNames(record.value());
    if (children.isEmpty()) {
        if (record.value().family.children.size() != 1)
            return usageFor(c, cmd, tr("This household has %1 children: say which the contact covered with --child (once for each).")
                                        .arg(record.value().family.children.size()));
        children << record.value().family.children.first().uuid;
    }

    Contact draft;
    draft.familyUuid = familyUuid;
    draft.childUuids = children;
    draft.type = type.value();
    draft.place = place.value();
    QDateTime now = QDateTime::currentDateTime();
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    draft.occurredAt = at.value().value_or(now);
    draft.durationMinutes = duration.value().value_or(0);
    draft.peoplePresent = textOption(c.parser, "present");
    draft.outcome = textOption(c.parser, "outcome");
    draft.actions = actions.value();
    for (FollowUpAction& a : draft.actions) {
        // An owner written as a user name of this store is linked to that user.
        if (auto owner = userByName(s, a.ownerName, QStringLiteral("--action")); owner.ok()) {
            a.ownerUserUuid = owner.value().uuid;
            a.ownerName = owner.value().displayName;
        }
    }
    if (note.value())
        draft.notes << *note.value();
    if (const QString name = textOption(c.parser, "practitioner"); !name.isEmpty()) {
        auto user = userByName(s, name, QStringLiteral("--practitioner"));
        if (!user.ok())
            return c.out.failure(user.error());
        draft.practitionerUserUuid = user.value().uuid;
    }
    auto logged = VisitService(s).logContact(draft, textOption(c.parser, "appointment"));
    if (!logged.ok())
        return c.out.failure(logged.error());
    const Contact& contact = logged.value();

    // Which mandated contact this completed, child by child.
    QJsonArray completed;
    QStringList covered;
    for (const QString& u : contact.childUuids)
        covered << names.value(u, u);
    QStringList lines{tr("Logged %1 %2 for %3 on %4.")
                          .arg(ContactTypes::displayName(contact.type), contact.uuid, covered.join(QStringLiteral(", ")),
                               showDayTime(contact.occurredAt))};
    const auto mandated = domain::mandatedContactForType(contact.type);
    for (const QString& childUuid : contact.childUuids) {
        if (!mandated)
            break;
        auto schedule = ScheduleService(s).forChild(childUuid);
        if (!schedule.ok())
            continue; // the contact is stored; the schedule is a courtesy here
        for (const domain::ScheduledContact& sc : schedule.value().contacts) {
            if (sc.contactUuid == contact.uuid) {
                completed.append(QJsonObject{{QStringLiteral("child_uuid"), childUuid}, {QStringLiteral("child_name"), names.value(childUuid)},
                                             {QStringLiteral("contact"), domain::contactToken(sc.contact)},
                                             {QStringLiteral("status"), domain::statusToken(sc.status)}, {QStringLiteral("done_on"), isoDay(sc.doneOn)}});
                lines << tr("Completed for %1: %2").arg(names.value(childUuid), scheduledLine(sc));
            } else if (sc.contact == *mandated) {
                lines << tr("Not counted on %1's schedule: %2").arg(names.value(childUuid), scheduledLine(sc));
            }
        }
    }
    const QString appointment = textOption(c.parser, "appointment");
    if (!appointment.isEmpty())
        lines << tr("Planned visit %1 is marked done.").arg(appointment);
    return c.out.success({{QStringLiteral("contact"), contactJson(contact, names)}, {QStringLiteral("completed"), completed},
                          {QStringLiteral("appointment_uuid"), textOrNull(appointment)}},
                         lines.join(QLatin1Char('\n')));
}

int runVisitList(CliContext& c)
{
    const QString familyUuid = textOption(c.parser, "family");
    const QString childUuid = textOption(c.parser, "child");
    if (familyUuid.isEmpty() == childUuid.isEmpty())
        return usageFor(c, QStringLiteral("visit list"), tr("Give either --family FAMILY_UUID or --child CHILD_UUID."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    Session& s = *session.value();
    FamilyRecordService records(s);
    auto record = childUuid.isEmpty() ? records.record(familyUuid) : records.recordForChild(childUuid);
    if (!record.ok())
        return c.out.failure(record.error());
    VisitService visits(s);
    auto contacts = childUuid.isEmpty() ? visits.contactsForFamily(familyUuid) : visits.contactsForChild(childUuid);
    if (!contacts.ok())
        return c.out.failure(contacts.error());
    auto notes = NoteService(s).notesForFamily(record.value().family.uuid);
    if (!notes.ok())
        return c.out.failure(notes.error());
    const QHash<QString, QString> names = childNames(record.value());
    QJsonArray contactList, noteList;
    QStringList text{childUuid.isEmpty() ? tr("Contacts with household %1, newest first: %2").arg(familyUuid).arg(contacts.value().size())
                                         : tr("Contacts about %1, newest first: %2").arg(names.value(childUuid, childUuid)).arg(contacts.value().size())};
    for (const Contact& contact : contacts.value()) {
        contactList.append(contactJson(contact, names));
        text << QString() << contactText(contact, names);
    }
    // Notes written on their own (not at a contact): the household's, or this child's and the household's.
    QStringList loose;
    for (const Note& n : notes.value()) {
        if (!n.contactUuid.isEmpty() || (!childUuid.isEmpty() && !n.childUuid.isEmpty() && n.childUuid != childUuid))
            continue;
        noteList.append(noteJson(n));
        loose << QStringLiteral("  ") + noteText(n).replace(QLatin1Char('\n'), QStringLiteral("\n    "));
    }
    if (!loose.isEmpty())
        text << QString() << tr("Other notes, newest first") << loose;
    return c.out.success({{QStringLiteral("family_uuid"), record.value().family.uuid}, {QStringLiteral("contacts"), contactList},
                          {QStringLiteral("notes"), noteList}},
                         text.join(QLatin1Char('\n')));
}

int runActionDone(CliContext& c)
{
    const QString actionUuid = c.arguments.value(0).trimmed();
    if (actionUuid.isEmpty())
        return usageFor(c, QStringLiteral("visit action-done"), tr("Give the ACTION_UUID (visit list shows it)."));
    auto on = dateOption(c.parser, "on");
    if (!on.ok())
        return usageFor(c, QStringLiteral("visit action-done"), on.message());
    const QDate day = on.value().value_or(QDate::currentDate());
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    auto done = VisitService(*session.value()).completeAction(actionUuid, day);
    if (!done.ok())
        return c.out.failure(done.error());
    return c.out.success({{QStringLiteral("action_uuid"), actionUuid}, {QStringLiteral("done_on"), isoDay(day)}},
                         tr("Marked action %1 done on %2.").arg(actionUuid, showDay(day)));
}

int runVisitPlan(CliContext& c)
{
    const QString cmd = QStringLiteral("visit plan");
    auto type = tokenOption(c.parser, "type", ContactTypes::tokens());
    auto place = tokenOption(c.parser, "place", ContactPlaces::tokens());
    auto at = dateTimeOption(c.parser, "at");
    auto duration = minutesOption(c.parser, "duration");
    for (const QString& problem : {type.message(), place.message(), at.message(), duration.message()})
        if (!problem.isEmpty())
            return usageFor(c, cmd, problem);
    Appointment a;
    a.familyUuid = textOption(c.parser, "family");
    if (a.familyUuid.isEmpty() || !at.value() || type.value().isEmpty() || place.value().isEmpty())
        return usageFor(c, cmd, tr("visit plan needs --family, --at, --type and --place."));
    a.startsAt = *at.value();
    a.type = type.value();
    a.place = place.value();
    a.durationMinutes = duration.value().value_or(a.durationMinutes);
    a.childUuids = listOption(c.parser, "child");
    a.purpose = textOption(c.parser, "purpose");
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    if (const QString name = textOption(c.parser, "practitioner"); !name.isEmpty()) {
        auto user = userByName(*session.value(), name, QStringLiteral("--practitioner"));
        if (!user.ok())
            return c.out.failure(user.error());
        a.practitionerUserUuid = user.value().uuid;
    }
    auto booked = AppointmentService(*session.value()).book(a);
    if (!booked.ok())
        return c.out.failure(booked.error());
    const Appointment& b = booked.value();
    return c.out.success({{QStringLiteral("appointment"), appointmentJson(b)}},
                         tr("Booked %1 (%2) on %3 for %4 minutes with %5: appointment %6.")
                             .arg(ContactTypes::displayName(b.type), ContactPlaces::displayName(b.place), showDayTime(b.startsAt))
                             .arg(b.durationMinutes)
                             .arg(b.practitionerName, b.uuid));
}

int runVisitCancel(CliContext& c)
{
    const QString uuid = c.arguments.value(0).trimmed();
    const QString reason = textOption(c.parser, "reason");
    if (uuid.isEmpty() || reason.isEmpty())
        return usageFor(c, QStringLiteral("visit cancel"), tr("visit cancel needs an APPOINTMENT_UUID and --reason TEXT."));
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    auto done = AppointmentService(*session.value()).cancel(uuid, reason);
    if (!done.ok())
        return c.out.failure(done.error());
    return c.out.success({{QStringLiteral("appointment_uuid"), uuid}, {QStringLiteral("status"), QStringLiteral("cancelled")}},
                         tr("Cancelled appointment %1.").arg(uuid));
}

int runNoteAdd(CliContext& c)
{
    const QString cmd = QStringLiteral("note add");
    auto note = noteFromOptions(c.parser, "text", "file", "restriction");
    if (!note.ok())
        return usageFor(c, cmd, note.message());
    const QString familyUuid = textOption(c.parser, "family");
    if (familyUuid.isEmpty() || !note.value())
        return usageFor(c, cmd, tr("note add needs --family FAMILY_UUID and the note: --text TEXT or --file PATH."));
    if (auto read = fillFromFile(c.parser, "file", note.value()); !read.ok())
        return c.out.failure(read.error());
    Note draft = *note.value();
    draft.familyUuid = familyUuid;
    draft.childUuid = textOption(c.parser, "child");
    auto session = c.unlock();
    if (!session.ok())
        return c.out.failure(session.error());
    auto added = NoteService(*session.value()).addNote(draft);
    if (!added.ok())
        return c.out.failure(added.error());
    return c.out.success({{QStringLiteral("note"), noteJson(added.value())}},
                         tr("Added a note (%1) to household %2: note %3.")
                             .arg(NoteRestrictions::displayName(added.value().restriction).toLower(), familyUuid, added.value().uuid));
}

} // namespace

QList<CommandSpec> visitCommands()
{
    const QString types = ContactTypes::tokens().join(QStringLiteral(", "));
    const QString places = ContactPlaces::tokens().join(QStringLiteral(", "));
    const QString restrictions = NoteRestrictions::tokens().join(QStringLiteral(", "));
    const QCommandLineOption family = opt(QStringLiteral("family"), tr("The household."), tr("uuid"));
    const QCommandLineOption type = opt(QStringLiteral("type"), tr("One of: %1.").arg(types), tr("type"));
    const QCommandLineOption place = opt(QStringLiteral("place"), tr("One of: %1.").arg(places), tr("place"));
    const QCommandLineOption practitioner = opt(QStringLiteral("practitioner"), tr("Sign-in name of the practitioner (default: you)."), tr("username"));
    CommandSpec log{QStringLiteral("visit log"), tr("Record a contact with a family: visit, clinic, call or missed attempt."),
                    {family, opt(QStringLiteral("child"), tr("A child the contact covered (repeat for several); alone, the household is the child's."), tr("uuid")),
                     type, place,
                     opt(QStringLiteral("at"), tr("When, \"YYYY-MM-DD HH:MM\" (default now); not in the future."), tr("when")),
                     opt(QStringLiteral("duration"), tr("Minutes (1-480; may be left out for not-brought and no-access)."), tr("minutes")),
                     opt(QStringLiteral("present"), tr("Who was present."), tr("text")),
                     opt(QStringLiteral("outcome"), tr("A short summary of what happened (required unless not-brought or no-access)."), tr("text")),
                     opt(QStringLiteral("action"), tr("A follow-up action, \"DESCRIPTION;YYYY-MM-DD;OWNER\" (repeat for several)."), tr("action")),
                     opt(QStringLiteral("note"), tr("A note written at the contact."), tr("text")),
                     opt(QStringLiteral("note-file"), tr("Read the note from a UTF-8 file ('-': standard input)."), tr("path")),
                     opt(QStringLiteral("note-restriction"), tr("Who may read the note: %1 (default none).").arg(restrictions), tr("restriction")),
                     practitioner, opt(QStringLiteral("appointment"), tr("The planned visit this contact completes."), tr("uuid"))},
                    true, runVisitLog, QString(), 0};
    CommandSpec list{QStringLiteral("visit list"), tr("List a household's or a child's contacts, newest first."),
                     {family, opt(QStringLiteral("child"), tr("The child."), tr("uuid"))}, true, runVisitList, QString(), 0};
    CommandSpec actionDone{QStringLiteral("visit action-done"), tr("Mark a follow-up action done."),
                           {opt(QStringLiteral("on"), tr("The day it was done (default today)."), tr("date"))}, true, runActionDone,
                           QStringLiteral("ACTION_UUID"), 1};
    CommandSpec plan{QStringLiteral("visit plan"), tr("Book a visit on a practitioner's diary."),
                     {family, opt(QStringLiteral("at"), tr("When, \"YYYY-MM-DD HH:MM\"; today or later."), tr("when")), type, place,
                      opt(QStringLiteral("duration"), tr("Minutes (5-480, default 60)."), tr("minutes")),
                      opt(QStringLiteral("child"), tr("A child the visit is for (repeat; default the whole household)."), tr("uuid")),
                      opt(QStringLiteral("purpose"), tr("What the visit is for (at most 500 characters)."), tr("text")), practitioner},
                     true, runVisitPlan, QString(), 0};
    CommandSpec cancel{QStringLiteral("visit cancel"), tr("Cancel a planned visit."),
                       {opt(QStringLiteral("reason"), tr("Why (5-500 characters)."), tr("text"))}, true, runVisitCancel,
                       QStringLiteral("APPOINTMENT_UUID"), 1};
    CommandSpec note{QStringLiteral("note add"), tr("Write a note on a household or a child."),
                     {family, opt(QStringLiteral("child"), tr("The child the note is about (default the household)."), tr("uuid")),
                      opt(QStringLiteral("text"), tr("The note."), tr("text")),
                      opt(QStringLiteral("file"), tr("Read the note from a UTF-8 file ('-': standard input)."), tr("path")),
                      opt(QStringLiteral("restriction"), tr("Who may read it: %1 (default none).").arg(restrictions), tr("restriction"))},
                     true, runNoteAdd, QString(), 0};
    return {log, list, actionDone, plan, cancel, note};
}

} // namespace tandem::cli
