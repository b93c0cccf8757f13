#pragma once

#include "tandem/core/Role.h"

namespace tandem {

// What a signed-in user may do. Checked by the services, never only by the GUI.
enum class Permission {
    ManageUsers,       // add, remove, reset another user's passphrase
    VerifyAudit,
    ViewFamilies,
    EditFamilies,
    DeleteRecords,     // soft delete with a reason
    MergeRecords,      // merge two records of the same child
    ImportRecords,     // bulk registration from a file
    ViewTeamCaseload,  // every worker's caseload, not only one's own
    RecordContacts,          // log contacts, book visits, write notes
    RecordMandatedContacts,  // the five Healthy Child Programme contacts and decisions about them
    WriteHealthVisitingNotes, // mark a note health-visiting-only
    ReadHealthVisitingNotes,
    ReadSafeguardingNotes,
    RecordAssessments,       // ASQ-3, ASQ:SE-2, WellComm, the EYFS check, follow-up plans
    ManageInstruments,       // correct an instrument threshold in the store
    ManagePartners,          // add or remove a partner organisation (trusting its keys)
    RecordConsent,           // record and withdraw consent to share, record safeguarding decisions
    ExchangeBundles,         // export sharing bundles to partners and import theirs, resolve conflicts
};

// Pure: the role-to-permission table lives here and nowhere else.
bool roleHas(Role role, Permission permission);
QString permissionDisplayName(Permission permission);

} // namespace tandem
