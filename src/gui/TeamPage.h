#pragma once

#include <QWidget>

class QTableWidget;
class QLabel;

namespace tandem {
class Session;
}

namespace tandem::gui {

// The store's organisation and its users, read through UserService.
class TeamPage : public QWidget {
    Q_OBJECT
public:
    explicit TeamPage(Session& session, QWidget* parent = nullptr);
    void reload();

private:
    Session& m_session;
    QTableWidget* m_table = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace tandem::gui
