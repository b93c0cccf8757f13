#pragma once

#include "tandem/core/Result.h"
#include "tandem/services/FamilyTypes.h"

namespace tandem {

class Session;

struct SearchPage {
    QList<ChildSummary> rows;
    bool hasMore = false; // another page follows
    QString nextCursor;   // pass to next() for the following page
};

// The one search box: name prefixes in any order (case and accents folded), NHS number with
// or without spaces, postcode or district, date of birth. Backed by the FTS4 index the
// store keeps in step with every change. Results are ordered by family name, given name.
class SearchService {
public:
    explicit SearchService(Session& session) : m_session(session) {}

    // Empty text lists every child. offset/limit page through for the lazy list
    // (limit 1-1000).
    Result<SearchPage> search(const QString& text, int offset = 0, int limit = 200) const;
    // The page after `cursor` (from SearchPage::nextCursor): as fast deep in the list as at
    // its top, so the lazy Families list can scroll through 100,000 children.
    Result<SearchPage> next(const QString& text, const QString& cursor, int limit = 200) const;
    Result<qint64> countChildren() const;

private:
    Result<SearchPage> page(const QString& text, int offset, int limit, const QString& cursor) const;
    Session& m_session;
};

} // namespace tandem
