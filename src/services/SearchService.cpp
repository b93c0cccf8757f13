#include "tandem/services/SearchService.h"
#include "tandem/domain/SearchQuery.h"
#include "tandem/services/Session.h"
#include "tandem/store/SearchIndex.h"

namespace tandem {

Result<SearchPage> SearchService::search(const QString& text, int offset, int limit) const { return page(text, offset, limit, {}); }

Result<SearchPage> SearchService::next(const QString& text, const QString& cursor, int limit) const
{
    if (cursor.isEmpty())
        return SearchPage{};
    return page(text, 0, limit, cursor);
}

Result<SearchPage> SearchService::page(const QString& text, int offset, int limit, const QString& cursor) const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    if (limit < 1 || limit > 1000 || offset < 0)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("tandem::SearchService",
                                                                         "Ask for between 1 and 1000 results from a position of 0 or more."));
    const domain::SearchQuery query = domain::SearchQuery::parse(text);
    if (query.isEmpty() && !text.trimmed().isEmpty())
        return SearchPage{}; // typed something, but nothing in it can match: never "everything"
    auto hits = store::SearchIndex(m_session.database()).search(query, offset, limit, cursor);
    TANDEM_TRY(hits);
    SearchPage result;
    result.rows = std::move(hits.value().rows);
    result.hasMore = result.rows.size() > limit;
    if (result.hasMore)
        result.rows.removeLast();
    result.nextCursor = hits.value().nextCursor;
    return result;
}

Result<qint64> SearchService::countChildren() const
{
    TANDEM_TRY(m_session.require(Permission::ViewFamilies));
    return store::SearchIndex(m_session.database()).countActive();
}

} // namespace tandem
