#include "tandem/services/SearchService.h"
#include "tandem/domain/SearchQuery.h"
#include "tandem/services/Session.h"
#include "tandem/store/SearchIndex.h"

namespace tandem {

Result<SearchPage> SearchService::search(const QString& text, int offset, int limit) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    if (limit < 1 || limit > 1000 || offset < 0)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("tandem::SearchService",
                                                                         "Ask for between 1 and 1000 results from a position of 0 or more."));
    const domain::SearchQuery query = domain::SearchQuery::parse(text);
    if (query.isEmpty() && !text.trimmed().isEmpty())
        return SearchPage{}; // typed something, but nothing in it can match: never "everything"
    auto rows = store::SearchIndex(m_session.database()).search(query, offset, limit);
    TANDEM_TRY(rows);
    SearchPage page;
    page.rows = std::move(rows.value());
    page.hasMore = page.rows.size() > limit;
    if (page.hasMore)
        page.rows.removeLast();
    return page;
}

Result<qint64> SearchService::countChildren() const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    return store::SearchIndex(m_session.database()).countActive();
}

} // namespace tandem
