// Roles on the real PostgreSQL server (`casewatch-cli db-roles setup` and `add`): a paralegal's
// login cannot change the firm's webhook, the status or task rules, the staff list or other
// firm-wide settings — neither through CaseWatch nor with SQL typed by hand — while it works on
// cases, profiles and tasks; an administrator can do all of it; read-only reads. Tasks are made
// once when two desktops handle the same change at the same moment; reassigning a profile moves
// its cases' open tasks.
#include "TestSupport.h"

#include "domain/Clock.h"
#include "normalize/StatusNormalizer.h"
#include "poller/Poller.h"
#include "sandbox/SandboxServer.h"
#include "secrets/ApiCredentials.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/DatabaseRoles.h"
#include "storage/ObservationStore.h"
#include "storage/ProfileStore.h"
#include "storage/StaffStore.h"
#include "storage/StatusRuleStore.h"
#include "storage/TaskStore.h"
#include "webhook/FirmWebhook.h"

#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace cw;
using namespace cw::test;

class TestDbRoles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rolesAreDetected();
    void paralegalCannotChangeFirmSettings();
    void paralegalWorksOnCases();
    void adminCanChangeFirmSettings();
    void readOnlyOnlyReads();
    void tasksOnceAcrossDesktops();
    void staffDesktopNeedsNoCredentials();
    void cleanupTestCase();

private:
    std::unique_ptr<Database> openAs(const QString &login)
    {
        QUrl url = m_url;
        url.setUserName(login);
        auto db = Database::openPostgres(url);
        if (!db)
            qWarning("%s", qPrintable(db.error().message));
        return db ? std::move(db).value() : nullptr;
    }
    static QString sqlErrorOf(const Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) ? QString() : q.lastError().nativeErrorCode();
    }
    QUrl m_url;
    std::unique_ptr<Database> m_owner;
    qint64 m_case = 0;
    qint64 m_profile = 0;
    qint64 m_paralegalId = 0;
};

void TestDbRoles::initTestCase()
{
    const QString url = qEnvironmentVariable("CASEWATCH_TEST_POSTGRES");
    if (url.isEmpty())
        QSKIP("No PostgreSQL server: run the suite with ./dev.sh test, which starts one.");
    m_url = QUrl(url);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QPSQL"_qs, u"reset"_qs);
        raw.setHostName(m_url.host());
        raw.setPort(m_url.port(5432));
        raw.setDatabaseName(m_url.path().mid(1));
        raw.setUserName(m_url.userName());
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        QSqlQuery(raw).exec(u"DROP SCHEMA public CASCADE"_qs);
        QSqlQuery(raw).exec(u"CREATE SCHEMA public"_qs);
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"reset"_qs);
    m_owner = openAs(m_url.userName()); // the tables' owner: the one who sets roles up
    QVERIFY(m_owner);
    QVERIFY(DatabaseRoles::setup(*m_owner));
    QVERIFY(DatabaseRoles::setup(*m_owner)); // again (after an upgrade): no harm
    QVERIFY(DatabaseRoles::addPerson(*m_owner, u"cw_admin"_qs, StaffStore::Role::Admin, u"Olga Office"_qs, {}));
    QVERIFY(DatabaseRoles::addPerson(*m_owner, u"cw_attorney"_qs, StaffStore::Role::Attorney, u"Ana Attorney"_qs, {}));
    auto paralegal =
        DatabaseRoles::addPerson(*m_owner, u"cw_paralegal"_qs, StaffStore::Role::Paralegal, u"Pablo Paralegal"_qs, {});
    QVERIFY(paralegal);
    m_paralegalId = paralegal.value();
    QVERIFY(DatabaseRoles::addPerson(*m_owner, u"cw_readonly"_qs, StaffStore::Role::ReadOnly, u"Rita Reader"_qs, {}));
    QCOMPARE(DatabaseRoles::addPerson(*m_owner, u"Robert'); DROP TABLE cases;--"_qs, StaffStore::Role::Admin, {}, {})
                 .error()
                 .code,
             u"roles.bad_login"_qs);
    // A group is no person: making it a member of another would make every paralegal an admin.
    QCOMPARE(
        DatabaseRoles::addPerson(*m_owner, u"casewatch_paralegal"_qs, StaffStore::Role::Admin, {}, {}).error().code,
        u"roles.bad_login"_qs);
    QVERIFY(FirmWebhook::save(*m_owner, QUrl(u"https://hooks.firm.example/casewatch"_qs), true, u"s3cret"_qs));
    Profile p;
    p.name = u"María López García"_qs;
    m_profile = ProfileStore(*m_owner).add(p)->id;
    m_case = CaseStore(*m_owner).add(m_profile, {ReceiptNumber::parse(u"IOE0912345678").value(), {}, {}})->id;
}

