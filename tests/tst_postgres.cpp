// The storage code on a real PostgreSQL server (started by dev.sh/.ci/run on loopback, its URL in
// CASEWATCH_TEST_POSTGRES): migrations, the stores, a poll cycle against the simulator, the
// SQLite → PostgreSQL copy, and the SQLite backup. (Several pollers on one database:
// tst_firmpolling.)
#include "PollerHarness.h"
#include "TestSupport.h"

#include "import/DocumentStore.h"
#include "notify/NotificationRules.h"
#include "storage/CaseStore.h"
#include "domain/Clock.h"
#include "session/Session.h"
#include "storage/ChangeWatcher.h"
#include "storage/DeadlineStore.h"
#include "storage/DatabaseCopier.h"
#include "storage/ObservationStore.h"
#include "storage/ProfileStore.h"
#include "storage/SchemaMigrations.h"
#include "storage/StatusRuleStore.h"
#include "interpret/AnswerInterpreter.h"
#include "normalize/StatusNormalizer.h"
#include "webhook/WebhookOutbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace cw;

class TestPostgres final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void migratesAndStores();
    void pollCycleRecordsOnce();
    void migrateDbCopiesAndVerifies();
    void backupIsConsistentAndNeverOverwrites();
    void badAddressesAreRefused();
    void anotherDesktopsChangesAreNoticed();
    void firmStatusRuleIsSharedByEveryDesktop();
    void twoSessionsSeeEachOthersEditsThroughTheFeed();

private:
    std::unique_ptr<Database> open()
    {
        auto db = Database::openPostgres(m_url);
        if (!db)
            qWarning("%s", qPrintable(db.error().message));
        return db ? std::move(db).value() : nullptr;
    }
    QPair<int, QByteArray> cli(const QStringList &args, const QString &dir)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_qs, dir + u"/data"_qs);
        env.insert(u"XDG_CONFIG_HOME"_qs, dir + u"/config"_qs);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CASEWATCH_CLI), args);
        p.waitForFinished(120000);
        if (p.exitCode() != 0)
            qWarning("%s", p.readAllStandardError().constData());
        return {p.exitCode(), p.readAllStandardOutput()};
    }
    QUrl m_url;
};

void TestPostgres::initTestCase()
{
    const QString url = qEnvironmentVariable("CASEWATCH_TEST_POSTGRES");
    if (url.isEmpty())
        QSKIP("No PostgreSQL server: run the suite with ./dev.sh test, which starts one.");
    m_url = QUrl(url);
}

void TestPostgres::init()
{
    // A clean schema for every test.
    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QPSQL"_qs, u"reset"_qs);
    raw.setHostName(m_url.host());
    raw.setPort(m_url.port(5432));
    raw.setDatabaseName(m_url.path().mid(1));
    raw.setUserName(m_url.userName());
    QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
    QVERIFY(QSqlQuery(raw).exec(u"DROP SCHEMA public CASCADE"_qs));
    QVERIFY(QSqlQuery(raw).exec(u"CREATE SCHEMA public"_qs));
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"reset"_qs);
}

void TestPostgres::migratesAndStores()
{
    auto db = open();
    QVERIFY(db);
    QCOMPARE(db->engine(), Database::Engine::PostgreSql);
    QCOMPARE(db->schemaVersion(), SchemaMigrations::latestVersion());
    ProfileStore profiles(*db);
    CaseStore cases(*db);
    const auto maria = profiles.add(test::profile(ProfileKind::Applicant, u"María López"_qs));
    QVERIFY(maria);
    QVERIFY(maria->id > 0);
    const auto added = cases.add(maria->id, {ReceiptNumber::parse(u"IOE0912345678").value(), u"I-485"_qs, {}});
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QVERIFY(added->id > 0);
    const auto again = cases.add(maria->id, {ReceiptNumber::parse(u"IOE0912345678").value(), {}, {}});
    QVERIFY(!again);
    QCOMPARE(again.error().code, u"case.duplicate"_qs);
    QCOMPARE(cases.list()->size(), 1);
    QCOMPARE(profiles.list()->first().name, u"María López"_qs);

    // A second desktop opening the same database finds it migrated, and sees the same rows.
    auto second = open();
    QVERIFY(second);
    QCOMPARE(CaseStore(*second).list()->size(), 1);
    // Removing the profile removes its cases (foreign keys on this engine too).
    QVERIFY(profiles.remove(maria->id));
    QCOMPARE(CaseStore(*second).list()->size(), 0);
}

