#include "sandbox/SandboxServer.h"
#include "uscis/TokenProvider.h"
#include "uscis/UscisClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace cw;

// No credentials across a redirect: a 3xx from the token or the case endpoint is an error that
// names where it pointed, and nothing reaches that address. And Retry-After read safely.
class TestRedirects final : public QObject
{
    Q_OBJECT

private slots:
    void tokenEndpointRedirectIsNotFollowed();
    void caseEndpointRedirectIsNotFollowed();
    void retryAfter_data();
    void retryAfter();
};

namespace {

// A loopback HTTP server that answers every request with one fixed response and keeps what it
// received.
class RecordingServer final : public QObject
{
public:
    explicit RecordingServer(QByteArray response) : m_response(std::move(response))
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    received += s->readAll();
                    if (received.contains("\r\n\r\n") && !m_answered.contains(s)) {
                        m_answered << s;
                        s->write(m_response);
                        s->disconnectFromHost();
                    }
                });
            }
        });
    }
    QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_qs.arg(m_server.serverPort()).arg(path));
    }
    QByteArray received;

private:
    QTcpServer m_server;
    QByteArray m_response;
    QList<QTcpSocket *> m_answered;
};

QByteArray redirectTo(const QUrl &target)
{
    return "HTTP/1.1 307 Temporary Redirect\r\nLocation: " + target.toEncoded()
           + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}

} // namespace

void TestRedirects::tokenEndpointRedirectIsNotFollowed()
{
    RecordingServer elsewhere("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
    RecordingServer redirector(redirectTo(elsewhere.url(u"/steal"_qs)));
    QNetworkAccessManager network;
    TokenProvider tokens(network, redirector.url(u"/oauth/accesstoken"_qs),
                         [](QObject *, auto done) { done(SandboxServer::demoCredentials()); });
    std::optional<Result<QString>> token;
    tokens.token([&](Result<QString> t) { token = std::move(t); });
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 10000);
    QVERIFY(!token->ok());
    QCOMPARE(token->error().code, u"uscis.token_redirect"_qs);
    QVERIFY2(token->error().message.contains(u"127.0.0.1"), qPrintable(token->error().message));
    QVERIFY(redirector.received.contains("client_secret")); // the one request made, to the address configured
    QTest::qWait(200);
    QVERIFY(elsewhere.received.isEmpty()); // nothing, let alone the secret, went on
}

void TestRedirects::caseEndpointRedirectIsNotFollowed()
{
    SandboxServer uscis; // signs in for real; only the case endpoint redirects
    QVERIFY(uscis.start());
    RecordingServer elsewhere("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
    RecordingServer redirector(redirectTo(elsewhere.url(u"/case-status/EAC9999103403"_qs)));
    QNetworkAccessManager network;
    TokenProvider tokens(network, uscis.rootUrl().resolved(QUrl(u"oauth/accesstoken"_qs)),
                         [](QObject *, auto done) { done(SandboxServer::demoCredentials()); });
    UscisClient::Options options;
    options.maxAttempts = 3;
    options.baseBackoffMs = 10;
    UscisClient client(network, tokens, redirector.url(u"/case-status"_qs), options);
    std::optional<UscisClient::Outcome> out;
    client.fetch(ReceiptNumber::parse(u"EAC9999103403").value(), [&](UscisClient::Outcome o) { out = std::move(o); });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
    QVERIFY(out->error);
    QCOMPARE(out->error->code, u"uscis.redirect"_qs);
    QCOMPARE(out->error->kind(), ApiErrorKind::CredentialsProblem); // the poller stops until someone acts
    QCOMPARE(out->attempts, 1); // not retried
    QVERIFY(redirector.received.contains("Authorization: Bearer"));
    QTest::qWait(200);
    QVERIFY(elsewhere.received.isEmpty()); // the bearer token went nowhere else
}

void TestRedirects::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("expected");
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("seconds") << QByteArray("2") << 2000;
    QTest::newRow("fraction") << QByteArray(" 0.5 ") << 500;
    QTest::newRow("negative") << QByteArray("-3") << -1;
    QTest::newRow("huge") << QByteArray("99999999999999") << UscisClient::kMaxRetryAfterMs;
    QTest::newRow("too many digits") << QByteArray("1e400") << -1; // not delta-seconds: unreadable, not a wait
    QTest::newRow("overlong number") << QByteArray("123456789012345678901234567890") << UscisClient::kMaxRetryAfterMs;
    QTest::newRow("nan") << QByteArray("nan") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 0;
    QTest::newRow("date far ahead") << QByteArray("Thu, 31 Dec 2099 23:59:59 GMT") << UscisClient::kMaxRetryAfterMs;
}

void TestRedirects::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, expected);
    QCOMPARE(UscisClient::retryAfterMs(header), expected);
}

QTEST_GUILESS_MAIN(TestRedirects)
#include "tst_redirects.moc"
