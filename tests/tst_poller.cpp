#include "PollerHarness.h"

#include "poller/PollSchedule.h"
#include "poller/QuotaTracker.h"

#include <QElapsedTimer>
#include <QTest>

using namespace cw;
using Fault = SandboxServer::Fault;
using State = PollerStatus::State;

class TestPoller final : public QObject
{
    Q_OBJECT

private slots:
    void rateNeverAboveTheLimit();
    void retryAfterHoldsEveryRequest();
    void spikeArrestWithoutRetryAfterCostsOneSlot();
    void transientErrorsBackOffAndRetry();
    void retriesAreBoundedPerCycle();
    void circuitOpensThenHalfOpensThenCloses();
    void dailyQuotaStopsAndResetsAtEasternMidnight();
    void noDuplicateEventsAcrossCycles();
    void permanentErrorMarksTheCaseUntilEdited();
    void checkNowJumpsTheQueue();
    void tokenExpiresMidRun();
    void stopsCleanlyMidCycle();
    void tiersFollowCategoryAndRecency();
    void oneShotCycleGivesUpOnADeadService();
};

void TestPoller::rateNeverAboveTheLimit()
{
    test::PollerHarness h(5);
    h.addCases(30);
    const CycleStats stats = h.cycle();
    QCOMPARE(stats.fetched, 30);
    QCOMPARE(stats.rateLimited, 0);
    QCOMPARE(h.server.stats().rateLimited, 0);
    QCOMPARE(h.server.stats().caseRequests, 30);
    const int busiest = test::busiestSecond(h.server.stats().arrivedAtMs);
    QVERIFY2(busiest <= 5, qPrintable(QString::number(busiest)));
    // How close to the limit it runs is a benchmark figure (bench_poller), not a test.
}

void TestPoller::retryAfterHoldsEveryRequest()
{
    test::PollerHarness h(10);
    h.addCases(6);
    h.server.injectFault(Fault::RateLimited, 1, u"EAC5555000002"_qs, 1);
    const CycleStats stats = h.cycle();
    QCOMPARE(stats.fetched, 6);
    QCOMPARE(stats.rateLimited, 1);
    // Nothing at all went out during the second USCIS asked for.
    const auto &t = h.server.stats().arrivedAtMs;
    const qint64 longestGap = test::longestGap(t);
    QVERIFY2(longestGap >= 950, qPrintable(QString::number(longestGap)));
}

void TestPoller::spikeArrestWithoutRetryAfterCostsOneSlot()
{
    // USCIS's gateway answers a request that shares a slot with another "Spike Arrest Violation",
    // with no Retry-After: a slot lost to jitter, not a second's stall.
    test::PollerHarness h(10);
    h.addCases(8);
    h.server.injectFault(Fault::RateLimited, 1, u"EAC5555000003"_qs, 0);
    const CycleStats stats = h.cycle();
    QCOMPARE(stats.fetched, 8);
    QCOMPARE(stats.rateLimited, 1);
    QCOMPARE(h.server.stats().caseRequests, 9);
    const auto &t = h.server.stats().arrivedAtMs;
    const qint64 longestGap = test::longestGap(t);
    // One slot is 100 ms at 10 req/s; the old back-off held everything for a whole second.
    QVERIFY2(longestGap < 800, qPrintable(QString::number(longestGap)));
    QVERIFY2(test::busiestSecond(t) <= 10, qPrintable(QString::number(test::busiestSecond(t))));
}

void TestPoller::transientErrorsBackOffAndRetry()
{
    test::PollerHarness h(10);
    h.addCases(3);
    h.server.injectFault(Fault::ServerError, 2, u"EAC5555000001"_qs);
    h.server.injectFault(Fault::Truncated, 1, u"EAC5555000002"_qs);
    const CycleStats stats = h.cycle();
    QCOMPARE(stats.fetched, 3);
    QCOMPARE(stats.failed, 0);
    QCOMPARE(h.server.stats().caseRequests, 6);
    QCOMPARE(h.count(u"SELECT count(*) FROM cases WHERE category <> ''"_qs), 3);
}

