#include "tandem/store/Schema.h"
#include "tandem/store/Database.h"
#include "tandem/store/Transaction.h"

#include <array>

namespace tandem::store {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::store::Schema", text); }

// Append only: never edit a step that has shipped. SQL stays within SQLite 3.15.
const std::array<const char*, 2> kMigrations = {
    // 1: store identity, organisation, users, audit trail
    R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE organisation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE app_user (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    keyslot_id TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    removed_at TEXT,
    removed_by TEXT
);
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    record_ids TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
)sql",
    // 2: the family record: households, adults, children and how they are related
    R"sql(
CREATE TABLE family (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    address_line1 TEXT NOT NULL,
    address_line2 TEXT,
    town TEXT,
    postcode TEXT NOT NULL,
    ward TEXT,
    childrens_centre TEXT,
    main_language TEXT,
    interpreter_needed INTEGER NOT NULL DEFAULT 0,
    accessibility_needs TEXT,
    key_worker TEXT,
    origin TEXT NOT NULL DEFAULT 'local',
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT, deleted_by TEXT, deleted_reason TEXT
);
CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    family_uuid TEXT NOT NULL REFERENCES family(uuid),
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    date_of_birth TEXT,
    phone TEXT,
    email TEXT,
    preferred_contact TEXT,
    origin TEXT NOT NULL DEFAULT 'local',
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT, deleted_by TEXT, deleted_reason TEXT
);
CREATE TABLE child (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    family_uuid TEXT NOT NULL REFERENCES family(uuid),
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    preferred_name TEXT,
    date_of_birth TEXT,
    expected_delivery_date TEXT,
    sex TEXT NOT NULL DEFAULT 'unknown',
    nhs_number TEXT,
    upn TEXT,
    gp_practice TEXT,
    gestation_weeks INTEGER,
    origin TEXT NOT NULL DEFAULT 'local',
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT, deleted_by TEXT, deleted_reason TEXT,
    CHECK (date_of_birth IS NOT NULL OR expected_delivery_date IS NOT NULL)
);
CREATE UNIQUE INDEX child_nhs_number ON child(nhs_number) WHERE nhs_number IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX child_family ON child(family_uuid);
CREATE INDEX person_family ON person(family_uuid);
CREATE TABLE relationship (
    person_uuid TEXT NOT NULL REFERENCES person(uuid),
    child_uuid TEXT NOT NULL REFERENCES child(uuid),
    relationship TEXT NOT NULL,
    parental_responsibility INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (person_uuid, child_uuid)
);
)sql",
};

} // namespace

int Schema::latestVersion() { return static_cast<int>(kMigrations.size()); }

Result<int> Schema::currentVersion(Database& db)
{
    auto v = db.scalarInt(QStringLiteral("PRAGMA user_version"));
    TANDEM_TRY(v);
    return static_cast<int>(v.value());
}

Result<void> Schema::checkReadable(Database& db)
{
    auto v = currentVersion(db);
    TANDEM_TRY(v);
    if (v.value() > latestVersion())
        return makeError(ErrorCode::NewerVersion,
                         tr("This store was made by a newer version of Tandem (schema %1; this version reads up to %2). "
                            "Update Tandem to open it; the store has not been changed.")
                             .arg(v.value())
                             .arg(latestVersion()));
    return {};
}

Result<void> Schema::migrate(Database& db)
{
    TANDEM_TRY(checkReadable(db));
    auto current = currentVersion(db);
    TANDEM_TRY(current);
    for (int version = current.value() + 1; version <= latestVersion(); ++version) {
        auto txn = Transaction::begin(db);
        TANDEM_TRY(txn);
        TANDEM_TRY(db.exec(QString::fromUtf8(kMigrations[static_cast<size_t>(version - 1)])));
        TANDEM_TRY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        TANDEM_TRY(txn.value().commit());
    }
    return {};
}

} // namespace tandem::store
