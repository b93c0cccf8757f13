#pragma once

#include "tandem/core/Result.h"
#include "tandem/core/Sharing.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace tandem::store {

class Database;

struct CaseloadFamilyRow {
    QString uuid;
    QString addressLine;
    QString postcode;
};

struct CaseloadChildRow {
    QString uuid;
    QString familyUuid;
    QString givenName;
    QString familyName;
    std::optional<QDate> dateOfBirth;
    std::optional<QDate> expectedDelivery;
    std::optional<int> gestationWeeks;
};

// The households on one worker's caseload, read in a few indexed queries (named_hv index,
// then by family), so the caseload opens fast inside a large store.
class CaseloadQuery {
public:
    explicit CaseloadQuery(Database& db) : m_db(db) {}

    // Families named to the worker, not deleted and not moved away on or before today.
    Result<QList<CaseloadFamilyRow>> families(const QString& workerUuid, const QDate& today) const;
    // Their current children, eldest first (unborn last).
    Result<QList<CaseloadChildRow>> children(const QString& workerUuid) const;
    // Date of the latest contact per family.
    Result<QHash<QString, QDate>> lastContacts(const QString& workerUuid) const;
    // Consents of the worker's families whose review date falls in [from, to] and that were not
    // withdrawn on or before `withdrawnAfter`: uuid, family, child, partner codes and the dates only
    // (no names, purpose or categories), by review date.
    Result<QList<Consent>> consentsForReview(const QString& workerUuid, const QDate& from, const QDate& to,
                                             const QDate& withdrawnAfter) const;
    // Up to limit households with no named health visitor, every stride-th by row order (so a
    // demo caseload is spread across a large store rather than its first rows).
    Result<QStringList> familiesWithoutNamedHv(int limit, int stride) const;

private:
    Database& m_db;
};

} // namespace tandem::store
