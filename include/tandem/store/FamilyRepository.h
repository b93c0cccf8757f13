#pragma once

#include "tandem/core/Family.h"
#include "tandem/core/Result.h"

namespace tandem::store {

class Database;

// Health-visiting fields of the household row.
struct FamilyCareRow {
    QString namedHealthVisitor; // user uuid, empty for none
    std::optional<QDate> leftArea;
    QString leftAreaReason;
    QDate registeredOn;
};

// Household rows and their address history. Callers own the transaction, the audit entry,
// the timeline event and the search index refresh.
class FamilyRepository {
public:
    explicit FamilyRepository(Database& db) : m_db(db) {}

    // Household row plus its first address-history entry; sets family.meta.
    Result<void> insert(Family& family, const QDate& movedIn, const QString& actor, const QString& at);
    // The household without adults or children; NotFound when missing or deleted.
    Result<Family> load(const QString& familyUuid) const;
    // Ward, centre, language, interpreter, accessibility, key worker. Conflict when the
    // stored version is not family.meta.version.
    Result<void> updateHousehold(const Family& family, const QString& actor, const QString& at);
    // New current address: a history entry, and the household row's copy of it.
    Result<AddressChange> moveTo(const QString& familyUuid, const Address& address, const QDate& movedIn,
                                 const QString& actor, const QString& at);
    Result<QList<AddressChange>> addressHistory(const QString& familyUuid) const; // newest first
    // Active household at exactly this (normalised) postcode and first line, folded-equal.
    Result<QString> findByAddress(const QString& postcode, const QString& line1) const;
    // The household's key worker (a user uuid, or empty for none or a worker from elsewhere).
    Result<void> setKeyWorker(const QString& familyUuid, const QString& userUuid, const QString& actor, const QString& at);
    Result<void> setNamedHealthVisitor(const QString& familyUuid, const QString& userUuid, const QString& actor, const QString& at);
    // A null date clears it (back in the area).
    Result<void> setLeftArea(const QString& familyUuid, const std::optional<QDate>& on, const QString& reason,
                             const QString& actor, const QString& at);
    Result<FamilyCareRow> careRow(const QString& familyUuid) const;
    Result<void> softDelete(const QString& familyUuid, const QString& reason, const QString& actor, const QString& at);

    Result<qint64> countFamilies() const;

private:
    Database& m_db;
};

} // namespace tandem::store
