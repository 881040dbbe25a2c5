#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// Runs the real casewatch-cli binary against a temporary database and checks its exit codes,
// its JSON and that messages stay off standard output.
class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void versionAndHelp();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void profilesRoundTrip();
    void casesAddReportsBadOnesAndAddsGoodOnes();
    void casesFromStandardInput();
    void casesRemove();
    void profileRemoveCascades();
    void unusableDatabaseExitsTwo();
    void demoCheckNeedsNoCredentials();
    void demoCheckOfTrackedCaseRecordsOnce();
    void checkReportsBadReceiptsAndUnknownOnes();
    void environmentOptionsAreValidated_data();
    void environmentOptionsAreValidated();
    void pollOnceAndEventsCursor();
    void pollUsesTheDeadlineDaysSetInSettings();
    void normalizeTitles();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };
    Run cli(const QStringList &args, const QByteArray &stdinData = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"cli.sqlite"_qs);
}

TestCli::Run TestCli::cli(const QStringList &args, const QByteArray &stdinData)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_qs, m_dir->filePath(u"data"_qs));
    env.insert(u"XDG_CONFIG_HOME"_qs, m_dir->filePath(u"config"_qs));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CASEWATCH_CLI), QStringList{u"--db"_qs, m_db} + args);
    if (!p.waitForStarted())
        return {};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        return {};
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
               p.readAllStandardError()};
}

void TestCli::versionAndHelp()
{
    auto version = cli({u"--version"_qs});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("casewatch-cli "));
    auto help = cli({u"--help"_qs});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("profiles add|list|show|remove"));
    auto subHelp = cli({u"cases"_qs, u"add"_qs, u"--help"_qs});
    QCOMPARE(subHelp.exitCode, 0);
    QVERIFY(subHelp.out.contains("--profile"));
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_qs};
    QTest::newRow("unknown subcommand") << QStringList{u"profiles"_qs, u"explode"_qs};
    QTest::newRow("unknown option") << QStringList{u"profiles"_qs, u"list"_qs, u"--colour"_qs};
    QTest::newRow("missing name") << QStringList{u"profiles"_qs, u"add"_qs};
    QTest::newRow("bad kind") << QStringList{u"profiles"_qs, u"add"_qs,    u"--name"_qs,
                                             u"X"_qs,        u"--kind"_qs, u"employer"_qs};
    QTest::newRow("bad email") << QStringList{u"profiles"_qs, u"add"_qs,     u"--name"_qs,
                                              u"X"_qs,        u"--email"_qs, u"nope"_qs};
    QTest::newRow("cases add without profile") << QStringList{u"cases"_qs, u"add"_qs, u"EAC9999103402"_qs};
    QTest::newRow("cases add without receipts") << QStringList{u"cases"_qs, u"add"_qs, u"--profile"_qs, u"1"_qs};
    QTest::newRow("show without id") << QStringList{u"profiles"_qs, u"show"_qs};
    QTest::newRow("show with text id") << QStringList{u"profiles"_qs, u"show"_qs, u"maria"_qs};
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    auto run = cli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestCli::profilesRoundTrip()
{
    auto added = cli({u"profiles"_qs, u"add"_qs, u"--name"_qs, u"María López"_qs, u"--email"_qs,
                      u"maria@example.com"_qs, u"--a-number"_qs, u"A12345678"_qs, u"--json"_qs});
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.json().isObject(), added.out.constData());
    QCOMPARE(added.json()[u"name"].toString(), u"María López"_qs);
    QCOMPARE(added.json()[u"kind"].toString(), u"applicant"_qs);
    QCOMPARE(added.json()[u"a_number"].toString(), u"A012345678"_qs);
    const qint64 id = added.json()[u"id"].toInteger();
    QVERIFY(id > 0);

    // --json before the command works as well as after it.
    auto petitioner =
        cli({u"--json"_qs, u"profiles"_qs, u"add"_qs, u"--kind"_qs, u"petitioner"_qs, u"--name"_qs, u"Acme"_qs});
    QCOMPARE(petitioner.exitCode, 0);
    QCOMPARE(petitioner.json()[u"kind"].toString(), u"petitioner"_qs);

    auto list = cli({u"profiles"_qs, u"list"_qs, u"--json"_qs});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.json().array().size(), 2);
    auto onlyPetitioners = cli({u"profiles"_qs, u"list"_qs, u"--kind"_qs, u"petitioner"_qs, u"--json"_qs});
    QCOMPARE(onlyPetitioners.json().array().size(), 1);

    auto text = cli({u"profiles"_qs, u"list"_qs});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(QString::fromUtf8(text.out).contains(u"María López"));

    auto shown = cli({u"profiles"_qs, u"show"_qs, QString::number(id), u"--json"_qs});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.json()[u"email"].toString(), u"maria@example.com"_qs);
    QVERIFY(shown.json()[u"cases"].isArray());

    auto missing = cli({u"profiles"_qs, u"show"_qs, u"999"_qs, u"--json"_qs});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.out.isEmpty());
    QVERIFY(missing.err.contains("999"));
}