void TestDbRoles::rolesAreDetected()
{
    const std::pair<const char *, StaffStore::Role> logins[] = {{"cw_admin", StaffStore::Role::Admin},
                                                                {"cw_attorney", StaffStore::Role::Attorney},
                                                                {"cw_paralegal", StaffStore::Role::Paralegal},
                                                                {"cw_readonly", StaffStore::Role::ReadOnly}};
    for (const auto &[login, role] : logins) {
        auto db = openAs(QString::fromLatin1(login));
        QVERIFY(db);
        auto me = StaffStore(*db).me();
        QVERIFY(me);
        QVERIFY(me->rolesEnforced);
        QCOMPARE(me->role, role);
        QVERIFY(me->member.has_value()); // linked through the login
        QCOMPARE(me->member->dbUser, QString::fromLatin1(login));
        QCOMPARE(me->mayChangeFirmSettings(), role == StaffStore::Role::Admin);
    }
    QCOMPARE(StaffStore(*m_owner).me()->role, StaffStore::Role::Admin); // the owner
}

void TestDbRoles::paralegalCannotChangeFirmSettings()
{
    auto db = openAs(u"cw_paralegal"_qs);
    QVERIFY(db);
    // Through CaseWatch: a clear refusal.
    const Status webhook = FirmWebhook::save(*db, QUrl(u"https://evil.example/"_qs), true, u"x"_qs);
    QVERIFY(!webhook);
    QCOMPARE(webhook.error().code, u"db.refused"_qs);
    QVERIFY2(webhook.error().message.contains(u"administrator"), qPrintable(webhook.error().message));
    StatusNormalizer normalizer;
    QCOMPARE(StatusRuleStore(*db).assign(u"Case Was Approved Quickly"_qs, u"APPROVED"_qs, normalizer).error().code,
             u"db.refused"_qs);
    TaskStore::Rule rule{0, u"RECEIVED"_qs, u"Call"_qs, u"paralegal"_qs, u"event"_qs, 1, true};
    QCOMPARE(TaskStore(*db).saveRule(rule).error().code, u"db.refused"_qs);
    QCOMPARE(StaffStore(*db).add({0, u"Mallory"_qs, {}, StaffStore::Role::Admin, {}, {}, true}).error().code,
             u"db.refused"_qs);
    // By hand: refused by grants (42501), or — for the firm's rows of app_state — filtered out by
    // row-level security (the UPDATE touches nothing; the INSERT is refused).
    QCOMPARE(sqlErrorOf(*db, u"INSERT INTO status_rules VALUES ('x', 'x', 'APPROVED', '', '')"_qs), u"42501"_qs);
    QCOMPARE(sqlErrorOf(*db, u"UPDATE task_rules SET enabled = 0"_qs), u"42501"_qs);
    QCOMPARE(sqlErrorOf(*db, u"UPDATE staff SET role = 'admin' WHERE db_user = 'cw_paralegal'"_qs), u"42501"_qs);
    QCOMPARE(sqlErrorOf(*db, u"DELETE FROM message_templates"_qs), u"42501"_qs);
    QCOMPARE(sqlErrorOf(*db, u"DELETE FROM audit_log"_qs), u"42501"_qs);
    QCOMPARE(sqlErrorOf(*db, u"INSERT INTO app_state VALUES ('firm_settings', '{}')"_qs), u"42501"_qs);
    QCOMPARE(sqlErrorOf(*db, u"UPDATE app_state SET value = '{}' WHERE name = 'firm_webhook'"_qs), QString());
    QCOMPARE(sqlErrorOf(*db, u"DELETE FROM app_state WHERE name = 'firm_webhook'"_qs), QString());
    QCOMPARE(sqlErrorOf(*db, u"SET ROLE casewatch_admin"_qs), u"42501"_qs); // not a member
    auto stored = FirmWebhook::load(*m_owner);
    QVERIFY(stored && stored.value());
    QCOMPARE(stored.value()->url, QUrl(u"https://hooks.firm.example/casewatch"_qs)); // untouched
    QCOMPARE(TaskStore(*m_owner).rules()->size(), 5);
    QCOMPARE(StaffStore(*m_owner).list()->size(), 4);
}

void TestDbRoles::paralegalWorksOnCases()
{
    auto db = openAs(u"cw_paralegal"_qs);
    QVERIFY(db);
    Profile p;
    p.name = u"Sofia Nguyen"_qs;
    auto added = ProfileStore(*db).add(p);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QVERIFY(CaseStore(*db).add(added->id, {ReceiptNumber::parse(u"EAC2612345678").value(), {}, {}}));
    QVERIFY(StaffStore(*db).assignProfile(added->id, StaffStore::Duty::Paralegal, m_paralegalId));
    QCOMPARE(sqlErrorOf(*db, u"INSERT INTO app_state VALUES ('client_updates_test', 'x')"_qs), QString());
}

