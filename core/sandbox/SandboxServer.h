#pragma once

#include "sandbox/SandboxCases.h"
#include "secrets/ApiCredentials.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QUrl>

class QTcpSocket;

namespace cw {

// The built-in USCIS Case Status API simulator (docs/ARCHITECTURE.md §1): token endpoint, case endpoint in
// both response shapes, the documented sandbox receipts with scripted progressions, the rate
// limit and daily quota, and every fault the real service has been seen to produce, on demand.
// It listens on loopback only. Replies are written to the socket directly so that delays,
// truncated bodies and dropped connections behave as they do on a real network.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    enum class Fault {
        ServerError, // 503 with an Apigee fault body
        RateLimited, // 429 Spike Arrest Violation, with Retry-After when param > 0 (seconds)
        Truncated, // 200 with the JSON cut in half
        InvalidJson, // 200 with an unescaped quote inside an HTML link (recoverable)
        AmbiguousJson, // 200 with an unescaped quote that cannot be repaired
        HtmlPage, // 200 with a proxy's HTML page
        ErrorCodeMessage, // 404 {"code","message"}
        ErrorNested, // 404 {"error":{"code":"404","message"}}
        ErrorArray, // 404 {"errors":[{"code","message"}]}
        ErrorFault, // 404 Apigee {"fault":{"faultstring"}}
        EmptyRecord, // 200 with empty fields
        Slow, // answers after param milliseconds
        ExpiredToken, // 401 as for an expired token
        DropConnection, // closes the connection without an answer
    };
    Q_ENUM(Fault)
    enum class Shape { Nested, Flat };

    struct Stats
    {
        int caseRequests = 0;
        int tokenRequests = 0;
        int rateLimited = 0;
        int ok = 0;
        QList<qint64> acceptedAtMs; // when each case request was let through (server clock)
        QList<qint64> arrivedAtMs; // when each case request arrived
    };

    explicit SandboxServer(QObject *parent = nullptr);

    // Listens on 127.0.0.1; returns the port, 0 on failure.
    quint16 start(quint16 port = 0);
    QUrl rootUrl() const;

    static ApiCredentials demoCredentials();
    void setCredentials(const ApiCredentials &credentials) { m_credentials = credentials; }
    void setTokenLifetimeSeconds(int seconds) { m_tokenLifetime = seconds; }
    // Apigee sends expires_in as a string; other gateways send a number.
    void setExpiresInAsNumber(bool number) { m_expiresAsNumber = number; }
    QStringList issuedTokens() const { return m_tokens.keys(); }
    void setRateLimit(double requestsPerSecond, int dailyQuota);
    // Spike arrest as USCIS's gateway applies it: the rate smoothed into slots of 1/N second, one
    // request each (a second in the same slot gets 429 "Spike Arrest Violation", no Retry-After),
    // with each arrival delayed by 0..jitterMs of simulated network jitter. Off: a sliding second.
    void setSpikeArrestSlots(bool useSlots, int jitterMs = 0)
    {
        m_slots = useSlots;
        m_jitterMs = jitterMs;
    }
    void setLatencyMs(int ms) { m_latencyMs = ms; }
    // 0: stages move only with advance(); otherwise every `seconds`, staggered per receipt.
    void setStepSeconds(int seconds) { m_stepSeconds = seconds; }
    void setShape(Shape shape) { m_shape = shape; }
    // Benchmarks and load tests: any well-formed receipt gets a made-up case of its own.
    void setServeUnknownReceipts(bool serve) { m_serveUnknown = serve; }

    // The next `count` case requests (for `receipt`, or any) get `fault`.
    void injectFault(Fault fault, int count = 1, const QString &receipt = {}, int param = 0);
    // Every case request gets `fault` with this probability (0 turns it off).
    void setRandomFault(Fault fault, double probability, int param = 0);
    void clearFaults();
    void expireAllTokens() { m_tokens.clear(); }

    void advance(const QString &receipt, int steps = 1);
    int stageOf(const QString &receipt) const;

    const Stats &stats() const { return m_stats; }
    void resetStats() { m_stats = {}; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0;
        bool drop = false;
    };
    struct PendingFault
    {
        Fault fault;
        int count;
        QString receipt;
        int param;
    };

    Reply token(const QHttpServerRequest &request);
    Reply caseStatus(const QHttpServerRequest &request, const QString &receipt);
    Reply admin(const QHttpServerRequest &request, const QString &what);
    Reply caseBody(const QString &receipt, std::optional<Fault> fault);
    const SandboxCase *lookup(const QString &receipt);
    std::optional<std::pair<Fault, int>> takeFault(const QString &receipt);
    void send(QTcpSocket *socket, const Reply &reply);
    static QByteArray json(const QJsonObject &object);

    ApiCredentials m_credentials;
    int m_tokenLifetime = 1799;
    bool m_expiresAsNumber = false;
    double m_rps = 5;
    int m_dailyQuota = 1000;
    int m_latencyMs = 0;
    int m_stepSeconds = 0;
    Shape m_shape = Shape::Nested;
    bool m_serveUnknown = false;
    QHash<QString, SandboxCase> m_madeUp;
    QList<PendingFault> m_faults;
    QHash<int, std::pair<double, int>> m_randomFaults; // Fault -> probability, param
    QHash<QString, qint64> m_tokens; // token -> expiry (server clock ms)
    QHash<QString, int> m_stageOffset;
    QList<qint64> m_window; // accepted requests in the last second
    bool m_slots = false;
    int m_jitterMs = 0;
    QSet<qint64> m_usedSlots;
    int m_usedToday = 0;
    QElapsedTimer m_clock;
    Stats m_stats;
    quint16 m_port = 0;
};

} // namespace cw
