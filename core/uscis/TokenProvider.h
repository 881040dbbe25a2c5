#pragma once

#include "Result.h"
#include "secrets/ApiCredentials.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace cw {

// OAuth2 client-credentials tokens for the Case Status API: fetched on demand, cached, renewed
// shortly before they expire, and dropped when the API answers 401. Callers asking while a token
// is being fetched wait for that one fetch.
class TokenProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenProvider)

public:
    // Produces the client id and secret when a token is needed (the keychain, or the demo's).
    using CredentialSource = std::function<void(QObject *context, std::function<void(Result<ApiCredentials>)>)>;
    using TokenCallback = std::function<void(Result<QString>)>;

    TokenProvider(QNetworkAccessManager &network, QUrl tokenUrl, CredentialSource credentials,
                  QObject *parent = nullptr);

    void token(TokenCallback callback);
    // The API refused `token` (401): forget it so that the next call fetches a new one.
    void invalidate(const QString &token);
    int fetchCount() const { return m_fetches; }
    // A cached token that is not due for renewal: token() would answer at once.
    bool hasValidToken() const;

private:
    void fetch();
    void finish(const Result<QString> &result);

    QNetworkAccessManager &m_network;
    QUrl m_tokenUrl;
    CredentialSource m_credentials;
    QString m_token;
    QDateTime m_renewAt;
    QList<TokenCallback> m_waiting;
    bool m_fetching = false;
    int m_fetches = 0;
};

} // namespace cw
