#pragma once

// Internal to the store: schema steps kept in their own files once Schema.cpp grew large.
// Append only: never edit a step that has shipped. SQL stays within SQLite 3.15.

namespace tandem::store::migrations {

// 5: assessments (ASQ-3, ASQ:SE-2, WellComm, EYFS check) with their scored parts, integrated
//    reviews, and administrators' instrument threshold corrections.
extern const char* const kAssessments;

// 6: sharing: the organisation's keys, partners, consent, safeguarding decisions, bundle log,
//    and what partners have shared with this store.
extern const char* const kSharing;

} // namespace tandem::store::migrations
