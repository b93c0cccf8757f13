#include "TimelineFilterModel.h"

#include "TimelineModel.h"

namespace tandem::gui {

TimelineFilterModel::TimelineFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {}

void TimelineFilterModel::setCategory(const QString& token)
{
    if (token == m_category)
        return;
    m_category = token;
    invalidateRowsFilter();
}

void TimelineFilterModel::setChildUuid(const QString& uuid)
{
    if (uuid == m_childUuid)
        return;
    m_childUuid = uuid;
    invalidateRowsFilter();
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_category.isEmpty() && index.data(TimelineModel::CategoryRole).toString() != m_category)
        return false;
    if (!m_childUuid.isEmpty()) {
        const QString child = index.data(TimelineModel::ChildUuidRole).toString();
        if (!child.isEmpty() && child != m_childUuid)
            return false;
    }
    return true;
}

} // namespace tandem::gui
