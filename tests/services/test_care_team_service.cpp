#include "HealthVisitingFixtures.h"

#include "tandem/services/CareTeamService.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/ScheduleService.h"
#include "tandem/store/Database.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;
using domain::ContactStatus;
using domain::MandatedContact;

TEST_CASE("CareTeamService: service level history keeps each change with its reason", "[services][care]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    Family f = registerHvFamily(*hv, QStringLiteral("Nia"), QStringLiteral("Ashworth"), t.today().addDays(-40), 21);
    CareTeamService care(*hv);
    auto team = care.careTeam(f.uuid);
    REQUIRE(team.ok());
    CHECK(team.value().serviceLevel == QStringLiteral("universal"));
    CHECK_FALSE(team.value().serviceLevelRecorded);

    CHECK_FALSE(care.setServiceLevel(f.uuid, QStringLiteral("premium"), QStringLiteral("Not a level"), t.today()).ok());
    CHECK_FALSE(care.setServiceLevel(f.uuid, QStringLiteral("universal-plus"), QStringLiteral("low"), t.today()).ok());
    CHECK_FALSE(care.setServiceLevel(f.uuid, QStringLiteral("universal-plus"), QStringLiteral("Low mood after birth"),
                                     t.today().addDays(1)).ok());
    REQUIRE(care.setServiceLevel(f.uuid, QStringLiteral("universal-plus"), QStringLiteral("Low mood after birth"), t.today()).ok());
    CHECK_FALSE(care.setServiceLevel(f.uuid, QStringLiteral("universal-plus"), QStringLiteral("Same level again"), t.today()).ok());

    t.clock().set(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    auto later = t.as("hv");
    CHECK_FALSE(CareTeamService(*later).setServiceLevel(f.uuid, QStringLiteral("universal"), QStringLiteral("Before the last change"),
                                                        QDate(2026, 1, 10)).ok());
    REQUIRE(CareTeamService(*later).setServiceLevel(f.uuid, QStringLiteral("universal"), QStringLiteral("Mood improved; discharged"),
                                                    QDate(2026, 3, 1)).ok());
    team = CareTeamService(*later).careTeam(f.uuid);
    REQUIRE(team.ok());
    CHECK(team.value().serviceLevel == QStringLiteral("universal"));
    REQUIRE(team.value().serviceLevelHistory.size() == 2);
    CHECK(team.value().serviceLevelHistory.at(1).reason == QStringLiteral("Low mood after birth"));
    CHECK(team.value().serviceLevelHistory.at(0).recordedByName == QStringLiteral("Amara Nwosu-Lane"));
    CHECK(later->database().scalarInt(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'service-level.change'")).value() == 2);
}

TEST_CASE("CareTeamService: named health visitor and lead professional", "[services][care]")
{
    HealthVisitingStore t;
    auto lead = t.as("lead");
    Family f = registerHvFamily(*lead, QStringLiteral("Oli"), QStringLiteral("Castellanos"), t.today().addDays(-40), 22, false);
    CareTeamService care(*lead);
    CHECK_FALSE(care.setNamedHealthVisitor(f.uuid, t.userUuid("cc")).ok()); // not a health visitor
    CHECK_FALSE(care.setNamedHealthVisitor(f.uuid, QStringLiteral("no-such-user")).ok());
    REQUIRE(care.setNamedHealthVisitor(f.uuid, t.userUuid("hv")).ok());
    auto team = care.careTeam(f.uuid);
    REQUIRE(team.ok());
    CHECK(team.value().namedHealthVisitorName == QStringLiteral("Amara Nwosu-Lane"));

    // Naming the health visitor lists them as involved; the lead professional can be anyone involved.
    Involvement social;
    social.service = QStringLiteral("social-care");
    social.workerName = QStringLiteral("Rowan Tremayne");
    social.organisation = QStringLiteral("Northgate Children's Services");
    auto added = FamilyService(*lead).addInvolvement(f.uuid, social);
    REQUIRE(added.ok());
    REQUIRE(care.setLeadProfessional(f.uuid, added.value().uuid).ok());
    team = care.careTeam(f.uuid);
    REQUIRE(team.value().leadProfessional.has_value());
    CHECK(team.value().leadProfessional->workerName == QStringLiteral("Rowan Tremayne"));

    REQUIRE(care.setNamedHealthVisitor(f.uuid, QString()).ok());
    CHECK(care.careTeam(f.uuid).value().namedHealthVisitorUuid.isEmpty());
}

TEST_CASE("CareTeamService: a family that moved away has nothing left to do and comes back", "[services][care][schedule]")
{
    HealthVisitingStore t;
    auto hv = t.as("hv");
    Family f = registerHvFamily(*hv, QStringLiteral("Pia"), QStringLiteral("Eriksen"), t.today().addDays(-12), 23);
    const QString child = f.children.first().uuid;
    CareTeamService care(*hv);
    CHECK_FALSE(care.recordLeftArea(f.uuid, t.today().addDays(1), QStringLiteral("Moved to Leeds")).ok());
    CHECK_FALSE(care.recordLeftArea(f.uuid, QDate(), QString()).ok()); // not away
    REQUIRE(care.recordLeftArea(f.uuid, t.today(), QStringLiteral("Moved to Leeds; records sent on")).ok());
    auto schedule = ScheduleService(*hv).forChild(child);
    REQUIRE(schedule.ok());
    for (const auto& c : schedule.value().contacts) {
        if (c.contact == MandatedContact::Antenatal)
            continue; // the window closed at birth
        CHECK(c.status == ContactStatus::NotApplicable);
        CHECK(c.reason.contains(QStringLiteral("Moved out of area")));
    }
    REQUIRE(care.recordLeftArea(f.uuid, QDate(), QString()).ok());
    CHECK(ScheduleService(*hv).forChild(child).value().contacts.at(1).status == ContactStatus::Due);
}

TEST_CASE("CareTeamService: service level and named health visitor are health visiting decisions", "[services][care][permissions]")
{
    HealthVisitingStore t;
    Family f;
    {
        auto hv = t.as("hv");
        f = registerHvFamily(*hv, QStringLiteral("Rio"), QStringLiteral("Penhallow"), t.today().addDays(-40), 24);
    }
    auto cc = t.as("cc");
    CareTeamService care(*cc);
    CHECK(care.setServiceLevel(f.uuid, QStringLiteral("universal-plus"), QStringLiteral("Asked for feeding support"), t.today())
              .error()
              .code == ErrorCode::PermissionDenied);
    CHECK(care.setNamedHealthVisitor(f.uuid, QString()).error().code == ErrorCode::PermissionDenied);
    CHECK(care.careTeam(f.uuid).value().namedHealthVisitorName == QStringLiteral("Amara Nwosu-Lane"));
    auto admin = t.store().unlockAdmin();
    auto refused = CareTeamService(*admin).setNamedHealthVisitor(f.uuid, QString());
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.message().contains(QStringLiteral("Ask an administrator")));
}
