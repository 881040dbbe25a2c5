#include "sandbox/SandboxServer.h"

#include "domain/ReceiptNumber.h"
#include "sandbox/SandboxCases.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <cmath>

Q_LOGGING_CATEGORY(lcSandbox, "casewatch.core.sandbox")

namespace cw {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

SandboxServer::SandboxServer(QObject *parent) : QAbstractHttpServer(parent), m_credentials(demoCredentials())
{
    m_clock.start();
}

ApiCredentials SandboxServer::demoCredentials()
{
    // Not a secret: the simulator's built-in pair, so the demo works with no setup.
    return ApiCredentials{QStringLiteral("casewatch-demo"), QStringLiteral("demo-secret-for-the-offline-simulator")};
}

quint16 SandboxServer::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    if (m_port)
        qCDebug(lcSandbox) << "USCIS simulator listening on port" << m_port;
    return m_port;
}

QUrl SandboxServer::rootUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void SandboxServer::setRateLimit(double requestsPerSecond, int dailyQuota)
{
    m_rps = requestsPerSecond;
    m_dailyQuota = dailyQuota;
}

void SandboxServer::injectFault(Fault fault, int count, const QString &receipt, int param)
{
    m_faults.append(PendingFault{fault, count, receipt, param});
}

void SandboxServer::setRandomFault(Fault fault, double probability, int param)
{
    if (probability <= 0)
        m_randomFaults.remove(int(fault));
    else
        m_randomFaults.insert(int(fault), {probability, param});
}

void SandboxServer::clearFaults()
{
    m_faults.clear();
    m_randomFaults.clear();
}

void SandboxServer::advance(const QString &receipt, int steps)
{
    m_stageOffset[receipt] += steps;
}

int SandboxServer::stageOf(const QString &receipt) const
{
    const SandboxCase *c = SandboxCases::find(receipt);
    if (!c) {
        auto it = m_madeUp.constFind(receipt);
        if (it == m_madeUp.constEnd())
            return -1;
        c = &it.value();
    }
    // Receipts documented "with history" start a few steps in, so that their history shows at once.
    qint64 stage = (c->withHistory ? 2 : 0) + m_stageOffset.value(receipt);
    if (m_stepSeconds > 0) {
        // Staggered so that a firm's demo cases do not all move in the same second.
        const qint64 stagger = qint64(qHash(receipt) % uint(m_stepSeconds)) * 1000;
        stage += (m_clock.elapsed() + stagger) / (qint64(m_stepSeconds) * 1000);
    }
    return int(std::clamp<qint64>(stage, 0, c->script.size() - 1));
}

std::optional<std::pair<SandboxServer::Fault, int>> SandboxServer::takeFault(const QString &receipt)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        PendingFault &f = m_faults[i];
        if (!f.receipt.isEmpty() && f.receipt != receipt)
            continue;
        const auto out = std::make_pair(f.fault, f.param);
        if (--f.count <= 0)
            m_faults.removeAt(i);
        return out;
    }
    for (auto it = m_randomFaults.cbegin(); it != m_randomFaults.cend(); ++it) {
        if (QRandomGenerator::global()->generateDouble() < it.value().first)
            return std::make_pair(Fault(it.key()), it.value().second);
    }
    return std::nullopt;
}

QByteArray SandboxServer::json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    Reply reply;
    if (path == u"/oauth/accesstoken" && request.method() == QHttpServerRequest::Method::Post)
        reply = token(request);
    else if (path.startsWith(u"/case-status/") && request.method() == QHttpServerRequest::Method::Get)
        reply = caseStatus(request, path.mid(int(qstrlen("/case-status/"))));
    else if (path.startsWith(u"/__sandbox/"))
        reply = admin(request, path.mid(int(qstrlen("/__sandbox/"))));
    else
        return false;
    send(socket, reply);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    Reply r;
    r.status = 404;
    r.body = json(QJsonObject{
        {QStringLiteral("fault"),
         QJsonObject{{QStringLiteral("faultstring"), QStringLiteral("Unable to identify proxy for host")}}}});
    send(socket, r);
}

