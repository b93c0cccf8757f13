#pragma once

#include "tandem/core/Result.h"
#include "tandem/services/FamilyTypes.h"

namespace tandem {

class Session;

struct SearchPage {
    QList<ChildSummary> rows;
    bool hasMore = false; // another page follows
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
    Result<qint64> countChildren() const;

private:
    Session& m_session;
};

} // namespace tandem