void TestPoller::retriesAreBoundedPerCycle()
{
    test::PollerHarness h(10);
    h.options.maxAttemptsPerCycle = 3;
    const auto ids = h.addCases(2);
    h.server.injectFault(Fault::ServerError, 100, u"EAC5555000000"_qs);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const CycleStats stats = h.cycle();
    QCOMPARE(stats.fetched, 1);
    QCOMPARE(stats.failed, 1);
    QCOMPARE(h.server.stats().caseRequests, 4); // 3 tries + the healthy case
    auto c = CaseStore(*h.t.db).get(ids[0]);
    QVERIFY(c->lastErrorCode.isEmpty()); // transient: not marked for a person
    auto next = execSql(*h.t.db, u"SELECT next_poll_at FROM cases WHERE id = ?"_qs, {ids[0]});
    QVERIFY(next && next.value().next());
    const QDateTime at = QDateTime::fromString(next.value().value(0).toString(), Qt::ISODateWithMs);
    QVERIFY(before.secsTo(at) >= h.options.intervals.transientRetrySeconds - 5);
    QCOMPARE(h.count(u"SELECT count(*) FROM observations WHERE error_code = 'uscis.server_error'"_qs), 1);
}

void TestPoller::circuitOpensThenHalfOpensThenCloses()
{
    test::PollerHarness h(20);
    h.options.breakerThreshold = 3;
    h.options.breakerCooldownMs = 600;
    h.options.maxAttemptsPerCycle = 10;
    h.addCases(4);
    h.server.setRandomFault(Fault::ServerError, 1.0);
    h.makePoller();
    bool sawOpen = false;
    QObject::connect(h.poller.get(), &Poller::statusChanged, [&](const PollerStatus &s) {
        if (s.state == State::CircuitOpen && !sawOpen) {
            sawOpen = true;
            h.server.clearFaults(); // USCIS recovers while the circuit is open
        }
    });
    h.poller->start(false);
    QTRY_VERIFY_WITH_TIMEOUT(h.cycles == 1, 30000);
    QVERIFY(sawOpen);
    QCOMPARE(h.lastCycle->fetched, 4);
    // Open: no request for the whole cool-down; half-open: a single probe; closed: the rest.
    const auto &t = h.server.stats().arrivedAtMs;
    int quietGaps = 0;
    for (int i = 1; i < t.size(); ++i)
        quietGaps += (t[i] - t[i - 1]) >= 550 ? 1 : 0;
    QVERIFY(quietGaps >= 1);
    // The failures that opened it (three, or four if one more was already on its way when the
    // third answer came back), then exactly one request per case.
    const int requests = h.server.stats().caseRequests;
    QVERIFY2(requests == 3 + 4 || requests == 4 + 4, qPrintable(QString::number(requests)));
    QCOMPARE(h.statuses.last().state, State::Idle);
}

void TestPoller::dailyQuotaStopsAndResetsAtEasternMidnight()
{
    const QTimeZone eastern(QByteArrayLiteral("America/New_York"));
    test::ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(23, 59, 30), eastern).toUTC());
    test::PollerHarness h(10, 3);
    h.clock = &clock;
    h.addCases(5);
    const CycleStats first = h.cycle();
    QCOMPARE(first.fetched, 3);
    QCOMPARE(first.deferred, 2);
    QCOMPARE(h.statuses.last().state, State::QuotaExhausted);
    QCOMPARE(h.statuses.last().quotaUsed, 3);
    QCOMPARE(h.statuses.last().resumesAt, QDateTime(QDate(2026, 11, 24), QTime(0, 0), eastern).toUTC());
    QCOMPARE(h.server.stats().caseRequests, 3);

    // Still the same USCIS day one second before midnight: nothing goes out.
    clock.set(QDateTime(QDate(2026, 11, 23), QTime(23, 59, 59), eastern).toUTC());
    QCOMPARE(h.cycle().fetched, 0);
    clock.set(QDateTime(QDate(2026, 11, 24), QTime(0, 0, 5), eastern).toUTC());
    const CycleStats second = h.cycle();
    QCOMPARE(second.fetched, 2);
    QCOMPARE(h.count(u"SELECT requests FROM api_usage WHERE usage_day = '2026-11-23'"_qs), 3);
    QCOMPARE(h.count(u"SELECT requests FROM api_usage WHERE usage_day = '2026-11-24'"_qs), 2);
    // The day is the Eastern one, not UTC's: 04:59 UTC on the 24th is still the 23rd in New York.
    QCOMPARE(QuotaTracker::usageDay(QDateTime(QDate(2026, 11, 24), QTime(4, 59), QTimeZone::utc()), eastern),
             u"2026-11-23"_qs);
    QCOMPARE(QuotaTracker::usageDay(QDateTime(QDate(2026, 7, 4), QTime(3, 59), QTimeZone::utc()), eastern),
             u"2026-07-03"_qs);
}

