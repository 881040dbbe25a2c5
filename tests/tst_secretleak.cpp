#include "sandbox/SandboxServer.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace cw;

// After a full check — credentials stored, token fetched, case fetched and recorded — the
// client secret and the access tokens appear in no file under the data and config folders
// (SQLite database, WAL, settings) and in no output, even with every log category at debug.
class TestSecretLeak final : public QObject
{
    Q_OBJECT

private slots:
    void secretReachesNoFileAndNoLog();

private:
    QByteArray m_output;
    QTemporaryDir m_dir;
    QStringList m_base;

    int cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_qs, m_dir.filePath(u"data"_qs));
        env.insert(u"XDG_CONFIG_HOME"_qs, m_dir.filePath(u"config"_qs));
        env.insert(u"XDG_CACHE_HOME"_qs, m_dir.filePath(u"cache"_qs));
        env.insert(u"QT_LOGGING_RULES"_qs, u"*.debug=true"_qs);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CASEWATCH_CLI), m_base + args);
        p.waitForStarted();
        p.write(input);
        p.closeWriteChannel();
        while (p.state() != QProcess::NotRunning)
            QTest::qWait(20); // keep serving the simulator in this process
        m_output += p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    }
};

void TestSecretLeak::secretReachesNoFileAndNoLog()
{
    const QString secret = u"leak-canary-"_qs + QUuid::createUuid().toString(QUuid::Id128);
    const QString clientId = u"leak-test-client"_qs;
    SandboxServer server;
    server.setCredentials({clientId, secret});
    QVERIFY(server.start());
    const QString root = server.rootUrl().toString();
    m_base = {u"--environment"_qs,       u"custom"_qs,      u"--api-base"_qs,
              root + u"/case-status"_qs, u"--token-url"_qs, root + u"/oauth/accesstoken"_qs};

    QCOMPARE(cli({u"credentials"_qs, u"set"_qs, u"--client-id"_qs, clientId}, secret.toUtf8() + '\n'), 0);
    QCOMPARE(cli({u"credentials"_qs, u"test"_qs}), 0);
    QCOMPARE(cli({u"profiles"_qs, u"add"_qs, u"--name"_qs, u"Maria"_qs}), 0);
    QCOMPARE(cli({u"cases"_qs, u"add"_qs, u"--profile"_qs, u"1"_qs, u"EAC9999103403"_qs}), 0);
    QCOMPARE(cli({u"check"_qs, u"EAC9999103403"_qs, u"--json"_qs}), 0);
    QCOMPARE(cli({u"credentials"_qs, u"show"_qs}), 0);
    QVERIFY(m_output.contains("leak-test-client"));
    QVERIFY(server.stats().tokenRequests >= 2);
    QCOMPARE(server.stats().ok, 1);

    QList<QByteArray> needles{secret.toUtf8(), QUrl::toPercentEncoding(secret)};
    for (const QString &token : server.issuedTokens())
        needles << token.toUtf8();
    QVERIFY(needles.size() >= 4);

    int files = 0;
    bool sawDatabase = false;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        ++files;
        sawDatabase = sawDatabase || path.endsWith(u"casewatch.sqlite");
        qInfo("scanned %s", qPrintable(path));
        for (const QByteArray &needle : std::as_const(needles))
            QVERIFY2(!content.contains(needle), qPrintable(u"secret found in "_qs + path));
    }
    QVERIFY2(sawDatabase && files >= 1, "expected to scan the database"); // it really looked somewhere
    for (const QByteArray &needle : std::as_const(needles))
        QVERIFY2(!m_output.contains(needle), "secret or token found in the output");
    QVERIFY(m_output.contains("casewatch.core")); // debug logging really was on

    QCOMPARE(cli({u"credentials"_qs, u"clear"_qs}), 0);
}

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
