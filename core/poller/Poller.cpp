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
    QMetaObject::invokeMethod(
        engine, [engine, continuous] { engine->start(continuous); }, Qt::QueuedConnection);
}

void Poller::runCycleNow()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &PollEngine::runCycle, Qt::QueuedConnection);
}

void Poller::checkNow(const QList<qint64> &caseIds)
{
    if (PollEngine *engine = m_engine)
        QMetaObject::invokeMethod(
            engine, [engine, caseIds] { engine->checkNow(caseIds); }, Qt::QueuedConnection);
}

void Poller::pause()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &PollEngine::pause, Qt::QueuedConnection);
}

void Poller::resume()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &PollEngine::resume, Qt::QueuedConnection);
}

bool Poller::stop(int timeoutMs)
{
    if (!m_thread.isRunning())
        return true;
    if (PollEngine *engine = m_engine) {
        // Stop and quit from inside the worker's own event loop, in that order.
        QMetaObject::invokeMethod(
            engine,
            [engine] {
                engine->stop();
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
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
