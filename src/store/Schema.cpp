#include "tandem/store/Schema.h"
#include "Migrations.h"
#include "tandem/store/Database.h"
#include "tandem/store/SearchIndex.h"
#include "tandem/store/Transaction.h"

#include <array>

namespace tandem::store {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tandem::store::Schema", text); }

// Append only: never edit a step that has shipped. SQL stays within SQLite 3.15.
const std::array<const char*, 6> kMigrations = {
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
    // 3: address history, who is involved, the family timeline, merges, the search index;
    //    relationships become records of their own (uuid, version) so they can be shared
    R"sql(
ALTER TABLE child ADD COLUMN merged_into TEXT;
ALTER TABLE child ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
-- A merged-away record keeps its NHS number; only active records must be unique.
DROP INDEX child_nhs_number;
CREATE UNIQUE INDEX child_nhs_number ON child(nhs_number) WHERE nhs_number IS NOT NULL AND deleted_at IS NULL AND merged_into IS NULL;
CREATE INDEX child_sort ON child(sort_key) WHERE deleted_at IS NULL AND merged_into IS NULL;
CREATE INDEX child_dob ON child(date_of_birth);

CREATE TABLE relationship_new (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    person_uuid TEXT NOT NULL REFERENCES person(uuid),
    child_uuid TEXT NOT NULL REFERENCES child(uuid),
    relationship TEXT NOT NULL,
    parental_responsibility INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT 'local',
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT, deleted_by TEXT, deleted_reason TEXT
);
INSERT INTO relationship_new (uuid, person_uuid, child_uuid, relationship, parental_responsibility,
                              created_at, created_by, updated_at, updated_by)
    SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), r.person_uuid, r.child_uuid, r.relationship, r.parental_responsibility,
           p.created_at, p.created_by, p.created_at, p.created_by
    FROM relationship r JOIN person p ON p.uuid = r.person_uuid;
DROP TABLE relationship;
ALTER TABLE relationship_new RENAME TO relationship;
CREATE UNIQUE INDEX relationship_pair ON relationship(person_uuid, child_uuid) WHERE deleted_at IS NULL;
CREATE INDEX relationship_child ON relationship(child_uuid);

CREATE TABLE family_address (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    family_uuid TEXT NOT NULL REFERENCES family(uuid),
    line1 TEXT NOT NULL,
    line2 TEXT,
    town TEXT,
    postcode TEXT NOT NULL,
    moved_in TEXT,
    origin TEXT NOT NULL DEFAULT 'local',
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT, deleted_by TEXT, deleted_reason TEXT
);
CREATE INDEX family_address_family ON family_address(family_uuid, moved_in);
INSERT INTO family_address (uuid, family_uuid, line1, line2, town, postcode, moved_in, created_at, created_by, updated_at, updated_by)
    SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), uuid, address_line1, address_line2, town, postcode, NULL, created_at, created_by, created_at, created_by FROM family;
CREATE INDEX family_address_key ON family(postcode, address_line1);

CREATE TABLE involvement (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    family_uuid TEXT NOT NULL REFERENCES family(uuid),
    service TEXT NOT NULL,
    worker_name TEXT NOT NULL,
    worker_user_uuid TEXT,
    organisation TEXT,
    key_worker INTEGER NOT NULL DEFAULT 0,
    since TEXT NOT NULL,
    until TEXT,
    origin TEXT NOT NULL DEFAULT 'local',
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT, deleted_by TEXT, deleted_reason TEXT
);
CREATE INDEX involvement_family ON involvement(family_uuid);
INSERT INTO involvement (uuid, family_uuid, service, worker_name, worker_user_uuid, key_worker, since,
                         created_at, created_by, updated_at, updated_by)
    SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), f.uuid,
           CASE u.role WHEN 'health-visitor' THEN 'health-visiting' WHEN 'childrens-centre' THEN 'childrens-centre' ELSE 'other' END,
           u.display_name, u.uuid, 1, substr(f.created_at, 1, 10), f.created_at, f.created_by, f.created_at, f.created_by
    FROM family f JOIN app_user u ON u.uuid = f.key_worker;

-- Written by the services next to each change; the record screen reads it newest first.
-- detail holds the words the summary needs (a name, a postcode), never restricted text.
CREATE TABLE timeline_event (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    family_uuid TEXT NOT NULL,
    child_uuid TEXT,
    occurred_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX timeline_family ON timeline_event(family_uuid, occurred_at);
INSERT INTO timeline_event (uuid, family_uuid, occurred_at, kind, actor, recorded_at)
    SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), uuid, created_at, 'family.registered', created_by, created_at FROM family;
INSERT INTO timeline_event (uuid, family_uuid, child_uuid, occurred_at, kind, detail, actor, recorded_at)
    SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), family_uuid, uuid, created_at, 'child.registered', given_name || ' ' || family_name, created_by, created_at FROM child;

-- Folded text kept in step by the store (SearchIndex); docid is child.id.
CREATE VIRTUAL TABLE child_search USING fts4(names, adults, nhs, postcode, dob, tokenize=unicode61, prefix="2,3");
)sql",
    // 4: health visiting: contacts (with the children they covered, follow-up actions and
    //    notes restricted by profession), schedule decisions, service levels, the named
    //    health visitor, moving out of the area, and planned visits
    R"sql(
