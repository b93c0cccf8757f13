#pragma once

#include "tandem/core/Clock.h"

#include <QObject>
#include <QTimer>

namespace tandem::gui {

// Watches keyboard and mouse input application-wide and says when the user has been idle
// for the configured time. Time comes from an injected clock, so tests move it by hand.
class IdleLockWatcher : public QObject {
    Q_OBJECT
public:
    IdleLockWatcher(const Clock& clock, qint64 timeoutMs, QObject* parent = nullptr);
    ~IdleLockWatcher() override;

    void setTimeoutMs(qint64 timeoutMs) { m_timeoutMs = timeoutMs; }
    qint64 timeoutMs() const { return m_timeoutMs; }
    void start();
    void stop();
    void noteActivity();
    // Called by the timer; public so tests can tick it.
    void checkIdle();

Q_SIGNALS:
    void idleTimeout();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Clock& m_clock;
    qint64 m_timeoutMs;
    qint64 m_lastActivity = 0;
    bool m_running = false;
    QTimer m_tick;
};

} // namespace tandem::gui
