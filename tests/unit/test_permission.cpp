#include "tandem/core/Permission.h"

#include <catch2/catch.hpp>

using namespace tandem;

TEST_CASE("Permission: the whole role table", "[core][permissions]")
{
    using R = Role;
    using P = Permission;
    struct Row { P permission; bool hv, cc, lead, admin; };
    const Row table[] = {
        {P::ManageUsers, false, false, false, true},
        {P::DeleteRecords, false, false, false, true},
        {P::VerifyAudit, false, false, true, true},
        {P::ViewTeamCaseload, false, false, true, true},
        {P::ViewFamilies, true, true, true, true},
        {P::EditFamilies, true, true, true, true},
        {P::RecordContacts, true, true, true, false},
        {P::RecordMandatedContacts, true, false, true, false},
        {P::WriteHealthVisitingNotes, true, false, true, false},
        {P::ReadHealthVisitingNotes, true, false, true, false},
        {P::ReadSafeguardingNotes, true, false, true, false},
        {P::MergeRecords, false, false, false, true},
        {P::ImportRecords, false, false, true, true},
    };
    for (const Row& row : table) {
        INFO(permissionDisplayName(row.permission).toStdString());
        CHECK(roleHas(R::HealthVisitor, row.permission) == row.hv);
        CHECK(roleHas(R::ChildrensCentrePractitioner, row.permission) == row.cc);
        CHECK(roleHas(R::TeamLead, row.permission) == row.lead);
        CHECK(roleHas(R::Administrator, row.permission) == row.admin);
    }
}

TEST_CASE("Role: tokens round-trip and unknown tokens are refused", "[core]")
{
    for (const QString& token : roleTokens()) {
        auto role = roleFromToken(token);
        REQUIRE(role.has_value());
        CHECK(roleToken(*role) == token);
        CHECK_FALSE(roleDisplayName(*role).isEmpty());
    }
    CHECK(roleFromToken(QStringLiteral(" Team-Lead ")) == Role::TeamLead);
    CHECK_FALSE(roleFromToken(QStringLiteral("doctor")).has_value());
    CHECK_FALSE(roleFromToken(QString()).has_value());
}
