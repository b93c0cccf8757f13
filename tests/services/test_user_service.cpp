#include "TestStore.h"

#include "tandem/services/UserService.h"
#include "tandem/store/Database.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::test;

namespace {
void addUser(Session& admin, const char* name, Role role)
{
    auto added = UserService(admin).addUser({QString::fromLatin1(name), QStringLiteral("Synthetic Person"), role}, secret(kSecondPassphrase));
    INFO(added.message().toStdString());
    REQUIRE(added.ok());
}
}

TEST_CASE("UserService: only administrators manage users, checked in the core", "[services][permissions]")
{
    TestStore t;
    {
        auto admin = t.unlockAdmin();
        addUser(*admin, "amara", Role::HealthVisitor);
        addUser(*admin, "rosa", Role::TeamLead);
    }
    const QByteArray keysBefore = readFile(t.keysPath());
    for (const char* who : {"amara", "rosa"}) {
        auto s = t.unlock(QString::fromLatin1(who), kSecondPassphrase);
        REQUIRE(s.ok());
        UserService users(*s.value());
        auto add = users.addUser({QStringLiteral("dylan"), QStringLiteral("Dylan Prothero"), Role::Administrator}, secret(kSecondPassphrase));
        REQUIRE_FALSE(add.ok());
        CHECK(add.error().code == ErrorCode::PermissionDenied);
        CHECK(add.error().message.contains(QStringLiteral("does not allow you to manage users")));
        CHECK(users.removeUser(QStringLiteral("admin")).error().code == ErrorCode::PermissionDenied);
        CHECK(users.changePassphrase(QStringLiteral("admin"), secret("a new long passphrase")).error().code == ErrorCode::PermissionDenied);
        CHECK(users.listUsers().value().size() == 3);
    }
    CHECK(readFile(t.keysPath()) == keysBefore);
}

TEST_CASE("UserService: anyone may change their own passphrase", "[services]")
{
    TestStore t;
    {
        auto admin = t.unlockAdmin();
        addUser(*admin, "amara", Role::HealthVisitor);
    }
    {
        auto s = t.unlock(QStringLiteral("amara"), kSecondPassphrase);
        REQUIRE(s.ok());
        REQUIRE(UserService(*s.value()).changePassphrase(QStringLiteral("amara"), secret("kettle harbour moss")).ok());
    }
    CHECK(t.unlock(QStringLiteral("amara"), "kettle harbour moss").ok());
}

TEST_CASE("UserService: mistakes are refused with a reason", "[services]")
{
    TestStore t;
    auto admin = t.unlockAdmin();
    UserService users(*admin);
    addUser(*admin, "amara", Role::HealthVisitor);

    CHECK(users.addUser({QStringLiteral("AMARA"), QStringLiteral("Another"), Role::HealthVisitor}, secret(kSecondPassphrase)).error().code == ErrorCode::Conflict);
    CHECK(users.addUser({QStringLiteral("x"), QStringLiteral("Too Short"), Role::HealthVisitor}, secret(kSecondPassphrase)).error().code == ErrorCode::Invalid);
    CHECK(users.addUser({QStringLiteral("dylan"), QStringLiteral("Dylan"), Role::HealthVisitor}, secret("short")).error().code == ErrorCode::Invalid);
    auto self = users.removeUser(QStringLiteral("admin"));
    CHECK(self.error().message.contains(QStringLiteral("your own account")));
    CHECK(users.removeUser(QStringLiteral("nobody")).error().code == ErrorCode::NotFound);

    REQUIRE(users.removeUser(QStringLiteral("amara")).ok());
    auto reuse = users.addUser({QStringLiteral("amara"), QStringLiteral("Amara Again"), Role::HealthVisitor}, secret(kSecondPassphrase));
    CHECK(reuse.error().message.contains(QStringLiteral("removed account")));
    CHECK(users.listUsers(false).value().size() == 1);
    CHECK(users.listUsers(true).value().size() == 2);
}

TEST_CASE("UserService: a write that fails part-way leaves users and key file unchanged", "[services]")
{
    TestStore t;
    auto admin = t.unlockAdmin();
    const QByteArray keysBefore = readFile(t.keysPath());
    // The user row goes in, then the audit entry fails: the whole change must roll back.
    REQUIRE(admin->database().exec(QStringLiteral(
        "CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;")).ok());
    auto added = UserService(*admin).addUser({QStringLiteral("amara"), QStringLiteral("Amara Nwosu-Lane"), Role::HealthVisitor},
                                             secret(kSecondPassphrase));
    REQUIRE_FALSE(added.ok());
    CHECK(admin->database().transactionDepth() == 0);
    CHECK(UserService(*admin).listUsers().value().size() == 1);
    CHECK(readFile(t.keysPath()) == keysBefore);
    REQUIRE(admin->database().exec(QStringLiteral("DROP TRIGGER temp.fail_audit")).ok());
    CHECK(UserService(*admin).addUser({QStringLiteral("amara"), QStringLiteral("Amara Nwosu-Lane"), Role::HealthVisitor},
                                      secret(kSecondPassphrase)).ok());
}
