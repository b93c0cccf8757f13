#include "TestStore.h"

#include "tandem/store/AuditLog.h"
#include "tandem/store/Transaction.h"

#include <catch2/catch.hpp>

using namespace tandem;
using namespace tandem::store;
using namespace tandem::test;

namespace {

const QString kId = QStringLiteral("3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c");

// Five entries beyond the two that creating the store writes.
void appendFive(Session& s)
{
    auto txn = Transaction::begin(s.database());
    REQUIRE(txn.ok());
    for (int i = 0; i < 5; ++i)
        REQUIRE(s.audit(QStringLiteral("test.event"), QStringLiteral("family"), {kId}).ok());
    REQUIRE(txn.value().commit().ok());
}

AuditVerification verifyRaw(Database& db)
{
    auto v = AuditLog(db).verify();
    REQUIRE(v.ok());
    return v.value();
}

void dropGuards(Database& db)
{
    REQUIRE(db.exec(QStringLiteral("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;")).ok());
}

} // namespace

TEST_CASE("AuditLog: a fresh store's trail is intact", "[store][audit]")
{
    TestStore t;
    auto raw = t.openRaw();
    const AuditVerification v = verifyRaw(*raw);
    CHECK(v.intact);
    CHECK(v.entries == 2); // store.create, user.add
    CHECK(v.headHash.size() == 64);
}

TEST_CASE("AuditLog: the table refuses updates and deletes", "[store][audit]")
{
    TestStore t;
    auto raw = t.openRaw();
    CHECK_FALSE(raw->exec(QStringLiteral("UPDATE audit SET action = 'x' WHERE seq = 1")).ok());
    CHECK_FALSE(raw->exec(QStringLiteral("DELETE FROM audit WHERE seq = 1")).ok());
    CHECK(verifyRaw(*raw).intact);
}

TEST_CASE("AuditLog: entries hold only tokens and ids, inside a transaction", "[store][audit]")
{
    TestStore t;
    auto session = t.unlockAdmin();
    AuditLog log(session->database());
    CHECK_FALSE(log.append(QDateTime::currentDateTimeUtc(), session->user().uuid, QStringLiteral("user.add"), QStringLiteral("user"), {kId}).ok());
    auto txn = Transaction::begin(session->database());
    REQUIRE(txn.ok());
    CHECK_FALSE(log.append(QDateTime::currentDateTimeUtc(), session->user().uuid, QStringLiteral("Visited Zephyrine Quillfeather"), QStringLiteral("user"), {kId}).ok());
    CHECK_FALSE(log.append(QDateTime::currentDateTimeUtc(), session->user().uuid, QStringLiteral("user.add"), QStringLiteral("user"), {QStringLiteral("Quillfeather")}).ok());
    CHECK(log.append(QDateTime::currentDateTimeUtc(), session->user().uuid, QStringLiteral("user.add"), QStringLiteral("user"), {kId}).ok());
    // Only lower-case uuids pass as record ids: one character off anywhere is refused.
    const QString good = QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    CHECK(log.append(QDateTime::currentDateTimeUtc(), session->user().uuid, QStringLiteral("user.add"), QStringLiteral("user"), {good}).ok());
    const QStringList bad{good.toUpper(),         good.left(35),          good + QLatin1Char('0'), QString(good).replace(8, 1, QLatin1Char('0')),
                          QString(good).replace(23, 1, QLatin1Char('x')), QString(good).replace(35, 1, QLatin1Char('g')),
                          QString(good).replace(0, 1, QLatin1Char('-')),  QString(good).replace(14, 1, QChar(0x0660)), QString()};
    for (const QString& id : bad) {
        INFO(id.toStdString());
        CHECK_FALSE(log.append(QDateTime::currentDateTimeUtc(), session->user().uuid, QStringLiteral("user.add"), QStringLiteral("user"), {kId, id}).ok());
    }
}

