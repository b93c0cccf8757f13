#include "ScheduleInputs.h"

namespace tandem {

domain::ScheduleInput scheduleInput(const std::optional<QDate>& dateOfBirth, const std::optional<QDate>& expectedDelivery,
                                    const std::optional<int>& gestationWeeks, const std::optional<QDate>& leftArea,
                                    const QString& childUuid, const ScheduleSource& source)
{
    domain::ScheduleInput in;
    in.dateOfBirth = dateOfBirth;
    in.expectedDelivery = expectedDelivery;
    in.gestationWeeks = gestationWeeks;
    in.leftArea = leftArea;
    in.contacts = source.contacts.value(childUuid);
    in.exclusions = source.decisions.value(childUuid);
    return in;
}

ChildSchedule childSchedule(const Child& child, const std::optional<QDate>& leftArea, const ScheduleSource& source,
                            const QDate& today)
{
    ChildSchedule s;
    s.childUuid = child.uuid;
    s.familyUuid = child.familyUuid;
    s.childName = child.givenName + QLatin1Char(' ') + child.familyName;
    s.dateOfBirth = child.dateOfBirth;
    s.expectedDelivery = child.expectedDeliveryDate;
    s.contacts = domain::computeSchedule(
        scheduleInput(child.dateOfBirth, child.expectedDeliveryDate, child.gestationWeeks, leftArea, child.uuid, source), today);
    return s;
}

} // namespace tandem
