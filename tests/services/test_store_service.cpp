#include "TestStore.h"

#include "tandem/services/StoreService.h"
#include "tandem/services/UserService.h"
#include "tandem/store/KeyslotFile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace tandem;
using namespace tandem::test;

namespace {
CreateStoreRequest request(const QString& path)
{
    CreateStoreRequest r = standardRequest(path);
    r.organisationCode = QStringLiteral("rx1-hv01");
    r.adminUsername = QStringLiteral("Admin");
    r.adminDisplayName = QStringLiteral("  Morgan   Ellery ");
    return r;
}
}

TEST_CASE("StoreService: create records the organisation and first administrator", "[services]")
{
    TestStore t;
    auto s = t.unlockAdmin();
    CHECK(s->organisation().name == QStringLiteral("Northgate Health Visiting Team"));
    CHECK(s->organisation().code == QStringLiteral("RX1-HV01"));
    CHECK(s->user().username == QStringLiteral("admin"));
    CHECK(s->user().role == Role::Administrator);
    CHECK(s->user().displayName == QStringLiteral("Morgan Ellery"));
}

TEST_CASE("StoreService: bad set-up input is refused and creates nothing", "[services]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.tandem"));
    CreateStoreRequest r = request(path);
    const char* pass = kAdminPassphrase;
    QString expected;
    SECTION("organisation code") { r.organisationCode = QStringLiteral("RX1 HV01!"); expected = QStringLiteral("Organisation code"); }
    SECTION("organisation name") { r.organisationName = QStringLiteral("   "); expected = QStringLiteral("organisation's name"); }
    SECTION("user name") { r.adminUsername = QStringLiteral("9lives"); expected = QStringLiteral("User name"); }
    SECTION("full name") { r.adminDisplayName.clear(); expected = QStringLiteral("full name"); }
    SECTION("short passphrase") { pass = "short"; expected = QStringLiteral("too short"); }
    SECTION("no path") { r.path = QStringLiteral(" "); expected = QStringLiteral("Choose where"); }
    auto created = StoreService::create(r, secret(pass), SystemClock::instance());
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == ErrorCode::Invalid);
    CHECK(created.error().message.contains(expected));
    CHECK(QDir(dir.path()).isEmpty());
}

TEST_CASE("StoreService: two users unlock with their own passphrases; removing one leaves the other", "[services]")
{
    TestStore t;
    {
        auto admin = t.unlockAdmin();
        auto added = UserService(*admin).addUser({QStringLiteral("amara"), QStringLiteral("Amara Nwosu-Lane"), Role::HealthVisitor},
                                                 secret(kSecondPassphrase));
        REQUIRE(added.ok());
    }
    {
        auto amara = t.unlock(QStringLiteral("Amara"), kSecondPassphrase);
        REQUIRE(amara.ok());
        CHECK(amara.value()->user().role == Role::HealthVisitor);
        CHECK_FALSE(t.unlock(QStringLiteral("amara"), kAdminPassphrase).ok());
    }
    const QByteArray staleKeys = readFile(t.keysPath());
    {
        auto admin = t.unlockAdmin();
        REQUIRE(UserService(*admin).removeUser(QStringLiteral("amara")).ok());
    }
    auto removed = t.unlock(QStringLiteral("amara"), kSecondPassphrase);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().code == ErrorCode::WrongPassphrase); // her keyslot is gone
    CHECK(t.unlock(QStringLiteral("admin"), kAdminPassphrase).ok());

    // A copy of the old key file still holds her slot; the store itself says she is gone.
    writeFile(t.keysPath(), staleKeys);
    auto stale = t.unlock(QStringLiteral("amara"), kSecondPassphrase);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::PermissionDenied);
    CHECK(stale.error().message.contains(QStringLiteral("removed")));
}

TEST_CASE("StoreService: changing a passphrase re-wraps the key without re-encrypting data", "[services]")
{
    TestStore t;
    const QByteArray saltBefore = readFile(t.path()).left(16);
    auto keyOf = [&](const char* pass) {
        auto keys = store::KeyslotFile::load(t.keysPath()).value();
        auto slot = keys.findByUsername(QStringLiteral("admin")).value();
        return slot.unwrap(keys.storeUuid(), secret(pass));
    };
    auto before = keyOf(kAdminPassphrase);
    REQUIRE(before.ok());
    const QByteArray oldKeys = readFile(t.keysPath());
    {
        auto admin = t.unlockAdmin();
        REQUIRE(UserService(*admin).changePassphrase(QStringLiteral("admin"), secret(kSecondPassphrase)).ok());
    }
    CHECK_FALSE(t.unlock(QStringLiteral("admin"), kAdminPassphrase).ok());
    CHECK(t.unlock(QStringLiteral("admin"), kSecondPassphrase).ok());
    auto after = keyOf(kSecondPassphrase);
    REQUIRE(after.ok());
    CHECK(after.value().equals(before.value()));
    CHECK(readFile(t.path()).left(16) == saltBefore);

    // The old key file still opens the old slot, but the store knows it was replaced.
    writeFile(t.keysPath(), oldKeys);
    auto stale = t.unlock(QStringLiteral("admin"), kAdminPassphrase);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().message.contains(QStringLiteral("replaced")));
}

TEST_CASE("StoreService: every unlock is audited", "[services]")
{
    TestStore t;
    auto first = t.unlockAdmin();
    first.reset();
    auto raw = t.openRaw();
    CHECK(raw->scalarInt(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'session.unlock'")).value() == 1);
}
