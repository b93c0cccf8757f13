#include "HealthVisitingFixtures.h"
#include "FamilyFixtures.h"

#include "tandem/services/CareTeamService.h"
#include "tandem/services/FamilyService.h"
#include "tandem/services/UserService.h"
#include "tandem/store/UserRepository.h"

#include <catch2/catch.hpp>

namespace tandem::test {

HealthVisitingStore::HealthVisitingStore()
{
    auto admin = m_store.unlockAdmin();
    UserService users(*admin);
    const struct { const char* name; const char* display; Role role; } people[] = {
        {"hv", "Amara Nwosu-Lane", Role::HealthVisitor},
        {"cc", "Jo Pemberton-Hale", Role::ChildrensCentrePractitioner},
        {"lead", "Priya Castellan", Role::TeamLead},
    };
    for (const auto& p : people) {
        auto added = users.addUser({QString::fromLatin1(p.name), QString::fromLatin1(p.display), p.role},
                                   secret(kPractitionerPassphrase));
        INFO(added.message().toStdString());
        REQUIRE(added.ok());
    }
}

std::unique_ptr<Session> HealthVisitingStore::as(const char* username)
{
    auto s = m_store.unlock(QString::fromLatin1(username), kPractitionerPassphrase);
    INFO(s.message().toStdString());
    REQUIRE(s.ok());
    return std::move(s.value());
}

QString HealthVisitingStore::userUuid(const char* username) const
{
    auto admin = const_cast<TestStore&>(m_store).unlockAdmin();
    auto user = store::UserRepository(admin->database()).findByUsername(QString::fromLatin1(username));
    REQUIRE(user.ok());
    REQUIRE(user.value().has_value());
    return user.value()->uuid;
}

Family registerHvFamily(Session& session, const QString& given, const QString& familyName, const QDate& dob, int nhsSeed,
                        bool nameMe)
{
    auto family = FamilyService(session).registerFamily(syntheticFamily(given, familyName, dob, syntheticNhs(nhsSeed)));
    INFO(family.message().toStdString());
    REQUIRE(family.ok());
    if (nameMe) {
        auto named = CareTeamService(session).setNamedHealthVisitor(family.value().uuid, session.user().uuid);
        INFO(named.message().toStdString());
        REQUIRE(named.ok());
    }
    return family.value();
}

Contact contactDraft(const Family& family, const QString& type, const QDateTime& at, const QString& place)
{
    Contact c;
    c.familyUuid = family.uuid;
    c.childUuids = {family.children.first().uuid};
    c.occurredAt = at;
    c.type = type;
    c.place = place;
    c.durationMinutes = ContactTypes::isMissedAttempt(type) ? 0 : 45;
    c.peoplePresent = QStringLiteral("Mother");
    c.outcome = ContactTypes::isMissedAttempt(type) ? QString() : QStringLiteral("Feeding well; weight on the 50th centile.");
    return c;
}

} // namespace tandem::test
