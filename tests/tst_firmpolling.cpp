// One poller per firm (poller/PollLeadership.h): several desktops on one database stay within the
// firm's one API key. On the real PostgreSQL server: three `casewatch-cli poll --once` processes
// against the simulator limited to 10 req/s, and the leader killed mid-cycle. On SQLite files: a
// polling server taking over from a desktop, "Check now" on a desktop that does not poll, and the
// lease of a poller on another computer taken when it ends.
#include "PollerHarness.h"
#include "TestSupport.h"

#include "poller/PollLeadership.h"
#include "poller/PollSchedule.h"
#include "storage/CaseStore.h"
#include "storage/ProfileStore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace cw;

class TestFirmPolling final : public QObject
{
    Q_OBJECT

private slots:
    void threeDesktopsStayWithinOneBudget();
    void leaderKilledMidCycleAnotherFinishes();
    void pollingServerTakesOverFromADesktop();
    void leaseOfAPollerOnAnotherComputerIsTakenWhenItEnds();

private:
    bool resetPostgres();
    // The simulator as the firm's one key: 10 requests a second, spike arrest beyond.
    static bool startFirmsKey(SandboxServer &server)
    {
        server.setServeUnknownReceipts(true);
        server.setRateLimit(10, 1000000);
        return server.start() != 0;
    }
    std::unique_ptr<Database> openPostgres();
    QList<QProcess *> startPollers(int n, const QStringList &args, const QString &home);
    void addCases(const Database &db, int n);
    int count(const Database &db, const QString &sql)
    {
        auto q = execSql(db, sql);
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }
    QUrl m_url;
};

bool TestFirmPolling::resetPostgres()
{
    const QString url = qEnvironmentVariable("CASEWATCH_TEST_POSTGRES");
    if (url.isEmpty())
        return false;
    m_url = QUrl(url);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QPSQL"_qs, u"reset"_qs);
        raw.setHostName(m_url.host());
        raw.setPort(m_url.port(5432));
        raw.setDatabaseName(m_url.path().mid(1));
        raw.setUserName(m_url.userName());
        if (!raw.open())
            qFatal("%s", qPrintable(raw.lastError().text()));
        QSqlQuery(raw).exec(u"DROP SCHEMA public CASCADE"_qs);
        QSqlQuery(raw).exec(u"CREATE SCHEMA public"_qs);
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"reset"_qs);
    return true;
}

std::unique_ptr<Database> TestFirmPolling::openPostgres()
{
    auto db = Database::openPostgres(m_url);
    if (!db)
        qWarning("%s", qPrintable(db.error().message));
    return db ? std::move(db).value() : nullptr;
}

void TestFirmPolling::addCases(const Database &db, int n)
{
    const qint64 profileId = ProfileStore(db).add(test::profile(ProfileKind::Applicant, u"Shared"_qs))->id;
    for (int i = 0; i < n; ++i)
        QVERIFY(CaseStore(db).add(
            profileId,
            {ReceiptNumber::parse(QStringLiteral("EAC5555%1").arg(i, 6, 10, QLatin1Char('0'))).value(), {}, {}}));
}

QList<QProcess *> TestFirmPolling::startPollers(int n, const QStringList &args, const QString &home)
{
    QList<QProcess *> pollers;
    for (int i = 0; i < n; ++i) {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_qs, home + u"/data"_qs);
        env.insert(u"XDG_CONFIG_HOME"_qs, home + u"/config"_qs);
        p->setProcessEnvironment(env);
        pollers << p;
    }
    for (QProcess *p : pollers) // started together, each a desktop of its own
        p->start(QStringLiteral(CASEWATCH_CLI), args);
    for (QProcess *p : pollers)
        p->waitForStarted();
    return pollers;
}

