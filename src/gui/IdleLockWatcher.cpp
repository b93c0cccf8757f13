#include "IdleLockWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace tandem::gui {

IdleLockWatcher::IdleLockWatcher(const Clock& clock, qint64 timeoutMs, QObject* parent)
    : QObject(parent), m_clock(clock), m_timeoutMs(timeoutMs)
{
    m_tick.setInterval(5000);
    connect(&m_tick, &QTimer::timeout, this, &IdleLockWatcher::checkIdle);
}

IdleLockWatcher::~IdleLockWatcher() { stop(); }

void IdleLockWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    noteActivity();
    QCoreApplication::instance()->installEventFilter(this);
    m_tick.start();
}

void IdleLockWatcher::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_tick.stop();
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLockWatcher::noteActivity() { m_lastActivity = m_clock.monotonicMs(); }

void IdleLockWatcher::checkIdle()
{
    if (m_running && m_timeoutMs > 0 && m_clock.monotonicMs() - m_lastActivity >= m_timeoutMs) {
        stop(); // one signal per idle period
        Q_EMIT idleTimeout();
    }
}

bool IdleLockWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tandem::gui
