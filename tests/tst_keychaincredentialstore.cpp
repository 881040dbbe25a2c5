#include "secrets/ApiCredentials.h"
#include "secrets/KeychainCredentialStore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace cw;

// Runs against the real Secret Service: ./dev.sh test (and CI) start a private D-Bus session
// with an unlocked, throwaway gnome-keyring around the whole suite.
class TestKeychainCredentialStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadRemove();
    void missingKeyIsNotAnError();
    void apiCredentialsRoundTrip();
    void callbacksComeExactlyOnce();
    void deadContextGetsNoCallback();
    void lockedKeyringIsReportedAsLocked();
    void noKeyringServiceIsReported();

private:
    template<typename T>
    T wait(std::function<void(QObject *, std::function<void(T)>)> start)
    {
        std::optional<T> out;
        QObject context;
        start(&context, [&](T v) { out = std::move(v); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
            qFatal("keychain job never reported");
        return *out;
    }
    QString uniqueKey() { return u"casewatch-test/"_qs + QUuid::createUuid().toString(QUuid::Id128); }
    KeychainCredentialStore m_store{u"CaseWatch-tests"_qs};
};

void TestKeychainCredentialStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the tests with ./dev.sh test, which starts D-Bus and gnome-keyring.");
}

void TestKeychainCredentialStore::writeReadRemove()
{
    const QString key = uniqueKey();
    const Status written =
        wait<Status>([&](QObject *c, auto done) { m_store.write(key, u"sécret ✓ 123"_qs, c, done); });
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    auto read = wait<Result<std::optional<QString>>>([&](QObject *c, auto done) { m_store.read(key, c, done); });
    QVERIFY(read);
    QCOMPARE(read.value().value_or(QString()), u"sécret ✓ 123"_qs);
    QVERIFY(wait<Status>([&](QObject *c, auto done) { m_store.remove(key, c, done); }));
    auto gone = wait<Result<std::optional<QString>>>([&](QObject *c, auto done) { m_store.read(key, c, done); });
    QVERIFY(gone);
    QVERIFY(!gone.value().has_value());
}

void TestKeychainCredentialStore::missingKeyIsNotAnError()
{
    auto read =
        wait<Result<std::optional<QString>>>([&](QObject *c, auto done) { m_store.read(uniqueKey(), c, done); });
    QVERIFY(read);
    QVERIFY(!read.value());
    QVERIFY(wait<Status>([&](QObject *c, auto done) { m_store.remove(uniqueKey(), c, done); }));
}

void TestKeychainCredentialStore::apiCredentialsRoundTrip()
{
    const QString env = u"test-"_qs + QUuid::createUuid().toString(QUuid::Id128);
    QVERIFY(wait<Status>([&](QObject *c, auto done) {
        ApiCredentials::save(m_store, env, {u"client-1"_qs, u"secret-1"_qs}, c, done);
    }));
    auto loaded = wait<Result<std::optional<ApiCredentials>>>(
        [&](QObject *c, auto done) { ApiCredentials::load(m_store, env, c, done); });
    QVERIFY(loaded && loaded.value());
    QCOMPARE(loaded.value()->clientId, u"client-1"_qs);
    QCOMPARE(loaded.value()->clientSecret, u"secret-1"_qs);
    QVERIFY(wait<Status>([&](QObject *c, auto done) { m_store.remove(ApiCredentials::keyFor(env), c, done); }));
    QCOMPARE(ApiCredentials::deserialize(u"{\"client_id\":\"x\"}"_qs).error().code, u"secrets.damaged"_qs);
}

void TestKeychainCredentialStore::callbacksComeExactlyOnce()
{
    // With a zero timeout the timer and the job race: whichever wins, one report per job.
    KeychainCredentialStore racy(u"CaseWatch-tests"_qs, 0);
    QObject context;
    int reads = 0, writes = 0, removes = 0;
    const QString key = uniqueKey();
    for (int i = 0; i < 5; ++i) {
        racy.read(key, &context, [&](auto) { ++reads; });
        racy.write(key, u"v"_qs, &context, [&](auto) { ++writes; });
        racy.remove(key, &context, [&](auto) { ++removes; });
    }
    QTRY_COMPARE(reads + writes + removes, 15);
    QTest::qWait(1500); // late job results must not report a second time
    QCOMPARE(reads, 5);
    QCOMPARE(writes, 5);
    QCOMPARE(removes, 5);
    QVERIFY(wait<Status>([&](QObject *c, auto done) { m_store.remove(key, c, done); }));
}

void TestKeychainCredentialStore::deadContextGetsNoCallback()
{
    int calls = 0;
    auto *context = new QObject;
    m_store.read(uniqueKey(), context, [&](auto) { ++calls; });
    delete context;
    QTest::qWait(1500);
    QCOMPARE(calls, 0);
}

void TestKeychainCredentialStore::lockedKeyringIsReportedAsLocked()
{
    // A keyring of its own, in a D-Bus session of its own: store, then restart the daemon with
    // the wrong password so that the "login" keyring stays locked.
    QTemporaryDir dir;
    const QString script = uR"(
        export XDG_DATA_HOME="$1/data" XDG_CONFIG_HOME="$1/config" XDG_RUNTIME_DIR="$1/run"
        mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
        echo -n right | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
        echo secret | "$2" --environment sandbox credentials set --client-id before-lock || exit 10
        echo -n wrong | gnome-keyring-daemon --replace --unlock --components=secrets >/dev/null 2>&1
        sleep 0.5
        echo "--- set"; echo secret2 | "$2" --environment sandbox credentials set --client-id after-lock; echo "rc=$?"
        echo "--- show"; "$2" --environment sandbox credentials show; echo "rc=$?"
        echo "--- clear"; "$2" --environment sandbox credentials clear; echo "rc=$?"
    )"_qs;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    // No display for the nested bus either: on a desktop the keyring would (rightly) open its
    // unlock prompt there and wait for a person.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_qs);
    env.remove(u"WAYLAND_DISPLAY"_qs);
    p.setProcessEnvironment(env);
    p.start(u"dbus-run-session"_qs,
            {u"--"_qs, u"sh"_qs, u"-c"_qs, script, u"sh"_qs, dir.path(), QStringLiteral(CASEWATCH_CLI)});
    QVERIFY(p.waitForFinished(120000));
    const QString out = QString::fromUtf8(p.readAll());
    QVERIFY2(p.exitCode() == 0, qPrintable(out));
    const QStringList parts = out.split(u"--- "_qs);
    QCOMPARE(parts.size(), 4);
    for (int i = 1; i <= 3; ++i) {
        QVERIFY2(parts[i].contains(u"The keyring is locked"), qPrintable(parts[i]));
        QVERIFY2(parts[i].contains(u"rc=2"), qPrintable(parts[i]));
    }
    QVERIFY(!out.contains(u"secret2"));
}

void TestKeychainCredentialStore::noKeyringServiceIsReported()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_qs, u"unix:path=/nonexistent/casewatch-no-bus"_qs);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CASEWATCH_CLI), {u"--environment"_qs, u"production"_qs, u"credentials"_qs, u"show"_qs});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(p.readAllStandardError().contains("No keyring service is running"), "");
}

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