void TestPostgres::pollCycleRecordsOnce()
{
    auto db = open();
    QVERIFY(db);
    SandboxServer server;
    server.setServeUnknownReceipts(true);
    QVERIFY(server.start());
    ApiEnvironment env = ApiEnvironment::demo(server.rootUrl());
    env.requestsPerSecond = 20;
    const qint64 profileId = ProfileStore(*db).add(test::profile(ProfileKind::Applicant, u"Ana"_qs))->id;
    QVERIFY(CaseStore(*db).add(profileId, {ReceiptNumber::parse(u"EAC9999103403").value(), {}, {}}));
    StatusNormalizer normalizer;
    SystemClock clock;
    PollerOptions options;
    Poller poller(*db, normalizer, clock, env, SandboxServer::demoCredentials(), options);
    int cycles = 0;
    QObject::connect(&poller, &Poller::cycleFinished, [&] { ++cycles; });
    poller.start(false);
    QTRY_COMPARE_WITH_TIMEOUT(cycles, 1, 30000);
    auto count = [&](const QString &sql) {
        auto q = execSql(*db, sql);
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    };
    QCOMPARE(count(u"SELECT count(*) FROM observations"_qs), 1);
    QVERIFY(count(u"SELECT count(*) FROM history_entries"_qs) > 0);
    QCOMPARE(count(u"SELECT count(*) FROM status_events"_qs), 1);
    QVERIFY(WebhookOutbox(*db).enqueueNew(QDateTime::currentDateTimeUtc())); // sets the starting point
    server.advance(u"EAC9999103403"_qs);
    (void)execSql(*db, u"UPDATE cases SET next_poll_at = ''"_qs);
    poller.runCycleNow();
    QTRY_COMPARE_WITH_TIMEOUT(cycles, 2, 30000);
    (void)execSql(*db, u"UPDATE cases SET next_poll_at = ''"_qs);
    poller.runCycleNow(); // the same answer again: no second event
    QTRY_COMPARE_WITH_TIMEOUT(cycles, 3, 30000);
    QCOMPARE(count(u"SELECT count(*) FROM status_events"_qs), 2);
    QCOMPARE(count(u"SELECT count(*) FROM status_events WHERE event_kind = 'status'"_qs), 1);
    QCOMPARE(WebhookOutbox(*db).enqueueNew(QDateTime::currentDateTimeUtc()).value(), 1);
    QCOMPARE(WebhookOutbox(*db).enqueueNew(QDateTime::currentDateTimeUtc()).value(), 0);
    auto pending = NotificationRules({u"RFE_RECEIVED"_qs}).takePending(*db);
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(NotificationRules({u"RFE_RECEIVED"_qs}).takePending(*db)->size(), 0);
    poller.stop(5000);
}

void TestPostgres::migrateDbCopiesAndVerifies()
{
    QTemporaryDir dir;
    const QString sqlite = dir.filePath(u"desk.sqlite"_qs);
    {
        auto db = Database::openSqlite(sqlite);
        QVERIFY(db);
        ProfileStore profiles(*db.value());
        CaseStore cases(*db.value());
        for (int i = 0; i < 30; ++i) {
            const qint64 id =
                profiles.add(test::profile(ProfileKind::Applicant, QStringLiteral("Client %1").arg(i)))->id;
            QVERIFY(cases.add(
                id, {ReceiptNumber::parse(QStringLiteral("EAC55550000%1").arg(i, 2, 10, QLatin1Char('0'))).value(),
                     u"I-130"_qs,
                     {}}));
        }
        QVERIFY(execSql(*db.value(), u"INSERT INTO status_events (case_id, occurred_at, category, event_kind) "
                                     "VALUES (3, '2026-11-01T00:00:00.000Z', 'APPROVED', 'status')"_qs));
        QVERIFY(execSql(*db.value(), u"INSERT INTO app_state (name, value) VALUES ('webhook.cursor', '0')"_qs));
    }
    auto [rc, out] =
        cli({u"--json"_qs, u"migrate-db"_qs, u"--from"_qs, u"sqlite:"_qs + sqlite, u"--to"_qs, m_url.toString()},
            dir.path());
    QCOMPARE(rc, 0);
    const QJsonObject result = QJsonDocument::fromJson(out).object();
    QVERIFY2(result.value(u"verified").toBool(), out.constData());
    QHash<QString, int> copied;
    for (const QJsonValue &t : result.value(u"tables").toArray())
        copied.insert(t.toObject().value(u"table").toString(), t.toObject().value(u"copied").toInt());
    QCOMPARE(copied.value(u"profiles"_qs), 30);
    QCOMPARE(copied.value(u"cases"_qs), 30);
    QCOMPARE(copied.value(u"status_events"_qs), 1);
    QCOMPARE(copied.value(u"app_state"_qs), 1);

    auto pg = open();
    QVERIFY(pg);
    auto c = CaseStore(*pg).findByReceipt(ReceiptNumber::parse(u"EAC5555000003").value());
    QVERIFY(c && c.value());
    QCOMPARE(ProfileStore(*pg).get(c.value()->profileId)->name, u"Client 3"_qs); // ids kept
    // New rows after the copy get new ids (the sequences moved past the copied ones).
    auto fresh = ProfileStore(*pg).add(test::profile(ProfileKind::Petitioner, u"New Firm Client"_qs));
    QVERIFY2(fresh, fresh ? "" : qPrintable(fresh.error().message));
    QCOMPARE(fresh->id, 31);

    // Never into a database that already holds data.
    auto [again, againOut] =
        cli({u"migrate-db"_qs, u"--from"_qs, u"sqlite:"_qs + sqlite, u"--to"_qs, m_url.toString()}, dir.path());
    QCOMPARE(again, 1);
}

