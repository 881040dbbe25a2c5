// Decision-date estimates from the firm's own cases. Histories are drawn from a known distribution
// with staggered receipt dates, so on the test's "today" many cases are still pending (censored);
// their true future decision dates are known to the test, not to the estimator.
#include "TestSupport.h"

#include "estimate/DecisionEstimator.h"
#include "storage/CaseStore.h"
#include "storage/ObservationStore.h"
#include "storage/ProfileStore.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace cw;

namespace {

const QDate kToday(2026, 12, 1);

struct World
{
    QList<CaseFacts> facts;
    QHash<qint64, qint64> trueDecision; // pending cases: their real (future) decision day
};

// `count` I-485s at NBC received uniformly over the last `spanDays`, each decided after a
// log-normal time (median `medianDays`, shape `sigma`).
World generate(int count, int spanDays, double medianDays, double sigma, quint32 seed, qint64 firstId = 1,
               const QString &office = u"NBC"_qs)
{
    QRandomGenerator rng(seed);
    World w;
    const qint64 today = kToday.toJulianDay();
    for (int i = 0; i < count; ++i) {
        CaseFacts f;
        f.caseId = firstId + i;
        f.receipt = u"%1%2"_qs.arg(office).arg(9000000000LL + f.caseId);
        f.formType = u"I485"_qs;
        f.office = office;
        f.receivedDay = today - 1 - qint64(rng.bounded(spanDays));
        // Box–Muller for a normal draw.
        const double u1 = std::max(rng.generateDouble(), 1e-12);
        const double u2 = rng.generateDouble();
        const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2 * M_PI * u2);
        const qint64 decided =
            f.receivedDay + std::max<qint64>(1, qint64(std::llround(medianDays * std::exp(sigma * z))));
        if (decided <= today)
            f.decidedDay = decided;
        else
            w.trueDecision.insert(f.caseId, decided);
        w.facts.append(f);
    }
    return w;
}

// The share of pending cases whose true decision date lies in [p10, p90].
double coverage(const World &w, const DecisionEstimator::Options &options, int *estimated = nullptr)
{
    DecisionEstimator estimator(w.facts, kToday, options);
    int inside = 0;
    int total = 0;
    for (const auto &e : estimator.estimateAllPending()) {
        if (!e.ok())
            continue;
        ++total;
        const QDate truth = QDate::fromJulianDay(w.trueDecision.value(e.caseId));
        const bool afterP10 = !e.p10.isValid() || truth >= e.p10;
        const bool beforeP90 = e.p90.isValid() && truth <= e.p90;
        inside += afterP10 && beforeP90 ? 1 : 0;
    }
    if (estimated)
        *estimated = total;
    return total ? double(inside) / total : 0.0;
}

} // namespace

class TestDecisionEstimator final : public QObject
{
    Q_OBJECT

private slots:
    void intervalsHoldTheTrueDatesAsOftenAsTheySay();
    void ignoringPendingCasesOrTheWaitWouldFail();
    void neverADateInThePastAndOlderCasesWaitLonger();
    void smallCohortsGiveNoNumberAndWideningIsReported();
    void timeInStageFromTheRfeResponse();
    void loadsFactsFromTheDatabase();
    void commandLineGivesDatesAndBasis();
};

void TestDecisionEstimator::intervalsHoldTheTrueDatesAsOftenAsTheySay()
{
    const World w = generate(4000, 1500, 400, 0.7, 20261201);
    QVERIFY(w.trueDecision.size() > 500);
    int estimated = 0;
    const double c = coverage(w, {}, &estimated);
    qInfo("pending cases: %lld, estimated: %d, 10-90%% interval holds the true date for %.1f%%",
          qlonglong(w.trueDecision.size()), estimated, c * 100);
    QVERIFY(estimated > 0.95 * w.trueDecision.size());
    QVERIFY2(c >= 0.75 && c <= 0.85, qPrintable(QString::number(c)));
}

