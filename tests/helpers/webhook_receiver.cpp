// A firm's webhook receiver, as a separate process the tests start, kill and start again. It
// verifies each request's signature and timestamp as the README tells integrators to, answers
// 503 to its first --fail-first requests, and appends one JSON line per request to --log:
// {"event_id", "event_type", "answer", "body"}. The signing secret is read from standard input
// (never a command-line argument). On start it prints "LISTENING <port>".
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTcpServer>
#include <QTextStream>

#include <cstdio>

namespace {

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption port(QStringLiteral("port"), QString(), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption failFirst(QStringLiteral("fail-first"), QString(), QStringLiteral("N"),
                                       QStringLiteral("0"));
    const QCommandLineOption log(QStringLiteral("log"), QString(), QStringLiteral("FILE"));
    parser.addOptions({port, failFirst, log});
    parser.process(app);

    QTextStream in(stdin);
    const QByteArray secret = in.readLine().toUtf8();
    int toFail = parser.value(failFirst).toInt();
    auto logFile = std::make_unique<QFile>(parser.value(log));
    if (!logFile->open(QIODevice::Append | QIODevice::WriteOnly))
        return 2;

    QHttpServer server;
    server.route(QStringLiteral("/hook"), [&](const QHttpServerRequest &request) {
        const QByteArray body = request.body();
        const QJsonObject event = QJsonDocument::fromJson(body).object();
        const QByteArray timestamp = header(request, "X-CaseWatch-Timestamp");
        QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
        mac.addData(timestamp + '.' + body);
        const QByteArray expected = "sha256=" + mac.result().toHex();
        const qint64 age = QDateTime::currentSecsSinceEpoch() - timestamp.toLongLong();
        QHttpServerResponse::StatusCode answer = QHttpServerResponse::StatusCode::Ok;
        if (header(request, "X-CaseWatch-Signature") != expected || age > 300 || age < -300)
            answer = QHttpServerResponse::StatusCode::Unauthorized;
        else if (header(request, "X-CaseWatch-Event-Id") != event.value(u"event_id").toString().toUtf8())
            answer = QHttpServerResponse::StatusCode::BadRequest;
        else if (toFail > 0) {
            --toFail;
            answer = QHttpServerResponse::StatusCode::ServiceUnavailable;
        }
        const QJsonObject line{{QStringLiteral("event_id"), event.value(u"event_id")},
                               {QStringLiteral("event_type"), event.value(u"event_type")},
                               {QStringLiteral("answer"), int(answer)},
                               {QStringLiteral("body"), QString::fromUtf8(body)}};
        logFile->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        logFile->flush();
        return QHttpServerResponse(answer == QHttpServerResponse::StatusCode::Ok ? QByteArray("ok") : QByteArray("no"),
                                   answer);
    });
    const quint16 bound = server.listen(QHostAddress::LocalHost, quint16(parser.value(port).toUInt()));
    if (bound == 0)
        return 3;
    std::printf("LISTENING %u\n", unsigned(bound));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