void TestCli::casesAddReportsBadOnesAndAddsGoodOnes()
{
    QCOMPARE(cli({u"profiles"_qs, u"add"_qs, u"--name"_qs, u"Maria"_qs}).exitCode, 0);
    auto run = cli({u"cases"_qs, u"add"_qs, u"--profile"_qs, u"1"_qs, u"--form"_qs, u"I-485"_qs, u"--json"_qs,
                    u"eac 99 991 03402"_qs, u"EAC-9999-10340"_qs, u"IOE*0912345678"_qs, u"ZAR123456789"_qs});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject out = run.json().object();
    const QJsonArray added = out[u"added"].toArray();
    const QJsonArray failed = out[u"failed"].toArray();
    QCOMPARE(added.size(), 2);
    QCOMPARE(failed.size(), 2);
    QCOMPARE(added[0][u"receipt_number"].toString(), u"EAC9999103402"_qs);
    QCOMPARE(added[0][u"form_type"].toString(), u"I-485"_qs);
    QCOMPARE(added[0][u"office"].toString(), u"Vermont Service Center"_qs);
    QVERIFY(added[0][u"error"].isNull());
    QCOMPARE(added[1][u"receipt_number"].toString(), u"IOE0912345678"_qs);
    QCOMPARE(failed[0][u"input"].toString(), u"EAC-9999-10340"_qs);
    QCOMPARE(failed[0][u"error"][u"code"].toString(), u"receipt.too_short"_qs);
    QVERIFY(!failed[0][u"error"][u"message"].toString().isEmpty());
    QCOMPARE(failed[1][u"error"][u"code"].toString(), u"receipt.asylum"_qs);
    QVERIFY(run.err.contains("EAC-9999-10340")); // and a person reading stderr sees why

    auto all = cli({u"cases"_qs, u"list"_qs, u"--json"_qs});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.json().array().size(), 2);

    auto good = cli({u"cases"_qs, u"add"_qs, u"--profile"_qs, u"1"_qs, u"SRC9999102777"_qs});
    QCOMPARE(good.exitCode, 0);
    auto dup = cli({u"cases"_qs, u"add"_qs, u"--profile"_qs, u"1"_qs, u"SRC9999102777"_qs, u"--json"_qs});
    QCOMPARE(dup.exitCode, 1);
    QCOMPARE(dup.json()[u"failed"][0][u"error"][u"code"].toString(), u"case.duplicate"_qs);
}

void TestCli::casesFromStandardInput()
{
    QCOMPARE(cli({u"profiles"_qs, u"add"_qs, u"--name"_qs, u"Maria"_qs}).exitCode, 0);
    auto run = cli({u"cases"_qs, u"add"_qs, u"--profile"_qs, u"1"_qs, u"-"_qs, u"--json"_qs},
                   "EAC9999103402\nLIN9999106498, SRC9999102777\n\n");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json()[u"added"].toArray().size(), 3);
}

