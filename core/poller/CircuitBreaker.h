#pragma once

#include <QElapsedTimer>

namespace cw {

// Stops all polling after repeated failures, then lets one probe through after a cool-down:
// closed -> open -> half-open -> closed (probe succeeded) or open again (probe failed, longer
// cool-down).
class CircuitBreaker final
{
public:
    enum class State { Closed, Open, HalfOpen };

    CircuitBreaker(int failureThreshold = 5, qint64 cooldownMs = 30000, qint64 maxCooldownMs = 600000);

    // May a request go now? In half-open state, only the one probe.
    bool allowRequest();
    void recordSuccess();
    void recordFailure();

    State state() const;
    qint64 msUntilProbe() const;
    int consecutiveFailures() const { return m_failures; }
    bool probeInFlight() const { return m_probeInFlight; }
    // How many times it has opened (a failed probe re-opens it).
    int timesOpened() const { return m_timesOpened; }

private:
    int m_threshold;
    qint64 m_baseCooldownMs;
    qint64 m_maxCooldownMs;
    qint64 m_cooldownMs;
    int m_failures = 0;
    int m_timesOpened = 0;
    bool m_open = false;
    bool m_probeInFlight = false;
    QElapsedTimer m_openedAt;
};

} // namespace cw
