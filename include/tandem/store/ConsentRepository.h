#pragma once

#include "tandem/core/Result.h"
#include "tandem/core/Sharing.h"

#include <optional>

namespace tandem::store {

class Database;

// Consent records and safeguarding decisions about sharing.
class ConsentRepository {
public:
    explicit ConsentRepository(Database& db) : m_db(db) {}

    Result<void> insert(Consent& consent, const QString& actor, const QString& at); // assigns meta
    Result<void> withdraw(Consent& consent, const QDate& on, const QString& reason, const QString& actor, const QString& at);
    Result<std::optional<Consent>> byUuid(const QString& uuid) const;
    Result<QList<Consent>> forFamily(const QString& familyUuid) const; // newest given first
    Result<QList<Consent>> all() const;                                // for an export: every consent in the store
    // Families with a consent that is not withdrawn and whose review date falls in [from, to].
    Result<QStringList> familiesWithReviewBetween(const QDate& from, const QDate& to) const;

    Result<void> insertDecision(SafeguardingDecision& decision, const QString& actor, const QString& at);
    Result<QList<SafeguardingDecision>> decisionsForFamily(const QString& familyUuid) const; // newest first
    Result<QList<SafeguardingDecision>> allDecisions() const;

private:
    Database& m_db;
};

} // namespace tandem::store
