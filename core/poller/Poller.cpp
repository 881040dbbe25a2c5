#include "poller/Poller.h"

#include "poller/PollEngine.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPoller)

namespace cw {

Poller::Poller(const Database &db, const StatusNormalizer &normalizer, const Clock &clock, ApiEnvironment environment,
               ApiCredentials credentials, PollerOptions options, QObject *parent)
    : QObject(parent), m_db(db), m_normalizer(normalizer), m_clock(clock), m_environment(std::move(environment)),
      m_credentials(std::move(credentials)), m_options(options)
{
    qRegisterMetaType<cw::PollerStatus>();
    qRegisterMetaType<cw::CycleStats>();
    qRegisterMetaType<cw::StatusEventInfo>();
    qRegisterMetaType<QList<qint64>>();
    m_thread.setObjectName(QStringLiteral("casewatch-poller"));
}

Poller::~Poller()
{
    stop(5000);
}

void Poller::start(bool continuous)
{
    if (m_thread.isRunning())
        return;
    auto *engine = new PollEngine(m_db, m_normalizer, m_clock, m_environment, m_credentials, m_options);
    engine->moveToThread(&m_thread);
    m_engine = engine;
    connect(&m_thread, &QThread::finished, engine, &QObject::deleteLater);
    connect(engine, &PollEngine::statusChanged, this, [this](const PollerStatus &s) {
        m_status = s;
        emit statusChanged(s);
    });
    connect(engine, &PollEngine::eventRecorded, this, &Poller::eventRecorded);
    connect(engine, &PollEngine::caseChecked, this, &Poller::caseChecked);
    connect(engine, &PollEngine::cycleFinished, this, &Poller::cycleFinished);
    // The engine is driven by queued signals, never by invokeMethod: a functor's slot object may
    // be freed on this thread after the engine's thread ran it (reference counts inside QtCore that
    // ThreadSanitizer cannot see; CI's TSan job reported it once), and invoking by name reads the
    // engine's meta-object here while the engine's thread may be deleting it.
    connect(this, &Poller::engineStart, engine, &PollEngine::start);
    connect(this, &Poller::engineRunCycle, engine, &PollEngine::runCycle);
    connect(this, &Poller::engineCheckNow, engine, &PollEngine::checkNow);
    connect(this, &Poller::enginePause, engine, &PollEngine::pause);
    connect(this, &Poller::engineResume, engine, &PollEngine::resume);
    connect(this, &Poller::engineStopAndQuit, engine, &PollEngine::stopAndQuit);
    m_thread.start();
    emit engineStart(continuous, QPrivateSignal());
}

void Poller::runCycleNow()
{
    if (m_engine)
        emit engineRunCycle(QPrivateSignal());
}

void Poller::checkNow(const QList<qint64> &caseIds)
{
    if (m_engine)
        emit engineCheckNow(caseIds, QPrivateSignal());
}

void Poller::pause()
{
    if (m_engine)
        emit enginePause(QPrivateSignal());
}

void Poller::resume()
{
    if (m_engine)
        emit engineResume(QPrivateSignal());
}

bool Poller::stop(int timeoutMs)
{
    if (!m_thread.isRunning())
        return true;
    if (m_engine) {
        // Stop and quit from inside the worker's own event loop, in that order.
        emit engineStopAndQuit(QPrivateSignal());
    } else {
        m_thread.quit();
    }
    if (m_thread.wait(QDeadlineTimer(timeoutMs)))
        return true;
    qCWarning(lcPoller) << "the poller thread did not stop within" << timeoutMs << "ms; waiting for it";
    m_thread.wait();
    return false;
}

} // namespace cw
