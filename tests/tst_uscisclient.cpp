#include "ClientHarness.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

using namespace cw;
using Fault = SandboxServer::Fault;

class TestUscisClient final : public QObject
{
    Q_OBJECT

private slots:
    void nestedShapeWithHistory();
    void flatShape();
    void withoutHistoryAndIoeWithoutDates();
    void transientFaultsAreRetried_data();
    void transientFaultsAreRetried();
    void retriesAreBounded();
    void retryAfterIsHonoured();
    void tooLongRetryAfterIsReported();
    void recoverableInvalidJson();
    void unrecoverableInvalidJsonIsPermanent();
    void errorShapes_data();
    void errorShapes();
    void unknownReceiptIsNoRecord();
    void emptyRecordIsNoRecord();
    void slowReplyTimesOut();
    void refusedConnection();
    void tokenIsCachedAndShared();
    void expiredTokenIsRefreshedOnce();
    void persistent401IsPermanent();
    void tokenExpiryMidRun();
    void expiresInAsNumber();
    void wrongCredentialsAreReported();
};

void TestUscisClient::nestedShapeWithHistory()
{
    test::ClientHarness h;
    const auto o = h.fetch(u"EAC9999103403");
    QVERIFY2(o.snapshot, o.error ? qPrintable(o.error->message) : "");
    QCOMPARE(o.httpStatus, 200);
    QCOMPARE(o.attempts, 1);
    QCOMPARE(o.snapshot->receiptNumber, u"EAC9999103403"_qs);
    QVERIFY(!o.snapshot->formType.isEmpty());
    QVERIFY(!o.snapshot->statusEn.isEmpty());
    QVERIFY(!o.snapshot->statusEs.isEmpty());
    QCOMPARE(o.snapshot->history.size(), 2);
    QVERIFY(!o.snapshot->history[0].date.isEmpty());
    QVERIFY(!o.snapshot->modifiedDate.isEmpty());
    QVERIFY(o.body.contains("case_status")); // raw body kept for the record
}

void TestUscisClient::flatShape()
{
    test::ClientHarness h;
    h.server.setShape(SandboxServer::Shape::Flat);
    h.server.advance(u"LIN9999106498"_qs);
    const auto o = h.fetch(u"LIN9999106498");
    QVERIFY(o.snapshot);
    QVERIFY(o.body.contains("historicalCaseStatuses"));
    QCOMPARE(o.snapshot->history.size(), 3);
    QVERIFY(!o.snapshot->statusEn.isEmpty());
}

void TestUscisClient::withoutHistoryAndIoeWithoutDates()
{
    test::ClientHarness h;
    h.server.advance(u"EAC9999103402"_qs, 2);
    const auto noHistory = h.fetch(u"EAC9999103402");
    QVERIFY(noHistory.snapshot);
    QVERIFY(noHistory.body.contains("\"hist_case_status\":null"));
    QVERIFY(noHistory.snapshot->history.isEmpty());
    const auto ioe = h.fetch(u"IOE9999000001");
    QVERIFY(ioe.snapshot);
    QVERIFY(ioe.snapshot->submittedDate.isEmpty());
    QVERIFY(ioe.snapshot->modifiedDate.isEmpty());
}

void TestUscisClient::transientFaultsAreRetried_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("times");
    QTest::newRow("503") << Fault::ServerError << 2;
    QTest::newRow("429 without Retry-After") << Fault::RateLimited << 1;
    QTest::newRow("truncated body") << Fault::Truncated << 2;
    QTest::newRow("proxy HTML page") << Fault::HtmlPage << 1;
    QTest::newRow("dropped connection") << Fault::DropConnection << 2;
}

void TestUscisClient::transientFaultsAreRetried()
{
    QFETCH(Fault, fault);
    QFETCH(int, times);
    test::ClientHarness h;
    h.server.injectFault(fault, times);
    const auto o = h.fetch(u"SRC9999102777");
    QVERIFY2(o.snapshot, o.error ? qPrintable(o.error->code) : "");
    QCOMPARE(h.server.stats().caseRequests, times + 1);
    // Qt itself re-sends a GET once when a kept-alive connection drops, so that one needs
    // fewer of our own attempts.
    if (fault != Fault::DropConnection)
        QCOMPARE(o.attempts, times + 1);
    else
        QVERIFY(o.attempts >= 2 && o.attempts <= times + 1);
}

void TestUscisClient::retriesAreBounded()
{
    test::ClientHarness h;
    h.server.injectFault(Fault::ServerError, 10);
    const auto o = h.fetch(u"SRC9999102777");
    QVERIFY(!o.snapshot);
    QCOMPARE(o.error->code, u"uscis.server_error"_qs);
    QVERIFY(o.error->transient);
    QCOMPARE(o.error->httpStatus, 503);
    QVERIFY(o.error->message.contains(u"temporarily unavailable")); // USCIS's own words
    QCOMPARE(o.attempts, 3);
    QCOMPARE(h.server.stats().caseRequests, 3);
}

