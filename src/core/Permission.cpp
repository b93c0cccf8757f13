#include "tandem/core/Permission.h"

#include <QCoreApplication>

namespace tandem {

bool roleHas(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ManageUsers:
    case Permission::DeleteRecords:
    case Permission::MergeRecords:
        return role == Role::Administrator;
    case Permission::ImportRecords:
        return role == Role::Administrator || role == Role::TeamLead; // bulk changes are supervised work
    case Permission::VerifyAudit:
    case Permission::ViewTeamCaseload:
        return role == Role::Administrator || role == Role::TeamLead;
    case Permission::ViewFamilies:
    case Permission::EditFamilies:
        return true; // every practitioner role works with families; restrictions come per record
    }
    return false;
}

QString permissionDisplayName(Permission permission)
{
    switch (permission) {
    case Permission::ManageUsers: return QCoreApplication::translate("tandem::Permission", "manage users");
    case Permission::VerifyAudit: return QCoreApplication::translate("tandem::Permission", "verify the audit trail");
    case Permission::ViewFamilies: return QCoreApplication::translate("tandem::Permission", "view family records");
    case Permission::EditFamilies: return QCoreApplication::translate("tandem::Permission", "edit family records");
    case Permission::DeleteRecords: return QCoreApplication::translate("tandem::Permission", "delete records");
    case Permission::MergeRecords: return QCoreApplication::translate("tandem::Permission", "merge child records");
    case Permission::ImportRecords: return QCoreApplication::translate("tandem::Permission", "import families from a file");
    case Permission::ViewTeamCaseload:
        return QCoreApplication::translate("tandem::Permission", "view the team's caseload");
    }
    return {};
}

} // namespace tandem
