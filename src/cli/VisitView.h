#pragma once

#include "tandem/core/Appointment.h"
#include "tandem/core/Contact.h"
#include "tandem/services/VisitTypes.h"

namespace tandem {
struct FamilyRecord;
}

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tandem::cli {

// How the health-visiting records look on the command line: JSON for scripts (ISO dates,
// tokens) and aligned text for people (dates as "12 Mar 2026").
//
// The restricted-note rule: a note's text is printed only when the note is not restricted.
// A restricted note shows as "[restricted note: Health visiting only — 12 Mar 2026, Amara
// Nwosu]" in text and with "text": null, "withheld": true in JSON, whoever runs the command
// and whatever the service handed over.

QString showDay(const QDate& date);          // "12 Mar 2026"
QString showDay(const std::optional<QDate>& date); // "—" when none
QString showDayTime(const QDateTime& at);    // "12 Mar 2026 14:30"
QString localIso(const QDateTime& at);       // "2026-03-12T14:30" (local time, JSON)
QJsonValue isoDay(const std::optional<QDate>& date);
QJsonValue textOrNull(const QString& text);

// Child uuid to "Given Family" for the household's children.
QHash<QString, QString> childNames(const FamilyRecord& record);

// Rows of cells as aligned columns, each line prefixed with indent.
QString columns(const QList<QStringList>& rows, const QString& indent = {});

// Notes.
QString noteText(const Note& note); // the text, or the restricted marker
QJsonObject noteJson(const Note& note);

// Contacts; childNames maps child uuid to name.
QJsonObject contactJson(const Contact& contact, const QHash<QString, QString>& names);
QString contactText(const Contact& contact, const QHash<QString, QString>& names);
QJsonObject actionJson(const FollowUpAction& action);
QString actionText(const FollowUpAction& action);
QJsonObject appointmentJson(const Appointment& appointment);

// Mandated-contact schedules.
QJsonObject scheduledJson(const domain::ScheduledContact& contact);
QJsonObject scheduleJson(const ChildSchedule& schedule);
QString scheduleText(const QList<ChildSchedule>& schedules);
// "New birth visit: Due, due by 15 Mar 2026"
QString scheduledLine(const domain::ScheduledContact& contact);

} // namespace tandem::cli
