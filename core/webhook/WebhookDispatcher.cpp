#include "webhook/WebhookDispatcher.h"

#include "webhook/FirmWebhook.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "uscis/ApiEnvironment.h"
#include "uscis/UscisClient.h"
#include "webhook/WebhookEvent.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWebhook, "casewatch.core.webhook")

namespace cw {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(WebhookDispatcher)
};

} // namespace

Status WebhookDispatcher::validateEndpoint(const QUrl &endpoint)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty()
        || (endpoint.scheme() != u"https" && endpoint.scheme() != u"http"))
        return Error{QStringLiteral("webhook.url"),
                     Texts::tr("\"%1\" is not a usable webhook address. Give a full https:// address, e.g. "
                               "https://crm.example.com/hooks/casewatch.")
                         .arg(endpoint.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo))};
    if (endpoint.scheme() == u"http" && !ApiEnvironment::isLoopback(endpoint))
        return Error{QStringLiteral("webhook.insecure_url"),
                     Texts::tr("The webhook address uses plain http to another machine. Client names and case "
                               "statuses may only travel unencrypted to this computer itself; use https.")};
    return {};
}

QByteArray WebhookDispatcher::signature(const QByteArray &secret, qint64 timestamp, const QByteArray &body)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(QByteArray::number(timestamp));
    mac.addData(".", 1);
    mac.addData(body);
    return mac.result().toHex();
}

WebhookDispatcher::WebhookDispatcher(const Database &db, const Clock &clock, WebhookOptions options, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_options(options), m_outbox(db),
      m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<cw::WebhookState>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WebhookDispatcher::kick);
}

WebhookDispatcher::~WebhookDispatcher()
{
    // An answer that never arrives is not an acknowledgement: the lease runs out and the event
    // is sent again by whoever runs next.
    if (m_inFlight)
        m_inFlight->abort();
}

Status WebhookDispatcher::configure(const QUrl &endpoint, const QString &secret)
{
    if (Status valid = validateEndpoint(endpoint); !valid)
        return valid;
    if (secret.isEmpty())
        return Error{QStringLiteral("webhook.no_secret"),
                     Texts::tr("The webhook has no signing secret. Enter one in File ▸ Webhook… (or with "
                               "\"casewatch-cli webhook set\"), and give the same secret to the receiver.")};
    m_endpoint = endpoint;
    m_secret = secret.toUtf8();
    m_checkedFingerprint.clear(); // checked against the firm's again with the next delivery
    m_secretMatches = false;
    return {};
}

void WebhookDispatcher::start()
{
    if (!isConfigured())
        return;
    m_running = true;
    kick();
}

void WebhookDispatcher::stop()
{
    m_running = false;
    m_timer.stop();
}

QNetworkReply *WebhookDispatcher::stopKeepingDelivery()
{
    stop();
    return m_inFlight.data();
}

void WebhookDispatcher::kick()
{
    if (!m_running)
        return;
    if (m_inFlight)
        return; // finished() looks again when the current delivery ends
    if (auto queued = m_outbox.enqueueNew(m_clock.nowUtc()); !queued)
        reportError(queued.error());
    else if (queued.value() > 0)
        qCDebug(lcWebhook) << "queued" << queued.value() << "events";
    deliverNext();
}

bool WebhookDispatcher::followFirm()
{
    const QDateTime now = m_clock.nowUtc();
    auto firm = FirmWebhook::load(m_db);
    if (!firm) {
        reportError(firm.error());
        scheduleAt(now.addMSecs(m_options.idleCheckMs));
        return false;
    }
    if (!firm->has_value())
        return true; // none in the database: the endpoint this dispatcher was configured with
    const FirmWebhookConfig &c = firm->value();
    QString problem;
    if (!c.enabled || c.url.isEmpty()) {
        problem = Texts::tr("The firm's webhook is switched off.");
    } else {
        // No fingerprint recorded (a webhook set before they were kept): delivered as before; the
        // next time someone saves the webhook with its secret, the fingerprint is recorded.
        if (!c.fingerprint.isEmpty() && c.fingerprint != m_checkedFingerprint) {
            m_secretMatches = FirmWebhook::matches(c.fingerprint, QString::fromUtf8(m_secret));
            m_checkedFingerprint = c.fingerprint;
        }
        if (!c.fingerprint.isEmpty() && !m_secretMatches)
            problem = FirmWebhook::mismatchMessage(c);
        else if (Status valid = validateEndpoint(c.url); !valid)
            problem = valid.error().message; // never this desktop's old address instead
        else
            m_endpoint = c.url; // the firm's address, whatever this desktop was told before
    }
    if (problem != m_firmProblem) {
        m_firmProblem = problem;
        emit stateChanged(state());
    }
    if (!problem.isEmpty()) {
        qCDebug(lcWebhook) << "not delivering:" << problem;
        emit idle(now.addMSecs(m_options.idleCheckMs));
        scheduleAt(now.addMSecs(m_options.idleCheckMs));
        return false;
    }
    return true;
}

