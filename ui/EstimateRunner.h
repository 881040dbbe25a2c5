#pragma once

#include <QHash>
#include <QObject>

#include <memory>

class QThread;

namespace cw {

class Database;
class DecisionEstimator;

// Estimates every pending case's decision date on a thread of its own (reading a large book's
// history takes a moment) and hands the result to the desk: the expected date of each case, and the
// estimator itself for the details of the selected case.
class EstimateRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EstimateRunner)

public:
    explicit EstimateRunner(const Database &db, QObject *parent = nullptr);
    ~EstimateRunner() override;

    // Starts a run; one asked for while another runs starts when it ends.
    void run();

signals:
    // caseId -> median expected decision (Julian day) for every pending case with an estimate.
    void ready(std::shared_ptr<const cw::DecisionEstimator> estimator, const QHash<qint64, qint64> &expected);

private:
    const Database &m_db;
    QThread *m_thread = nullptr;
    bool m_again = false;
};

} // namespace cw
