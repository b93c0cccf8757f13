#include "AssessmentAccess.h"

#include "tandem/services/Session.h"

#include <QCoreApplication>

namespace tandem {

bool AssessmentAccess::withheld(const Assessment& a) const
{
    if (a.kind != AssessmentKind::Eyfs || a.parentAgreedToShare)
        return false;
    // The health visiting team: health visitors and their clinical lead (docs/security.md).
    const Role role = m_session.user().role;
    return role == Role::HealthVisitor || role == Role::TeamLead;
}

Assessment AssessmentAccess::asSeen(Assessment a) const
{
    if (!withheld(a))
        return a;
    a.withheld = true;
    a.parts.clear();
    a.parentConcerns.clear();
    a.followUpPlan.clear();
    a.needsFollowUp = false;
    a.outcome = QCoreApplication::translate("tandem::AssessmentAccess",
                                            "Progress check recorded by %1; the parent has not agreed to share it with the "
                                            "health visitor.")
                    .arg(a.setting);
    return a;
}

QList<Assessment> AssessmentAccess::asSeen(QList<Assessment> assessments) const
{
    for (Assessment& a : assessments)
        a = asSeen(std::move(a));
    return assessments;
}

} // namespace tandem
