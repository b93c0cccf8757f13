#pragma once

namespace tandem {

// Start-up shared by every executable: no core dumps in release builds (keys must not reach
// a crash file), the application's name for settings and data paths, and libsodium.
// Call right after constructing the Q(Core|Gui)Application. False if libsodium cannot start.
bool initialiseProcess();

} // namespace tandem
