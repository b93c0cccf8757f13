#pragma once

#include "tandem/services/FamilyTypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeView;

namespace tandem::gui {

class TimelineFilterModel;
class TimelineModel;

// One list of the family's journey, newest first, with a filter by kind of event and by child.
class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(QWidget* parent = nullptr);

    void setRecord(const FamilyRecord& record);
    int visibleCount() const;
    QTreeView* view() const { return m_view; }

private:
    void filterChanged();

    TimelineModel* m_model = nullptr;
    TimelineFilterModel* m_filter = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_child = nullptr;
    QLabel* m_childLabel = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace tandem::gui