TEST_CASE("AuditLog: verification names the first entry that was tampered with", "[store][audit]")
{
    TestStore t;
    {
        auto session = t.unlockAdmin(); // entry 3: session.unlock
        appendFive(*session);           // entries 4..8
    }
    auto raw = t.openRaw();
    dropGuards(*raw);
    REQUIRE(verifyRaw(*raw).entries == 8);

    SECTION("an edited entry")
    {
        REQUIRE(raw->exec(QStringLiteral("UPDATE audit SET action = 'user.remove' WHERE seq = 5")).ok());
        const auto v = verifyRaw(*raw);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBrokenSeq == 5);
        CHECK(v.problem.contains(QStringLiteral("Audit entry 5")));
        CHECK(v.problem.contains(QStringLiteral("altered")));
    }
    SECTION("an edited timestamp")
    {
        REQUIRE(raw->exec(QStringLiteral("UPDATE audit SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 2")).ok());
        CHECK(verifyRaw(*raw).firstBrokenSeq == 2);
    }
    SECTION("a deleted entry in the middle")
    {
        REQUIRE(raw->exec(QStringLiteral("DELETE FROM audit WHERE seq = 4")).ok());
        const auto v = verifyRaw(*raw);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBrokenSeq == 4);
        CHECK(v.problem.contains(QStringLiteral("Audit entry 4 is missing")));
    }
    SECTION("the latest entry deleted")
    {
        REQUIRE(raw->exec(QStringLiteral("DELETE FROM audit WHERE seq = 8")).ok());
        const auto v = verifyRaw(*raw);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBrokenSeq == 8);
        CHECK(v.problem.contains(QStringLiteral("Audit entry 8 is missing")));
    }
    SECTION("two entries swapped")
    {
        REQUIRE(raw->exec(QStringLiteral(
            "UPDATE audit SET seq = -6 WHERE seq = 6; UPDATE audit SET seq = 6 WHERE seq = 7; UPDATE audit SET seq = 7 WHERE seq = -6;")).ok());
        const auto v = verifyRaw(*raw);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBrokenSeq == 6);
        CHECK(v.problem.contains(QStringLiteral("Audit entry 6")));
    }
    SECTION("two entries' contents swapped, numbers kept")
    {
        REQUIRE(raw->exec(QStringLiteral(
            "CREATE TEMP TABLE a AS SELECT * FROM audit WHERE seq IN (3, 4);"
            "UPDATE audit SET at = (SELECT at FROM a WHERE seq = 4), actor = (SELECT actor FROM a WHERE seq = 4), action = (SELECT action FROM a WHERE seq = 4),"
            " entity = (SELECT entity FROM a WHERE seq = 4), record_ids = (SELECT record_ids FROM a WHERE seq = 4),"
            " prev_hash = (SELECT prev_hash FROM a WHERE seq = 4), hash = (SELECT hash FROM a WHERE seq = 4) WHERE seq = 3;")).ok());
        const auto v = verifyRaw(*raw);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBrokenSeq == 3);
    }
    SECTION("an entry inserted by hand")
    {
        REQUIRE(raw->exec(QStringLiteral("INSERT INTO audit VALUES (9, '2026-01-01T00:00:00.000Z', 'system', 'x', 'y', '', 'a', 'b')")).ok());
        const auto v = verifyRaw(*raw);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBrokenSeq == 9);
    }
}

TEST_CASE("AuditLog: the hash covers every field", "[store][audit]")
{
    AuditEntry e;
    e.seq = 4;
    e.at = QStringLiteral("2026-01-15T09:00:00.000Z");
    e.actor = kId;
    e.action = QStringLiteral("user.add");
    e.entity = QStringLiteral("user");
    e.recordIds = {kId};
    e.prevHash = AuditLog::genesisHash();
    const QString base = AuditLog::computeHash(e);
    auto changed = [&](auto edit) { AuditEntry c = e; edit(c); return AuditLog::computeHash(c); };
    CHECK(changed([](AuditEntry& c) { c.seq = 5; }) != base);
    CHECK(changed([](AuditEntry& c) { c.at += QLatin1Char('x'); }) != base);
    CHECK(changed([](AuditEntry& c) { c.actor = QStringLiteral("system"); }) != base);
    CHECK(changed([](AuditEntry& c) { c.action = QStringLiteral("user.remove"); }) != base);
    CHECK(changed([](AuditEntry& c) { c.entity = QStringLiteral("family"); }) != base);
    CHECK(changed([](AuditEntry& c) { c.recordIds.clear(); }) != base);
    CHECK(changed([](AuditEntry& c) { c.prevHash[0] = QLatin1Char('1'); }) != base);
    CHECK(AuditLog::computeHash(e) == base);
}
