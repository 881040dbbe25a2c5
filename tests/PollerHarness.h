#pragma once

#include "TestSupport.h"

#include "normalize/StatusNormalizer.h"
#include "domain/Clock.h"
#include "poller/Poller.h"
#include "sandbox/SandboxServer.h"
#include "storage/CaseStore.h"
#include "storage/ProfileStore.h"

#include <QMutex>
#include <QTest>

namespace cw::test {

// A wall clock the test moves by hand (read from the poller thread, hence the lock).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime now) : m_now(std::move(now)) { }
    QDateTime nowUtc() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void set(const QDateTime &now)
    {
        QMutexLocker lock(&m_mutex);
        m_now = now;
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

// A temporary database with one profile, the simulator on loopback, and a poller wired to both.
struct PollerHarness
{
    TempDatabase t;
    SandboxServer server;
    StatusNormalizer normalizer;
    SystemClock systemClock;
    const Clock *clock = &systemClock;
    qint64 profileId = 0;
    PollerOptions options;
    ApiEnvironment environment;
    std::unique_ptr<Poller> poller;
    QList<PollerStatus> statuses;
    QList<StatusEventInfo> events;
    std::optional<CycleStats> lastCycle;
    int cycles = 0;

    explicit PollerHarness(double rps = 10, int quota = 100000)
    {
        server.setServeUnknownReceipts(true);
        server.start();
        server.setRateLimit(rps, 1000000);
        environment = ApiEnvironment::demo(server.rootUrl());
        environment.requestsPerSecond = rps;
        environment.dailyQuota = quota;
        profileId = ProfileStore(*t.db).add(profile(ProfileKind::Applicant, u"Maria"_qs))->id;
        options.baseBackoffMs = 100;
        options.maxBackoffMs = 400;
        options.breakerCooldownMs = 500;
    }
    ~PollerHarness()
    {
        if (poller)
            poller->stop(5000);
    }

    // Cases with made-up receipts EAC55550000NN (the simulator serves them).
    QList<qint64> addCases(int count, int first = 0)
    {
        QList<qint64> ids;
        for (int i = first; i < first + count; ++i) {
            const QString receipt = QStringLiteral("EAC5555%1").arg(i, 6, 10, QLatin1Char('0'));
            ids << CaseStore(*t.db).add(profileId, {ReceiptNumber::parse(receipt).value(), {}, {}})->id;
        }
        return ids;
    }

    void makePoller()
    {
        poller =
            std::make_unique<Poller>(*t.db, normalizer, *clock, environment, SandboxServer::demoCredentials(), options);
        QObject::connect(poller.get(), &Poller::statusChanged, [this](const PollerStatus &s) { statuses << s; });
        QObject::connect(poller.get(), &Poller::eventRecorded, [this](const StatusEventInfo &e) { events << e; });
        QObject::connect(poller.get(), &Poller::cycleFinished, [this](const CycleStats &s) {
            lastCycle = s;
            ++cycles;
        });
    }

    // Starts (once) or runs another cycle, and waits for it to finish.
    CycleStats cycle(int timeoutMs = 120000)
    {
        const int before = cycles;
        if (!poller) {
            makePoller();
            poller->start(false);
        } else {
            poller->runCycleNow();
        }
        if (!QTest::qWaitFor([&] { return cycles > before; }, timeoutMs))
            qFatal("poll cycle did not finish");
        return *lastCycle;
    }

    int count(const QString &sql) const
    {
        auto q = execSql(*t.db, sql);
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }
    void makeAllDue() { (void)execSql(*t.db, u"UPDATE cases SET next_poll_at = ''"_qs); }
};

// The longest pause between two requests' arrivals.
inline qint64 longestGap(const QList<qint64> &timesMs)
{
    qint64 gap = 0;
    for (qsizetype i = 1; i < timesMs.size(); ++i)
        gap = std::max(gap, timesMs[i] - timesMs[i - 1]);
    return gap;
}

// The most requests that landed in any one-second window.
inline int busiestSecond(const QList<qint64> &timesMs)
{
    int best = 0;
    for (int i = 0, j = 0; i < timesMs.size(); ++i) {
        while (timesMs[i] - timesMs[j] >= 1000)
            ++j;
        best = std::max(best, i - j + 1);
    }
    return best;
}

} // namespace cw::test
