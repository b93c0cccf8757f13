#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace tandem {

// One event in a family's journey. Later modules (visits, assessments, consent, sharing)
// add their own kinds; the record screen shows them newest first.
struct TimelineEvent {
    QString uuid;
    QString familyUuid;
    QString childUuid;   // empty when the event concerns the household
    QDateTime occurredAt; // UTC
    QString kind;        // e.g. "family.registered", "child.registered", "address.changed"
    QString category;    // TimelineCategories token, for filtering
    QString summary;     // one translated line, built when read
    QString actorName;   // display name of the user who recorded it
};

namespace TimelineCategories {
// "registration", "address", "record", "involvement", "visit", "assessment", "consent", "share"
QStringList tokens();
QString displayName(const QString& token);
QString categoryForKind(const QString& kind); // "address.changed" -> "address"
} // namespace TimelineCategories

} // namespace tandem