void TestCli::casesRemove()
{
    QCOMPARE(cli({u"profiles"_qs, u"add"_qs, u"--name"_qs, u"Maria"_qs}).exitCode, 0);
    QCOMPARE(cli({u"cases"_qs, u"add"_qs, u"--profile"_qs, u"1"_qs, u"EAC9999103402"_qs}).exitCode, 0);
    auto run = cli({u"cases"_qs, u"remove"_qs, u"eac-9999-103402"_qs, u"EAC9999103403"_qs, u"--json"_qs});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json().array().size(), 2);
    QVERIFY(run.json()[0][u"removed"].toBool());
    QCOMPARE(run.json()[1][u"error"][u"code"].toString(), u"case.not_tracked"_qs);
    QCOMPARE(cli({u"cases"_qs, u"list"_qs, u"--json"_qs}).json().array().size(), 0);
}

void TestCli::profileRemoveCascades()
{
    QCOMPARE(cli({u"profiles"_qs, u"add"_qs, u"--name"_qs, u"Maria"_qs}).exitCode, 0);
    QCOMPARE(cli({u"cases"_qs, u"add"_qs, u"--profile"_qs, u"1"_qs, u"EAC9999103402"_qs, u"EAC9999103403"_qs}).exitCode,
             0);
    auto run = cli({u"profiles"_qs, u"remove"_qs, u"1"_qs, u"--json"_qs});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.json()[0][u"removed"].toBool());
    QCOMPARE(cli({u"cases"_qs, u"list"_qs, u"--json"_qs}).json().array().size(), 0);
}

void TestCli::unusableDatabaseExitsTwo()
{
    QFile f(m_db);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is a spreadsheet, not a database\n");
    f.close();
    const QByteArray before = cw::test::sha256Of(m_db);
    auto run = cli({u"profiles"_qs, u"list"_qs, u"--json"_qs});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("not a CaseWatch database"));
    QCOMPARE(cw::test::sha256Of(m_db), before);
}

void TestCli::demoCheckNeedsNoCredentials()
{
    // Exactly as a new user would type it: no --db, no credentials, a fresh home.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_qs, m_dir->filePath(u"fresh-data"_qs));
    env.insert(u"XDG_CONFIG_HOME"_qs, m_dir->filePath(u"fresh-config"_qs));
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_qs, u"unix:path=/nonexistent/no-keyring-needed"_qs);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CASEWATCH_CLI),
            {u"--environment"_qs, u"demo"_qs, u"check"_qs, u"EAC9999103403"_qs, u"--json"_qs});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonArray all = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    QCOMPARE(all.size(), 1);
    const QJsonObject o = all[0].toObject();
    for (const char *key : {"receipt_number", "form_type", "category", "status_en", "status_es", "description_en",
                            "description_es", "modified_date", "history", "error"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o[u"receipt_number"].toString(), u"EAC9999103403"_qs);
    QVERIFY(o[u"error"].isNull());
    QVERIFY(!o[u"status_en"].toString().isEmpty());
    QVERIFY(!o[u"status_es"].toString().isEmpty());
    QVERIFY(!o[u"category"].toString().isEmpty());
    QVERIFY(o[u"category"].toString() != u"OTHER");
    const QJsonArray history = o[u"history"].toArray();
    QVERIFY(!history.isEmpty());
    for (const char *key : {"date", "status_en", "status_es", "category"})
        QVERIFY2(history[0].toObject().contains(QLatin1String(key)), key);
    QVERIFY(!o[u"tracked"].toBool());
    // The demo keeps its own database, apart from the firm's.
    QVERIFY(QFile::exists(m_dir->filePath(u"fresh-data/CaseWatch/casewatch-demo.sqlite"_qs)));
    QVERIFY(!QFile::exists(m_dir->filePath(u"fresh-data/CaseWatch/casewatch.sqlite"_qs)));
}

