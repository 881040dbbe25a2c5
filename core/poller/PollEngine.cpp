#include "poller/PollEngine.h"

#include "interpret/AnswerInterpreter.h"
#include "normalize/StatusNormalizer.h"
#include "storage/StatusRuleStore.h"
#include "domain/Clock.h"
#include "poller/PollLeadership.h"
#include "poller/PollSchedule.h"
#include "poller/QuotaTracker.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/HealthReport.h"
#include "storage/ObservationStore.h"
#include "poller/CaseChecker.h"
#include "uscis/TokenProvider.h"

#include <QLoggingCategory>
#include <QThread>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcPoller, "casewatch.core.poller")

namespace cw {

PollEngine::PollEngine(const Database &db, const StatusNormalizer &normalizer, const Clock &clock,
                       ApiEnvironment environment, ApiCredentials credentials, PollerOptions options)
    : m_db(db), m_normalizer(normalizer), m_clock(clock), m_environment(std::move(environment)),
      m_credentials(std::move(credentials)), m_options(options),
      m_limiter(m_environment.requestsPerSecond, options.rateMargin),
      m_breaker(options.breakerThreshold, options.breakerCooldownMs, options.breakerMaxCooldownMs), m_pumpTimer(this),
      m_cycleTimer(this), m_leaseTimer(this)
{
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pumpTimer, &QTimer::timeout, this, &PollEngine::pump);
    m_cycleTimer.setSingleShot(true);
    connect(&m_cycleTimer, &QTimer::timeout, this, &PollEngine::runCycle);
    connect(&m_leaseTimer, &QTimer::timeout, this, &PollEngine::onLeaseTick);
}

PollEngine::~PollEngine() = default;

void PollEngine::start(bool continuous)
{
    m_continuous = continuous;
    m_network = std::make_unique<QNetworkAccessManager>();
    const ApiCredentials credentials = m_credentials;
    m_tokens = std::make_unique<TokenProvider>(*m_network, m_environment.tokenUrl,
                                               [credentials](QObject *, auto done) { done(credentials); });
    UscisClient::Options client;
    client.maxAttempts = 1; // retries are the engine's, so that they pass through its rate limiter
    client.retryAfterTokenRefresh = false;
    client.timeoutMs = m_options.requestTimeoutMs;
    m_client = std::make_unique<UscisClient>(*m_network, *m_tokens, m_environment.apiBase, client);
    m_quota = std::make_unique<QuotaTracker>(m_db, m_clock, m_environment.id(), m_environment.dailyQuota,
                                             m_environment.quotaZone);
    m_status.quotaLimit = m_environment.dailyQuota;
    using Role = PollLeadership::Role;
    m_leadership = std::make_unique<PollLeadership>(
        m_db, m_environment.id(), m_options.daemon ? Role::Daemon : (continuous ? Role::Desktop : Role::Once),
        m_options.leaseSeconds);
    // Renewed three times a lease at least, and every two seconds so that checks asked for by other
    // desktops are taken up promptly.
    m_leaseTimer.start(std::min(2000, m_leadership->leaseSeconds() * 1000 / 3));
    runCycle();
}

void PollEngine::publish(PollerStatus::State state, const QString &message, const QDateTime &resumesAt)
{
    m_status.state = state;
    m_status.message = message;
    m_status.resumesAt = resumesAt;
    if (m_quota) {
        if (auto used = m_quota->usedToday())
            m_status.quotaUsed = used.value();
    }
    emit statusChanged(m_status);
}

void PollEngine::enqueue(const Job &job)
{
    m_queued.insert(job.caseId);
    if (job.priority)
        m_queue.prepend(job);
    else
        m_queue.append(job);
}

