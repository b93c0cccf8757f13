#pragma once

#include "tandem/core/Clock.h"
#include "tandem/core/Result.h"
#include "tandem/core/SecureBuffer.h"
#include "tandem/store/Kdf.h"

#include <functional>

namespace tandem {

struct DemoStoreRequest {
    QString path;
    int families = 300;
    // When above zero, families are added until the store holds at least this many children
    // (benchmarks ask for 100,000); families is then ignored.
    int children = 0;
    // Households given to the demo health visitor as a caseload, with past visits (at most
    // this many; spread across the store).
    int caseloadFamilies = 400;
    quint32 seed = 2026;
    store::KdfParams kdf = store::KdfParams::production();
    std::function<void(int done, int total)> progress; // optional
};

struct DemoStoreSummary {
    int families = 0;
    int children = 0;
};

struct DemoUser {
    const char* username;
    const char* displayName;
    const char* roleToken;
};

// A store of synthetic families for trying Tandem out. All demo users share one passphrase.
class DemoService {
public:
    static QList<DemoUser> users();
    static Result<DemoStoreSummary> createDemoStore(const DemoStoreRequest& request, const SecureBuffer& passphrase, const Clock& clock);
};

} // namespace tandem