void TestDecisionEstimator::ignoringPendingCasesOrTheWaitWouldFail()
{
    const World w = generate(4000, 1500, 400, 0.7, 20261201);
    DecisionEstimator::Options finishedOnly;
    finishedOnly.countPending = false;
    DecisionEstimator::Options unconditional;
    unconditional.conditionOnWait = false;
    const double a = coverage(w, finishedOnly);
    const double b = coverage(w, unconditional);
    qInfo("finished cases only: %.1f%%; not conditioned on the wait: %.1f%%", a * 100, b * 100);
    QVERIFY2(a < 0.75 || a > 0.85, qPrintable(QString::number(a)));
    QVERIFY2(b < 0.75 || b > 0.85, qPrintable(QString::number(b)));
}

void TestDecisionEstimator::neverADateInThePastAndOlderCasesWaitLonger()
{
    World w = generate(2000, 1100, 300, 0.5, 7);
    const qint64 today = kToday.toJulianDay();
    // Two more pending cases: one received 30 days ago, one 500 days ago.
    for (qint64 age : {30, 500}) {
        CaseFacts f;
        f.caseId = 100000 + age;
        f.receipt = u"NBC%1"_qs.arg(9100000000LL + age);
        f.formType = u"I485"_qs;
        f.office = u"NBC"_qs;
        f.receivedDay = today - age;
        w.facts.append(f);
    }
    DecisionEstimator estimator(w.facts, kToday);
    for (const auto &e : estimator.estimateAllPending()) {
        if (!e.ok())
            continue;
        QVERIFY(e.p50 > kToday);
        QVERIFY(!e.p10.isValid() || e.p10 > kToday);
        QVERIFY(!e.p10.isValid() || e.p10 <= e.p50);
        QVERIFY(!e.p90.isValid() || e.p50 <= e.p90);
    }
    const auto young = estimator.estimate(100030);
    const auto old = estimator.estimate(100500);
    QVERIFY(young.ok() && old.ok());
    // The old one is still waiting: it is estimated later than it would have been when new...
    QVERIFY(old.p50.toJulianDay() - (today - 500) > young.p50.toJulianDay() - (today - 30));
    // ...and with a wider range relative to what is left of the typical wait.
    QVERIFY(old.p90.isValid() && young.p90.isValid());
    QVERIFY(old.p90 > old.p50);
    // Older than every case of its cohort: still a real range (the completed tail), never "tomorrow"
    // for all three; past the cohort's history the tail is exponential, so what is left does not
    // shrink with more waiting.
    World tiny = generate(60, 300, 100, 0.2, 9);
    for (qint64 age : {600, 900}) {
        CaseFacts f;
        f.caseId = 200000 + age;
        f.receipt = u"NBC%1"_qs.arg(9200000000LL + age);
        f.formType = u"I485"_qs;
        f.office = u"NBC"_qs;
        f.receivedDay = today - age;
        tiny.facts.append(f);
    }
    DecisionEstimator beyond(tiny.facts, kToday);
    const auto at600 = beyond.estimate(200600);
    const auto at900 = beyond.estimate(200900);
    QVERIFY(at600.ok() && at900.ok());
    QVERIFY(at600.p10 < at600.p50 && at600.p50 < at600.p90);
    QVERIFY(at600.p10 > kToday && at600.p90 > at600.p10.addDays(30));
    QVERIFY(at900.p10 < at900.p50 && at900.p50 < at900.p90);
    QVERIFY(at900.p90.toJulianDay() - today >= at600.p90.toJulianDay() - today);
    QVERIFY(at900.p90.toJulianDay() - at900.p10.toJulianDay() >= at600.p90.toJulianDay() - at600.p10.toJulianDay());
    QCOMPARE(old.curve.first().first, kToday);
    QCOMPARE(old.curve.first().second, 1.0);
    QVERIFY(old.curve.last().second < old.curve.first().second);
}

