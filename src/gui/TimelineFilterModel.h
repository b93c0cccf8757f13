#pragma once

#include <QSortFilterProxyModel>

namespace tandem::gui {

// Narrows the timeline to one category (TimelineCategories token) and/or one child.
// A child's view keeps the household's own events (moves, who is involved), which are
// part of that child's journey too.
class TimelineFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TimelineFilterModel(QObject* parent = nullptr);

    void setCategory(const QString& token); // empty: every category
    void setChildUuid(const QString& uuid); // empty: every child
    QString category() const { return m_category; }
    QString childUuid() const { return m_childUuid; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_category;
    QString m_childUuid;
};

} // namespace tandem::gui
