#include "Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initTandemResources() { Q_INIT_RESOURCE(tandem); }

namespace tandem::gui {

void initResources() { initTandemResources(); }

} // namespace tandem::gui
