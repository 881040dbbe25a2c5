// The webhook path end to end: events queued in the outbox, POSTed with a signature to a real
// receiver process over loopback that verifies it, fails the first attempts, is killed and
// started again — and every event arrives exactly once.
#include "PollerHarness.h"
#include "TestSupport.h"
#include "WebhookReceiver.h"

#include "domain/Clock.h"
#include "storage/CaseStore.h"
#include "storage/ProfileStore.h"
#include "storage/SqlValues.h"
#include "webhook/FirmWebhook.h"
#include "webhook/WebhookDispatcher.h"
#include "webhook/WebhookOutbox.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace cw;
using cw::test::kSecret;
using cw::test::Receiver;

namespace {

WebhookOptions fastOptions()
{
    WebhookOptions o;
    o.timeoutMs = 5000;
    o.baseBackoffMs = 40;
    o.maxBackoffMs = 300;
    o.pauseAfterFailures = 1000;
    o.idleCheckMs = 200;
    return o;
}

} // namespace

class TestWebhookDispatcher final : public QObject
{
    Q_OBJECT

private slots:
    void signatureIsHmacSha256OfTimestampDotBody();
    void endpointMustBeHttpsOrLoopback();
    void onlyStatusChangesAfterSwitchingOnAreQueued();
    void failuresRestartsAndRedeliveryLoseAndDuplicateNothing();
    void pausesAfterRepeatedFailuresUntilResumed();
    void wrongSecretIsRefusedByTheReceiver();
    void firmsEndpointAndSecretGovernEveryDesktop();
    void testEventIsSignedAndNotQueued();
    void approvalReachedByPollingIsDelivered();
    void commandLineSetsTestsDeliversAndClears();

private:
    struct Fixture
    {
        test::TempDatabase t;
        qint64 caseId = 0;
        Fixture()
        {
            const qint64 profileId =
                ProfileStore(*t.db).add(test::profile(ProfileKind::Petitioner, u"Acme Robotics"_qs))->id;
            caseId = CaseStore(*t.db)
                         .add(profileId, {ReceiptNumber::parse(u"IOE0912345678").value(), u"I-129"_qs, u"H-1B"_qs})
                         ->id;
        }
        void event(const QString &kind, const QString &previous, const QString &category, const QString &text) const
        {
            QVERIFY(execSql(*t.db,
                            u"INSERT INTO status_events (case_id, occurred_at, previous_category, category, status_en, "
                            "status_es, event_kind) VALUES (?, ?, ?, ?, ?, ?, ?)"_qs,
                            {caseId, sql::now(), previous, category, text, u"Caso aprobado"_qs, kind}));
        }
        int pending() const { return WebhookOutbox(*t.db).stats()->pending; }
        int delivered() const { return WebhookOutbox(*t.db).stats()->delivered; }
    };
    SystemClock m_clock;
};

void TestWebhookDispatcher::signatureIsHmacSha256OfTimestampDotBody()
{
    // Reference value computed independently: HMAC-SHA256(key "Jefe", "1700000000.{\"a\":1}").
    QCOMPARE(WebhookDispatcher::signature("Jefe", 1700000000, R"({"a":1})"),
             QByteArray("fa5f6481efc59da48b19c9dc10196c9953e5651f8304b3a318b6b87d70272e0a"));
    QVERIFY(WebhookDispatcher::signature("Jefe", 1700000001, R"({"a":1})")
            != WebhookDispatcher::signature("Jefe", 1700000000, R"({"a":1})"));
}