void WebhookDispatcher::deliverNext()
{
    if (!followFirm())
        return;
    const QDateTime now = m_clock.nowUtc();
    auto next = m_outbox.claimNext(now, m_options.leaseSeconds);
    if (!next) {
        reportError(next.error());
        emit idle(now.addMSecs(m_options.idleCheckMs));
        scheduleAt(now.addMSecs(m_options.idleCheckMs));
        return;
    }
    emit stateChanged(state());
    if (!next->has_value()) {
        emit idle({});
        scheduleAt(now.addMSecs(m_options.idleCheckMs));
        return;
    }
    const WebhookOutbox::Claim &claim = next->value();
    if (!claim.claimed) {
        emit idle(claim.retryAt);
        scheduleAt(claim.retryAt);
        return;
    }
    post(claim.item);
}

QNetworkReply *WebhookDispatcher::send(const QString &eventId, const QString &eventType, const QByteArray &body)
{
    QNetworkRequest request(m_endpoint);
    const qint64 timestamp = m_clock.nowUtc().toSecsSinceEpoch(); // per attempt: receivers can refuse replays
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("CaseWatch/") + QByteArrayLiteral(CASEWATCH_VERSION));
    request.setRawHeader("X-CaseWatch-Event-Id", eventId.toUtf8());
    request.setRawHeader("X-CaseWatch-Event-Type", eventType.toUtf8());
    request.setRawHeader("X-CaseWatch-Timestamp", QByteArray::number(timestamp));
    request.setRawHeader("X-CaseWatch-Signature", "sha256=" + signature(m_secret, timestamp, body));
    // A redirect would carry a signed event somewhere nobody configured: it counts as a failure.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_options.timeoutMs);
    return m_network->post(request, body);
}

void WebhookDispatcher::post(const OutboxItem &item)
{
    qCDebug(lcWebhook) << "sending" << item.eventId << "to" << m_endpoint.host() << "attempt" << item.attempts + 1;
    QNetworkReply *reply = send(item.eventId, item.eventType, item.payload);
    m_inFlight = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, item] { finished(reply, item); });
}

QString WebhookDispatcher::failureText(QNetworkReply *reply) const
{
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (http != 0) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        if (http >= 300 && http < 400)
            return Texts::tr("The endpoint answered with a redirect (HTTP %1). Enter its final address.").arg(http);
        return Texts::tr("The endpoint answered HTTP %1 %2.").arg(http).arg(reason).trimmed();
    }
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return Texts::tr("The endpoint refused the connection: is the receiver running?");
    case QNetworkReply::HostNotFoundError:
        return Texts::tr("The endpoint's host name was not found. Check the address.");
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return Texts::tr("The endpoint did not answer within %n second(s).", nullptr, m_options.timeoutMs / 1000);
    case QNetworkReply::SslHandshakeFailedError:
        return Texts::tr("The endpoint's TLS certificate was not accepted. It must be valid for its host name.");
    case QNetworkReply::RemoteHostClosedError:
        return Texts::tr("The endpoint closed the connection without answering.");
    default:
        return Texts::tr("The endpoint could not be reached (network error %1).").arg(int(reply->error()));
    }
}

qint64 WebhookDispatcher::backoffMs(int attempts) const
{
    const int exponent = std::clamp(attempts - 1, 0, 20);
    const qint64 full = std::min<qint64>(m_options.maxBackoffMs, qint64(m_options.baseBackoffMs) << exponent);
    // Half fixed, half random: a firm's desktops that failed together do not retry together.
    return full / 2 + QRandomGenerator::global()->bounded(full / 2 + 1);
}

