#pragma once

namespace tandem {

// sodium_init() once per process; returns false if libsodium cannot start.
bool ensureSodium();

// Disable core dumps so keys cannot reach a crash file (release builds call this at start-up).
void disableCoreDumps();

} // namespace tandem