void TestUscisClient::retryAfterIsHonoured()
{
    test::ClientHarness h;
    h.server.injectFault(Fault::RateLimited, 1, {}, 1); // Retry-After: 1
    QElapsedTimer clock;
    clock.start();
    const auto o = h.fetch(u"EAC9999103404");
    QVERIFY(o.snapshot);
    QCOMPARE(o.attempts, 2);
    QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
    const auto &times = h.server.stats().arrivedAtMs;
    QCOMPARE(times.size(), 2);
    QVERIFY(times[1] - times[0] >= 950);
}

void TestUscisClient::tooLongRetryAfterIsReported()
{
    UscisClient::Options options = test::ClientHarness::fastOptions();
    options.maxRetryAfterMs = 500;
    test::ClientHarness h(options);
    h.server.injectFault(Fault::RateLimited, 1, {}, 120);
    const auto o = h.fetch(u"EAC9999103404");
    QCOMPARE(o.error->code, u"uscis.rate_limited"_qs);
    QCOMPARE(o.error->retryAfterMs, 120000);
    QCOMPARE(o.attempts, 1);
}

void TestUscisClient::recoverableInvalidJson()
{
    test::ClientHarness h;
    h.server.injectFault(Fault::InvalidJson);
    const auto o = h.fetch(u"EAC9999103405");
    QVERIFY2(o.snapshot, o.error ? qPrintable(o.error->code) : "");
    QVERIFY(o.snapshot->recovered);
    QVERIFY(o.snapshot->descriptionEn.contains(u"<a href=\""));
    QCOMPARE(o.attempts, 1);
}

void TestUscisClient::unrecoverableInvalidJsonIsPermanent()
{
    test::ClientHarness h;
    h.server.injectFault(Fault::AmbiguousJson);
    const auto o = h.fetch(u"EAC9999103405");
    QCOMPARE(o.error->code, u"uscis.unreadable"_qs);
    QVERIFY(!o.error->transient);
    QCOMPARE(o.attempts, 1);
    QVERIFY(!o.error->message.contains(u"approved"));
}

void TestUscisClient::errorShapes_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::newRow("code+message") << Fault::ErrorCodeMessage;
    QTest::newRow("nested error") << Fault::ErrorNested;
    QTest::newRow("errors array") << Fault::ErrorArray;
    QTest::newRow("apigee fault") << Fault::ErrorFault;
}

void TestUscisClient::errorShapes()
{
    QFETCH(Fault, fault);
    test::ClientHarness h;
    h.server.injectFault(fault);
    const auto o = h.fetch(u"EAC9999103403");
    QCOMPARE(o.httpStatus, 404);
    QCOMPARE(o.error->code, u"uscis.not_found"_qs);
    QVERIFY(!o.error->transient);
    QVERIFY(o.error->message.contains(u"no record"));
    QVERIFY(o.error->message.contains(u"The receipt number entered is not found")); // USCIS's message shown
    QCOMPARE(o.attempts, 1);
}

void TestUscisClient::unknownReceiptIsNoRecord()
{
    test::ClientHarness h;
    const auto o = h.fetch(u"WAC2190012345");
    QCOMPARE(o.error->code, u"uscis.not_found"_qs);
    QVERIFY(!o.error->message.contains(u"invalid", Qt::CaseInsensitive));
}

void TestUscisClient::emptyRecordIsNoRecord()
{
    test::ClientHarness h;
    h.server.injectFault(Fault::EmptyRecord);
    const auto o = h.fetch(u"EAC9999103403");
    QCOMPARE(o.httpStatus, 200);
    QCOMPARE(o.error->code, u"uscis.not_found"_qs);
}

void TestUscisClient::slowReplyTimesOut()
{
    UscisClient::Options options = test::ClientHarness::fastOptions();
    options.timeoutMs = 300;
    options.maxAttempts = 2;
    test::ClientHarness h(options);
    h.server.injectFault(Fault::Slow, 1, {}, 2000);
    const auto o = h.fetch(u"EAC9999103403");
    QVERIFY2(o.snapshot, o.error ? qPrintable(o.error->code) : ""); // the second try is fast
    QCOMPARE(o.attempts, 2);

    h.server.injectFault(Fault::Slow, 2, {}, 2000);
    const auto slow = h.fetch(u"EAC9999103403");
    QCOMPARE(slow.error->code, u"uscis.timeout"_qs);
    QVERIFY(slow.error->transient);
}

