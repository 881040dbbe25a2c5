#include "secrets/ApiCredentials.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cw {

QString ApiCredentials::serialize() const
{
    const QJsonObject o{{QStringLiteral("client_id"), clientId}, {QStringLiteral("client_secret"), clientSecret}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<ApiCredentials> ApiCredentials::deserialize(const QString &stored)
{
    const QJsonObject o = QJsonDocument::fromJson(stored.toUtf8()).object();
    ApiCredentials c{o.value(QLatin1String("client_id")).toString(),
                     o.value(QLatin1String("client_secret")).toString()};
    if (!c.isComplete())
        return Error{QStringLiteral("secrets.damaged"),
                     tr("The stored USCIS credentials are incomplete. Enter the client id and secret again.")};
    return c;
}

void ApiCredentials::load(CredentialStore &store, const QString &environmentId, QObject *context,
                          std::function<void(Result<std::optional<ApiCredentials>>)> callback)
{
    store.read(keyFor(environmentId), context, [callback](Result<std::optional<QString>> read) {
        if (!read) {
            callback(read.error());
            return;
        }
        if (!read.value()) {
            callback(std::optional<ApiCredentials>());
            return;
        }
        auto parsed = deserialize(*read.value());
        if (!parsed)
            callback(parsed.error());
        else
            callback(std::optional<ApiCredentials>(parsed.value()));
    });
}

void ApiCredentials::save(CredentialStore &store, const QString &environmentId, const ApiCredentials &credentials,
                          QObject *context, CredentialStore::DoneCallback callback)
{
    store.write(keyFor(environmentId), credentials.serialize(), context, std::move(callback));
}

} // namespace cw
