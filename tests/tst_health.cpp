// The health of tracking, against a poll of the simulator with faults injected: every query
// counted once by its outcome, retries and failures by kind, the queue, the cases in error, the
// quota used and forecast — the same figures from `casewatch-cli health --json` — and the time to
// see a change computed from USCIS's own dates.
#include "PollerHarness.h"

#include "storage/HealthReport.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace cw;
using namespace cw::test;

using Fault = SandboxServer::Fault;

class TestHealth final : public QObject
{
    Q_OBJECT

private slots:
    void figuresOfAPollWithFaults();
    void timeToSeeAChange();
};

void TestHealth::figuresOfAPollWithFaults()
{
    PollerHarness h;
    h.addCases(10);
    h.server.injectFault(Fault::ServerError, 2, u"EAC5555000001"_qs); // 503 twice, then answered
    h.server.injectFault(Fault::RateLimited, 1, u"EAC5555000002"_qs, 0); // 429 once
    h.server.injectFault(Fault::Truncated, 1, u"EAC5555000004"_qs); // a garbled body once
    h.server.injectFault(Fault::ErrorCodeMessage, 1, u"EAC5555000003"_qs); // USCIS: no such case
    const CycleStats stats = h.cycle();
    QCOMPARE(stats.fetched, 9);

    auto report = HealthReport::build(*h.t.db, h.environment.id(), QDateTime::currentDateTimeUtc(), 100000);
    QVERIFY(report);
    const HealthReport::Report &r = report.value();
    QCOMPARE(r.last24h.requests, 14); // 10 cases, 4 of them asked again
    QCOMPARE(r.last24h.ok, 9);
    QCOMPARE(r.last24h.retried, 4);
    QCOMPARE(r.last24h.failed, 1);
    QCOMPARE(r.problems24h.value(u"rate_limited"_qs), 1);
    int transient = 0;
    int caseErrors = 0;
    for (auto it = r.problems24h.cbegin(); it != r.problems24h.cend(); ++it) {
        transient += it.key().startsWith(u"transient:") ? it.value() : 0;
        caseErrors += it.key().startsWith(u"case_error:") ? it.value() : 0;
    }
    QCOMPARE(transient, 3);
    QCOMPARE(caseErrors, 1);
    QCOMPARE(r.casesInError, 1);
    QCOMPARE(r.activeCases, 10);
    QCOMPARE(r.queueDepth, 0); // all fetched and scheduled later
    QCOMPARE(r.quotaUsedToday, h.count(u"SELECT COALESCE(SUM(requests), 0) FROM api_usage"_qs));
    QVERIFY(r.quotaUsedToday >= 14);
    QCOMPARE(r.quotaForecastToday, r.quotaUsedToday
                                       + h.count(u"SELECT count(*) FROM cases WHERE last_error_code = '' "
                                                 "AND next_poll_at < '"_qs
                                                 + r.quotaResetsAt.toString(Qt::ISODateWithMs) + u"'"_qs));
    QCOMPARE(r.days.size(), 30);
    QCOMPARE(r.days.last().requests, 14);
    QCOMPARE(r.days.first().requests, 0);
    QCOMPARE(r.detectSamples30d,
             h.count(u"SELECT count(*) FROM status_events WHERE event_kind = 'status' AND modified_date <> ''"_qs));

    // The command line reports the same figures.
    h.poller->stop(5000);
    h.poller.reset();
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QTemporaryDir home;
    env.insert(u"XDG_CONFIG_HOME"_qs, home.filePath(u"config"_qs));
    env.insert(u"XDG_DATA_HOME"_qs, home.filePath(u"data"_qs));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(CASEWATCH_CLI), {u"--db"_qs, h.t.path(), u"--environment"_qs, h.environment.id(),
                                              u"--daily-quota"_qs, u"100000"_qs, u"health"_qs, u"--json"_qs});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    const QJsonObject last = json.value(u"last_24h").toObject();
    QCOMPARE(last.value(u"requests").toInt(), 14);
    QCOMPARE(last.value(u"ok").toInt(), 9);
    QCOMPARE(last.value(u"retried").toInt(), 4);
    QCOMPARE(last.value(u"failed").toInt(), 1);
    QCOMPARE(last.value(u"success_rate").toDouble(), 0.6429);
    QCOMPARE(json.value(u"problems_24h").toObject().value(u"rate_limited").toInt(), 1);
    QCOMPARE(json.value(u"cases").toObject().value(u"in_error").toInt(), 1);
    QCOMPARE(json.value(u"quota").toObject().value(u"used_today").toInt(), r.quotaUsedToday);
    QCOMPARE(json.value(u"quota").toObject().value(u"daily").toInt(), 100000);
    QCOMPARE(json.value(u"days").toArray().size(), 30);
}

void TestHealth::timeToSeeAChange()
{
    TempDatabase t;
    const qint64 profileId = ProfileStore(*t.db).add(profile(ProfileKind::Applicant, u"Ana"_qs))->id;
    const qint64 caseId = CaseStore(*t.db).add(profileId, {ReceiptNumber::parse(u"EAC5555000001").value(), {}, {}})->id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Seen 2 h, 4 h and 30 h after USCIS's date; one recategorized event (not a USCIS change).
    for (const auto &[hours, kind] :
         {std::pair{2, "status"}, std::pair{4, "status"}, std::pair{30, "status"}, std::pair{100, "recategorized"}}) {
        QVERIFY(execSql(
            *t.db,
            u"INSERT INTO status_events (case_id, occurred_at, category, modified_date, event_kind) "
            "VALUES (?, ?, 'APPROVED', ?, ?)"_qs,
            {caseId, sql::timestamp(now), sql::timestamp(now.addSecs(-hours * 3600)), QString::fromLatin1(kind)}));
    }
    auto r = HealthReport::build(*t.db, u"sandbox"_qs, now, 1000);
    QVERIFY(r);
    QCOMPARE(r->detectSamples30d, 3);
    QCOMPARE(r->detectHoursMedian30d, 4.0);
    QCOMPARE(r->detectHoursP90_30d, 24.8); // 4 + (30 - 4) × 0.8
    QCOMPARE(r->days.last().changes, 3);
    QCOMPARE(r->days.last().detectHoursMedian, 4.0);
    QCOMPARE(r->last24h.requests, 0);
    QCOMPARE(r->last24h.successRate(), -1.0); // no queries: no rate, not 0%
}

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
