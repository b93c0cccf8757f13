#pragma once

#include "tandem/core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tandem::store {

class Database;

struct BundleLogEntry {
    QString bundleUuid;
    QString direction;       // "sent" or "received"
    QString partnerUuid;
    QDateTime bundleCreatedAt;
    QString processedAt;     // store timestamp
    QString processedBy;     // user uuid
    int children = 0;
    QString summary;         // one line, e.g. counts per category
};

// Bundles sent and received, and which children have gone to which partner.
class BundleLogRepository {
public:
    explicit BundleLogRepository(Database& db) : m_db(db) {}

    Result<void> insert(const BundleLogEntry& entry);
    Result<std::optional<BundleLogEntry>> find(const QString& bundleUuid) const;
    // The newest bundle received from the partner (by creation time), if any.
    Result<std::optional<BundleLogEntry>> latestReceived(const QString& partnerUuid) const;

    // Records that the child went to the partner in this bundle (first and last time sent).
    Result<void> markSent(const QString& partnerUuid, const QString& childUuid, const QString& bundleUuid, const QString& at);
    // Children ever sent to the partner.
    Result<QStringList> childrenSentTo(const QString& partnerUuid) const;

private:
    Database& m_db;
};

} // namespace tandem::store
