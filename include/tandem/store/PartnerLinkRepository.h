#pragma once

#include "tandem/core/Result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace tandem::store {

class Database;

// Which local record each partner record is (partner_link: the partner's uuid to ours), and the
// last value each partner sent for each field (partner_field), so a later bundle can tell a
// partner's change from a change made here. Callers own the transaction.
class PartnerLinkRepository {
public:
    explicit PartnerLinkRepository(Database& db) : m_db(db) {}

    // The local uuid the partner's record was linked to; empty when none.
    Result<QString> localFor(const QString& partnerUuid, const QString& remoteId) const;
    // kind: "child" or "adult". Replaces an earlier link for the same remote id.
    Result<void> link(const QString& partnerUuid, const QString& remoteId, const QString& kind, const QString& localUuid);
    // Every link of one partner: remote id -> local uuid (a bundle's planning reads them once).
    Result<QHash<QString, QString>> linksOf(const QString& partnerUuid) const;
    // Whether any record of this partner is linked to the local record.
    Result<bool> isLinked(const QString& partnerUuid, const QString& localUuid) const;

    // field key -> the value the partner last sent for the entity.
    Result<QHash<QString, QString>> baselines(const QString& partnerUuid, const QString& entityUuid) const;
    Result<void> setBaseline(const QString& partnerUuid, const QString& entityUuid, const QString& field, const QString& value,
                             const QString& bundleUuid);
    // Several fields of one record in one statement (a bundle sets many at once).
    Result<void> setBaselines(const QString& partnerUuid, const QString& entityUuid,
                              const QList<QPair<QString, QString>>& fieldValues, const QString& bundleUuid);
    // The first baselines of a record created from the partner's data: it has none yet.
    Result<void> insertBaselines(const QString& partnerUuid, const QString& entityUuid,
                                 const QList<QPair<QString, QString>>& fieldValues, const QString& bundleUuid);
    // Returns how many field values went.
    Result<int> removeBaselines(const QString& partnerUuid, const QString& entityUuid);

    // Records made here about the child (contacts, notes, assessments, reviews, schedule decisions,
    // consents, safeguarding decisions, appointments), deleted or not: any means local work.
    Result<qint64> localWorkForChild(const QString& childUuid) const;
    // The same for the household as a whole (records not tied to one child, involvements, service levels).
    Result<qint64> localWorkForFamily(const QString& familyUuid) const;

private:
    Database& m_db;
};

} // namespace tandem::store
