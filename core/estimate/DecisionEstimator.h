#pragma once

#include "Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace cw {

class Database;

// What the estimator needs to know of one tracked case (dates are Julian days, 0 = none).
struct CaseFacts
{
    qint64 caseId = 0;
    QString receipt;
    QString formType; // normalized: "I485", "I-485" and "i-485" are one form
    QString office; // receipt prefix (EAC, NBC, …)
    qint64 receivedDay = 0;
    qint64 decidedDay = 0; // first approval/denial (or what only follows an approval)
    qint64 endedDay = 0; // rejected, withdrawn or terminated without a decision
    qint64 responseDay = 0; // the last RFE/NOID response USCIS received before any decision
};

// When a pending case is likely to be decided, from the firm's own comparable cases: a Kaplan–Meier
// estimate of the time to decision over a cohort (same form, same office, received within a window
// of this case), where cases still pending count as censored — so that the slow cases not yet
// decided pull the estimate later, as they should — and conditional on how long this case has
// already waited: P(decided by t | still pending today). The cohort is widened step by step (a wider
// window, then any office, then all time) until it holds enough cases; the basis says which step.
// A case whose RFE response is in is estimated from that response ("time in stage").
class DecisionEstimator final
{
public:
    enum class Stage { SinceReceived, SinceResponse };

    struct Basis
    {
        int cohortSize = 0;
        int pending = 0; // of the cohort, still waiting (censored)
        QString formType;
        QString office; // empty: any office
        int windowDays = 0; // 0: all time
        Stage stage = Stage::SinceReceived;
    };

    struct Estimate
    {
        qint64 caseId = 0;
        QString receipt;
        QString formType;
        QString office;
        QDate p10, p50, p90; // null when the cohort's history does not reach that far
        Basis basis;
        QString
            reason; // why there is no estimate: decided, no_received_date, not_enough_similar_cases, waited_longer_than_cohort
        bool widened = false; // the basis is wider than the first step
        // The chance the case is still pending, from today on: (date, probability), for a chart.
        QList<std::pair<QDate, double>> curve;
        bool ok() const { return reason.isEmpty(); }
    };

    struct Options
    {
        int minCohort = 20; // fewer comparable cases: "not enough similar cases"
        int minDecided = 5; // and at least this many of them decided
        std::vector<int> windows{90, 180, 365};
        // Only for the test that shows why they matter: drop the pending cases from the cohort,
        // or do not condition on the time this case has already waited.
        bool countPending = true;
        bool conditionOnWait = true;
    };

    DecisionEstimator(QList<CaseFacts> facts, QDate today, Options options);
    explicit DecisionEstimator(QList<CaseFacts> facts, QDate today);
    ~DecisionEstimator();
    DecisionEstimator(DecisionEstimator &&) noexcept;
    DecisionEstimator &operator=(DecisionEstimator &&) noexcept;

    // Reads every case of the database (archived ones too: they are evidence).
    static Result<QList<CaseFacts>> load(const Database &db);
    static QString normalizedForm(const QString &formType);
    // "I485" -> "I-485", for people.
    static QString displayForm(const QString &normalizedForm);

    Estimate estimate(qint64 caseId) const;
    Estimate estimateReceipt(const QString &receipt) const;
    // Every case still pending (decided ones are skipped), without the curves (a large book's
    // would cost memory nobody looks at).
    QList<Estimate> estimateAllPending() const;
    // The same, kept to what a table shows: case id -> median expected decision (Julian day).
    QHash<qint64, qint64> expectedDays() const;
    const QList<CaseFacts> &facts() const;
    // Forgets the cohorts' curves computed so far (they are computed again when asked for): the
    // desk keeps an estimator for the selected case's details, not every curve of the book.
    void dropCache() const;
    QDate today() const;

private:
    void forEachPending(const std::function<void(const Estimate &)> &visit) const;
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace cw
