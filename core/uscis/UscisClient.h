#pragma once

#include "domain/ReceiptNumber.h"
#include "domain/CaseSnapshot.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace cw {

class TokenProvider;

// Fetches one receipt from the Case Status API and classifies what came back: a snapshot, a
// transient error (network, 5xx, 429, a truncated body, a proxy's HTML page: retried a bounded
// number of times, honouring Retry-After, else exponential backoff with full jitter) or a
// permanent one (401 after one token refresh, 404, 400/422, an unreadable body).
class UscisClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UscisClient)

public:
    struct Options
    {
        int maxAttempts = 3; // per fetch, for transient errors
        int baseBackoffMs = 500;
        int maxBackoffMs = 10000;
        int maxRetryAfterMs = 60000; // a longer Retry-After is reported, not waited for
        int timeoutMs = 30000;
        // Re-sign in and repeat once on a 401 (the poller turns this off: it re-queues the
        // request itself, so that the repeat passes through its rate limiter).
        bool retryAfterTokenRefresh = true;
    };

    struct Outcome
    {
        ReceiptNumber receipt;
        int httpStatus = 0;
        QByteArray body; // the last answer's raw body, kept for the record
        std::optional<CaseSnapshot> snapshot;
        std::optional<ApiError> error;
        int attempts = 0;
    };
    using Callback = std::function<void(Outcome)>;

    UscisClient(QNetworkAccessManager &network, TokenProvider &tokens, QUrl apiBase, Options options,
                QObject *parent = nullptr);

    void fetch(const ReceiptNumber &receipt, Callback callback);

    // Called before every HTTP request to the case endpoint (rate accounting).
    void setRequestHook(std::function<void()> hook) { m_requestHook = std::move(hook); }
    const Options &options() const { return m_options; }

    // A Retry-After header in milliseconds (seconds or an HTTP date), at most kMaxRetryAfterMs;
    // -1 when absent or unreadable.
    static constexpr int kMaxRetryAfterMs = 24 * 3600 * 1000;
    static int retryAfterMs(const QByteArray &header);
    // Why a redirect was not followed, naming where it pointed.
    static QString redirectRefused(const QNetworkReply *reply);

private:
    struct Attempt;
    void attempt(std::shared_ptr<Attempt> state);
    void send(std::shared_ptr<Attempt> state, const QString &token);
    void handle(std::shared_ptr<Attempt> state, QNetworkReply *reply, const QString &token);
    void retryOrFinish(std::shared_ptr<Attempt> state, ApiError error);
    int backoffMs(int attempt) const;

    QNetworkAccessManager &m_network;
    TokenProvider &m_tokens;
    QUrl m_apiBase;
    Options m_options;
    std::function<void()> m_requestHook;
};

} // namespace cw
