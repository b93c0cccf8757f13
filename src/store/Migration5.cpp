#include "Migrations.h"

namespace tandem::store::migrations {

// Scores and thresholds are held in hundredths (integers), so a score equal to a cutoff
// compares equal. Each part keeps the thresholds it was scored with: a later correction
// (instrument_threshold) applies to new assessments only.
const char* const kAssessments = R"sql(
CREATE TABLE assessment (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    child_uuid TEXT NOT NULL REFERENCES child(uuid),
    family_uuid TEXT NOT NULL REFERENCES family(uuid),
    kind TEXT NOT NULL CHECK (kind IN ('asq3', 'asqse2', 'wellcomm', 'eyfs')),
    assessed_on TEXT NOT NULL,
    practitioner TEXT NOT NULL,
    interval_months INTEGER,
    interval_reason TEXT,
    corrected_age INTEGER NOT NULL DEFAULT 0,
    entry_mode TEXT CHECK (entry_mode IN ('items', 'totals')),
    omitted_items INTEGER NOT NULL DEFAULT 0,
    total_adjusted_per_guide INTEGER NOT NULL DEFAULT 0,
    age_section INTEGER,
    parent_concern INTEGER NOT NULL DEFAULT 0,
    practitioner_concern INTEGER NOT NULL DEFAULT 0,
    completed_by_name TEXT,
    setting TEXT,
    parent_agreed_share INTEGER NOT NULL DEFAULT 0,
    parent_concerns TEXT,
    follow_up_plan TEXT,
    follow_up_on TEXT,
    outcome TEXT NOT NULL,
    needs_follow_up INTEGER NOT NULL DEFAULT 0,
    unverified TEXT NOT NULL DEFAULT '',
    definition_version TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT 'local',
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT, deleted_by TEXT, deleted_reason TEXT
);
CREATE INDEX assessment_child ON assessment(child_uuid, assessed_on);
CREATE INDEX assessment_open_follow_up ON assessment(family_uuid)
    WHERE needs_follow_up = 1 AND follow_up_plan IS NULL AND deleted_at IS NULL;

CREATE TABLE assessment_part (
    assessment_uuid TEXT NOT NULL REFERENCES assessment(uuid),
    position INTEGER NOT NULL,
    part TEXT NOT NULL,
    score_hundredths INTEGER,
    answers TEXT,
    missing INTEGER NOT NULL DEFAULT 0,
    adjusted INTEGER NOT NULL DEFAULT 0,
    cutoff_hundredths INTEGER,
    cutoff_verified INTEGER,
    cutoff_source TEXT,
    monitoring_hundredths INTEGER,
    monitoring_verified INTEGER,
    monitoring_source TEXT,
    zone TEXT NOT NULL DEFAULT 'not-scored' CHECK (zone IN ('on-schedule', 'monitoring', 'refer', 'not-scored')),
    result TEXT,
    note TEXT,
    PRIMARY KEY (assessment_uuid, position)
);

-- Place, time, practitioner, people present and agreed actions live on the two-year contact.
CREATE TABLE integrated_review (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    child_uuid TEXT NOT NULL REFERENCES child(uuid),
    family_uuid TEXT NOT NULL REFERENCES family(uuid),
    contact_uuid TEXT NOT NULL REFERENCES contact(uuid),
    setting_practitioner TEXT,
    asq3_uuid TEXT NOT NULL REFERENCES assessment(uuid),
    asqse2_uuid TEXT REFERENCES assessment(uuid),
    eyfs_uuid TEXT REFERENCES assessment(uuid),
    wellcomm_uuid TEXT REFERENCES assessment(uuid),
    parent_views TEXT NOT NULL,
    summary TEXT,
    origin TEXT NOT NULL DEFAULT 'local',
    created_at TEXT NOT NULL, created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT, deleted_by TEXT, deleted_reason TEXT
);
CREATE INDEX integrated_review_child ON integrated_review(child_uuid);

-- Corrections are kept as history; for one threshold the latest row wins.
CREATE TABLE instrument_threshold (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    instrument TEXT NOT NULL CHECK (instrument IN ('asq3', 'asqse2')),
    interval_months INTEGER NOT NULL,
    part TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('cutoff', 'monitoring')),
    value_hundredths INTEGER NOT NULL,
    reason TEXT NOT NULL,
    set_by TEXT NOT NULL,
    set_by_name TEXT NOT NULL,
    set_at TEXT NOT NULL
);
)sql";

} // namespace tandem::store::migrations
