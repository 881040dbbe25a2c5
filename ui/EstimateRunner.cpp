#include "EstimateRunner.h"

#include "estimate/DecisionEstimator.h"
#include "storage/Database.h"

#include <QDate>
#include <QThread>

namespace cw {

namespace {

struct Outcome
{
    std::shared_ptr<const DecisionEstimator> estimator;
    QHash<qint64, qint64> expected;
};

} // namespace

EstimateRunner::EstimateRunner(const Database &db, QObject *parent) : QObject(parent), m_db(db) { }

EstimateRunner::~EstimateRunner()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void EstimateRunner::run()
{
    if (m_thread) {
        m_again = true;
        return;
    }
    auto outcome = std::make_shared<Outcome>();
    const Database &db = m_db;
    const QDate today = QDate::currentDate();
    m_thread = QThread::create([&db, outcome, today] {
        if (auto facts = DecisionEstimator::load(db)) {
            auto estimator = std::make_shared<DecisionEstimator>(std::move(facts.value()), today);
            outcome->expected = estimator->expectedDays();
            estimator->dropCache();
            outcome->estimator = std::move(estimator);
        }
        db.releaseThreadConnection();
    });
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (outcome->estimator)
            emit ready(outcome->estimator, outcome->expected);
        if (std::exchange(m_again, false))
            run();
    });
    m_thread->start(QThread::IdlePriority); // never in the way of the window
}

} // namespace cw
