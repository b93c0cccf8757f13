#pragma once

#include "tandem/core/Result.h"
#include "tandem/services/VisitTypes.h"

namespace tandem {

class Session;

// The mandated-contact schedule, computed by domain::computeSchedule from the child's dates,
// the contacts that covered the child, recorded exclusions and whether the family left the
// area, as of the session's today.
class ScheduleService {
public:
    explicit ScheduleService(Session& session) : m_session(session) {}

    Result<ChildSchedule> forChild(const QString& childUuid) const;
    // Every current child of the household, eldest first.
    Result<QList<ChildSchedule>> forFamily(const QString& familyUuid) const;

    // Records that the family declined a contact, or that it does not apply, with a reason
    // (ContactRules::checkReason). Replaces an earlier decision for the same contact. Refused
    // when the contact was already done. Permission::RecordMandatedContacts. Audited, on the timeline.
    Result<void> recordDecision(const QString& childUuid, domain::MandatedContact contact, bool declined,
                                const QString& reason, const QDate& on);
    // Withdraws the decision so the contact is scheduled again.
    Result<void> clearDecision(const QString& childUuid, domain::MandatedContact contact);

private:
    Session& m_session;
};

} // namespace tandem
