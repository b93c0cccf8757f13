#pragma once

#include "tandem/core/Result.h"
#include "tandem/services/VisitTypes.h"

namespace tandem {

class Session;

// Who looks after a family: service level (with its history), named health visitor, lead
// professional, and whether the family has moved out of the area.
class CareTeamService {
public:
    explicit CareTeamService(Session& session) : m_session(session) {}

    Result<CareTeam> careTeam(const QString& familyUuid) const;

    // Service level and named health visitor are health visiting decisions:
    // Permission::RecordMandatedContacts (health visitors and team leads). The rest: EditFamilies.
    // New level with a reason (ContactRules::checkReason); effectiveFrom not in the future and
    // not before the family was registered. Refused if the level is already current.
    Result<void> setServiceLevel(const QString& familyUuid, const QString& level, const QString& reason,
                                 const QDate& effectiveFrom);

    // An active health visitor or team lead of this store; empty uuid clears. Also records a
    // health-visiting involvement for them when none is active, so "who is involved" shows it.
    Result<void> setNamedHealthVisitor(const QString& familyUuid, const QString& userUuid);

    // The lead professional is the household's key-worker involvement (any service or agency);
    // this moves the key-worker flag to the given active involvement.
    Result<void> setLeadProfessional(const QString& familyUuid, const QString& involvementUuid);

    // The family moved out of the area on the day given: remaining contacts become not
    // applicable and the family leaves every caseload. A null date with an empty reason
    // records that the family is back in the area.
    Result<void> recordLeftArea(const QString& familyUuid, const QDate& on, const QString& reason);

private:
    Session& m_session;
};

} // namespace tandem