void TestUscisClient::refusedConnection()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QNetworkAccessManager network;
    TokenProvider tokens(network, QUrl(QStringLiteral("http://127.0.0.1:%1/oauth/accesstoken").arg(port)),
                         [](QObject *, auto done) { done(SandboxServer::demoCredentials()); });
    UscisClient client(network, tokens, QUrl(QStringLiteral("http://127.0.0.1:%1/case-status").arg(port)),
                       test::ClientHarness::fastOptions());
    std::optional<UscisClient::Outcome> out;
    client.fetch(ReceiptNumber::parse(u"EAC9999103403").value(), [&](UscisClient::Outcome o) { out = o; });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
    QCOMPARE(out->error->code, u"uscis.token_network"_qs);
    QVERIFY(out->error->transient);
    QVERIFY(out->error->message.contains(u"Could not reach"));
    QCOMPARE(out->attempts, 3);
}

void TestUscisClient::tokenIsCachedAndShared()
{
    test::ClientHarness h;
    std::vector<std::optional<UscisClient::Outcome>> outs(5);
    for (int i = 0; i < 5; ++i)
        h.client->fetch(ReceiptNumber::parse(u"SRC9999102778").value(),
                        [&outs, i](UscisClient::Outcome o) { outs[size_t(i)] = o; });
    QTRY_VERIFY(std::all_of(outs.begin(), outs.end(), [](const auto &o) { return o.has_value(); }));
    for (const auto &o : outs)
        QVERIFY(o->snapshot);
    QCOMPARE(h.server.stats().tokenRequests, 1); // five requests waited for one token
    h.fetch(u"SRC9999102778");
    QCOMPARE(h.server.stats().tokenRequests, 1);
    QCOMPARE(h.tokens->fetchCount(), 1);
}

void TestUscisClient::expiredTokenIsRefreshedOnce()
{
    test::ClientHarness h;
    QVERIFY(h.fetch(u"EAC9999103403").snapshot);
    h.server.expireAllTokens(); // the server forgets the token before its announced expiry
    const auto o = h.fetch(u"EAC9999103403");
    QVERIFY(o.snapshot);
    QCOMPARE(o.attempts, 1);
    QCOMPARE(h.server.stats().tokenRequests, 2);
}

void TestUscisClient::persistent401IsPermanent()
{
    test::ClientHarness h;
    h.server.injectFault(Fault::ExpiredToken, 2);
    const auto o = h.fetch(u"EAC9999103403");
    QCOMPARE(o.error->code, u"uscis.unauthorized"_qs);
    QVERIFY(!o.error->transient);
    QVERIFY(o.error->message.contains(u"credentials"));
    QCOMPARE(h.server.stats().tokenRequests, 2); // one refresh, not more
}

void TestUscisClient::tokenExpiryMidRun()
{
    test::ClientHarness h;
    h.server.setTokenLifetimeSeconds(2);
    int ok = 0;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 4500) {
        const auto o = h.fetch(u"SRC9999102779");
        QVERIFY2(o.snapshot, o.error ? qPrintable(o.error->code) : "");
        ++ok;
        QTest::qWait(250);
    }
    QVERIFY(ok >= 10);
    QVERIFY2(h.server.stats().tokenRequests >= 3, qPrintable(QString::number(h.server.stats().tokenRequests)));
    QCOMPARE(h.server.stats().caseRequests, ok); // renewed ahead of expiry: no 401 round-trips
}

void TestUscisClient::expiresInAsNumber()
{
    test::ClientHarness h;
    h.server.setExpiresInAsNumber(true);
    h.server.setTokenLifetimeSeconds(1799);
    QVERIFY(h.fetch(u"EAC9999103403").snapshot);
    QVERIFY(h.fetch(u"EAC9999103404").snapshot);
    QCOMPARE(h.server.stats().tokenRequests, 1);
}

void TestUscisClient::wrongCredentialsAreReported()
{
    test::ClientHarness h;
    h.credentials.clientSecret = u"not-the-secret"_qs;
    const auto o = h.fetch(u"EAC9999103403");
    QCOMPARE(o.error->code, u"uscis.credentials_rejected"_qs);
    QVERIFY(!o.error->transient);
    QVERIFY(o.error->message.contains(u"HTTP 401"));
    QVERIFY(o.error->message.contains(u"ClientId is Invalid"));
    QVERIFY(!o.error->message.contains(u"not-the-secret"));
    QCOMPARE(h.server.stats().caseRequests, 0);
    QCOMPARE(o.attempts, 0);
}

QTEST_GUILESS_MAIN(TestUscisClient)
#include "tst_uscisclient.moc"
