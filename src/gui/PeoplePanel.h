#pragma once

#include "tandem/core/Family.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace tandem::gui {

// The household's people, compactly: children (name, date of birth or due date, NHS
// number, UPN, GP, gestation) and adults (relationship to each child, parental
// responsibility, how to contact them).
class PeoplePanel : public QWidget {
    Q_OBJECT
public:
    explicit PeoplePanel(QWidget* parent = nullptr);

    void setFamily(const Family& family);
    QString currentChildUuid() const; // empty when no child is selected
    void selectChild(const QString& childUuid);

private:
    static void fitHeight(QTreeWidget* view);

    QTreeWidget* m_children = nullptr;
    QTreeWidget* m_adults = nullptr;
    QLabel* m_noAdults = nullptr;
};

} // namespace tandem::gui