void TestFirmPolling::threeDesktopsStayWithinOneBudget()
{
    if (!resetPostgres())
        QSKIP("No PostgreSQL server: run the suite with ./dev.sh test, which starts one.");
    SandboxServer server;
    QVERIFY(startFirmsKey(server));
    server.setLatencyMs(20);
    const int cases = 60;
    {
        auto db = openPostgres();
        QVERIFY(db);
        addCases(*db, cases);
    }
    QTemporaryDir home;
    // Each desktop would run at the key's full rate on its own.
    const QList<QProcess *> pollers = startPollers(3,
                                                   {u"--database"_qs, m_url.toString(), u"--environment"_qs, u"demo"_qs,
                                                    u"--api-base"_qs, server.rootUrl().toString(), u"--rate-limit"_qs,
                                                    u"10"_qs, u"--json"_qs, u"poll"_qs, u"--once"_qs},
                                                   home.path());
    int fetched = 0;
    int polledElsewhere = 0;
    for (QProcess *p : pollers) {
        QVERIFY(QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, 120000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        const QJsonObject out = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        fetched += out.value(u"fetched"_qs).toInt();
        if (out.value(u"polled_by"_qs).isString()) {
            ++polledElsewhere;
            QCOMPARE(out.value(u"requests"_qs).toInt(), 0); // it sent nothing
        }
    }
    // One polled; the others left it to that one (one that starts after everything was fetched
    // finds nothing due, and says so).
    QCOMPARE(fetched, cases);
    QVERIFY(polledElsewhere >= 1);
    const int busiest = test::busiestSecond(server.stats().arrivedAtMs);
    QVERIFY2(busiest <= 10, qPrintable(QString::number(busiest)));
    QCOMPARE(server.stats().rateLimited, 0);
    QCOMPARE(server.stats().caseRequests, cases); // every case fetched once
    auto db = openPostgres();
    QCOMPARE(count(*db, u"SELECT count(DISTINCT case_id) FROM observations"_qs), cases);
    QCOMPARE(count(*db, u"SELECT count(*) FROM status_events"_qs), cases);
    QCOMPARE(count(*db, u"SELECT COALESCE(SUM(requests), 0) FROM api_usage"_qs), cases);
    QCOMPARE(count(*db, u"SELECT count(*) FROM cases WHERE claimed_by <> ''"_qs), 0);
}

void TestFirmPolling::leaderKilledMidCycleAnotherFinishes()
{
    if (!resetPostgres())
        QSKIP("No PostgreSQL server: run the suite with ./dev.sh test, which starts one.");
    SandboxServer server;
    QVERIFY(startFirmsKey(server));
    const int cases = 50;
    auto db = openPostgres();
    QVERIFY(db);
    addCases(*db, cases);
    QTemporaryDir home;
    const int lease = 6;
    const QList<QProcess *> pollers =
        startPollers(3,
                     {u"--database"_qs, m_url.toString(), u"--environment"_qs, u"demo"_qs, u"--api-base"_qs,
                      server.rootUrl().toString(), u"--rate-limit"_qs, u"10"_qs, u"--json"_qs, u"poll"_qs, u"--once"_qs,
                      u"--lease-seconds"_qs, QString::number(lease)},
                     home.path());
    QVERIFY(QTest::qWaitFor([&] { return server.stats().caseRequests >= 15; }, 60000));
    // The leader is the process whose id holds the lease.
    auto q = execSql(*db, u"SELECT holder FROM poll_leader"_qs);
    QVERIFY(q && q.value().next());
    const qint64 leaderPid = q.value().value(0).toString().section(u'/', 1, 1).toLongLong();
    QProcess *leader = nullptr;
    for (QProcess *p : pollers)
        if (p->processId() == leaderPid)
            leader = p;
    QVERIFY2(leader, "the lease names none of the three processes");
    leader->kill(); // SIGKILL: no chance to give anything back
    QVERIFY(leader->waitForFinished(5000));
    QElapsedTimer sinceKill;
    sinceKill.start();
    const int requestsAtKill = server.stats().caseRequests;
    QVERIFY(QTest::qWaitFor([&] { return server.stats().caseRequests > requestsAtKill + 3; }, 30000));
    const qint64 takeover = sinceKill.elapsed();
    // Another desktop took over within the lease: at its next look (every two seconds), since the
    // dead process was on this computer, then after the clear second.
    QVERIFY2(takeover <= lease * 1000, qPrintable(QString::number(takeover)));
    for (QProcess *p : pollers) {
        if (p == leader)
            continue;
        QVERIFY(QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, 60000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    QCOMPARE(count(*db, u"SELECT count(DISTINCT case_id) FROM observations"_qs), cases); // every case fetched
    QCOMPARE(count(*db, u"SELECT count(*) FROM cases WHERE last_checked_at = ''"_qs), 0);
    QCOMPARE(count(*db, u"SELECT count(*) FROM cases WHERE claimed_by <> ''"_qs), 0);
    // At most the requests the dead leader had in the air were made twice.
    QVERIFY2(server.stats().caseRequests <= cases + 8, qPrintable(QString::number(server.stats().caseRequests)));
    const int busiest = test::busiestSecond(server.stats().arrivedAtMs);
    QVERIFY2(busiest <= 10, qPrintable(QString::number(busiest)));
    QCOMPARE(server.stats().rateLimited, 0);
}

void TestFirmPolling::pollingServerTakesOverFromADesktop()
{
    test::PollerHarness desk(10);
    const QList<qint64> ids = desk.addCases(6);
    desk.options.leaseSeconds = 3;
    desk.makePoller();
    desk.poller->start(true);
    QTRY_COMPARE_WITH_TIMEOUT(desk.server.stats().caseRequests, 6, 20000);

    // The polling server, on the same database (and the same simulator, the firm's one key).
    Poller server(*desk.t.db, desk.normalizer, desk.systemClock, desk.environment, SandboxServer::demoCredentials(),
                  [&] {
                      PollerOptions o = desk.options;
                      o.daemon = true;
                      return o;
                  }());
    server.start(true);
    QTRY_VERIFY_WITH_TIMEOUT(desk.poller->status().state == PollerStatus::State::Following, 10000);
    QVERIFY2(desk.poller->status().leader.contains(u"polling server"_qs), qPrintable(desk.poller->status().leader));

    // "Check now" on the desktop: the server makes the request, promptly.
    const int before = desk.server.stats().caseRequests;
    QSignalSpy serverChecked(&server, &Poller::caseChecked);
    desk.poller->checkNow({ids.at(2)});
    QTRY_COMPARE_WITH_TIMEOUT(serverChecked.size(), 1, 10000);
    QCOMPARE(serverChecked.at(0).at(0).toLongLong(), ids.at(2));
    QCOMPARE(desk.server.stats().caseRequests, before + 1);
    QCOMPARE(count(*desk.t.db, u"SELECT count(*) FROM check_requests"_qs), 0);

    // The server stops: the desktop polls again.
    server.stop(5000);
    QTRY_VERIFY_WITH_TIMEOUT(desk.poller->status().state != PollerStatus::State::Following, 10000);
    desk.makeAllDue();
    QTRY_COMPARE_WITH_TIMEOUT(desk.server.stats().caseRequests, before + 7, 20000);
}

void TestFirmPolling::leaseOfAPollerOnAnotherComputerIsTakenWhenItEnds()
{
    test::PollerHarness h(10);
    h.addCases(4);
    // A poller on another computer claimed two cases, then went silent; its lease has 3 s left.
    QVERIFY(execSql(*h.t.db, u"INSERT INTO poll_leader (environment, holder, label, role, lease_until) VALUES "
                             "('demo', 'frontdesk-pc/4242/00', 'ana on frontdesk-pc', 'desktop', "
                             "(julianday('now') - 2440587.5) * 86400.0 + 3)"_qs));
    QVERIFY(execSql(*h.t.db,
                    u"UPDATE cases SET claimed_by = 'frontdesk-pc/4242/00', next_poll_at = '2999-01-01T00:00:00Z' "
                    "WHERE id IN (SELECT id FROM cases ORDER BY id LIMIT 2)"_qs));
    QElapsedTimer clock;
    clock.start();
    h.options.leaseSeconds = 3;
    h.makePoller();
    h.poller->start(false);
    QTRY_VERIFY_WITH_TIMEOUT(!h.statuses.isEmpty(), 5000);
    QCOMPARE(h.statuses.first().state, PollerStatus::State::Following);
    QCOMPARE(h.statuses.first().leader, u"ana on frontdesk-pc"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(h.cycles > 0, 30000);
    QVERIFY2(clock.elapsed() >= 2500, qPrintable(QString::number(clock.elapsed()))); // not before the lease ended
    // All four fetched: the two it had claimed were given back when the lease was taken.
    QCOMPARE(h.server.stats().caseRequests, 4);
    QCOMPARE(h.count(u"SELECT count(*) FROM cases WHERE last_checked_at = ''"_qs), 0);
    QCOMPARE(h.count(u"SELECT count(*) FROM cases WHERE claimed_by <> ''"_qs), 0);
}

QTEST_GUILESS_MAIN(TestFirmPolling)
#include "tst_firmpolling.moc"
