#pragma once

#include "Result.h"
#include "secrets/ApiCredentials.h"
#include "uscis/ApiEnvironment.h"
#include "uscis/UscisClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

namespace cw {

class CaseChecker;
class CredentialStore;
class Database;
class SandboxServer;
class StatusNormalizer;
class TokenProvider;

// Everything that talks to one USCIS environment, built once by a composition root: the
// network manager, the token provider (credentials from the keychain, or the simulator's for
// the demo), the client and the checker. For the demo it also runs the built-in simulator.
class ApiConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiConnection)

public:
    struct Request
    {
        QString environmentId = QStringLiteral("demo");
        QUrl apiBase; // custom only
        QUrl tokenUrl; // custom only
        double rateLimit = 0;
        int dailyQuota = 0;
        UscisClient::Options clientOptions;
        int demoStepSeconds = 0; // how fast demo cases move (0: only when told)
    };

    static Result<std::unique_ptr<ApiConnection>> create(const Request &request, CredentialStore *credentials,
                                                         const StatusNormalizer &normalizer, const Database &db);
    ~ApiConnection() override;

    const ApiEnvironment &environment() const { return m_environment; }
    UscisClient &client() { return *m_client; }
    TokenProvider &tokens() { return *m_tokens; }
    CaseChecker &checker() { return *m_checker; }
    SandboxServer *simulator() { return m_simulator.get(); }

    static Error noCredentials(const QString &environmentId);

    // The client id and secret this connection signs in with (the keychain's, or the demo's).
    void loadCredentials(QObject *context, std::function<void(Result<ApiCredentials>)> callback);

private:
    explicit ApiConnection(QObject *parent = nullptr);

    ApiEnvironment m_environment;
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxServer> m_simulator;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<UscisClient> m_client;
    std::unique_ptr<CaseChecker> m_checker;
    std::function<void(QObject *, std::function<void(Result<ApiCredentials>)>)> m_credentialSource;
};

} // namespace cw
