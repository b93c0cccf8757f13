#pragma once

#include "MainWindow.h"
#include "tandem/core/Clock.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>

namespace tandem {
class Session;
}

namespace tandem::gui {

class IdleLockWatcher;
class UnlockDialog;

// Owns the unlocked session and moves between the unlock dialog and the main window.
// Locking destroys the main window and then the session, which closes the database and
// wipes the key, and clears the clipboard.
class AppController : public QObject {
    Q_OBJECT
public:
    explicit AppController(const Clock& clock, QObject* parent = nullptr);
    ~AppController() override;

    void start(const QString& storePath);
    void lock(const QString& reason = {});
    bool isUnlocked() const { return m_session != nullptr; }

    UnlockDialog* unlockDialog() const { return m_unlock.get(); }
    MainWindow* mainWindow() const { return m_main.data(); }
    IdleLockWatcher* idleWatcher() const { return m_idle; }
    void setUnlockFailureDelay(std::chrono::milliseconds delay);

Q_SIGNALS:
    void locked();
    void unlocked();

private:
    void onUnlocked();
    void editPreferences();

    const Clock& m_clock;
    std::unique_ptr<UnlockDialog> m_unlock;
    QPointer<MainWindow> m_main;
    std::unique_ptr<Session> m_session;
    IdleLockWatcher* m_idle = nullptr;
};

} // namespace tandem::gui
