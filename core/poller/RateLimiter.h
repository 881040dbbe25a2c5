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
    // A spike arrest without Retry-After: network jitter put this request in the same one-request
    // slot of the gateway as the one before. It costs one slot, and the pace drops by 2% and
    // recovers over the next hundred requests: where jitter is heavy, the pace settles where such
    // 429s are about 1% of requests; where it is light, the pace stays close to the limit.
    void backOffOneSlot();

    double effectiveRate() const { return 1000.0 / currentIntervalMs(); }
    double pace() const { return m_pace; }

private:
    double currentIntervalMs() const { return m_intervalMs / m_pace; }

    static constexpr double kMinPace = 0.7;
    static constexpr double kSlowDown = 0.98;
    static constexpr double kRecoveryPerRequest = 0.0002;

    QElapsedTimer m_clock;
    double m_intervalMs;
    double m_pace = 1.0;
    double m_nextAllowedMs = 0;
};

} // namespace cw
