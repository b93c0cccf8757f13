#pragma once

#include "tandem/core/Clock.h"
#include "tandem/core/Result.h"
#include "tandem/services/Session.h"

#include <QDialog>
#include <QFutureWatcher>

#include <chrono>
#include <memory>

namespace Ui { class UnlockDialog; }

namespace tandem::gui {

// Asks for user name and passphrase and unlocks the store off the GUI thread, because
// Argon2id takes about a second by design.
class UnlockDialog : public QDialog {
    Q_OBJECT
public:
    using Outcome = std::shared_ptr<Result<std::unique_ptr<Session>>>;

    explicit UnlockDialog(const Clock& clock, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    void setStorePath(const QString& path);
    QString storePath() const;
    void setUsername(const QString& username);
    void setMessage(const QString& message); // e.g. "Locked after 5 minutes idle"
    // Tests pass zero; people get the default pause after a failure.
    void setFailureDelay(std::chrono::milliseconds delay) { m_failureDelay = delay; }
    bool isBusy() const;

    // The unlocked session, once unlocked() has been emitted.
    std::unique_ptr<Session> takeSession() { return std::move(m_session); }

Q_SIGNALS:
    void unlocked();
    void unlockFailed(const QString& message);

private:
    void attemptUnlock();
    void finishUnlock();
    void browseForStore();
    void setBusy(bool busy);
    void showError(const QString& message);

    std::unique_ptr<Ui::UnlockDialog> m_ui;
    const Clock& m_clock;
    std::chrono::milliseconds m_failureDelay{1000};
    QFutureWatcher<Outcome> m_watcher;
    std::unique_ptr<Session> m_session;
};

} // namespace tandem::gui