void TestWebhookDispatcher::endpointMustBeHttpsOrLoopback()
{
    QVERIFY(WebhookDispatcher::validateEndpoint(QUrl(u"https://crm.example.com/hooks/casewatch"_qs)));
    QVERIFY(WebhookDispatcher::validateEndpoint(QUrl(u"http://127.0.0.1:8080/hook"_qs)));
    QVERIFY(WebhookDispatcher::validateEndpoint(QUrl(u"http://localhost/hook"_qs)));
    const Status insecure = WebhookDispatcher::validateEndpoint(QUrl(u"http://crm.example.com/hook"_qs));
    QVERIFY(!insecure);
    QCOMPARE(insecure.error().code, u"webhook.insecure_url"_qs);
    QVERIFY(insecure.error().message.contains(u"https"));
    QCOMPARE(WebhookDispatcher::validateEndpoint(QUrl(u"ftp://crm.example.com/"_qs)).error().code, u"webhook.url"_qs);
    QCOMPARE(WebhookDispatcher::validateEndpoint(QUrl(u"crm"_qs)).error().code, u"webhook.url"_qs);
    // A secret in the address's query never reaches the message.
    const Status bad = WebhookDispatcher::validateEndpoint(QUrl(u"gopher://x/?token=abc123"_qs));
    QVERIFY(!bad.error().message.contains(u"abc123"));

    Fixture f;
    WebhookDispatcher d(*f.t.db, m_clock);
    QCOMPARE(d.configure(QUrl(u"https://crm.example.com/h"_qs), {}).error().code, u"webhook.no_secret"_qs);
    QVERIFY(!d.isConfigured());
}

void TestWebhookDispatcher::onlyStatusChangesAfterSwitchingOnAreQueued()
{
    Fixture f;
    f.event(u"status"_qs, u"RECEIVED"_qs, u"RFE_ISSUED"_qs, u"Request for Evidence Was Sent"_qs);
    const WebhookOutbox outbox(*f.t.db);
    QCOMPARE(outbox.enqueueNew(QDateTime::currentDateTimeUtc()).value(), 0); // the past is not replayed
    f.event(u"initial"_qs, {}, u"RECEIVED"_qs, u"Case Was Received"_qs);
    f.event(u"date_only"_qs, u"RFE_ISSUED"_qs, u"RFE_ISSUED"_qs, u"Request for Evidence Was Sent"_qs);
    f.event(u"status"_qs, u"RFE_RECEIVED"_qs, u"APPROVED"_qs, u"Case Was Approved"_qs);
    QCOMPARE(outbox.enqueueNew(QDateTime::currentDateTimeUtc()).value(), 1);
    QCOMPARE(outbox.enqueueNew(QDateTime::currentDateTimeUtc()).value(), 0); // once per event
    QCOMPARE(f.pending(), 1);

    auto claim = outbox.claimNext(QDateTime::currentDateTimeUtc(), 60);
    QVERIFY(claim && claim->has_value() && claim->value().claimed);
    const QJsonObject o = QJsonDocument::fromJson(claim->value().item.payload).object();
    QCOMPARE(o.value(u"event_type").toString(), u"case.status.changed"_qs);
    QCOMPARE(o.value(u"event_id").toString(), claim->value().item.eventId);
    QCOMPARE(o.value(u"receipt_number").toString(), u"IOE0912345678"_qs);
    QCOMPARE(o.value(u"status_category").toString(), u"APPROVED"_qs);
    QCOMPARE(o.value(u"status_text").toString(), u"Case Was Approved"_qs);
    QCOMPARE(o.value(u"previous_category").toString(), u"RFE_RECEIVED"_qs);
    QVERIFY(QDateTime::fromString(o.value(u"occurred_at").toString(), Qt::ISODate).isValid());
    const QJsonObject meta = o.value(u"metadata").toObject();
    QCOMPARE(meta.value(u"form_type").toString(), u"I-129"_qs);
    QCOMPARE(meta.value(u"profile_name").toString(), u"Acme Robotics"_qs);
    QCOMPARE(meta.value(u"status_text_es").toString(), u"Caso aprobado"_qs);

    // A claimed event is not handed to a second sender (another desktop) while its lease runs.
    auto second = outbox.claimNext(QDateTime::currentDateTimeUtc(), 60);
    QVERIFY(second && second->has_value() && !second->value().claimed);
}