void TestDecisionEstimator::smallCohortsGiveNoNumberAndWideningIsReported()
{
    // 12 cases at NBC: too few anywhere.
    World few = generate(12, 600, 200, 0.4, 3);
    DecisionEstimator small(few.facts, kToday);
    for (const auto &e : small.estimateAllPending()) {
        QCOMPARE(e.reason, u"not_enough_similar_cases"_qs);
        QVERIFY(!e.p50.isValid());
    }
    // 15 cases at EAC, 2000 at NBC: an EAC case is estimated from every office's cases, and says so.
    World w = generate(2000, 1100, 300, 0.5, 11);
    World eac = generate(15, 1100, 300, 0.5, 12, 50000, u"EAC"_qs);
    DecisionEstimator estimator(w.facts + eac.facts, kToday);
    int checked = 0;
    for (const CaseFacts &f : eac.facts) {
        if (f.decidedDay)
            continue;
        const auto e = estimator.estimate(f.caseId);
        QVERIFY(e.ok());
        QVERIFY(e.widened);
        QVERIFY(e.basis.office.isEmpty()); // any office
        QVERIFY(e.basis.cohortSize >= 20);
        ++checked;
    }
    QVERIFY(checked > 0);
    // An NBC case is estimated from NBC cases within a window.
    for (const CaseFacts &f : w.facts) {
        if (f.decidedDay)
            continue;
        const auto e = estimator.estimate(f.caseId);
        if (e.ok() && !e.widened) {
            QCOMPARE(e.basis.office, u"NBC"_qs);
            QCOMPARE(e.basis.windowDays, 90);
            QVERIFY(e.basis.pending > 0);
            return;
        }
    }
    QFAIL("no NBC case was estimated from its first step");
}

void TestDecisionEstimator::timeInStageFromTheRfeResponse()
{
    // Decisions come 60 days (±) after the RFE response, whatever the receipt date.
    QRandomGenerator rng(5);
    QList<CaseFacts> facts;
    const qint64 today = kToday.toJulianDay();
    for (int i = 0; i < 300; ++i) {
        CaseFacts f;
        f.caseId = i + 1;
        f.receipt = u"NBC%1"_qs.arg(9200000000LL + i);
        f.formType = u"I485"_qs;
        f.office = u"NBC"_qs;
        f.receivedDay = today - 400 - qint64(rng.bounded(300));
        f.responseDay = today - qint64(rng.bounded(200));
        const qint64 decided = f.responseDay + 50 + qint64(rng.bounded(21));
        f.decidedDay = decided <= today ? decided : 0;
        facts.append(f);
    }
    CaseFacts waiting;
    waiting.caseId = 9999;
    waiting.receipt = u"NBC9299999999"_qs;
    waiting.formType = u"I485"_qs;
    waiting.office = u"NBC"_qs;
    waiting.receivedDay = today - 500;
    waiting.responseDay = today - 10;
    facts.append(waiting);
    DecisionEstimator estimator(facts, kToday);
    const auto e = estimator.estimate(9999);
    QVERIFY(e.ok());
    QCOMPARE(e.basis.stage, DecisionEstimator::Stage::SinceResponse);
    QVERIFY(e.p50 >= kToday.addDays(40) && e.p50 <= kToday.addDays(60));
}

void TestDecisionEstimator::loadsFactsFromTheDatabase()
{
    test::TempDatabase t;
    auto p = ProfileStore(*t.db).add(test::profile(ProfileKind::Applicant, u"Ana"_qs));
    const qint64 id =
        CaseStore(*t.db).add(p->id, {ReceiptNumber::parse(u"MSC2190012345").value(), u"I-485"_qs, {}})->id;
    CaseSnapshot s;
    s.formType = u"I485"_qs;
    s.submittedDate = u"2025-01-10"_qs;
    s.modifiedDate = u"2025-09-01"_qs;
    s.statusEn = u"Case Was Approved"_qs;
    s.category = u"APPROVED"_qs;
    s.history = {
        HistoryEntry{u"2025-01-10"_qs, u"Case Was Received"_qs, {}, u"RECEIVED"_qs},
        HistoryEntry{
            u"2025-05-02"_qs, u"Response To USCIS' Request For Evidence Was Received"_qs, {}, u"RFE_RECEIVED"_qs},
        HistoryEntry{u"2025-08-30"_qs, u"Case Was Approved"_qs, {}, u"APPROVED"_qs}};
    QVERIFY(ObservationStore(*t.db).recordSnapshot(id, u"demo"_qs, 200, "{}", s));
    auto facts = DecisionEstimator::load(*t.db);
    QVERIFY(facts);
    QCOMPARE(facts->size(), 1);
    const CaseFacts &f = facts->first();
    QCOMPARE(f.formType, u"I485"_qs);
    QCOMPARE(f.office, u"MSC"_qs);
    QCOMPARE(QDate::fromJulianDay(f.receivedDay), QDate(2025, 1, 10));
    QCOMPARE(QDate::fromJulianDay(f.decidedDay), QDate(2025, 8, 30));
    QCOMPARE(QDate::fromJulianDay(f.responseDay), QDate(2025, 5, 2));
    QCOMPARE(DecisionEstimator(facts.value(), kToday).estimate(id).reason, u"decided"_qs);
}