void TestPoller::noDuplicateEventsAcrossCycles()
{
    test::PollerHarness h(20);
    h.addCases(8);
    QCOMPARE(h.cycle().changed, 8); // first answers
    for (int i = 0; i < 3; ++i) {
        h.makeAllDue();
        const CycleStats again = h.cycle();
        QCOMPARE(again.fetched, 8);
        QCOMPARE(again.changed, 0);
    }
    QCOMPARE(h.count(u"SELECT count(*) FROM status_events"_qs), 8);
    h.server.advance(u"EAC5555000003"_qs);
    h.makeAllDue();
    QCOMPARE(h.cycle().changed, 1);
    QCOMPARE(h.count(u"SELECT count(*) FROM status_events"_qs), 9);
    QCOMPARE(h.events.size(), 9);
    QCOMPARE(h.events.last().receipt, u"EAC5555000003"_qs);
    QCOMPARE(h.events.last().kind, EventKind::StatusChanged);
    QVERIFY(!h.events.last().previousCategory.isEmpty());
    QCOMPARE(h.count(u"SELECT count(*) FROM observations"_qs), 8 * 5);
}

void TestPoller::permanentErrorMarksTheCaseUntilEdited()
{
    test::PollerHarness h(20);
    h.addCases(2);
    h.server.injectFault(Fault::ErrorCodeMessage, 1, u"EAC5555000001"_qs);
    const CycleStats stats = h.cycle();
    QCOMPARE(stats.fetched, 1);
    QCOMPARE(stats.failed, 1);
    const qint64 broken = CaseStore(*h.t.db).findByReceipt(ReceiptNumber::parse(u"EAC5555000001").value()).value()->id;
    QCOMPARE(CaseStore(*h.t.db).get(broken)->lastErrorCode, u"uscis.not_found"_qs);
    h.makeAllDue();
    QCOMPARE(h.cycle().fetched, 1); // the marked case is left alone
    QCOMPARE(h.server.stats().caseRequests, 3);
    // A person edits the case: it is tried again.
    QVERIFY(CaseStore(*h.t.db).update(CaseStore(*h.t.db).get(broken).value()));
    h.makeAllDue();
    QCOMPARE(h.cycle().fetched, 2);
}

void TestPoller::checkNowJumpsTheQueue()
{
    test::PollerHarness h(4);
    const auto ids = h.addCases(16);
    h.makePoller();
    h.poller->start(false);
    QTRY_VERIFY(h.server.stats().caseRequests >= 1);
    h.poller->checkNow({ids.last()});
    QTRY_VERIFY_WITH_TIMEOUT(h.cycles == 1, 30000);
    QCOMPARE(h.lastCycle->fetched, 16);
    // Among the first few requests, not the last one.
    const QString wanted = u"EAC5555000015"_qs;
    const auto it =
        std::find_if(h.events.begin(), h.events.end(), [&](const StatusEventInfo &e) { return e.receipt == wanted; });
    const int position = it == h.events.end() ? -1 : int(it - h.events.begin());
    QVERIFY2(position >= 0 && position <= 4, qPrintable(QString::number(position)));
}

