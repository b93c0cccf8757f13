#pragma once

#include "tandem/core/Result.h"
#include "tandem/services/FamilyTypes.h"

namespace tandem {

class Session;

// Reading the family record: the whole household for the record screen, one child, and
// the Families list. Deleted and merged-away records are left out.
class FamilyRecordService {
public:
    explicit FamilyRecordService(Session& session) : m_session(session) {}

    Result<FamilyRecord> record(const QString& familyUuid) const;
    Result<Child> child(const QString& childUuid) const;
    // The child's household record. A merged-away uuid resolves to the record it was merged into.
    Result<FamilyRecord> recordForChild(const QString& childUuid) const;

private:
    Session& m_session;
};

} // namespace tandem
