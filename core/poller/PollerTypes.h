#pragma once

#include "domain/Policies.h"
#include "domain/StatusEvent.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace cw {

struct PollerOptions
{
    PollIntervals intervals;
    int maxInFlight = 8; // requests in the air at once, so latency does not cut throughput
    int maxAttemptsPerCycle = 4; // per case, for transient errors
    int baseBackoffMs = 1000;
    int maxBackoffMs = 30000;
    double rateMargin = 0.95; // run at this fraction of the API's limit
    int breakerThreshold = 8; // consecutive transient failures that open the circuit
    qint64 breakerCooldownMs = 30000;
    qint64 breakerMaxCooldownMs = 600000;
    int idleRecheckMs = 60000; // continuous mode: look for due cases at least this often
    int requestTimeoutMs = 30000;
    DeadlinePolicy deadlines;
    // One poller per firm (poller/PollLeadership.h): how long another desktop waits before it takes
    // over from a poller that stopped renewing its lease; a polling server (--daemon) takes the lease
    // from desktops.
    int leaseSeconds = 30;
    bool daemon = false;
    // A desktop without the firm's USCIS credentials (they live only where polling runs): it
    // never polls, only follows whoever does, and passes its "Check now" on to them.
    bool followOnly = false;
};

// What the poller is doing, for the status bar. A value: it crosses threads by queued signals.
struct PollerStatus
{
    // Following: another desktop (or the polling server) polls for the firm; `leader` names it.
    enum class State { Idle, Running, Paused, CircuitOpen, QuotaExhausted, Blocked, Stopped, Following };
    State state = State::Idle;
    QString leader;
    QString message; // why it is paused/blocked, translated
    int quotaUsed = 0;
    int quotaLimit = 0;
    int cycleDone = 0;
    int cycleTotal = 0;
    double forecastPerDay = 0;
    QDateTime resumesAt; // circuit probe or quota reset
};

struct CycleStats
{
    int fetched = 0;
    int changed = 0;
    int failed = 0;
    int rateLimited = 0;
    int deferred = 0; // not reached: quota used up, or the poller was blocked or stopped
    int requests = 0;
    double durationSeconds = 0;
    QString polledBy; // a one-shot cycle another poller did: who (this one sent nothing)
};

} // namespace cw

Q_DECLARE_METATYPE(cw::PollerStatus)
Q_DECLARE_METATYPE(cw::CycleStats)