void TestDbRoles::adminCanChangeFirmSettings()
{
    auto db = openAs(u"cw_admin"_qs);
    QVERIFY(db);
    QVERIFY(FirmWebhook::save(*db, QUrl(u"https://hooks.firm.example/v2"_qs), true, u"s3cret2"_qs));
    TaskStore::Rule rule{0, u"RECEIVED"_qs, u"Send receipt to client"_qs, u"paralegal"_qs, u"event"_qs, 1, true};
    QVERIFY(TaskStore(*db).saveRule(rule));
    QVERIFY(StaffStore(*db).add({0, u"New Hire"_qs, {}, StaffStore::Role::Paralegal, {}, {}, true}));
    StatusNormalizer normalizer;
    QVERIFY(StatusRuleStore(*db).assign(u"Case Was Approved Quickly"_qs, u"APPROVED"_qs, normalizer));
    QCOMPARE(FirmWebhook::load(*m_owner).value()->url, QUrl(u"https://hooks.firm.example/v2"_qs));
}

void TestDbRoles::readOnlyOnlyReads()
{
    auto db = openAs(u"cw_readonly"_qs);
    QVERIFY(db);
    QVERIFY(CaseStore(*db).list()->size() >= 1);
    Profile p;
    p.name = u"Nobody"_qs;
    QCOMPARE(ProfileStore(*db).add(p).error().code, u"db.refused"_qs);
    QCOMPARE(sqlErrorOf(*db, u"UPDATE tasks SET done_at = 'x'"_qs), u"42501"_qs);
}

void TestDbRoles::tasksOnceAcrossDesktops()
{
    // The owner's desktop records an RFE; two staff desktops both run the rules for that event at
    // once (as two desktops handling the same change would): one task.
    const StaffStore staff(*m_owner);
    auto memberNamed = [&](const QString &name) {
        const QList<StaffStore::Member> members = staff.list().value();
        for (const StaffStore::Member &m : members) {
            if (m.name == name)
                return m.id;
        }
        return qint64(0);
    };
    const qint64 attorney = memberNamed(u"Ana Attorney"_qs);
    QVERIFY(staff.assignProfile(m_profile, StaffStore::Duty::Attorney, attorney));
    CaseSnapshot s;
    s.receiptNumber = u"IOE0912345678"_qs;
    s.statusEn = u"Case Was Received"_qs;
    s.category = u"RECEIVED"_qs;
    QVERIFY(ObservationStore(*m_owner).recordSnapshot(m_case, u"sandbox"_qs, 200, "{}", s)); // the first answer
    s.statusEn = u"Request for Evidence Was Sent"_qs;
    s.category = u"RFE_ISSUED"_qs;
    auto recorded = ObservationStore(*m_owner).recordSnapshot(
        m_case, u"sandbox"_qs, 200, "{}", s,
        {{{DeadlineKind::RfeResponse, QDateTime::currentDateTimeUtc().date().addDays(87), true}}, {}});
    QVERIFY(recorded && recorded->eventId > 0);
    QCOMPARE(TaskStore(*m_owner).forCase(m_case)->size(), 1); // made with the change
    // Two desktops make the rules' tasks for that change at the same moment (the one made with
    // the change removed first, so that both really race to insert it).
    QVERIFY(execSql(*m_owner, u"DELETE FROM tasks"_qs));
    auto attorneyDb = openAs(u"cw_attorney"_qs);
    auto paralegalDb = openAs(u"cw_paralegal"_qs);
    QList<Status> results(2);
    QThread *a = QThread::create([&] {
        results[0] = TaskStore(*attorneyDb).createForEvent(recorded->eventId);
        attorneyDb->releaseThreadConnection();
    });
    QThread *b = QThread::create([&] {
        results[1] = TaskStore(*paralegalDb).createForEvent(recorded->eventId);
        paralegalDb->releaseThreadConnection();
    });
    a->start();
    b->start();
    QVERIFY(a->wait(30000) && b->wait(30000));
    delete a;
    delete b;
    QVERIFY2(results[0], results[0] ? "" : qPrintable(results[0].error().message));
    QVERIFY2(results[1], results[1] ? "" : qPrintable(results[1].error().message));
    auto tasks = TaskStore(*m_owner).forCase(m_case).value();
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.first().ownerId, attorney);
    // The profile moves to another attorney (done by a paralegal's desktop): its open task follows.
    const qint64 olga = memberNamed(u"Olga Office"_qs);
    QVERIFY(StaffStore(*paralegalDb).assignProfile(m_profile, StaffStore::Duty::Attorney, olga));
    QCOMPARE(TaskStore(*m_owner).forCase(m_case)->first().ownerId, olga);
}