ALTER TABLE family ADD COLUMN named_hv TEXT;
ALTER TABLE family ADD COLUMN left_area_on TEXT;
ALTER TABLE family ADD COLUMN left_area_reason TEXT;
CREATE INDEX family_named_hv ON family(named_hv) WHERE deleted_at IS NULL;

CREATE TABLE contact (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    family_uuid TEXT NOT NULL REFERENCES family(uuid),
    occurred_at TEXT NOT NULL,
    contact_type TEXT NOT NULL,
    place TEXT NOT NULL,
    practitioner TEXT NOT NULL,
    people_present TEXT,
    duration_minutes INTEGER NOT NULL DEFAULT 0,
    outcome TEXT,
    origin TEXT NOT NULL DEFAULT 'local',
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT, deleted_by TEXT, deleted_reason TEXT
);
CREATE INDEX contact_family ON contact(family_uuid, occurred_at);
CREATE TABLE contact_child (
    contact_uuid TEXT NOT NULL REFERENCES contact(uuid),
    child_uuid TEXT NOT NULL REFERENCES child(uuid),
    PRIMARY KEY (contact_uuid, child_uuid)
);
CREATE INDEX contact_child_child ON contact_child(child_uuid);

CREATE TABLE follow_up_action (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    contact_uuid TEXT NOT NULL REFERENCES contact(uuid),
    family_uuid TEXT NOT NULL REFERENCES family(uuid),
    description TEXT NOT NULL,
    due_on TEXT NOT NULL,
    owner_name TEXT NOT NULL,
    owner_user TEXT,
    done_on TEXT,
    origin TEXT NOT NULL DEFAULT 'local',
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT, deleted_by TEXT, deleted_reason TEXT
);
CREATE INDEX follow_up_action_contact ON follow_up_action(contact_uuid);
CREATE INDEX follow_up_action_family ON follow_up_action(family_uuid);

-- restriction: 'none', 'health-visiting', 'safeguarding'. Only NoteService reads body.
CREATE TABLE note (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    family_uuid TEXT NOT NULL REFERENCES family(uuid),
    child_uuid TEXT REFERENCES child(uuid),
    contact_uuid TEXT REFERENCES contact(uuid),
    written_at TEXT NOT NULL,
    author TEXT NOT NULL,
    restriction TEXT NOT NULL DEFAULT 'none' CHECK (restriction IN ('none', 'health-visiting', 'safeguarding')),
    body TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT 'local',
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT, deleted_by TEXT, deleted_reason TEXT
);
CREATE INDEX note_family ON note(family_uuid, written_at);
CREATE INDEX note_contact ON note(contact_uuid);

-- A family declined a mandated contact, or it does not apply; the latest active row counts.
CREATE TABLE schedule_decision (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    child_uuid TEXT NOT NULL REFERENCES child(uuid),
    family_uuid TEXT NOT NULL REFERENCES family(uuid),
    mandated_contact TEXT NOT NULL,
    declined INTEGER NOT NULL,
    reason TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT 'local',
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT, deleted_by TEXT, deleted_reason TEXT
);
CREATE INDEX schedule_decision_child ON schedule_decision(child_uuid);
CREATE INDEX schedule_decision_family ON schedule_decision(family_uuid);

CREATE TABLE service_level (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    family_uuid TEXT NOT NULL REFERENCES family(uuid),
    level TEXT NOT NULL,
    reason TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT 'local',
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT, deleted_by TEXT, deleted_reason TEXT
);
CREATE INDEX service_level_family ON service_level(family_uuid, effective_from);

CREATE TABLE appointment (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    family_uuid TEXT NOT NULL REFERENCES family(uuid),
    child_uuids TEXT NOT NULL DEFAULT '',
    practitioner TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    contact_type TEXT NOT NULL,
    place TEXT NOT NULL,
    purpose TEXT,
    status TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'done', 'cancelled')),
    contact_uuid TEXT,
    cancel_reason TEXT,
    origin TEXT NOT NULL DEFAULT 'local',
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT, deleted_by TEXT, deleted_reason TEXT
);
CREATE INDEX appointment_practitioner ON appointment(practitioner, starts_at);
CREATE INDEX appointment_family ON appointment(family_uuid, starts_at);
)sql",
    migrations::kAssessments,
    // 6: sharing (Migration6.cpp)
    migrations::kSharing,
};

constexpr int kSearchIndexVersion = 3;

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

Result<void> Schema::migrate(Database& db, int upTo)
{
    TANDEM_TRY(checkReadable(db));
    auto current = currentVersion(db);
    TANDEM_TRY(current);
    const int target = upTo < 0 ? latestVersion() : std::min(upTo, latestVersion());
    for (int version = current.value() + 1; version <= target; ++version) {
        auto txn = Transaction::begin(db);
        TANDEM_TRY(txn);
        TANDEM_TRY(db.exec(QString::fromUtf8(kMigrations[static_cast<size_t>(version - 1)])));
        if (version == kSearchIndexVersion)
            TANDEM_TRY(SearchIndex(db).rebuild()); // folding needs C++, so the index is filled here
        TANDEM_TRY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        TANDEM_TRY(txn.value().commit());
    }
    return {};
}

} // namespace tandem::store
