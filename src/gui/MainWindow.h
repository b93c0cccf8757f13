#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace tandem {
class Session;
}

namespace tandem::gui {

// The signed-in shell: navigation between work areas and a status bar naming who is signed
// in where. It holds a reference to the session, so the controller deletes it before locking.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);

    void setIdleLockMinutes(int minutes);
    void showArea(const QString& objectName);
    QString currentArea() const;

Q_SIGNALS:
    void lockRequested();
    void preferencesRequested();

private:
    void buildMenus();
    void buildAreas();
    void buildStatusBar();
    void showAbout();

    Session& m_session;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_areas = nullptr;
    QLabel* m_idleLabel = nullptr;
    QString m_recordReturnArea; // the area Back in the family record returns to, when not the Families list
};

} // namespace tandem::gui
