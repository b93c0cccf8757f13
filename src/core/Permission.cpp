#include "tandem/core/Permission.h"

#include <QCoreApplication>

namespace tandem {

bool roleHas(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ManageUsers:
    case Permission::ManageInstruments:
    case Permission::DeleteRecords:
    case Permission::MergeRecords:
        return role == Role::Administrator;
    case Permission::ImportRecords:
        return role == Role::Administrator || role == Role::TeamLead; // bulk changes are supervised work
    case Permission::VerifyAudit:
    case Permission::ViewTeamCaseload:
    case Permission::ManagePartners: // trusting another organisation's keys is a governance decision
        return role == Role::Administrator || role == Role::TeamLead;
    case Permission::RecordContacts:
    case Permission::RecordAssessments:
    case Permission::RecordConsent:
    case Permission::ExchangeBundles: // bundles carry family data; administrators never see families
        return role != Role::Administrator; // administrators run the store; they do not see families
    case Permission::RecordMandatedContacts:
    case Permission::WriteHealthVisitingNotes:
    case Permission::ReadHealthVisitingNotes:
    case Permission::ReadSafeguardingNotes:
        // The team lead is the clinical lead of the health visiting team (docs/security.md).
        return role == Role::HealthVisitor || role == Role::TeamLead;
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
    case Permission::RecordContacts: return QCoreApplication::translate("tandem::Permission", "record contacts with families");
    case Permission::RecordMandatedContacts:
        return QCoreApplication::translate("tandem::Permission", "record the mandated health visiting contacts");
    case Permission::WriteHealthVisitingNotes:
        return QCoreApplication::translate("tandem::Permission", "write health-visiting-only notes");
    case Permission::ReadHealthVisitingNotes:
        return QCoreApplication::translate("tandem::Permission", "read health-visiting-only notes");
    case Permission::ReadSafeguardingNotes: return QCoreApplication::translate("tandem::Permission", "read safeguarding notes");
    case Permission::RecordAssessments: return QCoreApplication::translate("tandem::Permission", "record assessments");
    case Permission::ManageInstruments:
        return QCoreApplication::translate("tandem::Permission", "correct instrument thresholds");
    case Permission::ManagePartners: return QCoreApplication::translate("tandem::Permission", "manage partner organisations");
    case Permission::RecordConsent: return QCoreApplication::translate("tandem::Permission", "record consent to share");
    case Permission::ExchangeBundles: return QCoreApplication::translate("tandem::Permission", "exchange sharing bundles");
    }
    return {};
}

} // namespace tandem
