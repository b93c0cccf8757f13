#pragma once

#include "tandem/services/SharedItemsService.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace tandem::gui {

// What partner organisations shared about the family's children, newest first: the partner,
// the child, what it is, its date and when it arrived. Items a partner shared without consent,
// under its own safeguarding decision, say so on a red badge. Below the list, every value the
// partner sent for the selected item.
class SharedItemsView : public QWidget {
    Q_OBJECT
public:
    enum Column { PartnerColumn, ChildColumn, TitleColumn, DateColumn, ReceivedColumn, BasisColumn, ColumnCount };

    explicit SharedItemsView(QWidget* parent = nullptr);

    void setItems(const QList<SharedItemView>& items);
    bool isEmpty() const { return m_items.isEmpty(); }
    QTreeWidget* list() const { return m_list; }
    QLabel* details() const { return m_details; }

private:
    void showDetails();
    void fitHeight();

    QList<SharedItemView> m_items;
    QTreeWidget* m_list = nullptr;
    QLabel* m_details = nullptr;
};

} // namespace tandem::gui
