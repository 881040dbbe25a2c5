#include "uscis/UscisClient.h"

#include "uscis/CaseStatusParser.h"
#include "uscis/TokenProvider.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>

Q_LOGGING_CATEGORY(lcClient, "casewatch.core.client")

namespace cw {

struct UscisClient::Attempt
{
    Outcome outcome;
    Callback callback;
    bool refreshedToken = false;
};

UscisClient::UscisClient(QNetworkAccessManager &network, TokenProvider &tokens, QUrl apiBase, Options options,
                         QObject *parent)
    : QObject(parent), m_network(network), m_tokens(tokens), m_apiBase(std::move(apiBase)), m_options(options)
{
}

void UscisClient::fetch(const ReceiptNumber &receipt, Callback callback)
{
    auto state = std::make_shared<Attempt>();
    state->outcome.receipt = receipt;
    state->callback = std::move(callback);
    attempt(state);
}

QString UscisClient::redirectRefused(const QNetworkReply *reply)
{
    const QUrl from = reply->request().url();
    const QUrl to = from.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
    return tr("%1 answered with a redirect (HTTP %2) to %3. CaseWatch never sends its credentials on to another "
              "address; check the API address in Settings (the firm's network may route it through a proxy).")
        .arg(from.host(), QString::number(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()),
             to.host().isEmpty() ? tr("an unnamed address") : to.host());
}

int UscisClient::retryAfterMs(const QByteArray &header)
{
    // Seconds, or an HTTP date; capped (a day) so that a huge value neither overflows nor stalls.
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok)
        return seconds < 0 || std::isnan(seconds) ? -1
                                                  : int(std::min(seconds, double(kMaxRetryAfterMs) / 1000.0) * 1000);
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeZone(QTimeZone::utc());
    return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(utc), 0, kMaxRetryAfterMs));
}

int UscisClient::backoffMs(int attempt) const
{
    // Full jitter: a random wait up to an exponentially growing cap.
    const qint64 cap =
        std::min<qint64>(m_options.maxBackoffMs, qint64(m_options.baseBackoffMs) << std::min(attempt, 20));
    return int(QRandomGenerator::global()->bounded(cap + 1));
}

void UscisClient::attempt(std::shared_ptr<Attempt> state)
{
    m_tokens.token([this, state](Result<QString> token) {
        if (!token) {
            const bool transient =
                token.error().code == u"uscis.token_network" || token.error().code == u"uscis.token_failed";
            ApiError e{token.error().code, token.error().message, transient, 0, -1};
            if (transient) {
                ++state->outcome.attempts;
                retryOrFinish(state, e);
            } else {
                state->outcome.error = e;
                state->callback(std::move(state->outcome));
            }
            return;
        }
        send(state, token.value());
    });
}

void UscisClient::send(std::shared_ptr<Attempt> state, const QString &token)
{
    QUrl url = m_apiBase;
    url.setPath(url.path() + u'/' + state->outcome.receipt.toString());
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_options.timeoutMs);
    // Never follow a redirect: the bearer token would go wherever it points (handled in handle()).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    ++state->outcome.attempts;
    if (m_requestHook)
        m_requestHook();
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, state, reply, token] { handle(state, reply, token); });
}

void UscisClient::handle(std::shared_ptr<Attempt> state, QNetworkReply *reply, const QString &token)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    state->outcome.httpStatus = status;
    state->outcome.body = body;
    const QString receipt = state->outcome.receipt.toString();

    if (status == 0) {
        qCInfo(lcClient) << receipt << "network error:" << reply->error();
        const bool timeout =
            reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        retryOrFinish(state, ApiError{timeout ? QStringLiteral("uscis.timeout") : QStringLiteral("uscis.network"),
                                      timeout ? tr("USCIS did not answer in time. CaseWatch will try again.")
                                              : tr("Could not reach USCIS (%1). Check the internet connection; "
                                                   "CaseWatch will try again.")
                                                    .arg(reply->errorString()),
                                      true, 0, -1});
        return;
    }
    const QString said = CaseStatusParser::errorMessage(body);
    const QString saidSuffix = said.isEmpty() ? QString() : tr(" USCIS said: \"%1\"").arg(said);

    if (status == 200) {
        auto parsed = CaseStatusParser::parseSuccess(body);
        if (auto *snapshot = std::get_if<CaseSnapshot>(&parsed)) {
            state->outcome.snapshot = std::move(*snapshot);
            state->callback(std::move(state->outcome));
        } else {
            retryOrFinish(state, std::get<ApiError>(parsed));
        }
        return;
    }
    if (status >= 300 && status < 400) {
        retryOrFinish(state, ApiError{QStringLiteral("uscis.redirect"), redirectRefused(reply), false, status, -1});
        return;
    }
    if (status == 401) {
        m_tokens.invalidate(token);
        if (!state->refreshedToken && m_options.retryAfterTokenRefresh) {
            // One refresh: the token may just have expired.
            state->refreshedToken = true;
            --state->outcome.attempts;
            attempt(state);
            return;
        }
        retryOrFinish(state, ApiError{QStringLiteral("uscis.unauthorized"),
                                      tr("USCIS refused CaseWatch's access token even after signing in again "
                                         "(HTTP 401). Check the API credentials in Settings.%1")
                                          .arg(saidSuffix),
                                      false, status, -1});
        return;
    }
    if (status == 404) {
        retryOrFinish(state, ApiError{QStringLiteral("uscis.not_found"),
                                      tr("USCIS returned no record for this receipt number. Check the number "
                                         "against the notice; a protected case also answers this way.%1")
                                          .arg(saidSuffix),
                                      false, status, -1});
        return;
    }
    if (status == 400 || status == 422) {
        retryOrFinish(state, ApiError{QStringLiteral("uscis.bad_request"),
                                      tr("USCIS did not accept this receipt number (HTTP %1). Check it against "
                                         "the notice.%2")
                                          .arg(status)
                                          .arg(saidSuffix),
                                      false, status, -1});
        return;
    }
    if (status == 429) {
        const int wait = retryAfterMs(reply->rawHeader("Retry-After"));
        retryOrFinish(state, ApiError{QStringLiteral("uscis.rate_limited"),
                                      tr("USCIS asked CaseWatch to slow down (HTTP 429).%1").arg(saidSuffix), true,
                                      status, wait});
        return;
    }
    if (status >= 500) {
        retryOrFinish(
            state,
            ApiError{
                QStringLiteral("uscis.server_error"),
                tr("USCIS's service had a problem (HTTP %1). CaseWatch will try again.%2").arg(status).arg(saidSuffix),
                true, status, retryAfterMs(reply->rawHeader("Retry-After"))});
        return;
    }
    retryOrFinish(state, ApiError{QStringLiteral("uscis.http_error"),
                                  tr("USCIS answered with HTTP %1.%2").arg(status).arg(saidSuffix), false, status, -1});
}

void UscisClient::retryOrFinish(std::shared_ptr<Attempt> state, ApiError error)
{
    const bool waitTooLong = error.retryAfterMs > m_options.maxRetryAfterMs;
    if (!error.transient || state->outcome.attempts >= m_options.maxAttempts || waitTooLong) {
        state->outcome.error = std::move(error);
        state->callback(std::move(state->outcome));
        return;
    }
    const int delay = error.retryAfterMs >= 0 ? error.retryAfterMs : backoffMs(state->outcome.attempts - 1);
    qCDebug(lcClient) << state->outcome.receipt.toString() << error.code << "retrying in" << delay << "ms";
    QTimer::singleShot(delay, this, [this, state] { attempt(state); });
}

} // namespace cw
