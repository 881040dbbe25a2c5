// A shared database is reached encrypted and verified by default (storage/PostgresTls.h): the
// connection plan for addresses typed by a person, and the real PostgreSQL server of the test run
// (started by dev.sh with TLS and a certificate for "localhost" from the tests' own authority,
// CASEWATCH_TEST_POSTGRES_CA): verify-full refuses it without that root certificate, accepts it
// with it, and refuses it by another name.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/PostgresTls.h"

#include <QDir>
#include <QTest>

using namespace cw;

class TestPgTls final : public QObject
{
    Q_OBJECT

private slots:
    void networkServersAreVerifiedByDefault();
    void loopbackKeepsTheDefault();
    void weakerModeIsHonouredWithAWarning();
    void valuesCannotAddSettings();
    void badSettingsAreRefused();
    void selfSignedServerIsRefusedWithoutItsRoot();
    void configuredRootCertificateIsAccepted();
    void certificateForAnotherNameIsRefused();

private:
    QUrl server(const QString &host, const QString &query) const;
};

void TestPgTls::networkServersAreVerifiedByDefault()
{
    auto plan = PostgresTls::plan(QUrl(u"postgresql://casewatch@db.firm.example/casewatch"_qs));
    QVERIFY(plan);
    QCOMPARE(plan->sslMode, u"verify-full"_qs);
    QVERIFY(plan->connectOptions.contains(u"sslmode='verify-full'"_qs));
    QVERIFY(plan->warning.isEmpty());
    // With no root certificate of PostgreSQL's own, the system's authorities are the roots.
    if (!QFile::exists(QDir::homePath() + u"/.postgresql/root.crt"_qs)
        && !PostgresTls::systemRootCertificates().isEmpty())
        QVERIFY(plan->connectOptions.contains(u"sslrootcert='"_qs + PostgresTls::systemRootCertificates() + u'\''));
    QCOMPARE(PostgresTls::plan(QUrl(u"postgresql://casewatch@10.0.0.5:5433/casewatch"_qs))->sslMode, u"verify-full"_qs);
}

void TestPgTls::loopbackKeepsTheDefault()
{
    for (const QString &host : {u"127.0.0.1"_qs, u"localhost"_qs, u"[::1]"_qs}) {
        auto plan = PostgresTls::plan(QUrl(u"postgresql://u@"_qs + host + u"/db"_qs));
        QVERIFY2(plan, qPrintable(host));
        QVERIFY2(plan->sslMode.isEmpty(), qPrintable(host));
        QVERIFY(plan->warning.isEmpty());
    }
    QVERIFY(!PostgresTls::isLocalHost(u"db.firm.example"_qs));
    QVERIFY(!PostgresTls::isLocalHost(u"192.168.1.20"_qs));
}

void TestPgTls::weakerModeIsHonouredWithAWarning()
{
    for (const QString &mode : {u"require"_qs, u"prefer"_qs, u"disable"_qs, u"verify-ca"_qs}) {
        auto plan = PostgresTls::plan(QUrl(u"postgresql://u@db.firm.example/db?sslmode="_qs + mode));
        QVERIFY(plan);
        QCOMPARE(plan->sslMode, mode);
        QVERIFY(plan->warning.contains(u"db.firm.example"_qs));
        QVERIFY(plan->warning.contains(mode));
    }
    // verify-ca checks the authority but not the name: any certificate it signed would do.
    auto ca = PostgresTls::plan(QUrl(u"postgresql://u@db.firm.example/db?sslmode=verify-ca"_qs));
    QVERIFY(!ca->warning.isEmpty());
    QVERIFY(!ca->connectOptions.contains(u"sslrootcert"_qs)); // never the system's roots for it
}

