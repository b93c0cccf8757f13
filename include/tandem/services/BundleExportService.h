#pragma once

#include "tandem/core/Result.h"
#include "tandem/core/Sharing.h"

#include <functional>

namespace tandem {

class Session;

struct LeftOutChild {
    QString childUuid;
    QString childName;
    QString reason; // translated sentence from domain::ConsentRules::decide
};

// What an export to one partner would send today; shown before anything is written.
struct ExportPreview {
    Partner partner;
    int children = 0;                     // children with content
    int withdrawalNotices = 0;            // children whose consent was withdrawn since they were sent
    int safeguardingShares = 0;           // children shared (in part) without consent
    QList<QPair<ShareCategory, int>> perCategory; // children per category, all() order
    int contacts = 0;                     // records per kind, for the summary line
    int assessments = 0;
    int eyfsChecks = 0;
    int reviews = 0;
    // Children with a consent or safeguarding decision (for any partner) that send nothing to this
    // partner, and why. Children with no consent recorded at all are not listed one by one.
    QList<LeftOutChild> leftOut;
};

struct ExportResult {
    QString bundleUuid;
    QString path;
    ExportPreview sent;
    qint64 bytes = 0;
};

// Builds a consent-gated bundle for one partner (Permission::ExchangeBundles). Only children whose
// consent (or a safeguarding decision to share) covers the partner today are included, each with
// exactly the covered categories; restricted notes never leave the store.
class BundleExportService {
public:
    explicit BundleExportService(Session& session) : m_session(session) {}

    using Progress = std::function<void(int done, int total)>;

    Result<ExportPreview> preview(const QString& partnerCode) const;
    // Writes atomically to path (a partial file never appears). Refuses when nothing would be sent.
    // On success, in one transaction: the bundle log, an audit entry, a "share.sent" timeline event on
    // each family sent, and the partner's last-sent time.
    Result<ExportResult> exportTo(const QString& partnerCode, const QString& path, const Progress& progress = {});

private:
    Session& m_session;
};

} // namespace tandem
