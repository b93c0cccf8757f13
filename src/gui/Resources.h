#pragma once

namespace tandem::gui {

// Resources compiled into the static GUI library are not registered on their own;
// every executable linking it calls this once after creating the application.
void initResources();

} // namespace tandem::gui