void TestPgTls::valuesCannotAddSettings()
{
    // A value that tries to end itself and add "sslmode=disable" stays one quoted value.
    QUrl url(u"postgresql://u@db.firm.example/db"_qs);
    url.setQuery(u"application_name=x' sslmode='disable"_qs);
    auto plan = PostgresTls::plan(url);
    QVERIFY(plan);
    QVERIFY2(plan->connectOptions.contains(u"application_name='x\\' sslmode=\\'disable'"_qs),
             qPrintable(plan->connectOptions));
    QCOMPARE(plan->connectOptions.count(u" sslmode='"_qs) + plan->connectOptions.count(u";sslmode='"_qs), 1);
    QCOMPARE(plan->sslMode, u"verify-full"_qs);
}

void TestPgTls::badSettingsAreRefused()
{
    QCOMPARE(PostgresTls::plan(QUrl(u"postgresql://u@h.example/db?sslmode=sometimes"_qs)).error().code,
             u"db.bad_url"_qs);
    QCOMPARE(PostgresTls::plan(QUrl(u"postgresql://u@h.example/db?host=evil"_qs)).error().code, u"db.bad_url"_qs);
    QCOMPARE(PostgresTls::plan(QUrl(u"postgresql://u@h.example/db?sslrootcert=/tmp/a;b"_qs)).error().code,
             u"db.bad_url"_qs);
    QCOMPARE(PostgresTls::plan(QUrl(u"postgresql://u@h.example/db?sslrootcert=/no/such/root.crt"_qs)).error().code,
             u"db.tls_root_missing"_qs);
}

QUrl TestPgTls::server(const QString &host, const QString &query) const
{
    QUrl url(qEnvironmentVariable("CASEWATCH_TEST_POSTGRES"));
    url.setHost(host);
    url.setQuery(query);
    return url;
}

void TestPgTls::selfSignedServerIsRefusedWithoutItsRoot()
{
    if (qEnvironmentVariableIsEmpty("CASEWATCH_TEST_POSTGRES_CA"))
        QSKIP("No PostgreSQL server with TLS: run the suite with ./dev.sh test, which starts one.");
    auto db = Database::openPostgres(server(u"localhost"_qs, u"sslmode=verify-full"_qs));
    QVERIFY(!db);
    QCOMPARE(db.error().code, u"db.tls"_qs);
    QVERIFY2(db.error().message.contains(u"sslrootcert"_qs), qPrintable(db.error().message));
}

void TestPgTls::configuredRootCertificateIsAccepted()
{
    if (qEnvironmentVariableIsEmpty("CASEWATCH_TEST_POSTGRES_CA"))
        QSKIP("No PostgreSQL server with TLS: run the suite with ./dev.sh test, which starts one.");
    const QString root = qEnvironmentVariable("CASEWATCH_TEST_POSTGRES_CA");
    auto db = Database::openPostgres(server(u"localhost"_qs, u"sslmode=verify-full&sslrootcert="_qs + root));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    QVERIFY(db.value()->securityWarning().isEmpty());
    // Encrypted, as the server itself reports.
    auto q = execSql(*db.value(), u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_qs);
    QVERIFY(q && q.value().next());
    QVERIFY(q.value().value(0).toBool());
}

void TestPgTls::certificateForAnotherNameIsRefused()
{
    if (qEnvironmentVariableIsEmpty("CASEWATCH_TEST_POSTGRES_CA"))
        QSKIP("No PostgreSQL server with TLS: run the suite with ./dev.sh test, which starts one.");
    const QString root = qEnvironmentVariable("CASEWATCH_TEST_POSTGRES_CA");
    auto db = Database::openPostgres(server(u"127.0.0.1"_qs, u"sslmode=verify-full&sslrootcert="_qs + root));
    QVERIFY(!db);
    QCOMPARE(db.error().code, u"db.tls"_qs);
    QVERIFY2(db.error().message.contains(u"localhost"_qs) && db.error().message.contains(u"127.0.0.1"_qs),
             qPrintable(db.error().message));
}

QTEST_GUILESS_MAIN(TestPgTls)
#include "tst_pgtls.moc"
