#pragma once

#include "normalize/StatusNormalizer.h"

#include "poller/CircuitBreaker.h"
#include "poller/PollerTypes.h"
#include "poller/RateLimiter.h"
#include "secrets/ApiCredentials.h"
#include "uscis/ApiEnvironment.h"
#include "uscis/UscisClient.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace cw {

class Clock;
class Database;
class PollLeadership;
class QuotaTracker;
class TokenProvider;

// The poller's worker: lives in the poller thread and owns everything it uses there (network
// manager, token provider, client, timers, its own database connection). Talk to it only through
// queued calls; it answers with queued signals carrying values.
class PollEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollEngine)

public:
    PollEngine(const Database &db, const StatusNormalizer &normalizer, const Clock &clock, ApiEnvironment environment,
               ApiCredentials credentials, PollerOptions options);
    ~PollEngine() override;

public slots:
    void start(bool continuous);
    void runCycle();
    void checkNow(const QList<qint64> &caseIds);
    void pause();
    void resume();
    void stop();
    // Stops, then ends the engine's thread's event loop (Poller::stop).
    void stopAndQuit();

signals:
    void statusChanged(const cw::PollerStatus &status);
    void eventRecorded(const cw::StatusEventInfo &event);
    void caseChecked(qint64 caseId);
    void cycleFinished(const cw::CycleStats &stats);
    void stopped();

private:
    void refreshFirmRules();
    bool lead();
    void stepDown();
    void leaseTrouble(const Error &error);
    void onLeaseTick();
    void enqueueChecks(const QList<qint64> &caseIds);
    struct Job
    {
        qint64 caseId = 0;
        ReceiptNumber receipt;
        int attempts = 0;
        bool tokenRefreshed = false;
        bool priority = false;
    };

    void pump();
    void schedulePump(qint64 ms);
    void dispatch(Job job);
    void handle(Job job, UscisClient::Outcome outcome);
    void tally(const UscisClient::Outcome &outcome);
    void handleSuccess(const Job &job, UscisClient::Outcome &outcome);
    void handleTransient(Job job, const ApiError &error);
    void block(const QString &message);
    void finishCycleIfDone();
    void deferRemaining();
    void publish(PollerStatus::State state, const QString &message = {}, const QDateTime &resumesAt = {});
    void enqueue(const Job &job);

    const Database &m_db;
    // Its own copy: the firm's status rules are re-read from the database as each cycle starts, so a
    // title assigned on any desktop is read the new way here too.
    StatusNormalizer m_normalizer;
    const Clock &m_clock;
    ApiEnvironment m_environment;
    ApiCredentials m_credentials;
    PollerOptions m_options;

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<UscisClient> m_client;
    std::unique_ptr<QuotaTracker> m_quota;
    std::unique_ptr<PollLeadership> m_leadership;
    bool m_leading = false;
    bool m_onceDone = false; // a one-shot poller's cycle is over (its own, or the leader's)
    RateLimiter m_limiter;
    CircuitBreaker m_breaker;
    QTimer m_pumpTimer;
    QTimer m_cycleTimer;
    QTimer m_leaseTimer;

    QList<Job> m_queue;
    QSet<qint64> m_queued; // case ids queued, in flight or waiting for a retry
    int m_inFlight = 0;
    int m_waitingRetries = 0;
    bool m_continuous = false;
    bool m_cycleActive = false;
    bool m_paused = false;
    bool m_blocked = false;
    bool m_stopping = false;
    bool m_waitingForToken = false;
    int m_opensAtCycleStart = 0; // a one-shot cycle gives up after a few open circuits
    CycleStats m_stats;
    QElapsedTimer m_cycleClock;
    PollerStatus m_status;
};

} // namespace cw
