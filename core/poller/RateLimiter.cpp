#include "poller/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace cw {

RateLimiter::RateLimiter(double requestsPerSecond, double margin)
    : m_intervalMs(1000.0 / std::max(0.01, requestsPerSecond * std::clamp(margin, 0.1, 1.0)))
{
    m_clock.start();
}

qint64 RateLimiter::msUntilNext() const
{
    const double wait = m_nextAllowedMs - double(m_clock.elapsed());
    return wait <= 0 ? 0 : qint64(std::ceil(wait));
}

void RateLimiter::consume()
{
    m_nextAllowedMs = std::max(m_nextAllowedMs, double(m_clock.elapsed())) + m_intervalMs;
}

void RateLimiter::holdFor(qint64 ms)
{
    m_nextAllowedMs = std::max(m_nextAllowedMs, double(m_clock.elapsed() + ms));
}

} // namespace cw