void TestWebhookDispatcher::failuresRestartsAndRedeliveryLoseAndDuplicateNothing()
{
    Fixture f;
    QTemporaryDir dir;
    Receiver receiver(dir.filePath(u"received.jsonl"_qs));
    QVERIFY(receiver.start(/*failFirst*/ 3));

    auto dispatcher = std::make_unique<WebhookDispatcher>(*f.t.db, m_clock, fastOptions());
    QVERIFY(dispatcher->configure(receiver.url(), kSecret));
    dispatcher->start(); // sets the starting point: nothing queued yet
    const QStringList first{u"RFE_ISSUED"_qs, u"RFE_RECEIVED"_qs, u"APPROVED"_qs, u"CARD_PRODUCED"_qs};
    for (const QString &c : first)
        f.event(u"status"_qs, u"RECEIVED"_qs, c, c);
    QSignalSpy delivered(dispatcher.get(), &WebhookDispatcher::delivered);
    QSignalSpy failed(dispatcher.get(), &WebhookDispatcher::attemptFailed);
    dispatcher->kick();
    QTRY_VERIFY_WITH_TIMEOUT(delivered.size() >= 2, 20000);
    QVERIFY(failed.size() >= 3); // the receiver's three 503s were retried
    QVERIFY(failed.first().at(1).toString().contains(u"503"));

    QStringList acknowledged;
    for (const auto &args : delivered)
        acknowledged << args.at(0).toString();

    // CaseWatch quits with events still waiting (as the app does on quit: the delivery in the air
    // may finish), the receiver dies, more events arrive meanwhile.
    if (QNetworkReply *inFlight = dispatcher->stopKeepingDelivery()) {
        QSignalSpy finished(inFlight, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
    }
    for (const auto &args : delivered) {
        if (!acknowledged.contains(args.at(0).toString()))
            acknowledged << args.at(0).toString();
    }
    dispatcher.reset();
    receiver.kill();
    const QStringList second{u"CARD_MAILED"_qs, u"CARD_DELIVERED"_qs, u"DENIED"_qs};
    for (const QString &c : second)
        f.event(u"status"_qs, u"RECEIVED"_qs, c, c);

    // CaseWatch starts again before the receiver does: attempts fail, nothing is lost.
    dispatcher = std::make_unique<WebhookDispatcher>(*f.t.db, m_clock, fastOptions());
    QVERIFY(dispatcher->configure(receiver.url(), kSecret));
    QSignalSpy failedAgain(dispatcher.get(), &WebhookDispatcher::attemptFailed);
    dispatcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(failedAgain.size() >= 2, 20000);
    QVERIFY(failedAgain.first().at(1).toString().contains(u"refused"));
    QVERIFY(f.pending() > 0);

    QVERIFY(receiver.start(/*failFirst*/ 2)); // same port, a new process
    QTRY_COMPARE_WITH_TIMEOUT(f.pending(), 0, 30000);
    QCOMPARE(f.delivered(), 7);

    // Every event arrived exactly once, in the order it happened, with every signature verified
    // by the receiver.
    const QList<QJsonObject> accepted = receiver.accepted();
    QStringList categories;
    QHash<QString, int> timesSeen;
    for (const QJsonObject &r : accepted) {
        const QString id = r.value(u"event_id").toString();
        if (timesSeen[id]++ == 0)
            categories << QJsonDocument::fromJson(r.value(u"body").toString().toUtf8())
                              .object()
                              .value(u"status_category")
                              .toString();
    }
    QCOMPARE(timesSeen.size(), 7);
    QCOMPARE(categories, first + second);
    QCOMPARE(accepted.size(), 7);
    for (const QString &id : acknowledged)
        QCOMPARE(timesSeen.value(id), 1);
    for (const QJsonObject &r : receiver.requests())
        QVERIFY2(r.value(u"answer").toInt() != 401, "a request failed signature verification");

    // Nothing is sent again once acknowledged, however often the dispatcher looks.
    const int requestsBefore = int(receiver.requests().size());
    dispatcher->kick();
    QTest::qWait(600);
    QCOMPARE(receiver.requests().size(), requestsBefore);
}

void TestWebhookDispatcher::pausesAfterRepeatedFailuresUntilResumed()
{
    Fixture f;
    QTemporaryDir dir;
    Receiver receiver(dir.filePath(u"received.jsonl"_qs));
    QVERIFY(receiver.start(/*failFirst*/ 1000));
    WebhookOptions options = fastOptions();
    options.pauseAfterFailures = 3;
    options.probeIntervalMs = 60000;
    auto dispatcher = std::make_unique<WebhookDispatcher>(*f.t.db, m_clock, options);
    QVERIFY(dispatcher->configure(receiver.url(), kSecret));
    dispatcher->start();
    f.event(u"status"_qs, u"RFE_RECEIVED"_qs, u"APPROVED"_qs, u"Case Was Approved"_qs);
    dispatcher->kick();
    QTRY_VERIFY_WITH_TIMEOUT(dispatcher->state().paused, 20000);
    const WebhookState paused = dispatcher->state();
    QVERIFY2(paused.pauseReason.contains(u"503"), qPrintable(paused.pauseReason));
    QCOMPARE(paused.pending, 1);
    QTest::qWait(800); // paused: no more attempts until the probe is due (a minute here)
    QCOMPARE(receiver.requests().size(), 3);

    // The pause is in the database: a restarted CaseWatch still waits, and says why.
    dispatcher = std::make_unique<WebhookDispatcher>(*f.t.db, m_clock, options);
    QVERIFY(dispatcher->configure(receiver.url(), kSecret));
    dispatcher->start();
    QVERIFY(dispatcher->state().paused);
    QTest::qWait(500);
    QCOMPARE(receiver.requests().size(), 3);

    receiver.kill();
    QVERIFY(receiver.start(/*failFirst*/ 0));
    QVERIFY(dispatcher->resume()); // "Resume delivery" in Settings
    QTRY_COMPARE_WITH_TIMEOUT(f.delivered(), 1, 10000);
    QVERIFY(!dispatcher->state().paused);
    QCOMPARE(receiver.accepted().size(), 1);
}

void TestWebhookDispatcher::wrongSecretIsRefusedByTheReceiver()
{
    Fixture f;
    QTemporaryDir dir;
    Receiver receiver(dir.filePath(u"received.jsonl"_qs));
    QVERIFY(receiver.start(0, u"the-receivers-secret"_qs));
    WebhookDispatcher d(*f.t.db, m_clock, fastOptions());
    QVERIFY(d.configure(receiver.url(), u"another-secret"_qs));
    QSignalSpy failed(&d, &WebhookDispatcher::attemptFailed);
    d.start();
    f.event(u"status"_qs, u"RFE_RECEIVED"_qs, u"APPROVED"_qs, u"Case Was Approved"_qs);
    d.kick();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
    QVERIFY2(failed.first().at(1).toString().contains(u"401"), qPrintable(failed.first().at(1).toString()));
    QCOMPARE(f.delivered(), 0);
    QCOMPARE(f.pending(), 1);
}

void TestWebhookDispatcher::firmsEndpointAndSecretGovernEveryDesktop()
{
    // Two desktops on one database: one was told an old test address, the other has a wrong secret.
    Fixture f;
    QTemporaryDir dir;
    Receiver firms(dir.filePath(u"firm.jsonl"_qs));
    Receiver stale(dir.filePath(u"stale.jsonl"_qs));
    QVERIFY(firms.start(0));
    QVERIFY(stale.start(0));
    QVERIFY(FirmWebhook::save(*f.t.db, firms.url(), true, kSecret));
    auto stored = FirmWebhook::load(*f.t.db);
    QVERIFY(stored && stored->has_value());
    QVERIFY(!stored->value().fingerprint.contains(kSecret)); // a fingerprint, not the secret
    QVERIFY(FirmWebhook::matches(stored->value().fingerprint, kSecret));
    QVERIFY(!FirmWebhook::matches(stored->value().fingerprint, u"another-secret-of-16+"_qs));

    WebhookDispatcher wrongSecret(*f.t.db, m_clock, fastOptions());
    QVERIFY(wrongSecret.configure(firms.url(), u"another-secret-of-16+"_qs));
    wrongSecret.start();
    f.event(u"status"_qs, u"RFE_RECEIVED"_qs, u"APPROVED"_qs, u"Case Was Approved"_qs);
    wrongSecret.kick();
    QTRY_VERIFY_WITH_TIMEOUT(wrongSecret.state().paused, 5000);
    QVERIFY(wrongSecret.state().pauseReason.contains(u"not the firm's"_qs));
    QTest::qWait(300);
    QCOMPARE(f.delivered(), 0); // it took nothing,
    QVERIFY(!WebhookOutbox(*f.t.db).stats()->pausedAt.isValid()); // and paused nothing for the others
    QCOMPARE(firms.accepted().size(), 0);

    WebhookDispatcher staleAddress(*f.t.db, m_clock, fastOptions());
    QVERIFY(staleAddress.configure(stale.url(), kSecret));
    staleAddress.start();
    staleAddress.kick();
    QTRY_COMPARE_WITH_TIMEOUT(f.delivered(), 1, 10000);
    QCOMPARE(firms.accepted().size(), 1); // the firm's address, not the one it was told
    QCOMPARE(stale.accepted().size(), 0);

    // Switched off for the firm: nobody sends.
    QVERIFY(FirmWebhook::save(*f.t.db, firms.url(), false, {}));
    f.event(u"status"_qs, u"APPROVED"_qs, u"CARD_PRODUCED"_qs, u"Card Was Produced"_qs);
    staleAddress.kick();
    QTRY_VERIFY_WITH_TIMEOUT(staleAddress.state().paused, 5000);
    QCOMPARE(f.delivered(), 1);
}

void TestWebhookDispatcher::testEventIsSignedAndNotQueued()
{
    Fixture f;
    QTemporaryDir dir;
    Receiver receiver(dir.filePath(u"received.jsonl"_qs));
    QVERIFY(receiver.start(0));
    WebhookDispatcher d(*f.t.db, m_clock, fastOptions());
    QSignalSpy finished(&d, &WebhookDispatcher::testFinished);
    d.sendTest();
    QCOMPARE(finished.size(), 1); // not configured yet: says so at once
    QCOMPARE(finished.takeFirst().at(0).toBool(), false);

    QVERIFY(d.configure(receiver.url(), kSecret));
    d.sendTest();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(finished.first().at(1).toString().contains(u"200"));
    QCOMPARE(receiver.accepted().size(), 1);
    QCOMPARE(receiver.accepted().first().value(u"event_type").toString(), u"webhook.test"_qs);
    QCOMPARE(f.pending() + f.delivered(), 0);

    receiver.kill();
    d.sendTest();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY(finished.last().at(1).toString().contains(u"refused"));
}

void TestWebhookDispatcher::approvalReachedByPollingIsDelivered()
{
    test::PollerHarness h(20);
    QVERIFY(CaseStore(*h.t.db).add(h.profileId, {ReceiptNumber::parse(u"EAC9999103403").value(), {}, {}}));
    QTemporaryDir dir;
    Receiver receiver(dir.filePath(u"received.jsonl"_qs));
    QVERIFY(receiver.start(1));
    WebhookDispatcher d(*h.t.db, m_clock, fastOptions());
    QVERIFY(d.configure(receiver.url(), kSecret));
    d.start();
    h.cycle(); // RFE issued: the first answer for a new case, not a change
    for (int step = 0; step < 2; ++step) { // response received, then approved
        h.server.advance(u"EAC9999103403"_qs);
        h.makeAllDue();
        h.cycle();
    }
    d.kick();
    QTRY_COMPARE_WITH_TIMEOUT(receiver.accepted().size(), 2, 15000);
    const QJsonObject approved =
        QJsonDocument::fromJson(receiver.accepted().last().value(u"body").toString().toUtf8()).object();
    QCOMPARE(approved.value(u"receipt_number").toString(), u"EAC9999103403"_qs);
    QCOMPARE(approved.value(u"status_category").toString(), u"APPROVED"_qs);
    QCOMPARE(approved.value(u"previous_category").toString(), u"RFE_RECEIVED"_qs);
    QCOMPARE(approved.value(u"metadata").toObject().value(u"profile_name").toString(), u"Maria"_qs);
}

void TestWebhookDispatcher::commandLineSetsTestsDeliversAndClears()
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(u"cli.sqlite"_qs);
    auto cli = [&](const QStringList &args, const QByteArray &input = {}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_qs, dir.filePath(u"data"_qs));
        env.insert(u"XDG_CONFIG_HOME"_qs, dir.filePath(u"config"_qs));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CASEWATCH_CLI), QStringList{u"--db"_qs, dbPath} + args);
        p.waitForStarted();
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(30000);
        return std::tuple{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    };
    Receiver receiver(dir.filePath(u"received.jsonl"_qs));
    QVERIFY(receiver.start(0));

    auto [insecure, o1, e1] =
        cli({u"webhook"_qs, u"set"_qs, u"--url"_qs, u"http://crm.example.com/hook"_qs}, kSecret.toUtf8());
    QCOMPARE(insecure, 2);
    QVERIFY(e1.contains("https"));
    auto [shortSecret, o2, e2] = cli({u"webhook"_qs, u"set"_qs, u"--url"_qs, receiver.url().toString()}, "short\n");
    QCOMPARE(shortSecret, 2);
    auto [set, o3, e3] =
        cli({u"webhook"_qs, u"set"_qs, u"--url"_qs, receiver.url().toString()}, kSecret.toUtf8() + '\n');
    QVERIFY2(set == 0, e3.constData());
    auto [shown, showOut, e4] = cli({u"--json"_qs, u"webhook"_qs, u"show"_qs});
    QCOMPARE(shown, 0);
    const QJsonObject show = QJsonDocument::fromJson(showOut).object();
    QCOMPARE(show.value(u"url").toString(), receiver.url().toString());
    QCOMPARE(show.value(u"secret_stored").toBool(), true);
    QCOMPARE(show.value(u"pending").toInt(), 0);
    QVERIFY(!showOut.contains(kSecret.toUtf8()));

    auto [tested, testOut, e5] = cli({u"webhook"_qs, u"test"_qs});
    QVERIFY2(tested == 0, e5.constData());
    QCOMPARE(receiver.accepted().size(), 1);

    { // a status change recorded by a poll
        auto db = Database::openSqlite(dbPath);
        QVERIFY(db);
        const qint64 profileId = ProfileStore(*db.value()).add(test::profile(ProfileKind::Applicant, u"Ana"_qs))->id;
        const qint64 caseId =
            CaseStore(*db.value()).add(profileId, {ReceiptNumber::parse(u"LIN9999106498").value(), {}, {}})->id;
        QVERIFY(execSql(
            *db.value(),
            u"INSERT INTO status_events (case_id, occurred_at, previous_category, category, status_en, event_kind) "
            "VALUES (?, ?, 'IN_REVIEW', 'RFE_ISSUED', 'Request for Evidence Was Sent', 'status')"_qs,
            {caseId, sql::now()}));
    }
    auto [deliveredRc, deliverOut, e6] = cli({u"--json"_qs, u"webhook"_qs, u"deliver"_qs});
    QVERIFY2(deliveredRc == 0, e6.constData());
    const QJsonObject deliver = QJsonDocument::fromJson(deliverOut).object();
    QCOMPARE(deliver.value(u"sent").toInt(), 1);
    QCOMPARE(deliver.value(u"pending").toInt(), 0);
    QCOMPARE(receiver.accepted().size(), 2);
    QVERIFY(receiver.accepted().last().value(u"body").toString().contains(u"LIN9999106498"));

    // The secret is in the keychain only: not in the settings file, not in the database.
    QDirIterator files(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        if (f.fileName().endsWith(u".jsonl") || !f.open(QIODevice::ReadOnly))
            continue;
        QVERIFY2(!f.readAll().contains(kSecret.toUtf8()), qPrintable(f.fileName()));
    }

    auto [cleared, o7, e7] = cli({u"webhook"_qs, u"clear"_qs});
    QCOMPARE(cleared, 0);
    auto [shownAfter, afterOut, e8] = cli({u"--json"_qs, u"webhook"_qs, u"show"_qs});
    QCOMPARE(QJsonDocument::fromJson(afterOut).object().value(u"secret_stored").toBool(), false);
    QCOMPARE(QJsonDocument::fromJson(afterOut).object().value(u"enabled").toBool(), false);
    auto [deliverCleared, o9, e9] = cli({u"webhook"_qs, u"deliver"_qs});
    QCOMPARE(deliverCleared, 2);
    QVERIFY(e9.contains("webhook set"));
}

QTEST_GUILESS_MAIN(TestWebhookDispatcher)
#include "tst_webhookdispatcher.moc"
