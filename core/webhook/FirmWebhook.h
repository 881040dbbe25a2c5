#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace cw {

class Database;

// The firm's one webhook, kept in the database (app_state "firm_webhook") so that every desktop on
// a shared database sends to the same endpoint: the address, whether it is on, who set it, and a
// fingerprint of the signing secret. The secret itself stays in each desktop's keychain; a desktop
// delivers only when its secret matches the fingerprint, so one with a stale address or a wrong
// secret neither takes the firm's events nor pauses delivery for the others.
struct FirmWebhookConfig
{
    QUrl url;
    bool enabled = false;
    QString fingerprint; // PBKDF2-SHA256 of the secret with its own salt; empty: set up before they were kept
    QString setBy;
    QString setAt;
};

class FirmWebhook final
{
    Q_DECLARE_TR_FUNCTIONS(FirmWebhook)

public:
    // std::nullopt: no desktop has set a webhook in this database.
    static Result<std::optional<FirmWebhookConfig>> load(const Database &db);
    // Sets the address and switch; a non-empty `secret` records its fingerprint (a new secret).
    static Status save(const Database &db, const QUrl &url, bool enabled, const QString &secret);
    // Turns the firm's webhook off and forgets its address and fingerprint.
    static Status clear(const Database &db);
    // A webhook set up in this desktop's own settings (before it was kept in the database) becomes
    // the firm's, unless the database already has one.
    static Status adoptLocal(const Database &db, const QUrl &url, bool enabled);

    static QString fingerprint(const QString &secret, const QByteArray &salt = {});
    static bool matches(const QString &fingerprint, const QString &secret);
    static QString mismatchMessage(const FirmWebhookConfig &config);

private:
    static Status store(const Database &db, const FirmWebhookConfig &config, bool onlyIfAbsent);
};

} // namespace cw
