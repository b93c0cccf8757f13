#pragma once

#include <QWidget>

class QTableWidget;
class QLabel;
class QPushButton;

namespace tandem {
class Session;
}

namespace tandem::gui {

// The store's organisation and its users, read through UserService. Administrators also find
// the instrument thresholds here (ThresholdsDialog).
class TeamPage : public QWidget {
    Q_OBJECT
public:
    explicit TeamPage(Session& session, QWidget* parent = nullptr);
    void reload();
    // Administrators: opens the instrument thresholds dialog (window-modal). Does nothing for anyone else.
    void openThresholdsDialog();

private:
    Session& m_session;
    QTableWidget* m_table = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_thresholds = nullptr; // administrators only
};

} // namespace tandem::gui
