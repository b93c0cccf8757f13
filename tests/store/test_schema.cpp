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

TEST_CASE("Schema: step 3 keeps version-2 families and gives them history, involvement and search", "[store][schema]")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("s.tandem")), randomKey(), Database::Mode::CreateNew);
    REQUIRE(opened.ok());
    Database& db = *opened.value();
    REQUIRE(Schema::migrate(db, 2).ok());
    const QString at = QStringLiteral("2026-01-15T09:00:00.000Z");
    REQUIRE(db.run(QStringLiteral("INSERT INTO app_user (uuid, username, display_name, role, keyslot_id, created_at, created_by, "
                                  "updated_at, updated_by) VALUES ('u1', 'amara', 'Amara Nwosu-Lane', 'health-visitor', 'k', ?, 'u1', ?, 'u1')"),
                   {at, at}).ok());
    REQUIRE(db.run(QStringLiteral("INSERT INTO family (uuid, address_line1, postcode, key_worker, created_at, created_by, updated_at, "
                                  "updated_by) VALUES ('f1', '4 Mill Lane', 'NG7 2QP', 'u1', ?, 'u1', ?, 'u1')"),
                   {at, at}).ok());
    REQUIRE(db.run(QStringLiteral("INSERT INTO person (uuid, family_uuid, given_name, family_name, created_at, created_by, updated_at, "
                                  "updated_by) VALUES ('p1', 'f1', 'Bethan', 'Ashdown', ?, 'u1', ?, 'u1')"),
                   {at, at}).ok());
    REQUIRE(db.run(QStringLiteral("INSERT INTO child (uuid, family_uuid, given_name, family_name, date_of_birth, nhs_number, created_at, "
                                  "created_by, updated_at, updated_by) VALUES ('c1', 'f1', 'Zoë', 'Ashdown', '2025-03-14', '9990000018', ?, "
                                  "'u1', ?, 'u1')"),
                   {at, at}).ok());
    REQUIRE(db.run(QStringLiteral("INSERT INTO relationship (person_uuid, child_uuid, relationship, parental_responsibility) "
                                  "VALUES ('p1', 'c1', 'mother', 1)")).ok());

    REQUIRE(Schema::migrate(db, 3).ok());
    CHECK(Schema::currentVersion(db).value() == 3);
    CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM relationship WHERE length(uuid) = 36 AND version = 1")).value() == 1);
    CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM family_address WHERE family_uuid = 'f1' AND postcode = 'NG7 2QP'")).value() == 1);
    CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM involvement WHERE family_uuid = 'f1' AND key_worker = 1 "
                                      "AND service = 'health-visiting'")).value() == 1);
    CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM timeline_event WHERE family_uuid = 'f1'")).value() == 2);
    // The index was filled with folded text: accents, the parent's name, the NHS number.
    for (const char* match : {"names:zoe*", "adults:bethan*", "nhs:n9990000018", "postcode:ng72qp", "dob:d20250314"}) {
        INFO(match);
        CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM child_search WHERE child_search MATCH ?"), {QString::fromLatin1(match)})
                  .value() == 1);
    }
}

TEST_CASE("Schema: step 4 adds health visiting to version-3 stores without touching their families", "[store][schema]")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("s.tandem")), randomKey(), Database::Mode::CreateNew);
    REQUIRE(opened.ok());
    Database& db = *opened.value();
    REQUIRE(Schema::migrate(db, 3).ok());
    const QString at = QStringLiteral("2026-01-15T09:00:00.000Z");
    REQUIRE(db.run(QStringLiteral("INSERT INTO family (uuid, address_line1, postcode, created_at, created_by, updated_at, updated_by) "
                                  "VALUES ('f1', '4 Mill Lane', 'NG7 2QP', ?, 'u1', ?, 'u1')"),
                   {at, at}).ok());
    REQUIRE(Schema::migrate(db, 4).ok());
    CHECK(Schema::currentVersion(db).value() == 4);
    CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM family WHERE uuid = 'f1' AND named_hv IS NULL AND left_area_on IS NULL "
                                      "AND version = 1")).value() == 1);
    for (const char* table : {"contact", "contact_child", "follow_up_action", "note", "schedule_decision", "service_level", "appointment"}) {
        INFO(table);
        CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))).ok());
    }
    // A note's restriction is one of three; anything else is refused by the store itself.
    REQUIRE(db.run(QStringLiteral("INSERT INTO note (uuid, family_uuid, written_at, author, restriction, body, created_at, created_by, "
                                  "updated_at, updated_by) VALUES ('n1', 'f1', ?, 'u1', 'secret', 'x', ?, 'u1', ?, 'u1')"),
                   {at, at, at}).ok() == false);
}

