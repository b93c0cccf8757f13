#pragma once

#include "tandem/core/Involvement.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tandem::gui {

// "Who is involved": the services and named workers working with the family, key worker
// first, each with how many contacts they have recorded. Ended involvements are greyed
// below the active ones.
class InvolvementPanel : public QWidget {
    Q_OBJECT
public:
    explicit InvolvementPanel(QWidget* parent = nullptr);

    void setInvolvements(const QList<Involvement>& involved);
    void setEditable(bool editable);
    // The selected involvement if it is still active (the one End involvement… ends).
    std::optional<Involvement> currentActive() const;

Q_SIGNALS:
    void addRequested();
    void endRequested(const tandem::Involvement& involvement);

private:
    void updateButtons();

    QList<Involvement> m_involved; // in display order
    QTreeWidget* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_end = nullptr;
    bool m_editable = true;
};

} // namespace tandem::gui
