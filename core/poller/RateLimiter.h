#pragma once

#include <QElapsedTimer>

namespace cw {

// Spaces requests evenly at a safety margin under the API's limit, so that no one-second window
// ever holds more than the limit (a bucket of one: bursts are what trips a spike arrest).
class RateLimiter final
{
public:
    explicit RateLimiter(double requestsPerSecond, double margin = 0.95);

    // Milliseconds until the next request may go (0: now).
    qint64 msUntilNext() const;
    // Takes the slot; call only when msUntilNext() == 0.
    void consume();
    // Nothing goes out before `ms` from now (Retry-After).
    void holdFor(qint64 ms);

    double effectiveRate() const { return 1000.0 / m_intervalMs; }

private:
    QElapsedTimer m_clock;
    double m_intervalMs;
    double m_nextAllowedMs = 0;
};

} // namespace cw