void TestPoller::tokenExpiresMidRun()
{
    test::PollerHarness h(10);
    h.server.setTokenLifetimeSeconds(2);
    h.addCases(30);
    const CycleStats stats = h.cycle();
    QCOMPARE(stats.fetched, 30);
    QCOMPARE(stats.failed, 0);
    QVERIFY(h.server.stats().tokenRequests >= 2);
}

void TestPoller::stopsCleanlyMidCycle()
{
    test::PollerHarness h(10);
    h.server.setLatencyMs(400);
    h.addCases(40);
    h.makePoller();
    h.poller->start(false);
    QTRY_VERIFY(h.server.stats().caseRequests >= 5);
    QTest::qWait(300);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(h.poller->stop(1000));
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!h.poller->isRunning());
    // Every answer that arrived is fully recorded; the rest stay due for next time.
    const int recorded = h.count(u"SELECT count(*) FROM cases WHERE category <> ''"_qs);
    QCOMPARE(h.count(u"SELECT count(DISTINCT case_id) FROM observations"_qs), recorded);
    QCOMPARE(h.count(u"SELECT count(*) FROM status_events"_qs), recorded);
    QVERIFY(recorded < 40);
    auto due = PollSchedule::dueCases(*h.t.db, QDateTime::currentDateTimeUtc());
    QCOMPARE(int(due->size()), 40 - recorded);
    auto check = execSql(*h.t.db, u"PRAGMA integrity_check"_qs);
    QVERIFY(check && check.value().next());
    QCOMPARE(check.value().value(0).toString(), u"ok"_qs);
}

void TestPoller::tiersFollowCategoryAndRecency()
{
    const PollIntervals iv;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(PollSchedule::tierFor(u"CARD_DELIVERED"_qs, now, now, iv), PollTier::Cold);
    QCOMPARE(PollSchedule::tierFor(u"DENIED"_qs, now.addDays(-30), now, iv), PollTier::Cold);
    QCOMPARE(PollSchedule::tierFor(u"RFE_RECEIVED"_qs, now.addDays(-30), now, iv), PollTier::Hot);
    QCOMPARE(PollSchedule::tierFor(u"RECEIVED"_qs, now.addDays(-1), now, iv), PollTier::Hot);
    QCOMPARE(PollSchedule::tierFor(u"RECEIVED"_qs, now.addDays(-10), now, iv), PollTier::Normal);
    for (int i = 0; i < 50; ++i) {
        const qint64 secs = now.secsTo(PollSchedule::nextPoll(PollTier::Normal, now, iv));
        QVERIFY(secs >= qint64(86400 * 0.9) - 1 && secs <= qint64(86400 * 1.1) + 1);
    }
    test::TempDatabase t;
    const qint64 p = ProfileStore(*t.db).add(test::profile(ProfileKind::Applicant, u"A"_qs))->id;
    for (int i = 0; i < 3; ++i) {
        const qint64 id = CaseStore(*t.db)
                              .add(p, {ReceiptNumber::parse(QStringLiteral("EAC123456789%1").arg(i)).value(), {}, {}})
                              ->id;
        QVERIFY(PollSchedule::schedule(*t.db, id, i == 0 ? PollTier::Hot : PollTier::Normal, now));
    }
    // One hot case (6 a day) and two normal ones (1 a day each).
    QCOMPARE(PollSchedule::forecastDailyRequests(*t.db, iv).value(), 8.0);
}

void TestPoller::oneShotCycleGivesUpOnADeadService()
{
    test::PollerHarness h(20);
    h.options.breakerThreshold = 2;
    h.options.breakerCooldownMs = 100;
    h.options.breakerMaxCooldownMs = 200;
    h.options.maxAttemptsPerCycle = 1000;
    h.addCases(3);
    h.server.setRandomFault(Fault::ServerError, 1.0);
    const CycleStats stats = h.cycle(30000);
    QCOMPARE(stats.fetched, 0);
    QCOMPARE(stats.deferred, 3);
    QCOMPARE(h.statuses.last().state, State::Blocked);
    QVERIFY(h.statuses.last().message.contains(u"kept failing"));
    QCOMPARE(int(PollSchedule::dueCases(*h.t.db, QDateTime::currentDateTimeUtc())->size()), 3);
}

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
