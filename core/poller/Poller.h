#pragma once

#include "poller/PollerTypes.h"
#include "secrets/ApiCredentials.h"
#include "uscis/ApiEnvironment.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace cw {

class Clock;
class Database;
class PollEngine;
class StatusNormalizer;

// Owns the poller thread and its worker (docs/ARCHITECTURE.md §2). Used alike by the GUI and by
// `casewatch-cli poll`. Everything it hears from the worker arrives as queued signals.
class Poller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Poller)

public:
    Poller(const Database &db, const StatusNormalizer &normalizer, const Clock &clock, ApiEnvironment environment,
           ApiCredentials credentials, PollerOptions options = {}, QObject *parent = nullptr);
    ~Poller() override;

    // continuous: keep polling as cases come due; otherwise one cycle over the due cases.
    void start(bool continuous);
    void runCycleNow();
    void checkNow(const QList<qint64> &caseIds);
    void pause();
    void resume();
    // Stops the worker and waits for its thread; true when it ended within `timeoutMs`.
    bool stop(int timeoutMs = 1000);

    bool isRunning() const { return m_thread.isRunning(); }
    const PollerStatus &status() const { return m_status; }
    const ApiEnvironment &environment() const { return m_environment; }

signals:
    void statusChanged(const cw::PollerStatus &status);
    void eventRecorded(const cw::StatusEventInfo &event);
    void caseChecked(qint64 caseId);
    void cycleFinished(const cw::CycleStats &stats);

    // To the engine in its thread (queued connections made in start()): the worker-object hand-over
    // Qt's own code performs, so that nothing on this thread touches the engine itself.
    void engineStart(bool continuous, QPrivateSignal);
    void engineRunCycle(QPrivateSignal);
    void engineCheckNow(const QList<qint64> &caseIds, QPrivateSignal);
    void enginePause(QPrivateSignal);
    void engineResume(QPrivateSignal);
    void engineStopAndQuit(QPrivateSignal);

private:
    const Database &m_db;
    const StatusNormalizer &m_normalizer;
    const Clock &m_clock;
    ApiEnvironment m_environment;
    ApiCredentials m_credentials;
    PollerOptions m_options;
    QThread m_thread;
    QPointer<PollEngine> m_engine;
    PollerStatus m_status;
};

} // namespace cw