void TestDecisionEstimator::commandLineGivesDatesAndBasis()
{
    test::TempDatabase t;
    auto p = ProfileStore(*t.db).add(test::profile(ProfileKind::Applicant, u"Ana"_qs));
    const QDate today = QDate::currentDate();
    QString pendingReceipt;
    // 60 I-485s at NBC received over the last 600 days; those older than 200 days were decided
    // 200 days after receipt (half approved, half not yet for the young ones).
    for (int i = 0; i < 60; ++i) {
        const QString receipt = u"NBC%1"_qs.arg(9300000000LL + i);
        const qint64 id = CaseStore(*t.db).add(p->id, {ReceiptNumber::parse(receipt).value(), u"I-485"_qs, {}})->id;
        const QDate received = today.addDays(-10 * i - 5);
        CaseSnapshot s;
        s.submittedDate = received.toString(Qt::ISODate);
        s.history = {HistoryEntry{s.submittedDate, u"Case Was Received"_qs, {}, u"RECEIVED"_qs}};
        const QDate decided = received.addDays(200 + (i % 7) * 5);
        if (decided < today) {
            s.statusEn = u"Case Was Approved"_qs;
            s.category = u"APPROVED"_qs;
            s.modifiedDate = decided.toString(Qt::ISODate);
            s.history.append(HistoryEntry{s.modifiedDate, s.statusEn, {}, s.category});
        } else {
            s.statusEn = u"Case Was Received"_qs;
            s.category = u"RECEIVED"_qs;
            s.modifiedDate = s.submittedDate;
            pendingReceipt = receipt;
        }
        QVERIFY(ObservationStore(*t.db).recordSnapshot(id, u"demo"_qs, 200, "{}", s));
    }
    QVERIFY(!pendingReceipt.isEmpty());
    QProcess cli;
    cli.start(QStringLiteral(CASEWATCH_CLI),
              {u"--db"_qs, t.path(), u"estimate"_qs, pendingReceipt, u"NBC9399999999"_qs, u"--json"_qs});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 1); // the second is not tracked
    const QJsonArray out = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
    QCOMPARE(out.size(), 2);
    const QJsonObject e = out[0].toObject();
    QCOMPARE(e[u"receipt_number"].toString(), pendingReceipt);
    QCOMPARE(e[u"form_type"].toString(), u"I485"_qs);
    QCOMPARE(e[u"office"].toString(), u"NBC"_qs);
    for (const char *key : {"p10", "p50", "p90"}) {
        const QDate d = QDate::fromString(e[QLatin1String(key)].toString(), Qt::ISODate);
        QVERIFY2(d.isValid() && d > today, key);
    }
    const QJsonObject basis = e[u"basis"].toObject();
    QVERIFY(basis[u"cohort_size"].toInt() >= 20);
    QVERIFY(basis[u"pending"].toInt() >= 1);
    QCOMPARE(basis[u"form_type"].toString(), u"I485"_qs);
    QVERIFY(basis.contains(u"office"));
    QVERIFY(basis.contains(u"window_days"));
    QVERIFY(!e.contains(u"reason"));
    QCOMPARE(out[1][u"reason"].toString(), u"not_tracked"_qs);
    QVERIFY(out[1][u"p50"].isNull());
}

QTEST_GUILESS_MAIN(TestDecisionEstimator)
#include "tst_decisionestimator.moc"