void TestCli::demoCheckOfTrackedCaseRecordsOnce()
{
    const QStringList demo{u"--environment"_qs, u"demo"_qs};
    QCOMPARE(cli(demo + QStringList{u"profiles"_qs, u"add"_qs, u"--name"_qs, u"Maria"_qs}).exitCode, 0);
    QCOMPARE(cli(demo + QStringList{u"cases"_qs, u"add"_qs, u"--profile"_qs, u"1"_qs, u"LIN9999106498"_qs}).exitCode,
             0);
    auto first = cli(demo + QStringList{u"check"_qs, u"LIN9999106498"_qs, u"--json"_qs});
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.json()[0][u"tracked"].toBool());
    QVERIFY(first.json()[0][u"changed"].toBool());
    auto second = cli(demo + QStringList{u"check"_qs, u"LIN9999106498"_qs, u"--json"_qs});
    QVERIFY(!second.json()[0][u"changed"].toBool());
    auto listed = cli(demo + QStringList{u"cases"_qs, u"list"_qs, u"--json"_qs});
    QCOMPARE(listed.json()[0][u"category"].toString(), first.json()[0][u"category"].toString());
    auto history = cli(demo + QStringList{u"history"_qs, u"LIN9999106498"_qs, u"--json"_qs});
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(history.json()[u"history"].toArray().size(), first.json()[0][u"history"].toArray().size());
    auto spanish = cli(demo + QStringList{u"history"_qs, u"LIN9999106498"_qs, u"--lang"_qs, u"es"_qs});
    QVERIFY(QString::fromUtf8(spanish.out).contains(u"Caso Fue Recibido"));
}

void TestCli::checkReportsBadReceiptsAndUnknownOnes()
{
    auto run = cli({u"--environment"_qs, u"demo"_qs, u"check"_qs, u"EAC123"_qs, u"WAC2190012345"_qs,
                    u"SRC9999102777"_qs, u"--json"_qs});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray all = run.json().array();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0][u"error"][u"code"].toString(), u"receipt.too_short"_qs);
    QCOMPARE(all[1][u"error"][u"code"].toString(), u"uscis.not_found"_qs);
    QVERIFY(all[2][u"error"].isNull());
}

void TestCli::environmentOptionsAreValidated_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown environment") << QStringList{u"--environment"_qs, u"staging"_qs, u"cases"_qs, u"list"_qs}
                                         << u"not an environment"_qs;
    QTest::newRow("plain http to another machine")
        << QStringList{u"--environment"_qs, u"custom"_qs,
                       u"--api-base"_qs,    u"http://api.example.com/case-status"_qs,
                       u"--token-url"_qs,   u"http://api.example.com/oauth/accesstoken"_qs,
                       u"check"_qs,         u"EAC9999103403"_qs}
        << u"plain http"_qs;
    QTest::newRow("custom without urls") << QStringList{u"--environment"_qs, u"custom"_qs, u"check"_qs,
                                                        u"EAC9999103403"_qs}
                                         << u"not a usable address"_qs;
    QTest::newRow("bad rate limit") << QStringList{u"--rate-limit"_qs, u"fast"_qs, u"cases"_qs, u"list"_qs}
                                    << u"--rate-limit"_qs;
    QTest::newRow("demo needs no credentials")
        << QStringList{u"--environment"_qs, u"demo"_qs, u"credentials"_qs, u"set"_qs, u"--client-id"_qs, u"x"_qs}
        << u"needs no credentials"_qs;
}

void TestCli::environmentOptionsAreValidated()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    auto run = cli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

