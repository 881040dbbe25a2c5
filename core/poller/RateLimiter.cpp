#include "poller/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace cw {

RateLimiter::RateLimiter(double requestsPerSecond, double margin)
    : m_intervalMs(1000.0 / std::max(0.01, requestsPerSecond * std::clamp(margin, 0.1, 1.0)))
{
    m_clock.start();
}

namespace {
double nowMs(const QElapsedTimer &clock)
{
    // Sub-millisecond: whole milliseconds would let an eleventh request into a second.
    return double(clock.nsecsElapsed()) / 1e6;
}
} // namespace

qint64 RateLimiter::msUntilNext() const
{
    const double wait = m_nextAllowedMs - nowMs(m_clock);
    return wait <= 0 ? 0 : qint64(std::ceil(wait));
}

void RateLimiter::consume()
{
    m_nextAllowedMs = std::max(m_nextAllowedMs, nowMs(m_clock)) + currentIntervalMs();
    m_pace = std::min(1.0, m_pace + kRecoveryPerRequest);
}

void RateLimiter::backOffOneSlot()
{
    m_pace = std::max(kMinPace, m_pace * kSlowDown);
    holdFor(qint64(std::ceil(currentIntervalMs())));
}

void RateLimiter::holdFor(qint64 ms)
{
    m_nextAllowedMs = std::max(m_nextAllowedMs, nowMs(m_clock) + double(ms));
}

} // namespace cw
