#pragma once

#include "tandem/core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace tandem::store {

class Database;

// A stored timeline event; the services turn kind + detail into a translated summary.
struct TimelineRow {
    QString uuid;
    QString familyUuid;
    QString childUuid;
    QDateTime occurredAt;
    QString kind;
    QString detail;
    QString actorUuid;
    QString actorName;
};

class TimelineRepository {
public:
    explicit TimelineRepository(Database& db) : m_db(db) {}

    // recordedAt: store timestamp of the change; occurredAt: when it happened in the
    // family's life (the same, or e.g. the day a family moved).
    Result<void> append(const QString& familyUuid, const QString& childUuid, const QDateTime& occurredAt, const QString& kind,
                        const QString& detail, const QString& actor, const QString& recordedAt);
    Result<QList<TimelineRow>> forFamily(const QString& familyUuid) const; // newest first
    // Re-points a merged child's events at the record it was merged into.
    Result<void> moveChildEvents(const QString& fromChildUuid, const QString& toChildUuid, const QString& toFamilyUuid);

private:
    Database& m_db;
};

} // namespace tandem::store
