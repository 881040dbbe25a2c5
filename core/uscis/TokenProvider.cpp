#include "uscis/TokenProvider.h"

#include "uscis/CaseStatusParser.h"
#include "uscis/UscisClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcToken, "casewatch.core.token")

namespace cw {

TokenProvider::TokenProvider(QNetworkAccessManager &network, QUrl tokenUrl, CredentialSource credentials,
                             QObject *parent)
    : QObject(parent), m_network(network), m_tokenUrl(std::move(tokenUrl)), m_credentials(std::move(credentials))
{
}

void TokenProvider::token(TokenCallback callback)
{
    if (!m_token.isEmpty() && QDateTime::currentDateTimeUtc() < m_renewAt) {
        callback(m_token);
        return;
    }
    m_waiting.append(std::move(callback));
    if (!m_fetching)
        fetch();
}

bool TokenProvider::hasValidToken() const
{
    return !m_token.isEmpty() && QDateTime::currentDateTimeUtc() < m_renewAt;
}

void TokenProvider::invalidate(const QString &token)
{
    if (token == m_token)
        m_token.clear();
}

void TokenProvider::finish(const Result<QString> &result)
{
    m_fetching = false;
    const auto waiting = std::exchange(m_waiting, {});
    for (const TokenCallback &callback : waiting)
        callback(result);
}

void TokenProvider::fetch()
{
    m_fetching = true;
    m_credentials(this, [this](Result<ApiCredentials> credentials) {
        if (!credentials) {
            finish(credentials.error());
            return;
        }
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), credentials->clientId);
        form.addQueryItem(QStringLiteral("client_secret"), credentials->clientSecret);
        QNetworkRequest request(m_tokenUrl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        request.setRawHeader("Accept", "application/json");
        request.setTransferTimeout(30000);
        // Never follow a redirect: the client secret is in the body.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        ++m_fetches;
        // Client id and secret go in the body (USCIS refuses HTTP Basic); the body is never logged.
        QNetworkReply *reply = m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            if (reply->error() != QNetworkReply::NoError && status == 0) {
                qCWarning(lcToken) << "token request failed:" << reply->errorString();
                finish(Error{QStringLiteral("uscis.token_network"),
                             tr("Could not reach the USCIS sign-in service (%1). Check the internet connection; "
                                "CaseWatch will try again.")
                                 .arg(reply->errorString())});
                return;
            }
            if (status >= 300 && status < 400) {
                qCWarning(lcToken) << "token request redirected with HTTP" << status << "; not followed";
                finish(Error{QStringLiteral("uscis.token_redirect"), UscisClient::redirectRefused(reply)});
                return;
            }
            if (status == 400 || status == 401 || status == 403) {
                const QString said = CaseStatusParser::errorMessage(body);
                qCWarning(lcToken) << "token request refused with HTTP" << status;
                finish(Error{QStringLiteral("uscis.credentials_rejected"),
                             tr("USCIS refused the API client id and secret (HTTP %1%2). Check them on "
                                "developer.uscis.gov and enter them again in Settings.")
                                 .arg(status)
                                 .arg(said.isEmpty() ? QString() : QStringLiteral(": ") + said)});
                return;
            }
            const QJsonObject o = QJsonDocument::fromJson(body).object();
            const QString token = o.value(QLatin1String("access_token")).toString();
            if (status != 200 || token.isEmpty()) {
                finish(Error{QStringLiteral("uscis.token_failed"),
                             tr("The USCIS sign-in service did not hand out a token (HTTP %1). CaseWatch will "
                                "try again.")
                                 .arg(status)});
                return;
            }
            // Apigee sends expires_in as a string ("1799"); others send a number.
            const QJsonValue expires = o.value(QLatin1String("expires_in"));
            qint64 lifetime = expires.isString() ? expires.toString().toLongLong() : qint64(expires.toDouble());
            if (lifetime <= 0)
                lifetime = 1799;
            // Renew a little early: a minute, or a tenth of a short lifetime.
            const qint64 margin = std::min<qint64>(60, std::max<qint64>(1, lifetime / 10));
            m_token = token;
            m_renewAt = QDateTime::currentDateTimeUtc().addSecs(lifetime - margin);
            qCDebug(lcToken) << "new token, lifetime" << lifetime << "s";
            finish(token);
        });
    });
}

} // namespace cw