void TestCli::pollOnceAndEventsCursor()
{
    const QStringList demo{u"--environment"_qs, u"demo"_qs};
    QCOMPARE(cli(demo + QStringList{u"profiles"_qs, u"add"_qs, u"--name"_qs, u"Maria"_qs}).exitCode, 0);
    QCOMPARE(cli(demo
                 + QStringList{u"cases"_qs, u"add"_qs, u"--profile"_qs, u"1"_qs, u"EAC9999103403"_qs,
                               u"LIN9999106498"_qs, u"SRC9999102777"_qs})
                 .exitCode,
             0);
    auto polled = cli(demo + QStringList{u"poll"_qs, u"--once"_qs, u"--json"_qs});
    QCOMPARE(polled.exitCode, 0);
    const QJsonObject stats = polled.json().object();
    for (const char *key : {"fetched", "changed", "failed", "rate_limited", "duration_s"})
        QVERIFY2(stats.contains(QLatin1String(key)), key);
    QCOMPARE(stats[u"fetched"].toInt(), 3);
    QCOMPARE(stats[u"changed"].toInt(), 3);
    QCOMPARE(stats[u"failed"].toInt(), 0);
    QCOMPARE(stats[u"rate_limited"].toInt(), 0);
    QVERIFY(stats[u"duration_s"].toDouble() > 0);

    // Nothing is due any more: a second cycle fetches nothing.
    QCOMPARE(cli(demo + QStringList{u"poll"_qs, u"--once"_qs, u"--json"_qs}).json()[u"fetched"].toInt(), 0);

    auto all = cli(demo + QStringList{u"events"_qs, u"--json"_qs});
    QCOMPARE(all.exitCode, 0);
    const QJsonArray events = all.json()[u"events"].toArray();
    QCOMPARE(events.size(), 3);
    for (const char *key :
         {"event_id", "receipt_number", "occurred_at", "category", "previous_category", "status_en", "status_es"})
        QVERIFY2(events[0].toObject().contains(QLatin1String(key)), key);
    QVERIFY(events[0][u"event_id"].toInteger() < events[1][u"event_id"].toInteger()); // oldest first
    const QString cursor = all.json()[u"next_cursor"].toString();
    QVERIFY(!cursor.isEmpty());
    auto after = cli(demo + QStringList{u"events"_qs, u"--since"_qs, cursor, u"--json"_qs});
    QCOMPARE(after.json()[u"events"].toArray().size(), 0);
    QCOMPARE(after.json()[u"next_cursor"].toString(), cursor);
    auto middle = cli(
        demo + QStringList{u"events"_qs, u"--since"_qs, events[0][u"event_id"].toVariant().toString(), u"--json"_qs});
    QCOMPARE(middle.json()[u"events"].toArray().size(), 2);
    QCOMPARE(cli(demo + QStringList{u"events"_qs, u"--since"_qs, u"yesterday"_qs}).exitCode, 2);
}

void TestCli::pollUsesTheDeadlineDaysSetInSettings()
{
    // The RFE the simulator reports names no date (as USCIS's case status does not): the firm's
    // RFE days count the deadline — the days set in Settings (the desktop's), not a default.
    const QStringList demo{u"--environment"_qs, u"demo"_qs};
    const auto dueWith = [&](int rfeDays) -> QDate {
        {
            QSettings settings(m_dir->filePath(u"config/CaseWatch/CaseWatch.conf"_qs), QSettings::IniFormat);
            settings.setValue(u"deadlines/rfeResponseDays"_qs, rfeDays);
        }
        m_db = m_dir->filePath(u"rfe-%1.sqlite"_qs.arg(rfeDays));
        if (cli(demo + QStringList{u"profiles"_qs, u"add"_qs, u"--name"_qs, u"Maria"_qs}).exitCode != 0
            || cli(demo + QStringList{u"cases"_qs, u"add"_qs, u"--profile"_qs, u"1"_qs, u"EAC9999103403"_qs}).exitCode
                   != 0
            || cli(demo + QStringList{u"poll"_qs, u"--once"_qs}).exitCode != 0)
            return {};
        const QJsonArray list = cli(demo + QStringList{u"deadlines"_qs, u"--json"_qs}).json()[u"deadlines"].toArray();
        if (list.size() != 1 || list[0][u"kind"].toString() != u"rfe_response"
            || list[0][u"source"].toString() != u"default")
            return {};
        return QDate::fromString(list[0][u"due"].toString(), Qt::ISODate);
    };
    const QDate in30 = dueWith(30);
    const QDate in45 = dueWith(45);
    QVERIFY(in30.isValid());
    QVERIFY(in45.isValid());
    QCOMPARE(in30.daysTo(in45), 15);
    QVERIFY(in30 <= QDate::currentDate().addDays(30)); // counted from the RFE's date, never later than today

    // Marked done by hand, and opened again.
    const QJsonArray open = cli(demo + QStringList{u"deadlines"_qs, u"--json"_qs}).json()[u"deadlines"].toArray();
    const QString id = open[0][u"id"].toVariant().toString();
    QCOMPARE(cli(demo + QStringList{u"deadlines"_qs, u"done"_qs, id}).exitCode, 0);
    QCOMPARE(cli(demo + QStringList{u"deadlines"_qs, u"--json"_qs}).json()[u"deadlines"].toArray().size(), 0);
    const QJsonArray closed =
        cli(demo + QStringList{u"deadlines"_qs, u"--all"_qs, u"--json"_qs}).json()[u"deadlines"].toArray();
    QCOMPARE(closed[0][u"state"].toString(), u"met"_qs);
    QCOMPARE(closed[0][u"closed_by"].toString(), u"person"_qs);
    QCOMPARE(cli(demo + QStringList{u"deadlines"_qs, u"undo"_qs, id}).exitCode, 0);
    QCOMPARE(cli(demo + QStringList{u"deadlines"_qs, u"--json"_qs}).json()[u"deadlines"].toArray().size(), 1);
    QCOMPARE(cli(demo + QStringList{u"deadlines"_qs, u"done"_qs, u"999"_qs}).exitCode, 1);
    QCOMPARE(cli(demo + QStringList{u"deadlines"_qs, u"done"_qs, u"x"_qs}).exitCode, 2);
}

