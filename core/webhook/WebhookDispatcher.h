#pragma once

#include "Result.h"
#include "webhook/WebhookOutbox.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace cw {

class Clock;
class Database;

struct WebhookOptions
{
    int timeoutMs = 15000;
    int baseBackoffMs = 30000; // 30 s, 1 min, 2 min, … after each failed attempt
    int maxBackoffMs = 3600000; // at most an hour between attempts
    int pauseAfterFailures = 8; // failed attempts in a row on one event: delivery pauses
    int probeIntervalMs = 900000; // while paused, try the oldest event again every 15 min
    int leaseSeconds = 60; // a claimed event is another desktop's again after this
    int idleCheckMs = 60000; // look for new events at least this often
};

// What the Settings page and `casewatch-cli webhook show` report.
struct WebhookState
{
    bool running = false;
    bool paused = false;
    QString pauseReason;
    int pending = 0;
    int delivered = 0;
    QString lastError;
};

// Delivers the outbox to the firm's endpoint: one event at a time, oldest first, as an HTTPS POST
// of JSON signed with HMAC-SHA256 over "<timestamp>.<body>" (see README, "Webhooks"). A 2xx answer
// is the acknowledgement: the event is marked delivered and never sent again. Anything else is
// retried with exponential backoff; after `pauseAfterFailures` failures in a row delivery pauses
// and only probes now and then, until an attempt succeeds or a person resumes it. Because the
// outbox is in the database, events wait through restarts and dead endpoints.
//
// A receiver may see an event twice only if its 2xx answer never reached CaseWatch (a crash or a
// dropped connection in between); the unchanged `event_id` lets it recognise the repeat.
class WebhookDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDispatcher)

public:
    static QString secretKey() { return QStringLiteral("webhook/signing-secret"); }
    // https, or plain http to this computer only.
    static Status validateEndpoint(const QUrl &endpoint);
    // Lower-case hex HMAC-SHA256 of "<timestamp>.<body>" with the signing secret.
    static QByteArray signature(const QByteArray &secret, qint64 timestamp, const QByteArray &body);

    WebhookDispatcher(const Database &db, const Clock &clock, WebhookOptions options = {}, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    Status configure(const QUrl &endpoint, const QString &secret);
    bool isConfigured() const { return m_endpoint.isValid() && !m_secret.isEmpty(); }

    void start();
    void stop();
    // Stops, but lets a delivery in the air go on, so that its acknowledgement is recorded (on
    // quitting: otherwise the receiver would see that event again next time). Returns that delivery
    // (nullptr when none): the caller waits for its finished() as long as it likes, without a nested
    // event loop (core/session/Session.cpp).
    QNetworkReply *stopKeepingDelivery();
    // New events may have been recorded: queue and deliver them.
    void kick();
    // A person says the endpoint works again: leave the pause and try at once.
    Status resume();
    // Sends a signed sample event (not through the outbox); reports through testFinished.
    void sendTest();
    WebhookState state() const;

signals:
    void stateChanged(const cw::WebhookState &state);
    void delivered(const QString &eventId);
    void attemptFailed(const QString &eventId, const QString &error);
    void testFinished(bool ok, const QString &message);
    // Nothing is left to send now (the outbox is empty, or the rest waits for its retry time).
    void idle(const QDateTime &nextAttemptAt);

private:
    // The firm's webhook in the database (webhook/FirmWebhook.h): its address, switch and secret
    // fingerprint. False: this desktop must not deliver now (it looks again later).
    bool followFirm();
    void deliverNext();
    void post(const OutboxItem &item);
    void finished(QNetworkReply *reply, const OutboxItem &item);
    QNetworkReply *send(const QString &eventId, const QString &eventType, const QByteArray &body);
    QString failureText(QNetworkReply *reply) const;
    qint64 backoffMs(int attempts) const;
    void scheduleAt(const QDateTime &when);
    void reportError(const Error &error);

    const Database &m_db;
    const Clock &m_clock;
    WebhookOptions m_options;
    WebhookOutbox m_outbox;
    QNetworkAccessManager *m_network;
    QTimer m_timer;
    QUrl m_endpoint;
    QByteArray m_secret;
    QString m_checkedFingerprint;
    bool m_secretMatches = false;
    QString m_firmProblem; // why this desktop does not deliver (secret, switched off)
    bool m_running = false;
    QPointer<QNetworkReply> m_inFlight;
};

} // namespace cw

Q_DECLARE_METATYPE(cw::WebhookState)