void WebhookDispatcher::finished(QNetworkReply *reply, const OutboxItem &item)
{
    reply->deleteLater();
    m_inFlight.clear();
    const QDateTime now = m_clock.nowUtc();
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && http >= 200 && http < 300) {
        if (Status marked = m_outbox.markDelivered(item.id, now); !marked)
            reportError(marked.error());
        auto stats = m_outbox.stats();
        if (stats && stats->pausedAt.isValid()) {
            qCInfo(lcWebhook) << "endpoint healthy again: delivery resumes";
            (void)m_outbox.resume();
        }
        emit delivered(item.eventId);
    } else {
        const QString error = failureText(reply);
        const int attempts = item.attempts + 1;
        auto stats = m_outbox.stats();
        const bool paused = stats && stats->pausedAt.isValid();
        qint64 delay = paused ? m_options.probeIntervalMs : backoffMs(attempts);
        // A receiver that says when to come back (429/503 with Retry-After, in seconds) is heeded.
        bool hasRetryAfter = false;
        const qint64 retryAfter =
            UscisClient::retryAfterMs(reply->rawHeader("Retry-After")); // seconds or a date, capped
        hasRetryAfter = retryAfter >= 0;
        if (hasRetryAfter && retryAfter > delay)
            delay = std::min<qint64>(retryAfter, m_options.maxBackoffMs);
        if (!paused && attempts >= m_options.pauseAfterFailures) {
            const QString reason =
                Texts::tr("Delivery paused after %n failed attempt(s) in a row: %1", nullptr, attempts).arg(error);
            qCWarning(lcWebhook) << "pausing delivery after" << attempts << "failures";
            if (Status p = m_outbox.pause(now, reason); !p)
                reportError(p.error());
            delay = m_options.probeIntervalMs;
        }
        qCInfo(lcWebhook) << "delivery of" << item.eventId << "failed, attempt" << attempts << "- retry in" << delay
                          << "ms";
        if (Status marked = m_outbox.markFailed(item.id, now.addMSecs(delay), error); !marked)
            reportError(marked.error());
        emit attemptFailed(item.eventId, error);
    }
    if (!m_running)
        return;
    kick();
}

void WebhookDispatcher::scheduleAt(const QDateTime &when)
{
    if (!m_running)
        return;
    const qint64 ms = std::clamp<qint64>(m_clock.nowUtc().msecsTo(when), 0, m_options.idleCheckMs);
    m_timer.start(int(ms));
}

Status WebhookDispatcher::resume()
{
    Status resumed = m_outbox.resume();
    if (!resumed)
        return resumed;
    emit stateChanged(state());
    kick();
    return {};
}

void WebhookDispatcher::sendTest()
{
    if (!isConfigured()) {
        emit testFinished(false, Texts::tr("Enter the webhook address and signing secret first."));
        return;
    }
    const WebhookEvent sample = WebhookEvent::sample(m_clock.nowUtc());
    QNetworkReply *reply = send(sample.eventId, sample.eventType, sample.toJson());
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && http >= 200 && http < 300)
            emit testFinished(true, Texts::tr("The endpoint accepted the test event (HTTP %1).").arg(http));
        else
            emit testFinished(false, failureText(reply));
    });
}

WebhookState WebhookDispatcher::state() const
{
    WebhookState s;
    s.running = m_running;
    if (auto stats = m_outbox.stats()) {
        s.paused = stats->pausedAt.isValid();
        s.pauseReason = stats->pauseReason;
        s.pending = stats->pending;
        s.delivered = stats->delivered;
        s.lastError = stats->lastError;
    }
    if (!m_firmProblem.isEmpty()) { // only this desktop's: the others deliver
        s.paused = true;
        s.pauseReason = m_firmProblem;
    }
    return s;
}

void WebhookDispatcher::reportError(const Error &error)
{
    qCWarning(lcWebhook) << "webhook outbox:" << error.code;
    WebhookState s = state();
    s.lastError = error.message;
    emit stateChanged(s);
}

} // namespace cw
