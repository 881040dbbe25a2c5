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
    m_thread.start();
    // The engine's slots are invoked by name, never with a functor or a member pointer: those are
    // slot objects whose last reference may drop on either thread through atomics inside QtCore,
    // which ThreadSanitizer cannot see (its CI job reported that hand-over as a race once).
    QMetaObject::invokeMethod(engine, "start", Qt::QueuedConnection, Q_ARG(bool, continuous));
}

void Poller::runCycleNow()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, "runCycle", Qt::QueuedConnection);
}

void Poller::checkNow(const QList<qint64> &caseIds)
{
    if (PollEngine *engine = m_engine)
        QMetaObject::invokeMethod(engine, "checkNow", Qt::QueuedConnection, Q_ARG(QList<qint64>, caseIds));
}

void Poller::pause()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, "pause", Qt::QueuedConnection);
}

void Poller::resume()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, "resume", Qt::QueuedConnection);
}

bool Poller::stop(int timeoutMs)
{
    if (!m_thread.isRunning())
        return true;
    if (PollEngine *engine = m_engine) {
        // Stop and quit from inside the worker's own event loop, in that order.
        QMetaObject::invokeMethod(engine, "stopAndQuit", Qt::QueuedConnection);
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