void PollEngine::runCycle()
{
    if (m_stopping || m_cycleActive || m_paused || m_blocked || !m_client)
        return;
    m_cycleTimer.stop();
    m_onceDone = false; // asked for another (a one-shot poller's next cycle is asked for, never timed)
    if (!lead())
        return; // another poller polls for the firm; the lease timer looks again
    refreshFirmRules();
    auto due = PollSchedule::dueCases(m_db, m_clock.nowUtc(), m_leadership->holderId());
    if (!due) {
        block(due.error().message);
        return;
    }
    m_cycleActive = true;
    m_stats = {};
    m_opensAtCycleStart = m_breaker.timesOpened();
    m_cycleClock.start();
    m_status.cycleDone = 0;
    m_status.cycleTotal = 0;
    for (const DueCase &d : due.value()) {
        if (m_queued.contains(d.caseId))
            continue;
        enqueue(Job{d.caseId, d.receipt, 0, false, false});
        ++m_status.cycleTotal;
    }
    if (auto forecast = PollSchedule::forecastDailyRequests(m_db, m_options.intervals))
        m_status.forecastPerDay = forecast.value();
    qCDebug(lcPoller) << "cycle with" << m_status.cycleTotal << "due cases";
    publish(PollerStatus::State::Running);
    pump();
}

void PollEngine::refreshFirmRules()
{
    if (auto rules = StatusRuleStore(m_db).map())
        m_normalizer.setFirmRules(std::move(rules.value()));
    else
        qCWarning(lcPoller) << "could not read the firm's status rules:" << rules.error().message;
}

void PollEngine::checkNow(const QList<qint64> &caseIds)
{
    refreshFirmRules();
    if (m_stopping || !m_client)
        return;
    if (!m_leading && !lead()) {
        // Another desktop polls for the firm: it takes these up at its next look (seconds).
        const QDateTime now = m_clock.nowUtc();
        if (Status s = PollSchedule::requestChecks(m_db, caseIds, m_leadership->label(), now); !s) {
            block(s.error().message);
            return;
        }
        publish(PollerStatus::State::Following,
                m_status.leader.isEmpty()
                    ? tr("%n case(s) will be checked as soon as someone polls USCIS for the firm: nobody does now.",
                         nullptr, int(caseIds.size()))
                    : tr("Asked %1 to check %n case(s) now.", nullptr, int(caseIds.size())).arg(m_status.leader));
        return;
    }
    m_blocked = false;
    enqueueChecks(caseIds);
}

void PollEngine::pause()
{
    m_paused = true;
    m_cycleTimer.stop();
    stepDown(); // a paused desktop leaves polling to another
    publish(PollerStatus::State::Paused);
}

void PollEngine::resume()
{
    m_paused = false;
    m_blocked = false;
    publish(PollerStatus::State::Running);
    if (m_cycleActive)
        pump();
    else
        runCycle();
}

void PollEngine::stop()
{
    m_stopping = true;
    m_pumpTimer.stop();
    m_cycleTimer.stop();
    // The client first: its pending replies lose their receiver, so nothing half-done is recorded.
    m_client.reset();
    m_tokens.reset();
    m_network.reset();
    m_quota.reset();
    // Cases claimed but not recorded (queued, in the air, waiting for a retry) are due again.
    if (Status s = PollSchedule::release(m_db, QList<qint64>(m_queued.cbegin(), m_queued.cend()), m_clock.nowUtc()); !s)
        qCWarning(lcPoller) << "could not give back unfetched cases:" << s.error().code;
    m_queued.clear();
    if (m_leading && m_leadership)
        (void)m_leadership->resign(); // another desktop takes over at once
    m_leading = false;
    m_db.releaseThreadConnection();
    m_status.state = PollerStatus::State::Stopped;
    emit statusChanged(m_status);
    emit stopped();
}

void PollEngine::schedulePump(qint64 ms)
{
    if (!m_pumpTimer.isActive() || m_pumpTimer.remainingTime() > ms)
        m_pumpTimer.start(int(std::max<qint64>(1, ms)));
}