void TestPostgres::backupIsConsistentAndNeverOverwrites()
{
    QTemporaryDir dir;
    const QString sqlite = dir.filePath(u"desk.sqlite"_qs);
    {
        auto db = Database::openSqlite(sqlite);
        QVERIFY(db);
        QVERIFY(ProfileStore(*db.value()).add(test::profile(ProfileKind::Applicant, u"Backed Up"_qs)));
    }
    const QString copy = dir.filePath(u"backup.sqlite"_qs);
    auto [rc, out] = cli({u"--db"_qs, sqlite, u"--json"_qs, u"backup"_qs, copy}, dir.path());
    QCOMPARE(rc, 0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(u"verified").toBool(), true);
    auto restored = Database::openSqlite(copy);
    QVERIFY(restored);
    QCOMPARE(ProfileStore(*restored.value()).list()->first().name, u"Backed Up"_qs);
    auto [again, againOut] = cli({u"--db"_qs, sqlite, u"backup"_qs, copy}, dir.path());
    QCOMPARE(again, 1);
}

void TestPostgres::badAddressesAreRefused()
{
    QUrl withPassword = m_url;
    withPassword.setPassword(u"hunter2"_qs);
    auto refused = Database::openPostgres(withPassword);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"db.password_in_url"_qs);
    QVERIFY(!refused.error().message.contains(u"hunter2"));
    auto nowhere = Database::openPostgres(QUrl(u"postgresql://nobody@127.0.0.1:1/none"_qs));
    QVERIFY(!nowhere);
    QVERIFY(!nowhere.error().message.isEmpty());
    QCOMPARE(Database::openPostgres(QUrl(u"mysql://x/y"_qs)).error().code, u"db.bad_url"_qs);
}

void TestPostgres::anotherDesktopsChangesAreNoticed()
{
    auto mine = open();
    auto theirs = open(); // another desktop's connection
    QVERIFY(mine && theirs);
    ChangeWatcher watcher(*mine, 50);
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    watcher.start();
    QTest::qWait(200);
    QCOMPARE(changed.size(), 0);
    const qint64 p = ProfileStore(*theirs).add(test::profile(ProfileKind::Applicant, u"Elsewhere"_qs))->id;
    auto added = CaseStore(*theirs).add(p, {ReceiptNumber::parse(u"EAC9999103403").value(), {}, {}});
    QVERIFY(added);
    QTRY_COMPARE(changed.size(), 1);
    // Another desktop records an answer: only that case is reported, not "read everything".
    QSignalSpy cases(&watcher, &ChangeWatcher::casesChanged);
    CaseSnapshot s;
    s.statusEn = u"Case Was Approved"_qs;
    s.category = u"APPROVED"_qs;
    QVERIFY(ObservationStore(*theirs).recordSnapshot(added->id, u"sandbox"_qs, 200, "{}", s));
    QTRY_COMPARE(cases.size(), 1);
    QCOMPARE(cases.first().first().value<QList<qint64>>(), QList<qint64>{added->id});
    QCOMPARE(changed.size(), 1);
    // Another desktop renames the client: no check, no new case, but every row of theirs shows
    // the name, so everything is read again.
    auto stored = ProfileStore(*theirs).get(p);
    QVERIFY(stored);
    Profile renamed = stored.value();
    renamed.name = u"Elsewhere Renamed"_qs;
    QVERIFY(ProfileStore(*theirs).update(renamed));
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(cases.size(), 1);
    // ...and a case's label edited there as well.
    auto storedCase = CaseStore(*theirs).get(added->id);
    QVERIFY(storedCase);
    TrackedCase edited = storedCase.value();
    edited.label = u"H-1B extension"_qs;
    QVERIFY(CaseStore(*theirs).update(edited));
    QTRY_COMPARE(changed.size(), 3);
    QCOMPARE(cases.size(), 1);
}