void TestCli::normalizeTitles()
{
    auto run =
        cli({u"normalize"_qs, u"CASE WAS APPROVED"_qs, u"Se Envió Solicitud de Evidencia Adicional"_qs, u"--json"_qs});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray all = run.json().array();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0][u"text"].toString(), u"CASE WAS APPROVED"_qs);
    QCOMPARE(all[0][u"category"].toString(), u"APPROVED"_qs);
    QCOMPARE(all[0][u"language"].toString(), u"en"_qs);
    QCOMPARE(all[1][u"category"].toString(), u"RFE_ISSUED"_qs);
    QCOMPARE(all[1][u"language"].toString(), u"es"_qs);
    QCOMPARE(all[0][u"source"].toString(), u"table"_qs);
    const QString title = u"Case Was Flagged For Manual Handling"_qs;
    auto unknown = cli({u"normalize"_qs, title, u"--json"_qs});
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(unknown.json()[0][u"category"].toString(), u"OTHER"_qs);
    QVERIFY(unknown.json()[0][u"source"].isNull());
    auto rule = cli({u"normalize"_qs, u"Request To Expedite My Case Was Approved"_qs, u"--json"_qs});
    QCOMPARE(rule.json()[0][u"category"].toString(), u"REQUEST_DECIDED"_qs);
    QCOMPARE(rule.json()[0][u"source"].toString(), u"rule"_qs);
    QCOMPARE(cli({u"normalize"_qs}).exitCode, 2);

    // The firm teaches it: the rule is in the database, and normalize says where the answer came from.
    QCOMPARE(cli({u"statuses"_qs, u"assign"_qs, title, u"MAYBE"_qs}).exitCode, 2);
    auto assigned = cli({u"statuses"_qs, u"assign"_qs, title, u"IN_REVIEW"_qs, u"--json"_qs});
    QCOMPARE(assigned.exitCode, 0);
    QCOMPARE(assigned.json()[u"cases_changed"].toInt(), 0);
    auto taught = cli({u"normalize"_qs, title.toUpper(), u"--json"_qs});
    QCOMPARE(taught.exitCode, 0);
    QCOMPARE(taught.json()[0][u"category"].toString(), u"IN_REVIEW"_qs);
    QCOMPARE(taught.json()[0][u"source"].toString(), u"firm"_qs);
    auto rules = cli({u"statuses"_qs, u"rules"_qs, u"--json"_qs});
    QCOMPARE(rules.json().array().size(), 1);
    const QString file = m_dir->filePath(u"rules.json"_qs);
    QCOMPARE(cli({u"statuses"_qs, u"export"_qs, u"--output"_qs, file}).exitCode, 0);
    QCOMPARE(cli({u"statuses"_qs, u"remove"_qs, title}).exitCode, 0);
    QCOMPARE(cli({u"statuses"_qs, u"remove"_qs, title}).exitCode, 1);
    QCOMPARE(cli({u"normalize"_qs, title, u"--json"_qs}).json()[0][u"category"].toString(), u"OTHER"_qs);
    QCOMPARE(cli({u"statuses"_qs, u"import"_qs, file}).exitCode, 0);
    QCOMPARE(cli({u"normalize"_qs, title, u"--json"_qs}).json()[0][u"source"].toString(), u"firm"_qs);
    QCOMPARE(cli({u"statuses"_qs, u"unknown"_qs, u"--json"_qs}).json().array().size(), 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
