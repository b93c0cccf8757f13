#include "tandem/core/Role.h"

#include <QCoreApplication>

namespace tandem {

QString roleToken(Role role)
{
    switch (role) {
    case Role::HealthVisitor: return QStringLiteral("health-visitor");
    case Role::ChildrensCentrePractitioner: return QStringLiteral("childrens-centre");
    case Role::TeamLead: return QStringLiteral("team-lead");
    case Role::Administrator: return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> roleFromToken(const QString& token)
{
    const QString t = token.trimmed().toLower();
    for (Role r : {Role::HealthVisitor, Role::ChildrensCentrePractitioner, Role::TeamLead, Role::Administrator}) {
        if (roleToken(r) == t)
            return r;
    }
    return std::nullopt;
}

QStringList roleTokens()
{
    return {roleToken(Role::HealthVisitor), roleToken(Role::ChildrensCentrePractitioner),
            roleToken(Role::TeamLead), roleToken(Role::Administrator)};
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::HealthVisitor: return QCoreApplication::translate("tandem::Role", "Health visitor");
    case Role::ChildrensCentrePractitioner:
        return QCoreApplication::translate("tandem::Role", "Children's centre practitioner");
    case Role::TeamLead: return QCoreApplication::translate("tandem::Role", "Team lead");
    case Role::Administrator: return QCoreApplication::translate("tandem::Role", "Administrator");
    }
    return {};
}

} // namespace tandem
