#pragma once

#include "tandem/core/Family.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace tandem {

// One entry in a family's service-level history; the newest effective entry is current.
struct ServiceLevelChange {
    QString uuid;
    QString familyUuid;
    QString level;        // ServiceLevels::tokens()
    QString reason;       // why the level changed; required
    QDate effectiveFrom;
    QString recordedByName; // display name when read
    RecordMeta meta;
};

namespace ServiceLevels {
// "your-community", "universal", "universal-plus", "universal-partnership-plus"
QStringList tokens();
QString displayName(const QString& token); // translated; the token itself if unknown
// A family with no recorded level is offered the universal service.
inline QString defaultLevel() { return QStringLiteral("universal"); }
} // namespace ServiceLevels

} // namespace tandem
