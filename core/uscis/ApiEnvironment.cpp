#include "uscis/ApiEnvironment.h"

#include <QHostAddress>

namespace cw {

QString ApiEnvironment::idFor(Kind kind)
{
    switch (kind) {
    case Kind::Sandbox:
        return QStringLiteral("sandbox");
    case Kind::Production:
        return QStringLiteral("production");
    case Kind::Demo:
        return QStringLiteral("demo");
    case Kind::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

Result<ApiEnvironment::Kind> ApiEnvironment::kindFromId(const QString &id)
{
    for (Kind k : {Kind::Sandbox, Kind::Production, Kind::Demo, Kind::Custom}) {
        if (id.compare(idFor(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return Error{QStringLiteral("config.environment"),
                 tr("\"%1\" is not an environment. Use sandbox, production, demo or custom.").arg(id)};
}

QString ApiEnvironment::displayName() const
{
    switch (kind) {
    case Kind::Sandbox:
        return tr("USCIS sandbox (developer.uscis.gov test data)");
    case Kind::Production:
        return tr("USCIS production");
    case Kind::Demo:
        return tr("Offline demo (built-in USCIS simulator)");
    case Kind::Custom:
        return tr("Custom server (%1)").arg(apiBase.host());
    }
    return {};
}

ApiEnvironment ApiEnvironment::sandbox()
{
    ApiEnvironment e;
    e.kind = Kind::Sandbox;
    e.apiBase = QUrl(QStringLiteral("https://api-int.uscis.gov/case-status"));
    e.tokenUrl = QUrl(QStringLiteral("https://api-int.uscis.gov/oauth/accesstoken"));
    e.requestsPerSecond = 5;
    e.dailyQuota = 1000;
    return e;
}

ApiEnvironment ApiEnvironment::production()
{
    ApiEnvironment e;
    e.kind = Kind::Production;
    e.apiBase = QUrl(QStringLiteral("https://api.uscis.gov/case-status"));
    e.tokenUrl = QUrl(QStringLiteral("https://api.uscis.gov/oauth/accesstoken"));
    e.requestsPerSecond = 10;
    e.dailyQuota = 10000;
    return e;
}

ApiEnvironment ApiEnvironment::demo(const QUrl &serverRoot)
{
    ApiEnvironment e;
    e.kind = Kind::Demo;
    e.apiBase = serverRoot.resolved(QUrl(QStringLiteral("/case-status")));
    e.tokenUrl = serverRoot.resolved(QUrl(QStringLiteral("/oauth/accesstoken")));
    e.requestsPerSecond = 5;
    e.dailyQuota = 1000;
    return e;
}

bool ApiEnvironment::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<ApiEnvironment> ApiEnvironment::custom(const QUrl &apiBase, const QUrl &tokenUrl)
{
    for (const QUrl &url : {apiBase, tokenUrl}) {
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
            return Error{QStringLiteral("config.url"),
                         tr("\"%1\" is not a usable address. Give a full https:// address, e.g. "
                            "https://api.example.com/case-status.")
                             .arg(url.toString())};
        if (url.scheme() == u"http" && !isLoopback(url))
            return Error{QStringLiteral("config.insecure_url"),
                         tr("%1 uses plain http to another machine. Credentials and case data may only "
                            "travel unencrypted to this computer itself (localhost); use https.")
                             .arg(url.toString())};
    }
    ApiEnvironment e;
    e.kind = Kind::Custom;
    e.apiBase = apiBase;
    e.tokenUrl = tokenUrl;
    e.requestsPerSecond = 10;
    e.dailyQuota = 10000;
    return e;
}

Status ApiEnvironment::applyLimits(double rps, int quota)
{
    if (rps < 0 || rps > 1000)
        return Error{QStringLiteral("config.rate_limit"),
                     tr("The rate limit must be between 0.1 and 1000 requests per second.")};
    if (rps > 0)
        requestsPerSecond = rps;
    if (quota < 0)
        return Error{QStringLiteral("config.daily_quota"), tr("The daily quota cannot be negative.")};
    if (quota > 0)
        dailyQuota = quota;
    return {};
}

} // namespace cw
