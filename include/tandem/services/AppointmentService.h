#pragma once

#include "tandem/core/Result.h"
#include "tandem/services/VisitTypes.h"

namespace tandem {

class Session;

// Planned visits on a practitioner's diary. Permission::RecordContacts.
class AppointmentService {
public:
    explicit AppointmentService(Session& session) : m_session(session) {}

    // startsAt valid and not in the past (today counts); type and place known tokens;
    // children belong to the family; duration 5..480; purpose at most 500 characters.
    // The practitioner defaults to the signed-in user; booking for another needs
    // Permission::ViewTeamCaseload. Audited, on the timeline ("appointment.booked").
    Result<Appointment> book(Appointment draft);
    // Booked appointments only; reason per ContactRules::checkReason.
    Result<void> cancel(const QString& appointmentUuid, const QString& reason);

    // Booked and done appointments from today on, soonest first.
    Result<QList<Appointment>> upcomingForFamily(const QString& familyUuid) const;

private:
    Session& m_session;
};

} // namespace tandem