void TestDbRoles::staffDesktopNeedsNoCredentials()
{
    // The firm's credentials live only with the polling server (a credentials folder, as systemd
    // hands them over); a paralegal's desktop has none at all — and still follows, and its
    // "Check now" is carried out by the server.
    SandboxServer server;
    server.setServeUnknownReceipts(true);
    QVERIFY(server.start() > 0);
    server.setRateLimit(10, 100000);
    server.setTokenLifetimeSeconds(3600); // the server signs in once for the whole test
    const ApiEnvironment demo = ApiEnvironment::demo(server.rootUrl());
    const ApiEnvironment environment = ApiEnvironment::custom(demo.apiBase, demo.tokenUrl).value();
    QTemporaryDir secrets;
    {
        QFile file(secrets.filePath(u"uscis-api-custom"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(SandboxServer::demoCredentials().serialize().toUtf8());
    }
    QTemporaryDir home;
    QProcess daemon;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CREDENTIALS_DIRECTORY"_qs, secrets.path());
    env.insert(u"XDG_CONFIG_HOME"_qs, home.filePath(u"config"_qs));
    env.insert(u"XDG_DATA_HOME"_qs, home.filePath(u"data"_qs));
    daemon.setProcessEnvironment(env);
    daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    daemon.start(QStringLiteral(CASEWATCH_CLI),
                 {u"--database"_qs, m_url.toString(), u"--environment"_qs, u"custom"_qs, u"--api-base"_qs,
                  demo.apiBase.toString(), u"--token-url"_qs, demo.tokenUrl.toString(), u"--rate-limit"_qs, u"10"_qs,
                  u"poll"_qs, u"--daemon"_qs, u"--lease-seconds"_qs, u"3"_qs});
    QVERIFY(daemon.waitForStarted(10000));
    const auto stopDaemon = qScopeGuard([&] {
        daemon.terminate();
        if (!daemon.waitForFinished(10000))
            daemon.kill();
    });
    auto count = [&](const QString &sql) {
        auto q = execSql(*m_owner, sql);
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(count(u"SELECT count(*) FROM cases WHERE last_checked_at = ''"_qs), 0, 30000);

    auto desk = openAs(u"cw_paralegal"_qs);
    QVERIFY(desk);
    StatusNormalizer normalizer;
    SystemClock clock;
    PollerOptions options;
    options.followOnly = true;
    options.leaseSeconds = 3;
    const int tokensBefore = server.stats().tokenRequests;
    Poller follower(*desk, normalizer, clock, environment, ApiCredentials{}, options);
    follower.start(true);
    QTRY_VERIFY_WITH_TIMEOUT(follower.status().state == PollerStatus::State::Following
                                 && follower.status().leader.contains(u"polling server"_qs),
                             15000);
    QVERIFY(execSql(*m_owner, u"UPDATE cases SET last_checked_at = '' WHERE id = ?"_qs, {m_case}));
    follower.checkNow({m_case});
    QTRY_COMPARE_WITH_TIMEOUT(
        count(u"SELECT count(*) FROM cases WHERE last_checked_at <> '' AND id = %1"_qs.arg(m_case)), 1, 20000);
    QCOMPARE(count(u"SELECT count(*) FROM check_requests"_qs), 0);
    QCOMPARE(follower.status().state, PollerStatus::State::Following);
    // Only the server signed in: the desktop never asked for a token (it has nothing to ask with).
    QCOMPARE(server.stats().tokenRequests, tokensBefore);
    follower.stop(5000);
    desk->releaseThreadConnection();
}

void TestDbRoles::cleanupTestCase()
{
    // Roles belong to the whole server: leave it as found (another database there would
    // otherwise see them).
    if (!m_owner)
        return;
    m_owner.reset();
    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QPSQL"_qs, u"drop"_qs);
    raw.setHostName(m_url.host());
    raw.setPort(m_url.port(5432));
    raw.setDatabaseName(m_url.path().mid(1));
    raw.setUserName(m_url.userName());
    if (raw.open()) {
        QSqlQuery(raw).exec(u"DROP SCHEMA public CASCADE"_qs);
        QSqlQuery(raw).exec(u"CREATE SCHEMA public"_qs);
        const QString roles = u"cw_admin, cw_attorney, cw_paralegal, cw_readonly, casewatch_admin, casewatch_attorney, "
                              "casewatch_paralegal, casewatch_readonly"_qs;
        QSqlQuery(raw).exec(u"DROP OWNED BY "_qs + roles);
        QSqlQuery drop(raw);
        QVERIFY2(drop.exec(u"DROP ROLE "_qs + roles), qPrintable(drop.lastError().text()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"drop"_qs);
}

QTEST_GUILESS_MAIN(TestDbRoles)
#include "tst_dbroles.moc"
