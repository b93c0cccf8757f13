#include "TimelineModel.h"

#include "RecordText.h"

#include <QLocale>

namespace tandem::gui {

TimelineModel::TimelineModel(QObject* parent) : QAbstractTableModel(parent) {}

void TimelineModel::setEvents(const QList<TimelineEvent>& events, const QHash<QString, QString>& childNames)
{
    beginResetModel();
    m_events = events;
    m_childNames = childNames;
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_events.size()); }

int TimelineModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const TimelineEvent& e = m_events.at(index.row());
    switch (role) {
    case CategoryRole:
        return e.category;
    case ChildUuidRole:
        return e.childUuid;
    case OccurredAtRole:
        return e.occurredAt;
    case Qt::ToolTipRole:
        if (index.column() == DateColumn)
            return QLocale().toString(e.occurredAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == SummaryColumn)
            return TimelineCategories::displayName(e.category);
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case DateColumn: return RecordText::date(e.occurredAt.toLocalTime().date());
        case SummaryColumn: return e.summary;
        case ChildColumn: return m_childNames.value(e.childUuid);
        case ActorColumn: return e.actorName;
        default: return {};
        }
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case SummaryColumn: return tr("What happened");
    case ChildColumn: return tr("Child");
    case ActorColumn: return tr("Recorded by");
    default: return {};
    }
}

} // namespace tandem::gui