void PollEngine::pump()
{
    if (m_stopping || !m_client)
        return;
    if (m_blocked || !m_leading) {
        deferRemaining();
        finishCycleIfDone();
        return;
    }
    while (m_inFlight < m_options.maxInFlight && !m_queue.isEmpty()) {
        if (m_paused && !m_queue.first().priority)
            break;
        if (const qint64 wait = m_limiter.msUntilNext(); wait > 0) {
            schedulePump(wait);
            break;
        }
        const auto breaker = m_breaker.state();
        if (breaker == CircuitBreaker::State::Open) {
            const qint64 wait = m_breaker.msUntilProbe();
            if (!m_continuous && m_breaker.timesOpened() - m_opensAtCycleStart > 3) {
                block(tr("USCIS kept failing, so this round of checks stopped. The cases stay due; try again later."));
                return;
            }
            if (m_status.state != PollerStatus::State::CircuitOpen)
                publish(PollerStatus::State::CircuitOpen,
                        tr("USCIS failed %n time(s) in a row; polling waits and will try again.", nullptr,
                           m_breaker.consecutiveFailures()),
                        m_clock.nowUtc().addMSecs(wait));
            schedulePump(wait + 1);
            break;
        }
        if (breaker == CircuitBreaker::State::HalfOpen && m_breaker.probeInFlight()) {
            schedulePump(100);
            break;
        }
        if (!m_tokens->hasValidToken()) {
            // Requests queued behind a token fetch would all leave together when it arrives: a
            // burst. Sign in first, then carry on at the limiter's pace.
            if (!m_waitingForToken) {
                m_waitingForToken = true;
                m_tokens->token([this](Result<QString> token) {
                    m_waitingForToken = false;
                    if (m_stopping)
                        return;
                    if (!token) {
                        if (apiErrorKind(token.error().code, false) != ApiErrorKind::Transient) {
                            block(token.error().message);
                            return;
                        }
                        m_breaker.recordFailure();
                        m_limiter.holdFor(m_options.baseBackoffMs);
                    }
                    pump();
                });
            }
            break;
        }
        auto allowed = m_quota->tryConsume();
        if (!allowed) {
            block(allowed.error().message);
            return;
        }
        if (!allowed.value()) {
            const QDateTime reset = m_quota->nextResetUtc();
            deferRemaining();
            publish(PollerStatus::State::QuotaExhausted,
                    tr("Today's USCIS quota of %n request(s) is used up; polling resumes after midnight US Eastern.",
                       nullptr, m_quota->quota()),
                    reset);
            if (m_continuous)
                m_cycleTimer.start(int(std::clamp<qint64>(m_clock.nowUtc().msecsTo(reset) + 1000, 1000, 86'400'000)));
            break;
        }
        m_breaker.allowRequest(); // in half-open state this is the probe
        m_limiter.consume();
        dispatch(m_queue.takeFirst());
    }
    finishCycleIfDone();
}

void PollEngine::dispatch(Job job)
{
    ++m_inFlight;
    ++m_stats.requests;
    m_client->fetch(job.receipt, [this, job](UscisClient::Outcome outcome) { handle(job, std::move(outcome)); });
}

