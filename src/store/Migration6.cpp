#include "Migrations.h"

namespace tandem::store::migrations {

// Sharing between organisations. The organisation's key pairs sit in the encrypted store (the
// secrets never leave it). Consent and safeguarding decisions are records like any other. The
// rest tracks bundles: what was sent to whom (so a withdrawal reaches only partners who had the
// child), which partner record is which local record, the last value each partner sent for each
// field (to tell a partner's change from a local one), what partners shared, and conflicts that
// wait for a person.
const char* const kSharing = R"sql(
CREATE TABLE org_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    encryption_public BLOB NOT NULL,
    encryption_secret BLOB NOT NULL,
    signing_public BLOB NOT NULL,
    signing_secret BLOB NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE partner (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
    encryption_key BLOB NOT NULL UNIQUE,
    signing_key BLOB NOT NULL UNIQUE,
    fingerprint TEXT NOT NULL,
    last_sent_at TEXT,
    last_received_at TEXT,
    origin TEXT NOT NULL DEFAULT 'local',
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE consent (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    family_uuid TEXT NOT NULL REFERENCES family(uuid),
    child_uuid TEXT REFERENCES child(uuid),
    given_by TEXT NOT NULL REFERENCES person(uuid),
    partner_codes TEXT NOT NULL,
    categories TEXT NOT NULL,
    purpose TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('written', 'verbal')),
    given_on TEXT NOT NULL,
    review_on TEXT NOT NULL,
    withdrawn_on TEXT,
    withdrawal_reason TEXT,
    origin TEXT NOT NULL DEFAULT 'local',
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX consent_family ON consent(family_uuid);
CREATE INDEX consent_review ON consent(review_on) WHERE withdrawn_on IS NULL;

CREATE TABLE safeguarding_decision (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    family_uuid TEXT NOT NULL REFERENCES family(uuid),
    child_uuid TEXT NOT NULL REFERENCES child(uuid),
    share INTEGER NOT NULL CHECK (share IN (0, 1)),
    partner_code TEXT NOT NULL,
    categories TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    share_until TEXT,
    authoriser TEXT NOT NULL REFERENCES app_user(uuid),
    origin TEXT NOT NULL DEFAULT 'local',
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX safeguarding_family ON safeguarding_decision(family_uuid);

CREATE TABLE bundle_log (
    uuid TEXT PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    partner_uuid TEXT NOT NULL REFERENCES partner(uuid),
    bundle_created_at TEXT NOT NULL,
    processed_at TEXT NOT NULL,
    processed_by TEXT NOT NULL,
    children INTEGER NOT NULL,
    summary TEXT NOT NULL
);
CREATE INDEX bundle_log_partner ON bundle_log(partner_uuid, direction, bundle_created_at);

CREATE TABLE shared_out (
    partner_uuid TEXT NOT NULL REFERENCES partner(uuid),
    child_uuid TEXT NOT NULL REFERENCES child(uuid),
    first_sent_at TEXT NOT NULL,
    last_sent_at TEXT NOT NULL,
    last_bundle TEXT NOT NULL,
    PRIMARY KEY (partner_uuid, child_uuid)
);

CREATE TABLE partner_link (
    partner_uuid TEXT NOT NULL REFERENCES partner(uuid),
    remote_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('child', 'adult')),
    local_uuid TEXT NOT NULL,
    PRIMARY KEY (partner_uuid, remote_id)
);
CREATE INDEX partner_link_local ON partner_link(local_uuid);

-- One row per linked record: fields holds a JSON object of field key -> last value the partner
-- sent (one row per field made a 10,000-family import write ten times as many index entries).
CREATE TABLE partner_field (
    partner_uuid TEXT NOT NULL REFERENCES partner(uuid),
    entity_uuid TEXT NOT NULL,
    fields TEXT NOT NULL,
    bundle TEXT NOT NULL,
    PRIMARY KEY (partner_uuid, entity_uuid)
);

CREATE TABLE shared_item (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    partner_uuid TEXT NOT NULL REFERENCES partner(uuid),
    bundle TEXT NOT NULL,
    family_uuid TEXT NOT NULL REFERENCES family(uuid),
    child_uuid TEXT NOT NULL REFERENCES child(uuid),
    category TEXT NOT NULL,
    kind TEXT NOT NULL,
    remote_id TEXT NOT NULL,
    occurred_on TEXT,
    title TEXT NOT NULL,
    detail TEXT NOT NULL,
    safeguarding INTEGER NOT NULL DEFAULT 0,
    received_at TEXT NOT NULL,
    UNIQUE (partner_uuid, child_uuid, kind, remote_id)
);
CREATE INDEX shared_item_child ON shared_item(child_uuid, occurred_on);
CREATE INDEX shared_item_family ON shared_item(family_uuid);

CREATE TABLE share_conflict (
    uuid TEXT PRIMARY KEY,
    partner_uuid TEXT NOT NULL REFERENCES partner(uuid),
    bundle TEXT NOT NULL,
    family_uuid TEXT NOT NULL REFERENCES family(uuid),
    child_uuid TEXT NOT NULL REFERENCES child(uuid),
    entity_uuid TEXT NOT NULL,
    field TEXT NOT NULL,
    local_value TEXT NOT NULL,
    partner_value TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    resolution TEXT CHECK (resolution IN ('local', 'partner'))
);
CREATE INDEX share_conflict_open ON share_conflict(family_uuid) WHERE resolved_at IS NULL;
)sql";

} // namespace tandem::store::migrations
