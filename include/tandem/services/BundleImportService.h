#pragma once

#include "tandem/core/Result.h"
#include "tandem/core/Sharing.h"
#include "tandem/sharing/BundleFile.h"

#include <functional>

namespace tandem {

class Session;

struct FieldChange {
    QString childUuid;      // local child, empty for a new child
    QString childName;
    QString field;          // stable key, e.g. "child.givenName", "family.postcode", "adult.phone"
    QString fieldLabel;     // translated
    QString localValue;
    QString partnerValue;
    bool conflict = false;  // changed here and by the partner: both kept for a person to resolve
};

// What importing a bundle would do; nothing is written to make it.
struct ImportPreview {
    sharing::BundleHeader header;
    Partner partner;
    bool alreadyImported = false;  // this bundle id was imported before: importing changes nothing
    QString olderThanImported;     // set when a newer bundle from the same partner was imported: refused
    QStringList newChildren;       // names
    QStringList matchedChildren;   // names, matched by NHS number (or a previous bundle)
    QList<FieldChange> changes;    // applied partner changes and conflicts
    int conflicts = 0;
    int sharedItems = 0;           // contacts, results, plans and consents received
    QList<QPair<ShareCategory, int>> perCategory; // children per category
    QStringList withdrawals;       // names of children whose consent was withdrawn: partner data will be removed
    QStringList safeguarding;      // names of children shared without consent
};

struct ImportResult {
    ImportPreview applied;
    int itemsRemoved = 0;          // by withdrawals
};

// A conflict kept side by side until a person chooses.
struct ShareConflict {
    QString uuid;
    QString partnerCode;
    QString partnerName;
    QString bundleUuid;
    QString familyUuid;
    QString childUuid;
    QString childName;
    QString field;
    QString fieldLabel;
    QString localValue;
    QString partnerValue;
    QDateTime detectedAt;
};

// Reads, checks and applies partners' bundles (Permission::ExchangeBundles). A refused bundle is an
// ErrorCode::Refused error whose message starts with the reason. Nothing is changed
// unless the whole bundle is addressed here, from a known partner, intact, signed and valid; then
// everything is applied in one transaction.
class BundleImportService {
public:
    explicit BundleImportService(Session& session) : m_session(session) {}

    // Header only: works for any bundle, addressed here or not.
    static Result<sharing::BundleHeader> inspectHeader(const QString& path);

    Result<ImportPreview> preview(const QString& path) const;
    // Refuses an older bundle; an already imported one returns alreadyImported with nothing changed.
    Result<ImportResult> import(const QString& path);

    // Open conflicts for a family, or all when familyUuid is empty; oldest first.
    Result<QList<ShareConflict>> conflicts(const QString& familyUuid = {}) const;
    // keepPartner: write the partner's value into the record; else keep the local one. Audited.
    Result<void> resolve(const QString& conflictUuid, bool keepPartner);

private:
    Session& m_session;
};

} // namespace tandem
