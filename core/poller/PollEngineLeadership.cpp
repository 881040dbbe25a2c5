// PollEngine's part in "one poller per firm" (poller/PollLeadership.h): taking, keeping and giving
// up the lease, following another poller, and the checks other desktops ask for.
#include "poller/PollEngine.h"

#include "domain/Clock.h"
#include "poller/PollLeadership.h"
#include "poller/PollSchedule.h"
#include "storage/CaseStore.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPoller)

namespace cw {

bool PollEngine::lead()
{
    if (m_options.followOnly) {
        // No credentials here: never poll; say who does (or that nobody does, which the firm must
        // know: no changes arrive until the polling server or a desktop with the credentials runs).
        auto leader = m_leadership->currentLeader();
        if (!leader) {
            leaseTrouble(leader.error());
            return false;
        }
        const QString label = leader.value() ? leader.value()->label : QString();
        const bool changed =
            m_status.state != PollerStatus::State::Following || m_status.leader != label || m_status.message.isEmpty();
        m_status.leader = label;
        if (changed)
            publish(PollerStatus::State::Following,
                    label.isEmpty() ? tr("Nobody polls USCIS for the firm right now: start the polling server, or "
                                         "a desktop that has the firm's USCIS credentials.")
                                    : tr("Polling is done by %1.").arg(label));
        return false;
    }
    auto outcome = m_leadership->tryLead();
    if (!outcome) {
        leaseTrouble(outcome.error());
        return false;
    }
    const PollLeadership::Outcome &o = outcome.value();
    if (o.leading) {
        if (!m_leading) {
            m_leading = true;
            qCInfo(lcPoller) << "this poller polls for the firm" << m_leadership->holderId();
            if (o.tookOver && !o.previousHolder.isEmpty()) {
                // A poller that stopped renewing (it died, or lost its network): what it claimed and
                // did not fetch is due again.
                qCInfo(lcPoller) << "took over from" << o.previousHolder;
                if (Status s = PollSchedule::releaseClaimsOf(m_db, o.previousHolder, m_clock.nowUtc()); !s)
                    qCWarning(lcPoller) << "could not give back the previous poller's cases:" << s.error().code;
            }
            if (o.previousMayStillSend || !o.tookOver) {
                // Taken over from another poller (ended, or cut off from the database and perhaps
                // still sending), or handed over by a desktop: the other's last requests may still
                // be in the second USCIS counts, so this one leaves the next second clear.
                m_limiter.holdFor(1000);
            }
        }
        m_status.leader.clear();
        if (m_status.state == PollerStatus::State::Following)
            publish(PollerStatus::State::Idle);
        return true;
    }
    if (m_leading) {
        // The lease went to a polling server (or expired while this desktop was unreachable): stop
        // sending; what is in the air still completes.
        qCInfo(lcPoller) << "another poller took over";
        m_leading = false;
        deferRemaining();
    }
    const QString label = o.leader ? o.leader->label : QString();
    if (m_status.state != PollerStatus::State::Following || m_status.leader != label) {
        m_status.leader = label;
        if (!m_blocked && !m_paused)
            publish(PollerStatus::State::Following, tr("Polling is done by %1.").arg(label));
    }
    return false;
}

void PollEngine::leaseTrouble(const Error &error)
{
    // The database did not answer (restarting, locked, the network): not a reason to stop for good.
    // This poller sends nothing until it holds the lease again; the lease timer tries every tick.
    qCWarning(lcPoller) << "poller lease:" << error.code << error.message;
    if (m_leading) {
        m_leading = false;
        deferRemaining();
    }
    publish(m_status.state,
            tr("The database did not answer (%1); polling tries again in a few seconds.").arg(error.message));
}

void PollEngine::stepDown()
{
    deferRemaining();
    if (m_leading && m_leadership) {
        if (Status s = m_leadership->resign(); !s)
            qCWarning(lcPoller) << "could not give up the poller lease:" << s.error().code;
    }
    m_leading = false;
}

void PollEngine::onLeaseTick()
{
    if (m_stopping || !m_client || !m_leadership)
        return;
    if (m_blocked)
        return; // not polling here: the lease is free for another desktop
    if (m_paused) {
        // A paused desktop polls nothing, but a Check now it ran keeps the lease until it is done.
        if (m_leading && m_cycleActive)
            (void)lead();
        else if (m_leading)
            stepDown();
        return;
    }
    if (m_status.state == PollerStatus::State::QuotaExhausted && m_status.resumesAt > m_clock.nowUtc())
        return; // nothing may go out before the quota's reset: no cycle, no claims, until then
    if (!m_continuous && m_onceDone)
        return;
    if (!m_continuous && !m_leading && !m_cycleActive) {
        // A one-shot poller that another poller beat to it: done when nothing is left to fetch;
        // it takes over only when something is, and the other stopped.
        auto left = PollSchedule::outstanding(m_db, m_clock.nowUtc());
        if (!left) {
            leaseTrouble(left.error());
            return;
        }
        if (left.value() == 0) {
            m_onceDone = true;
            m_stats = {};
            m_stats.polledBy = m_status.leader;
            emit cycleFinished(m_stats);
            return;
        }
    }
    if (!lead())
        return;
    auto asked = PollSchedule::takeCheckRequests(m_db, m_leadership->holderId(), m_clock.nowUtc());
    if (!asked) {
        leaseTrouble(asked.error());
        return;
    }
    if (!asked->isEmpty()) {
        qCDebug(lcPoller) << asked->size() << "checks asked for by other desktops";
        enqueueChecks(asked.value());
        return;
    }
    if (m_cycleActive)
        return;
    if (!m_continuous) {
        runCycle(); // a one-shot poller that has just taken over
        return;
    }
    // Cases made due meanwhile (edited, added, or given back by a poller that died).
    if (auto due = PollSchedule::hasDue(m_db, m_clock.nowUtc()); due && due.value())
        runCycle();
}

void PollEngine::enqueueChecks(const QList<qint64> &caseIds)
{
    if (!m_cycleActive) {
        m_cycleActive = true;
        m_stats = {};
        m_cycleClock.start();
        m_status.cycleDone = 0;
        m_status.cycleTotal = 0;
    }
    CaseStore cases(m_db);
    for (qint64 id : caseIds) {
        auto c = cases.get(id);
        if (!c)
            continue;
        const bool waiting = m_queued.contains(id);
        auto it = std::find_if(m_queue.begin(), m_queue.end(), [id](const Job &j) { return j.caseId == id; });
        if (it != m_queue.end())
            m_queue.erase(it);
        else if (waiting)
            continue; // in flight or waiting for a retry: its answer is on the way
        else
            ++m_status.cycleTotal;
        enqueue(Job{id, c->receipt, 0, false, true}); // jumps the queue
    }
    publish(PollerStatus::State::Running);
    pump();
}

} // namespace cw
