#pragma once

#include "tandem/core/Result.h"
#include "tandem/core/User.h"
#include "tandem/services/VisitTypes.h"

namespace tandem {

class Session;

// My caseload and the day plan. A worker's caseload is the families (not deleted, not moved
// away) whose named health visitor is that worker. Seeing another worker's caseload or day
// plan needs Permission::ViewTeamCaseload.
class CaseloadService {
public:
    explicit CaseloadService(Session& session) : m_session(session) {}

    Result<Caseload> caseload(const CaseloadFilter& filter = {}) const;

    // Appointments on one day for one worker (empty: the signed-in user), with what is
    // needed at the door. No restricted text.
    Result<DayPlan> dayPlan(const QDate& date, const QString& workerUserUuid = {}) const;

    // Health visitors and team leads of this store, for choosing whose caseload to show.
    Result<QList<User>> caseloadHolders() const;

private:
    Session& m_session;
};

} // namespace tandem
