#include "TestStore.h"

#include "tandem/store/Schema.h"
#include "tandem/store/Statement.h"

#include <catch2/catch.hpp>


using namespace tandem;
using namespace tandem::store;
using tandem::test::randomKey;


TEST_CASE("Schema: a new database is migrated step by step to the latest version", "[store][schema]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("s.tandem")), randomKey(), Database::Mode::CreateNew);
    REQUIRE(db.ok());
    CHECK(Schema::currentVersion(*db.value()).value() == 0);
    REQUIRE(Schema::migrate(*db.value()).ok());
    CHECK(Schema::currentVersion(*db.value()).value() == Schema::latestVersion());
    // Running again changes nothing.
    REQUIRE(Schema::migrate(*db.value()).ok());
    CHECK(Schema::currentVersion(*db.value()).value() == Schema::latestVersion());
    for (const char* table : {"meta", "organisation", "app_user", "audit", "family", "person", "child", "relationship"}) {
        INFO(table);
        CHECK(db.value()->scalarInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
                                    {QString::fromLatin1(table)}).value() == 1);
    }
}

TEST_CASE("Schema: a failing step leaves the store at the version before it", "[store][schema]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("s.tandem")), randomKey(), Database::Mode::CreateNew);
    REQUIRE(db.ok());
    // A table in the way of step 2 makes that step fail part-way through.
    REQUIRE(db.value()->exec(QStringLiteral("CREATE TABLE child (x)")).ok());
    auto migrated = Schema::migrate(*db.value());
    REQUIRE_FALSE(migrated.ok());
    CHECK(Schema::currentVersion(*db.value()).value() == 1);
    CHECK(db.value()->scalarInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'family'")).value() == 0);
}

TEST_CASE("Schema: a newer store is reported, not migrated", "[store][schema]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("s.tandem")), randomKey(), Database::Mode::CreateNew);
    REQUIRE(db.ok());
    REQUIRE(db.value()->exec(QStringLiteral("PRAGMA user_version = 999")).ok());
    auto readable = Schema::checkReadable(*db.value());
    REQUIRE_FALSE(readable.ok());
    CHECK(readable.error().code == ErrorCode::NewerVersion);
    CHECK(readable.error().message.contains(QStringLiteral("schema 999")));
    CHECK_FALSE(Schema::migrate(*db.value()).ok());
}

TEST_CASE("Database: refuses to run without SQLCipher and pins its page size", "[store]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("s.tandem")), randomKey(), Database::Mode::CreateNew);
    REQUIRE(db.ok());
    CHECK_FALSE(db.value()->cipherVersion().isEmpty());
    CHECK(db.value()->scalarInt(QStringLiteral("PRAGMA cipher_page_size")).value() == 4096);
    auto mode = db.value()->query(QStringLiteral("PRAGMA journal_mode"));
    REQUIRE(mode.ok());
    REQUIRE(mode.value().next().value());
    CHECK(mode.value().text(0) == QStringLiteral("wal"));
}

TEST_CASE("Database: a wrong raw key reads as not-a-store", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.tandem"));
    {
        auto db = Database::open(path, randomKey(), Database::Mode::CreateNew);
        REQUIRE(db.ok());
        REQUIRE(Schema::migrate(*db.value()).ok());
    }
    auto other = Database::open(path, randomKey(), Database::Mode::OpenExisting);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == ErrorCode::NotAStore);
}
