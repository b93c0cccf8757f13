#pragma once

#include "tandem/core/Timeline.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tandem::gui {

// The family's timeline as a table: date, what happened, which child, who recorded it.
// Rows keep the service's order (newest first).
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, SummaryColumn, ChildColumn, ActorColumn, ColumnCount };
    enum Role { CategoryRole = Qt::UserRole + 1, ChildUuidRole, OccurredAtRole };

    explicit TimelineModel(QObject* parent = nullptr);

    // childNames: uuid -> name for the household's current children; events about a
    // child no longer listed (merged or deleted) show no name.
    void setEvents(const QList<TimelineEvent>& events, const QHash<QString, QString>& childNames);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TimelineEvent> m_events;
    QHash<QString, QString> m_childNames;
};

} // namespace tandem::gui
