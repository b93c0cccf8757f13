#pragma once

// Synthetic caseloads for the Caseload area's tests. Today is 15 Jan 2026 (TestStore's clock).
// Amara (health visitor) is the named health visitor of three families:
//   Ashdown  Ada, born 20 Dec 2025: new birth visit overdue (was due by 3 Jan)
//   Brennan  Bea, born 4 Jan 2026: new birth visit due by 18 Jan, so due this week
//   Carrow   Cai, born 1 Mar 2025: 12-month review due by 1 Mar 2026; universal plus
// Bea Okonjo (health visitor) holds the Dunmores; the Ellwoods name nobody. Priya is the team lead.

#include "FamilyFixtures.h"
#include "TestStore.h"

#include "tandem/services/CareTeamService.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/UserService.h"

namespace tandem::test {

struct CaseloadStore {
    TestStore store;
    std::unique_ptr<Session> admin; // registers the families
    std::unique_ptr<Session> lead;  // Priya: names health visitors and sets service levels (health visiting decisions)
    User amara;
    User bea;
    User priya;
    Family ashdown, brennan, carrow, dunmore, ellwood;

    CaseloadStore()
    {
        admin = store.unlockAdmin();
        amara = addUser(QStringLiteral("amara"), QStringLiteral("Amara Nwosu-Lane"), Role::HealthVisitor);
        bea = addUser(QStringLiteral("bea"), QStringLiteral("Bea Okonjo"), Role::HealthVisitor);
        priya = addUser(QStringLiteral("priya"), QStringLiteral("Priya Castellano"), Role::TeamLead);
        lead = as(QStringLiteral("priya"));
        ashdown = family(QStringLiteral("Ada"), QStringLiteral("Ashdown"), QDate(2025, 12, 20), 1, QStringLiteral("3 Canal Street"), amara);
        brennan = family(QStringLiteral("Bea"), QStringLiteral("Brennan"), QDate(2026, 1, 4), 2, QStringLiteral("5 Weaver Court"), amara);
        carrow = family(QStringLiteral("Cai"), QStringLiteral("Carrow"), QDate(2025, 3, 1), 3, QStringLiteral("18 Kiln Street"), amara);
        dunmore = family(QStringLiteral("Dara"), QStringLiteral("Dunmore"), QDate(2025, 12, 25), 4, QStringLiteral("9 Mill Lane"), bea);
        ellwood = family(QStringLiteral("Eve"), QStringLiteral("Ellwood"), QDate(2025, 12, 22), 5, QStringLiteral("2 Quarry Row"), User{});
        auto level = CareTeamService(*lead).setServiceLevel(carrow.uuid, QStringLiteral("universal-plus"),
                                                            QStringLiteral("Low mood after the birth; extra visits agreed"), lead->today());
        INFO(level.message().toStdString());
        REQUIRE(level.ok());
    }

    std::unique_ptr<Session> as(const QString& username) { return store.unlockAs(username); }

private:
    User addUser(const QString& username, const QString& name, Role role) { return addTestUser(*admin, username, name, role); }

    Family family(const QString& given, const QString& surname, const QDate& dob, int serial, const QString& line1, const User& hv)
    {
        Family draft = syntheticFamily(given, surname, dob, syntheticNhs(serial));
        draft.address.line1 = line1;
        auto registered = FamilyService(*admin).registerFamily(draft);
        INFO(registered.message().toStdString());
        REQUIRE(registered.ok());
        if (!hv.uuid.isEmpty()) {
            auto named = CareTeamService(*lead).setNamedHealthVisitor(registered.value().uuid, hv.uuid);
            INFO(named.message().toStdString());
            REQUIRE(named.ok());
        }
        return registered.value();
    }
};

} // namespace tandem::test
