#include "ApiConnection.h"

#include "sandbox/SandboxServer.h"
#include "secrets/ApiCredentials.h"
#include "secrets/CredentialStore.h"
#include "poller/CaseChecker.h"
#include "uscis/TokenProvider.h"

namespace cw {

namespace {
struct Api
{
    Q_DECLARE_TR_FUNCTIONS(ApiConnection)
};
} // namespace

ApiConnection::ApiConnection(QObject *parent) : QObject(parent) { }
ApiConnection::~ApiConnection() = default;

Error ApiConnection::noCredentials(const QString &environmentId)
{
    return Error{QStringLiteral("uscis.no_credentials"),
                 Api::tr("No USCIS API credentials are stored for the %1 environment. Enter the client id and "
                         "secret from developer.uscis.gov in Settings (or run: casewatch-cli --environment %1 "
                         "credentials set --client-id ID), or use the offline demo.")
                     .arg(environmentId)};
}

void ApiConnection::loadCredentials(QObject *context, std::function<void(Result<ApiCredentials>)> callback)
{
    m_credentialSource(context, std::move(callback));
}

Result<std::unique_ptr<ApiConnection>> ApiConnection::create(const Request &request, CredentialStore *credentials,
                                                             const StatusNormalizer &normalizer, const Database &db)
{
    auto kind = ApiEnvironment::kindFromId(request.environmentId);
    if (!kind)
        return kind.error();
    std::unique_ptr<ApiConnection> c(new ApiConnection);
    TokenProvider::CredentialSource source;

    switch (kind.value()) {
    case ApiEnvironment::Kind::Sandbox:
        c->m_environment = ApiEnvironment::sandbox();
        break;
    case ApiEnvironment::Kind::Production:
        c->m_environment = ApiEnvironment::production();
        break;
    case ApiEnvironment::Kind::Custom: {
        auto custom = ApiEnvironment::custom(request.apiBase, request.tokenUrl);
        if (!custom)
            return custom.error();
        c->m_environment = custom.value();
        break;
    }
    case ApiEnvironment::Kind::Demo: {
        source = [](QObject *, std::function<void(Result<ApiCredentials>)> done) {
            done(SandboxServer::demoCredentials());
        };
        if (request.apiBase.isValid() && !request.apiBase.isEmpty()) {
            // A simulator that already runs elsewhere (`casewatch-cli sandbox`): loopback only.
            if (!ApiEnvironment::isLoopback(request.apiBase))
                return Error{QStringLiteral("config.insecure_url"),
                             Api::tr("The demo environment only talks to a simulator on this computer (localhost).")};
            c->m_environment = ApiEnvironment::demo(request.apiBase);
            if (request.tokenUrl.isValid() && !request.tokenUrl.isEmpty())
                c->m_environment.tokenUrl = request.tokenUrl;
            break;
        }
        c->m_simulator = std::make_unique<SandboxServer>();
        c->m_simulator->setStepSeconds(request.demoStepSeconds);
        if (!c->m_simulator->start())
            return Error{QStringLiteral("demo.no_port"),
                         Api::tr("The offline USCIS simulator could not start: no free port on this computer.")};
        c->m_environment = ApiEnvironment::demo(c->m_simulator->rootUrl());
        break;
    }
    }
    if (Status limits = c->m_environment.applyLimits(request.rateLimit, request.dailyQuota); !limits)
        return limits.error();
    if (c->m_simulator)
        c->m_simulator->setRateLimit(c->m_environment.requestsPerSecond, c->m_environment.dailyQuota);

    if (!source) {
        if (!credentials)
            return noCredentials(c->m_environment.id());
        const QString envId = c->m_environment.id();
        source = [credentials, envId](QObject *context, std::function<void(Result<ApiCredentials>)> done) {
            ApiCredentials::load(*credentials, envId, context,
                                 [done, envId](Result<std::optional<ApiCredentials>> loaded) {
                                     if (!loaded)
                                         done(loaded.error());
                                     else if (!loaded.value())
                                         done(noCredentials(envId));
                                     else
                                         done(*loaded.value());
                                 });
        };
    }
    c->m_credentialSource = source;
    c->m_tokens = std::make_unique<TokenProvider>(c->m_network, c->m_environment.tokenUrl, source);
    c->m_client =
        std::make_unique<UscisClient>(c->m_network, *c->m_tokens, c->m_environment.apiBase, request.clientOptions);
    c->m_checker = std::make_unique<CaseChecker>(*c->m_client, normalizer, db, c->m_environment.id());
    return c;
}

} // namespace cw
