#pragma once

#include "tandem/core/ChildSummary.h"
#include "tandem/core/Result.h"

#include <QList>

namespace tandem::domain { struct SearchQuery; }

namespace tandem::store {

class Database;

// The FTS4 index behind the search box (table child_search, docid = child.id) and each
// child's sort key. Text is folded in C++ (domain::TextFold) so the index and the query
// always agree. Callers refresh it inside the transaction that changed the record.
class SearchIndex {
public:
    explicit SearchIndex(Database& db) : m_db(db) {}

    Result<void> rebuild();
    Result<void> refreshChild(const QString& childUuid);   // removes it when deleted or merged
    Result<void> refreshFamily(const QString& familyUuid); // every child in the household
    Result<void> refreshFamilies(const QStringList& familyUuids); // many households, a few statements

    struct Hits {
        QList<ChildSummary> rows;
        QString nextCursor; // continues after the last row; empty when none
    };
    // Active children matching the query (every child when it is empty), ordered by sort key.
    // Fetches limit + 1 rows so the caller can tell whether more follow. A cursor from an
    // earlier call continues after its last row (cheap at any depth); otherwise offset applies.
    Result<Hits> search(const domain::SearchQuery& query, int offset, int limit, const QString& cursor = {}) const;
    Result<qint64> countActive() const;
    // Family name, then given name, folded. ChildRepository writes it with each row, so a
    // refresh after an insert or an edit has no UPDATE to make.
    static QString sortKey(const QString& givenName, const QString& familyName);

private:
    Result<void> refreshWhere(const QString& where, const QVariantList& params);
    Database& m_db;
};

} // namespace tandem::store
