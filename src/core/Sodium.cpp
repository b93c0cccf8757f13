#include "tandem/core/Sodium.h"

#include <sodium.h>
#include <sys/resource.h>

namespace tandem {

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

void disableCoreDumps()
{
    struct rlimit none {};
    none.rlim_cur = 0;
    none.rlim_max = 0;
    setrlimit(RLIMIT_CORE, &none);
}

} // namespace tandem
