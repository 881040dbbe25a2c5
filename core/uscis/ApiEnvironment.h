#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QTime>
#include <QTimeZone>
#include <QUrl>

namespace cw {

// Where the USCIS Case Status API lives and what it allows (docs/ARCHITECTURE.md §4). The limits are
// settings: firms report different quotas, so every environment's can be overridden.
struct ApiEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(ApiEnvironment)

public:
    enum class Kind { Sandbox, Production, Demo, Custom };

    Kind kind = Kind::Sandbox;
    QUrl apiBase; // GET {apiBase}/{receipt}
    QUrl tokenUrl; // POST client credentials
    double requestsPerSecond = 5;
    int dailyQuota = 1000;
    QTimeZone quotaZone = QTimeZone(QByteArrayLiteral("America/New_York"));

    QString id() const { return idFor(kind); }
    QString displayName() const;

    static QString idFor(Kind kind);
    static Result<Kind> kindFromId(const QString &id);

    static ApiEnvironment sandbox();
    static ApiEnvironment production();
    // The built-in simulator, listening on loopback at `base` (scheme://host:port).
    static ApiEnvironment demo(const QUrl &serverRoot);
    // Any server the firm points it at; plain http only to a loopback address.
    static Result<ApiEnvironment> custom(const QUrl &apiBase, const QUrl &tokenUrl);

    // Applies --rate-limit / --daily-quota style overrides (ignored when <= 0).
    Status applyLimits(double requestsPerSecondOverride, int dailyQuotaOverride);

    static bool isLoopback(const QUrl &url);
};

} // namespace cw
