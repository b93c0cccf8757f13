#include "ChildListModel.h"

#include "tandem/domain/NhsNumber.h"
#include "tandem/services/SearchService.h"

namespace tandem::gui {

namespace {
QString shortDate(const QDate& date) { return date.toString(QStringLiteral("d MMM yyyy")); }
}

ChildListModel::ChildListModel(Session& session, QObject* parent) : QAbstractTableModel(parent), m_session(session) {}

void ChildListModel::setQuery(const QString& text)
{
    beginResetModel();
    m_query = text;
    m_rows.clear();
    auto page = SearchService(m_session).search(m_query, 0, kPageSize);
    if (page.ok()) {
        m_rows = std::move(page.value().rows);
        m_hasMore = page.value().hasMore;
        m_cursor = page.value().nextCursor;
    } else {
        m_hasMore = false;
    }
    endResetModel();
    if (!page.ok())
        Q_EMIT loadFailed(page.error().message);
}

int ChildListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int ChildListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool ChildListModel::canFetchMore(const QModelIndex& parent) const { return !parent.isValid() && m_hasMore; }

void ChildListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    // Continue after the last row held: as quick deep in 100,000 children as at the top.
    auto page = SearchService(m_session).next(m_query, m_cursor, kPageSize);
    if (!page.ok()) {
        m_hasMore = false; // stop the view asking again on every scroll
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    m_hasMore = page.value().hasMore;
    m_cursor = page.value().nextCursor;
    if (page.value().rows.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.value().rows.size()) - 1);
    m_rows.append(page.value().rows);
    endInsertRows();
}

QString ChildListModel::displayName(const ChildSummary& child)
{
    QString name = child.familyName + QStringLiteral(", ") + child.givenName;
    if (!child.preferredName.isEmpty() && child.preferredName != child.givenName)
        name += QStringLiteral(" (%1)").arg(child.preferredName);
    return name;
}

QString ChildListModel::displayDate(const ChildSummary& child)
{
    if (child.dateOfBirth)
        return shortDate(*child.dateOfBirth);
    if (child.expectedDeliveryDate)
        return tr("Unborn — due %1").arg(shortDate(*child.expectedDeliveryDate));
    return {};
}

QVariant ChildListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ChildSummary& child = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return displayName(child);
        case DateOfBirthColumn: return displayDate(child);
        case NhsNumberColumn: return domain::NhsNumber::format(child.nhsNumber);
        case PostcodeColumn: return child.postcode;
        }
        return {};
    case Qt::ToolTipRole:
        return child.describe();
    case ChildUuidRole:
        return child.uuid;
    case FamilyUuidRole:
        return child.familyUuid;
    }
    return {};
}

QVariant ChildListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case DateOfBirthColumn: return tr("Date of birth");
    case NhsNumberColumn: return tr("NHS number");
    case PostcodeColumn: return tr("Postcode");
    }
    return {};
}

} // namespace tandem::gui