void PollEngine::handle(Job job, UscisClient::Outcome outcome)
{
    --m_inFlight;
    if (m_stopping)
        return;
    tally(outcome);
    auto done = [this](qint64 caseId) {
        m_queued.remove(caseId);
        ++m_status.cycleDone;
        emit caseChecked(caseId);
    };
    if (outcome.snapshot) {
        handleSuccess(job, outcome);
        if (!m_blocked)
            done(job.caseId);
        else
            m_queued.remove(job.caseId);
    } else {
        const ApiError error = outcome.error.value_or(ApiError{});
        const ApiErrorKind kind = error.kind();
        if (kind == ApiErrorKind::CredentialsProblem) {
            m_queue.prepend(job);
            block(error.message);
            return;
        }
        if (kind == ApiErrorKind::Unauthorized && !job.tokenRefreshed) {
            // The token may have expired early: one fresh sign-in, through the limiter like any request.
            job.tokenRefreshed = true;
            job.priority = true;
            m_queue.prepend(job);
        } else if (kind == ApiErrorKind::Unauthorized) {
            m_queue.prepend(job);
            block(error.message);
            return;
        } else if (kind == ApiErrorKind::RateLimited) {
            ++m_stats.rateLimited;
            if (error.retryAfterMs >= 0) {
                m_limiter.holdFor(error.retryAfterMs); // USCIS said how long: nothing goes out till then
                handleTransient(job, error);
            } else if (++job.attempts < m_options.maxAttemptsPerCycle) {
                // A spike arrest without Retry-After: one slot lost to jitter, not seconds. The
                // request goes again first, at a slightly slower pace.
                m_limiter.backOffOneSlot();
                job.priority = true;
                m_queue.prepend(job);
            } else {
                handleTransient(job, error);
            }
        } else if (kind == ApiErrorKind::Transient) {
            m_breaker.recordFailure();
            handleTransient(job, error);
        } else {
            m_breaker.recordSuccess(); // USCIS answered; the case itself is the problem
            if (Status s = ObservationStore(m_db).recordFailure(job.caseId, m_environment.id(), outcome.httpStatus,
                                                                outcome.body, error);
                !s) {
                block(s.error().message);
                return;
            }
            ++m_stats.failed;
            done(job.caseId);
        }
    }
    publish(m_status.state == PollerStatus::State::Idle ? PollerStatus::State::Running : m_status.state,
            m_status.message, m_status.resumesAt);
    pump();
}

void PollEngine::tally(const UscisClient::Outcome &outcome)
{
    // Every answer counted by kind for the health of tracking (storage/HealthReport.h); a count
    // that fails to be written is not worth stopping a poll for.
    const std::optional<ApiError> error =
        outcome.snapshot ? std::nullopt : std::optional<ApiError>(outcome.error.value_or(ApiError{}));
    (void)HealthReport::tally(m_db, m_environment.id(), HealthReport::outcomeId(error), m_clock.nowUtc());
}

void PollEngine::handleSuccess(const Job &job, UscisClient::Outcome &outcome)
{
    m_breaker.recordSuccess();
    if (m_status.state == PollerStatus::State::CircuitOpen)
        m_status.state = PollerStatus::State::Running;
    CaseSnapshot &snapshot = *outcome.snapshot;
    const DeadlineChanges deadlines = AnswerInterpreter::interpret(
        snapshot, m_normalizer, m_clock.nowUtc().toLocalTime().date(), m_options.deadlines);
    auto recorded = ObservationStore(m_db).recordSnapshot(job.caseId, m_environment.id(), outcome.httpStatus,
                                                          outcome.body, snapshot, deadlines);
    if (!recorded) {
        if (recorded.error().code != u"case.not_found") // removed meanwhile: nothing to keep
            block(recorded.error().message);
        return;
    }
    ++m_stats.fetched;
    const QDateTime now = m_clock.nowUtc();
    // How recently the case moved: USCIS's own date when it gives one, else when we saw it move.
    QDateTime lastChanged = QDateTime::fromString(snapshot.modifiedDate, Qt::ISODate);
    if (!lastChanged.isValid())
        lastChanged = recorded->kind != EventKind::None ? now : recorded->previousChangedAt;
    const PollTier tier = PollSchedule::tierFor(snapshot.category, lastChanged, now, m_options.intervals);
    if (Status s =
            PollSchedule::schedule(m_db, job.caseId, tier, PollSchedule::nextPoll(tier, now, m_options.intervals));
        !s) {
        block(s.error().message);
        return;
    }
    if (recorded->kind != EventKind::None) {
        ++m_stats.changed;
        emit eventRecorded(StatusEventInfo{recorded->eventId, job.caseId, job.receipt.toString(), recorded->kind,
                                           recorded->previousCategory, recorded->category, snapshot.statusEn,
                                           snapshot.statusEs, recorded->occurredAt});
    }
}