void SandboxServer::send(QTcpSocket *socket, const Reply &reply)
{
    QPointer<QTcpSocket> guard(socket);
    auto write = [guard, reply] {
        if (!guard)
            return;
        if (reply.drop) {
            guard->abort();
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason(reply.status) + "\r\n";
        out += "Content-Type: " + reply.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        for (const auto &[key, value] : reply.headers)
            out += key + ": " + value + "\r\n";
        out += "Connection: keep-alive\r\n\r\n";
        out += reply.body;
        guard->write(out);
    };
    const int delay = reply.delayMs + m_latencyMs;
    if (delay > 0)
        QTimer::singleShot(delay, this, write);
    else
        write();
}

SandboxServer::Reply SandboxServer::token(const QHttpServerRequest &request)
{
    ++m_stats.tokenRequests;
    Reply r;
    const QUrlQuery form(QString::fromUtf8(request.body()));
    const QString id = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const QString secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    if (form.queryItemValue(QStringLiteral("grant_type")) != u"client_credentials" || id.isEmpty()) {
        // As reported of the real service: HTTP Basic credentials, or none in the body, get a 400.
        r.status = 400;
        r.body = json(QJsonObject{
            {QStringLiteral("ErrorCode"), QStringLiteral("invalid_request")},
            {QStringLiteral("Error"),
             QStringLiteral("Unsupported grant type : client_id and client_secret must be in the request body")}});
        return r;
    }
    if (id != m_credentials.clientId || secret != m_credentials.clientSecret) {
        r.status = 401;
        r.body = json(QJsonObject{{QStringLiteral("ErrorCode"), QStringLiteral("invalid_client")},
                                  {QStringLiteral("Error"), QStringLiteral("ClientId is Invalid")}});
        return r;
    }
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    m_tokens.insert(token, m_clock.elapsed() + qint64(m_tokenLifetime) * 1000);
    r.body = json(QJsonObject{
        {QStringLiteral("refresh_token_expires_in"), QStringLiteral("0")},
        {QStringLiteral("api_product_list"), QStringLiteral("[CaseStatus-Sandbox]")},
        {QStringLiteral("organization_name"), QStringLiteral("uscis")},
        {QStringLiteral("token_type"), QStringLiteral("BearerToken")},
        {QStringLiteral("issued_at"), QString::number(QDateTime::currentMSecsSinceEpoch())},
        {QStringLiteral("client_id"), id},
        {QStringLiteral("access_token"), token},
        {QStringLiteral("application_name"), QStringLiteral("casewatch-simulator")},
        {QStringLiteral("scope"), QString()},
        {QStringLiteral("expires_in"),
         m_expiresAsNumber ? QJsonValue(m_tokenLifetime) : QJsonValue(QString::number(m_tokenLifetime))},
        {QStringLiteral("refresh_count"), QStringLiteral("0")},
        {QStringLiteral("status"), QStringLiteral("approved")},
    });
    return r;
}

SandboxServer::Reply SandboxServer::caseStatus(const QHttpServerRequest &request, const QString &receipt)
{
    const qint64 now = m_clock.elapsed();
    ++m_stats.caseRequests;
    m_stats.arrivedAtMs.append(now);
    Reply r;
    const QByteArray auth = header(request, "Authorization");
    const QString token = QString::fromUtf8(auth.mid(7));
    if (!auth.startsWith("Bearer ") || !m_tokens.contains(token) || m_tokens.value(token) <= now) {
        r.status = 401;
        r.body = json(QJsonObject{
            {QStringLiteral("fault"),
             QJsonObject{{QStringLiteral("faultstring"), QStringLiteral("Invalid access token")},
                         {QStringLiteral("detail"), QJsonObject{{QStringLiteral("errorcode"),
                                                                 QStringLiteral("oauth.v2.InvalidAccessToken")}}}}}});
        return r;
    }

    // Spike arrest (slots, or a sliding second), then the daily quota.
    while (!m_window.isEmpty() && m_window.first() <= now - 1000)
        m_window.removeFirst();
    bool arrested = false;
    if (m_slots) {
        const double arrivedMs = double(m_clock.nsecsElapsed()) / 1e6
                                 + (m_jitterMs > 0 ? QRandomGenerator::global()->bounded(double(m_jitterMs)) : 0.0);
        const qint64 slot = qint64(std::floor(arrivedMs * m_rps / 1000.0));
        arrested = m_usedSlots.contains(slot);
        if (!arrested) {
            m_usedSlots.insert(slot);
            if (m_usedSlots.size() > 4096) // keep the recent ones only
                m_usedSlots.removeIf([slot](qint64 s) { return s < slot - 1000; });
        }
    } else {
        arrested = m_window.size() >= int(m_rps);
    }
    if (arrested) {
        ++m_stats.rateLimited;
        r.status = 429;
        r.body = json(QJsonObject{{QStringLiteral("code"), 429},
                                  {QStringLiteral("message"), QStringLiteral("Spike Arrest Violation")}});
        return r;
    }
    if (m_usedToday >= m_dailyQuota) {
        ++m_stats.rateLimited;
        r.status = 429;
        r.body =
            json(QJsonObject{{QStringLiteral("fault"),
                              QJsonObject{{QStringLiteral("faultstring"),
                                           QStringLiteral("Rate limit quota violation. Quota limit exceeded.")}}}});
        return r;
    }
    m_window.append(now);
    ++m_usedToday;
    m_stats.acceptedAtMs.append(now);

    const auto fault = takeFault(receipt);
    if (fault) {
        switch (fault->first) {
        case Fault::ServerError:
            r.status = 503;
            r.body = json(QJsonObject{
                {QStringLiteral("fault"), QJsonObject{{QStringLiteral("faultstring"),
                                                       QStringLiteral("The Service is temporarily unavailable")}}}});
            return r;
        case Fault::RateLimited:
            ++m_stats.rateLimited;
            r.status = 429;
            r.body = json(QJsonObject{{QStringLiteral("code"), 429},
                                      {QStringLiteral("message"), QStringLiteral("Spike Arrest Violation")}});
            if (fault->second > 0)
                r.headers.append({"Retry-After", QByteArray::number(fault->second)});
            return r;
        case Fault::HtmlPage:
            r.contentType = "text/html";
            r.body = "<!DOCTYPE html><html><head><title>Service Maintenance</title></head><body><h1>We'll be back "
                     "soon</h1><p>The gateway could not reach the service.</p></body></html>";
            return r;
        case Fault::ExpiredToken:
            r.status = 401;
            r.body = json(
                QJsonObject{{QStringLiteral("fault"),
                             QJsonObject{{QStringLiteral("faultstring"), QStringLiteral("Access Token expired")}}}});
            return r;
        case Fault::DropConnection:
            r.drop = true;
            return r;
        case Fault::Slow:
            r.delayMs = fault->second > 0 ? fault->second : 2000;
            break;
        default:
            break;
        }
    }
    Reply body = caseBody(receipt, fault ? std::optional<Fault>(fault->first) : std::nullopt);
    body.delayMs = r.delayMs;
    if (body.status == 200)
        ++m_stats.ok;
    return body;
}

} // namespace cw