TEST_CASE("Schema: step 5 adds assessments to version-4 stores; zones and kinds are checked by the store", "[store][schema]")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("s.tandem")), randomKey(), Database::Mode::CreateNew);
    REQUIRE(opened.ok());
    Database& db = *opened.value();
    REQUIRE(Schema::migrate(db, 4).ok());
    const QString at = QStringLiteral("2026-01-15T09:00:00.000Z");
    REQUIRE(db.run(QStringLiteral("INSERT INTO family (uuid, address_line1, postcode, created_at, created_by, updated_at, updated_by) "
                                  "VALUES ('f1', '4 Mill Lane', 'NG7 2QP', ?, 'u1', ?, 'u1')"),
                   {at, at}).ok());
    REQUIRE(db.run(QStringLiteral("INSERT INTO child (uuid, family_uuid, given_name, family_name, date_of_birth, created_at, created_by, "
                                  "updated_at, updated_by) VALUES ('c1', 'f1', 'Zoë', 'Ashdown', '2024-01-10', ?, 'u1', ?, 'u1')"),
                   {at, at}).ok());
    REQUIRE(Schema::migrate(db, 5).ok());
    CHECK(Schema::currentVersion(db).value() == 5);
    CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM family WHERE uuid = 'f1' AND version = 1")).value() == 1);
    for (const char* table : {"assessment", "assessment_part", "integrated_review", "instrument_threshold"}) {
        INFO(table);
        CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))).value() == 0);
    }
    auto insertAssessment = [&](const char* kind) {
        return db.run(QStringLiteral("INSERT INTO assessment (uuid, child_uuid, family_uuid, kind, assessed_on, practitioner, outcome, "
                                     "definition_version, created_at, created_by, updated_at, updated_by) "
                                     "VALUES (?, 'c1', 'f1', ?, '2026-01-10', 'u1', 'x', 'asq3 2026.1', ?, 'u1', ?, 'u1')"),
                      {QString::fromLatin1(kind) + QStringLiteral("-a"), QString::fromLatin1(kind), at, at});
    };
    auto inserted = insertAssessment("asq3");
    INFO(inserted.message().toStdString());
    CHECK(inserted.ok());
    CHECK_FALSE(insertAssessment("iq-test").ok());
    CHECK_FALSE(db.run(QStringLiteral("INSERT INTO assessment_part (assessment_uuid, position, part, zone) "
                                      "VALUES ('asq3-a', 0, 'communication', 'fine')")).ok());
}

TEST_CASE("Schema: step 6 adds sharing to version-5 stores; consent methods and directions are checked", "[store][schema]")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("s.tandem")), randomKey(), Database::Mode::CreateNew);
    REQUIRE(opened.ok());
    Database& db = *opened.value();
    REQUIRE(Schema::migrate(db, 5).ok());
    const QString at = QStringLiteral("2026-01-15T09:00:00.000Z");
    REQUIRE(db.run(QStringLiteral("INSERT INTO family (uuid, address_line1, postcode, created_at, created_by, updated_at, updated_by) "
                                  "VALUES ('f1', '4 Mill Lane', 'NG7 2QP', ?, 'u1', ?, 'u1')"),
                   {at, at}).ok());
    REQUIRE(db.run(QStringLiteral("INSERT INTO person (uuid, family_uuid, given_name, family_name, created_at, created_by, updated_at, "
                                  "updated_by) VALUES ('p1', 'f1', 'Bethan', 'Ashdown', ?, 'u1', ?, 'u1')"),
                   {at, at}).ok());
    REQUIRE(Schema::migrate(db).ok());
    CHECK(Schema::currentVersion(db).value() == 6);
    CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM family WHERE uuid = 'f1' AND version = 1")).value() == 1);
    for (const char* table : {"org_key", "partner", "consent", "safeguarding_decision", "bundle_log", "shared_out", "partner_link",
                              "partner_field", "shared_item", "share_conflict"}) {
        INFO(table);
        CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))).value() == 0);
    }
    auto consent = [&](const char* method) {
        return db.run(QStringLiteral("INSERT INTO consent (uuid, family_uuid, given_by, partner_codes, categories, purpose, method, given_on, "
                                     "review_on, created_at, created_by, updated_at, updated_by) VALUES (?, 'f1', 'p1', 'CC01', 'identity', "
                                     "'x', ?, '2026-01-01', '2027-01-01', ?, 'u1', ?, 'u1')"),
                      {QString::fromLatin1(method), QString::fromLatin1(method), at, at});
    };
    CHECK(consent("written").ok());
    CHECK_FALSE(consent("nodded").ok());
    CHECK_FALSE(db.run(QStringLiteral("INSERT INTO bundle_log (uuid, direction, partner_uuid, bundle_created_at, processed_at, processed_by, "
                                      "children, summary) VALUES ('b1', 'sideways', 'p', ?, ?, 'u1', 0, '')"),
                       {at, at}).ok());
    // Only one set of organisation keys.
    const QByteArray k(32, 'k');
    CHECK(db.run(QStringLiteral("INSERT INTO org_key VALUES (1, ?, ?, ?, ?, ?)"), {k, k, k, k, at}).ok());
    CHECK_FALSE(db.run(QStringLiteral("INSERT INTO org_key VALUES (2, ?, ?, ?, ?, ?)"), {k, k, k, k, at}).ok());
}
