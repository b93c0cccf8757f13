#pragma once

// Internal to BundleImportService: a partner's notice that consent to share a child was withdrawn.
// Everything that partner shared about the child goes: its shared items, the values it sent
// (partner_field) and its open conflicts. A record the partner's bundle created and nobody here
// has worked on since is soft-deleted too. Call inside the import's transaction.

#include "tandem/core/Result.h"
#include "tandem/core/Sharing.h"

namespace tandem {

class Session;

class ShareWithdrawal {
public:
    explicit ShareWithdrawal(Session& session) : m_session(session) {}

    // Returns how many things were removed: shared items, open conflicts and records deleted.
    // Audited as "share.purge" with entity "shared-data.count-<count>" (the audit holds only tokens
    // and ids), with a "share.withdrawn" timeline event.
    Result<int> purge(const Partner& partner, const QString& childUuid, const QString& familyUuid, const QString& childName);

    static QString deletionReason();

private:
    // Created from this partner's bundles and unchanged here: no local records, every field as sent.
    Result<bool> childUntouched(const Partner& partner, const QString& childUuid) const;
    Result<bool> familyUntouched(const Partner& partner, const QString& familyUuid) const;
    Result<void> forgetAdultsAndHousehold(const Partner& partner, const QString& childUuid, const QString& familyUuid);

    Session& m_session;
};

} // namespace tandem
