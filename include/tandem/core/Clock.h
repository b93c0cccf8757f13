#pragma once

#include <QDateTime>

namespace tandem {

// Injected wherever time matters, so tests never sleep.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Monotonic milliseconds, for idle timers.
    virtual qint64 monotonicMs() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override;
    qint64 monotonicMs() const override;
    static SystemClock& instance();
};

// A clock tests move by hand.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC));
    QDateTime nowUtc() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonic; }
    void advanceMs(qint64 ms);
    void set(const QDateTime& utc) { m_now = utc; }

private:
    QDateTime m_now;
    qint64 m_monotonic = 1'000'000;
};

// ISO 8601 UTC with milliseconds, the one timestamp format in the store.
QString toStoreTimestamp(const QDateTime& utc);

} // namespace tandem
