#pragma once

#include "tandem/core/Result.h"

namespace tandem::store {

class Database;

// Versioned schema. Each step runs in its own transaction and bumps PRAGMA user_version,
// so a failed step leaves the store at the previous version.
class Schema {
public:
    static int latestVersion();
    static Result<int> currentVersion(Database& db);
    // Refuses (without writing) a store from a newer Tandem.
    static Result<void> checkReadable(Database& db);
    // upTo: stop at this version (tests of a step); latest by default.
    static Result<void> migrate(Database& db, int upTo = -1);
};

} // namespace tandem::store
