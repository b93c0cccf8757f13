#pragma once

#include "tandem/core/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tandem::store {

class Database;

// Something a partner shared about a child, kept as readable text: a contact summary, an
// assessment or review result, an EYFS check, the support plan, or the basis of the share.
struct SharedItem {
    QString uuid;
    QString partnerUuid;
    QString bundleUuid;              // the bundle that last carried it
    QString familyUuid;
    QString childUuid;
    QString category;                // ShareCategories token; "consent" for the basis of the share
    QString kind;                    // "contact", "assessment", "review", "eyfs", "plan", "consent"
    QString remoteId;                // the partner's record uuid ("plan" for the support plan)
    std::optional<QDate> occurredOn;
    QString title;                   // one line
    QString detail;                  // every value sent, one "Label: value" per line
    bool safeguarding = false;       // sent under a safeguarding share, without consent
    QString receivedAt;              // store timestamp
    // Filled when read.
    QString partnerName;
    QString partnerCode;
    QString childName;
};

// shared_item rows. Callers own the transaction, audit and timeline.
class SharedItemRepository {
public:
    explicit SharedItemRepository(Database& db) : m_db(db) {}

    // Inserts, or replaces the row with the same partner, child, kind and remote id (keeping its
    // uuid, which is set on item).
    Result<void> upsert(SharedItem& item);
    // A new row (a child new to this store has none yet); assigns a uuid when empty.
    Result<void> insert(SharedItem& item);
    // Newest first (by occurredOn, then when received), for children not deleted.
    Result<QList<SharedItem>> forFamily(const QString& familyUuid) const;
    Result<QList<SharedItem>> forChild(const QString& childUuid) const;
    // What this partner shared about the child; returns the uuids removed.
    Result<QStringList> removeFor(const QString& partnerUuid, const QString& childUuid);
    Result<qint64> countFor(const QString& partnerUuid, const QString& childUuid) const;

private:
    Result<QList<SharedItem>> select(const QString& where, const QString& value) const;
    Database& m_db;
};

} // namespace tandem::store