void PollEngine::handleTransient(Job job, const ApiError &error)
{
    ++job.attempts;
    if (job.attempts < m_options.maxAttemptsPerCycle) {
        // Exponential backoff with full jitter, unless the server said when.
        const qint64 cap =
            std::min<qint64>(m_options.maxBackoffMs, qint64(m_options.baseBackoffMs) << std::min(job.attempts, 20));
        const qint64 delay =
            error.retryAfterMs >= 0 ? error.retryAfterMs : qint64(QRandomGenerator::global()->bounded(cap + 1));
        ++m_waitingRetries;
        QTimer::singleShot(int(delay), this, [this, job] {
            --m_waitingRetries;
            if (m_stopping)
                return;
            m_queue.append(job);
            pump();
        });
        return;
    }
    // This cycle's retries are used up: keep the observation and come back later.
    (void)ObservationStore(m_db).recordFailure(job.caseId, m_environment.id(), error.httpStatus, {}, error);
    (void)PollSchedule::postpone(m_db, job.caseId, m_clock.nowUtc().addSecs(m_options.intervals.transientRetrySeconds));
    ++m_stats.failed;
    m_queued.remove(job.caseId);
    ++m_status.cycleDone;
    emit caseChecked(job.caseId);
}

void PollEngine::block(const QString &message)
{
    qCWarning(lcPoller) << "polling blocked:" << message;
    m_blocked = true;
    stepDown(); // another desktop, whose credentials or connection work, may poll
    publish(PollerStatus::State::Blocked, message);
    if (!m_continuous && !m_cycleActive && !m_onceDone) {
        m_onceDone = true; // a one-shot poller blocked before its cycle began: it is over
        emit cycleFinished(m_stats);
        return;
    }
    finishCycleIfDone();
}

void PollEngine::deferRemaining()
{
    m_stats.deferred += int(m_queue.size());
    QList<qint64> unfetched;
    for (const Job &j : std::as_const(m_queue)) {
        m_queued.remove(j.caseId);
        unfetched << j.caseId;
    }
    m_queue.clear();
    // Claimed for this cycle but not fetched: due again at once, for whichever desktop can.
    if (Status s = PollSchedule::release(m_db, unfetched, m_clock.nowUtc()); !s)
        qCWarning(lcPoller) << "could not give back unfetched cases:" << s.error().code;
}

void PollEngine::finishCycleIfDone()
{
    if (!m_cycleActive || !m_queue.isEmpty() || m_inFlight > 0 || m_waitingRetries > 0)
        return;
    m_cycleActive = false;
    m_stats.durationSeconds = double(m_cycleClock.elapsed()) / 1000.0;
    qCDebug(lcPoller) << "cycle done:" << m_stats.fetched << "fetched" << m_stats.changed << "changed" << m_stats.failed
                      << "failed in" << m_stats.durationSeconds << "s";
    if (auto forecast = PollSchedule::forecastDailyRequests(m_db, m_options.intervals))
        m_status.forecastPerDay = forecast.value(); // the tiers have just moved
    if (!m_continuous) {
        m_onceDone = true;
        stepDown();
    }
    emit cycleFinished(m_stats);
    if (m_status.state == PollerStatus::State::Running || m_status.state == PollerStatus::State::CircuitOpen)
        publish(m_paused ? PollerStatus::State::Paused : PollerStatus::State::Idle);
    if (m_continuous && !m_paused && !m_blocked && !m_cycleTimer.isActive()) {
        auto next = PollSchedule::nextDue(m_db);
        qint64 wait = m_options.idleRecheckMs;
        if (next && next.value().isValid())
            wait = std::clamp<qint64>(m_clock.nowUtc().msecsTo(next.value()), 1000, m_options.idleRecheckMs);
        m_cycleTimer.start(int(wait));
    }
}

void PollEngine::stopAndQuit()
{
    stop();
    QThread::currentThread()->quit();
}

} // namespace cw
