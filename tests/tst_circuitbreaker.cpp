#include "poller/CircuitBreaker.h"
#include "poller/RateLimiter.h"

#include <QElapsedTimer>
#include <QTest>

using namespace cw;
using State = CircuitBreaker::State;

class TestCircuitBreaker final : public QObject
{
    Q_OBJECT

private slots:
    void opensAfterThreshold();
    void halfOpenAllowsOneProbe();
    void failedProbeReopensLonger();
    void limiterSpacesRequests();
};

void TestCircuitBreaker::opensAfterThreshold()
{
    CircuitBreaker b(3, 200);
    b.recordFailure();
    b.recordFailure();
    QCOMPARE(b.state(), State::Closed);
    b.recordSuccess(); // a success in between resets the count
    b.recordFailure();
    b.recordFailure();
    QCOMPARE(b.state(), State::Closed);
    b.recordFailure();
    QCOMPARE(b.state(), State::Open);
    QVERIFY(!b.allowRequest());
    QVERIFY(b.msUntilProbe() > 0);
}

void TestCircuitBreaker::halfOpenAllowsOneProbe()
{
    CircuitBreaker b(1, 100);
    b.recordFailure();
    QCOMPARE(b.state(), State::Open);
    QTest::qWait(120);
    QCOMPARE(b.state(), State::HalfOpen);
    QVERIFY(b.allowRequest());
    QVERIFY(!b.allowRequest()); // only the one probe
    b.recordSuccess();
    QCOMPARE(b.state(), State::Closed);
    QVERIFY(b.allowRequest());
    QVERIFY(b.allowRequest());
}

void TestCircuitBreaker::failedProbeReopensLonger()
{
    CircuitBreaker b(1, 100, 1000);
    b.recordFailure();
    QTest::qWait(120);
    QVERIFY(b.allowRequest());
    b.recordFailure();
    QCOMPARE(b.state(), State::Open);
    QVERIFY(b.msUntilProbe() > 150); // the cool-down doubled
    QTest::qWait(230);
    QCOMPARE(b.state(), State::HalfOpen);
}

void TestCircuitBreaker::limiterSpacesRequests()
{
    RateLimiter limiter(10, 1.0);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> sent;
    while (clock.elapsed() < 2000) {
        if (limiter.msUntilNext() == 0) {
            limiter.consume();
            sent << clock.nsecsElapsed() / 1000; // microseconds
        }
    }
    // No sliding second holds more than the limit, and the limit is used.
    int busiest = 0;
    for (int i = 0, j = 0; i < sent.size(); ++i) {
        while (sent[i] - sent[j] >= 1'000'000)
            ++j;
        busiest = std::max(busiest, i - j + 1);
    }
    QVERIFY2(busiest <= 10, qPrintable(QString::number(busiest)));
    QVERIFY2(sent.size() >= 19, qPrintable(QString::number(sent.size())));
    limiter.holdFor(300);
    QVERIFY(limiter.msUntilNext() >= 250);
}

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
