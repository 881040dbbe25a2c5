#include "poller/CircuitBreaker.h"

#include <algorithm>

namespace cw {

CircuitBreaker::CircuitBreaker(int failureThreshold, qint64 cooldownMs, qint64 maxCooldownMs)
    : m_threshold(std::max(1, failureThreshold)), m_baseCooldownMs(cooldownMs), m_maxCooldownMs(maxCooldownMs),
      m_cooldownMs(cooldownMs)
{
}

CircuitBreaker::State CircuitBreaker::state() const
{
    if (!m_open)
        return State::Closed;
    return m_openedAt.elapsed() >= m_cooldownMs ? State::HalfOpen : State::Open;
}

qint64 CircuitBreaker::msUntilProbe() const
{
    return m_open ? std::max<qint64>(0, m_cooldownMs - m_openedAt.elapsed()) : 0;
}

bool CircuitBreaker::allowRequest()
{
    switch (state()) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        if (m_probeInFlight)
            return false;
        m_probeInFlight = true;
        return true;
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    m_open = false;
    m_probeInFlight = false;
    m_cooldownMs = m_baseCooldownMs;
}

void CircuitBreaker::recordFailure()
{
    ++m_failures;
    if (m_open && m_probeInFlight) {
        // The probe failed: stay open, and wait longer before the next one.
        m_probeInFlight = false;
        m_cooldownMs = std::min(m_maxCooldownMs, m_cooldownMs * 2);
        m_openedAt.start();
        ++m_timesOpened;
        return;
    }
    if (!m_open && m_failures >= m_threshold) {
        m_open = true;
        m_openedAt.start();
        ++m_timesOpened;
    }
}

} // namespace cw
