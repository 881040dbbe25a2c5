#pragma once

#include "Result.h"
#include "secrets/CredentialStore.h"

#include <QCoreApplication>
#include <QString>

namespace cw {

// The firm's USCIS API client id and secret for one environment, kept together as one keychain
// entry. The client id is not secret, but keeping it beside its secret means the pair can never
// come apart.
struct ApiCredentials
{
    Q_DECLARE_TR_FUNCTIONS(ApiCredentials)

public:
    QString clientId;
    QString clientSecret;

    bool isComplete() const { return !clientId.isEmpty() && !clientSecret.isEmpty(); }

    static QString keyFor(const QString &environmentId) { return QStringLiteral("uscis-api/") + environmentId; }
    QString serialize() const;
    static Result<ApiCredentials> deserialize(const QString &stored);

    // Reads / writes / removes through any CredentialStore; callbacks are called exactly once.
    static void load(CredentialStore &store, const QString &environmentId, QObject *context,
                     std::function<void(Result<std::optional<ApiCredentials>>)> callback);
    static void save(CredentialStore &store, const QString &environmentId, const ApiCredentials &credentials,
                     QObject *context, CredentialStore::DoneCallback callback);
};

} // namespace cw
