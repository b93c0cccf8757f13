#pragma once

#include "tandem/core/Result.h"
#include "tandem/services/FamilyTypes.h"

namespace tandem {

class Session;

// Administrator-only changes: soft deletion with a reason, and merging two records of the
// same child. Nothing is ever removed from the store; both are audited and appear on the
// family's timeline.
class RecordAdminService {
public:
    explicit RecordAdminService(Session& session) : m_session(session) {}

    // reason: 5-500 characters, required.
    Result<void> deleteChild(const QString& childUuid, const QString& reason);
    Result<void> deleteAdult(const QString& personUuid, const QString& reason);
    // Deletes the household and everyone in it.
    Result<void> deleteFamily(const QString& familyUuid, const QString& reason);

    // Keeps `keepUuid`; the duplicate is marked merged into it and hidden from lists and
    // search, but its row, history and audit entries stay. Fields empty on the kept record
    // are filled from the duplicate, and adults related to the duplicate become related to
    // the kept record. Refuses when the two hold different NHS numbers or dates of birth
    // (those are not the same child), or either is deleted or already merged.
    Result<Child> mergeChildren(const QString& keepUuid, const QString& duplicateUuid, const QString& reason);

private:
    Session& m_session;
};

} // namespace tandem