// A title taught on one desktop is read the same way on another, with one alert for the firm.
void TestPostgres::firmStatusRuleIsSharedByEveryDesktop()
{
    auto a = open();
    auto b = open();
    QVERIFY(a && b);
    const QString title = u"Case Was Flagged For Manual Handling"_qs;
    const StatusNormalizer builtIn;
    auto maria = ProfileStore(*a).add(test::profile(ProfileKind::Applicant, u"María"_qs));
    const qint64 caseId = CaseStore(*a).add(maria->id, {ReceiptNumber::parse(u"EAC9999103403").value(), {}, {}})->id;
    CaseSnapshot s;
    s.statusEn = title;
    s.modifiedDate = u"2026-02-01"_qs;
    s.history = {HistoryEntry{u"2026-02-01"_qs, title, {}, {}}};
    AnswerInterpreter::categorize(s, builtIn);
    QCOMPARE(s.category, u"OTHER"_qs);
    QVERIFY(ObservationStore(*a).recordSnapshot(caseId, u"demo"_qs, 200, "{}", s));
    QVERIFY(NotificationRules().takePending(*a));

    auto applied = StatusRuleStore(*a).assign(title, u"NOID_ISSUED"_qs, builtIn);
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
    QCOMPARE(applied->casesChanged, 1);
    QCOMPARE(applied->historyChanged, 1);
    // Desktop B reads the rule, the re-categorized case, and claims the one alert; A gets none.
    auto rules = StatusRuleStore(*b).map();
    QVERIFY(rules);
    QCOMPARE(rules->value(StatusNormalizer::normalizedText(title)), u"NOID_ISSUED"_qs);
    QCOMPARE(CaseStore(*b).get(caseId).value().category, u"NOID_ISSUED"_qs);
    auto alertsB = NotificationRules().takePending(*b);
    QVERIFY(alertsB);
    QCOMPARE(alertsB->size(), 1);
    QCOMPARE(alertsB->first().category, u"NOID_ISSUED"_qs);
    QCOMPARE(NotificationRules().takePending(*a)->size(), 0);
    // Undone from B: A sees it back to OTHER.
    QVERIFY(StatusRuleStore(*b).remove(title, builtIn));
    QCOMPARE(CaseStore(*a).get(caseId).value().category, u"OTHER"_qs);
    QVERIFY(StatusRuleStore(*a).map()->isEmpty());
}

// Two desktops, each with its session (core/session/Session.h), on one database: an edit made
// through one session reaches the other's change feed — the only thing the windows listen to.
void TestPostgres::twoSessionsSeeEachOthersEditsThroughTheFeed()
{
    auto mine = open();
    auto theirs = open();
    QVERIFY(mine && theirs);
    SystemClock clock;
    Session here(*mine, {}, clock);
    Session there(*theirs, {}, clock);
    QList<SessionChange> seenHere;
    QObject::connect(&here, &Session::changed, &here, [&](const SessionChange &c) { seenHere << c; });
    here.watchOtherDesktops(50);
    QTest::qWait(150);
    QVERIFY(seenHere.isEmpty());

    // A profile and a case added there: here re-reads everything (a new name, a new row).
    auto added = there.addProfile(test::profile(ProfileKind::Petitioner, u"Acme Robotics LLC"_qs));
    QVERIFY(added);
    const auto batch = there.addCases(added->id, {u"EAC9999103403"_qs});
    QVERIFY(batch.size() == 1 && batch.first().added);
    const qint64 caseId = batch.first().added->id;
    QTRY_VERIFY(!seenHere.isEmpty() && seenHere.last().everything);

    // An answer recorded there (with the deadline it opens): only that case, and the deadlines.
    seenHere.clear();
    CaseSnapshot s;
    s.statusEn = u"Request for Additional Evidence Was Sent"_qs;
    s.category = u"RFE_ISSUED"_qs;
    s.modifiedDate = QDate::currentDate().toString(Qt::ISODate);
    QVERIFY(there.observations().recordSnapshot(caseId, u"sandbox"_qs, 200, "{}", s,
                                                AnswerInterpreter::deadlines(s, QDate::currentDate(), {})));
    QTRY_VERIFY(!seenHere.isEmpty());
    QCOMPARE(seenHere.last().caseIds, QList<qint64>{caseId});
    QVERIFY(seenHere.last().deadlines);
    QCOMPARE(here.deadlines().list()->size(), 1);

    // The case removed here: there sees it too.
    QList<SessionChange> seenThere;
    QObject::connect(&there, &Session::changed, &there, [&](const SessionChange &c) { seenThere << c; });
    there.watchOtherDesktops(50);
    QTest::qWait(150);
    seenThere.clear();
    QVERIFY(here.removeCases({caseId}));
    QTRY_VERIFY(!seenThere.isEmpty());
    QVERIFY(seenThere.last().everything || seenThere.last().caseIds.contains(caseId));
    QVERIFY(seenThere.last().deadlines || seenThere.last().everything);
    QCOMPARE(there.deadlines().list()->size(), 0);
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
