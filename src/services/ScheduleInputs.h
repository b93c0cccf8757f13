#pragma once

// Internal to the services: one place that turns stored rows into domain::ScheduleInput, so
// the record screen, the caseload, the day plan and the CLI compute schedules identically.

#include "tandem/domain/ContactSchedule.h"
#include "tandem/services/VisitTypes.h"

#include <QHash>

namespace tandem {

struct ScheduleSource {
    QHash<QString, QList<domain::ScheduleContact>> contacts;     // by child uuid
    QHash<QString, QList<domain::ScheduleExclusion>> decisions;  // by child uuid
};

domain::ScheduleInput scheduleInput(const std::optional<QDate>& dateOfBirth, const std::optional<QDate>& expectedDelivery,
                                    const std::optional<int>& gestationWeeks, const std::optional<QDate>& leftArea,
                                    const QString& childUuid, const ScheduleSource& source);

ChildSchedule childSchedule(const Child& child, const std::optional<QDate>& leftArea, const ScheduleSource& source,
                            const QDate& today);

} // namespace tandem
