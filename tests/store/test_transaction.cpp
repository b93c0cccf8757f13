#include "TestStore.h"

#include "tandem/store/Transaction.h"

#include <catch2/catch.hpp>


using namespace tandem;
using namespace tandem::store;

namespace {
std::unique_ptr<Database> scratch(QTemporaryDir& dir)
{
    auto db = Database::open(dir.filePath(QStringLiteral("t.tandem")), test::randomKey(), Database::Mode::CreateNew);
    REQUIRE(db.ok());
    REQUIRE(db.value()->exec(QStringLiteral("CREATE TABLE t (x INTEGER UNIQUE)")).ok());
    return std::move(db).value();
}
qint64 rows(Database& db) { return db.scalarInt(QStringLiteral("SELECT count(*) FROM t")).value(); }
}

TEST_CASE("Transaction: commits, or rolls back when abandoned", "[store]")
{
    QTemporaryDir dir;
    auto db = scratch(dir);
    {
        auto txn = Transaction::begin(*db);
        REQUIRE(txn.ok());
        REQUIRE(db->run(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
        REQUIRE(txn.value().commit().ok());
    }
    CHECK(rows(*db) == 1);
    {
        auto txn = Transaction::begin(*db);
        REQUIRE(txn.ok());
        REQUIRE(db->run(QStringLiteral("INSERT INTO t VALUES (2)")).ok());
        // A failure part-way: the next write breaks a constraint and the caller returns early.
        CHECK_FALSE(db->run(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
    }
    CHECK(rows(*db) == 1);
    CHECK(db->transactionDepth() == 0);
}

TEST_CASE("Transaction: nested changes roll back alone", "[store]")
{
    QTemporaryDir dir;
    auto db = scratch(dir);
    auto outer = Transaction::begin(*db);
    REQUIRE(outer.ok());
    REQUIRE(db->run(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
    {
        auto inner = Transaction::begin(*db);
        REQUIRE(inner.ok());
        CHECK(db->transactionDepth() == 2);
        REQUIRE(db->run(QStringLiteral("INSERT INTO t VALUES (2)")).ok());
    }
    CHECK(db->transactionDepth() == 1);
    REQUIRE(outer.value().commit().ok());
    CHECK(rows(*db) == 1);
}

TEST_CASE("Transaction: a constraint error names the problem without data", "[store]")
{
    QTemporaryDir dir;
    auto db = scratch(dir);
    REQUIRE(db->run(QStringLiteral("INSERT INTO t VALUES (?)"), {7}).ok());
    auto again = db->run(QStringLiteral("INSERT INTO t VALUES (?)"), {7});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(again.error().message.contains(QStringLiteral("UNIQUE")));
}
