// Poller throughput against the built-in simulator, over real loopback HTTP.
//   run "baseline": 500 cases, the server allows 10 req/s and answers after 200 ms.
//   run "faults":   the same with 3% of answers 503 and tokens that live 30 seconds.
//   run "spike-arrest": the server smooths its 10 req/s into 100-ms slots of one request each, as
//                   USCIS's gateway does, with 0-20 ms of arrival jitter (so two requests now and
//                   then share a slot): goal >= 0.9 of the limit, <= 1% of requests answered 429.
// Prints one line per run: achieved req/s against the limit (goal >= 0.93 for the first two), 429s
// (goal 0 there), every case finished, and the process's peak memory.
#include "PeakMemory.h"
#include "normalize/StatusNormalizer.h"
#include "domain/Clock.h"
#include "poller/Poller.h"
#include "sandbox/SandboxServer.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>

using namespace cw;
using cw::bench::peakRssMb;

namespace {

int busiestSecond(const QList<qint64> &t)
{
    int best = 0;
    for (int i = 0, j = 0; i < t.size(); ++i) {
        while (t[i] - t[j] >= 1000)
            ++j;
        best = std::max(best, i - j + 1);
    }
    return best;
}

bool run(const char *name, int cases, double limit, int latencyMs, double faultRate, int tokenLifetime,
         int slotJitterMs = -1)
{
    QTemporaryDir dir;
    auto opened = Database::openSqlite(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return false;
    }
    const std::unique_ptr<Database> db = std::move(opened).value();
    const qint64 profile = ProfileStore(*db)
                               .add([] {
                                   Profile p;
                                   p.name = QStringLiteral("Benchmark");
                                   return p;
                               }())
                               ->id;
    QStringList receipts;
    for (int i = 0; i < cases; ++i)
        receipts << QStringLiteral("LIN7777%1").arg(i, 6, 10, QLatin1Char('0'));
    CaseStore(*db).addList(profile, receipts);

    SandboxServer server;
    server.setServeUnknownReceipts(true);
    server.setRateLimit(limit, 1000000);
    server.setLatencyMs(latencyMs);
    server.setTokenLifetimeSeconds(tokenLifetime);
    if (slotJitterMs >= 0)
        server.setSpikeArrestSlots(true, slotJitterMs);
    if (faultRate > 0)
        server.setRandomFault(SandboxServer::Fault::ServerError, faultRate);
    server.start();

    ApiEnvironment env = ApiEnvironment::demo(server.rootUrl());
    env.requestsPerSecond = limit;
    env.dailyQuota = 1000000;
    const StatusNormalizer normalizer;
    SystemClock clock;
    PollerOptions options;
    options.baseBackoffMs = 500;
    options.maxBackoffMs = 4000;
    options.maxAttemptsPerCycle = 6;
    Poller poller(*db, normalizer, clock, env, SandboxServer::demoCredentials(), options);
    QEventLoop loop;
    CycleStats stats;
    QObject::connect(&poller, &Poller::cycleFinished, &loop, [&](const CycleStats &s) {
        stats = s;
        loop.quit();
    });
    QElapsedTimer wall;
    wall.start();
    poller.start(false);
    loop.exec();
    poller.stop();

    const auto &accepted = server.stats().acceptedAtMs;
    const double span = accepted.size() > 1 ? double(accepted.last() - accepted.first()) / 1000.0 : 0;
    const double achieved = span > 0 ? double(accepted.size() - 1) / span : 0;
    const bool allDone = stats.fetched == cases && stats.failed == 0 && stats.deferred == 0;
    std::printf(
        "poller-bench run=%s cases=%d fetched=%d failed=%d requests=%d duration_s=%.1f "
        "achieved_rps=%.2f limit_rps=%.0f ratio=%.3f rate_limited_429=%d (%.2f%% of requests) busiest_second=%d "
        "token_requests=%d peak_rss_mb=%.1f all_cases_finished=%s\n",
        name, cases, stats.fetched, stats.failed, server.stats().caseRequests, double(wall.elapsed()) / 1000.0,
        achieved, limit, achieved / limit, server.stats().rateLimited,
        100.0 * server.stats().rateLimited / std::max(1, server.stats().caseRequests), busiestSecond(accepted),
        server.stats().tokenRequests, peakRssMb(), allDone ? "yes" : "no");
    std::fflush(stdout);
    return allDone;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("casewatch.*.debug=false\ncasewatch.*.info=false"));
    const int cases = argc > 1 ? std::atoi(argv[1]) : 500;
    const bool baseline = run("baseline", cases, 10, 200, 0, 1799);
    const bool faults = run("faults", cases, 10, 200, 0.03, 30);
    const bool slotted = run("spike-arrest", cases, 10, 200, 0, 1799, 20);
    return baseline && faults && slotted ? 0 : 1;
}
