#pragma once

#include "tandem/core/Family.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace tandem {

// A planned visit on a practitioner's diary; the day plan prints these. Logging the contact
// it was for marks it done.
struct Appointment {
    QString uuid;
    QString familyUuid;
    QStringList childUuids;        // children the visit is for; may be empty (whole household)
    QString practitionerUserUuid;  // defaults to the user booking it
    QString practitionerName;      // display name when read
    QDateTime startsAt;            // local date and time
    int durationMinutes = 60;      // 5..480
    QString type;                  // ContactTypes token
    QString place;                 // ContactPlaces token
    QString purpose;               // short unrestricted text, e.g. "Weigh; discuss feeding"
    QString status = QStringLiteral("booked"); // "booked", "done", "cancelled"
    QString contactUuid;           // the contact that completed it
    QString cancelReason;
    RecordMeta meta;
};

} // namespace tandem
