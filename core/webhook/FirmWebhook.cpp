#include "webhook/FirmWebhook.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace cw {

namespace {

constexpr int kIterations = 100000;
const QString kName = QStringLiteral("firm_webhook");

QByteArray derive(const QString &secret, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, secret.toUtf8(), salt, iterations, 32);
}

} // namespace

QString FirmWebhook::fingerprint(const QString &secret, const QByteArray &givenSalt)
{
    QByteArray salt = givenSalt;
    if (salt.isEmpty()) {
        salt.resize(16);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
    }
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(kIterations)
        .arg(QString::fromLatin1(salt.toHex()), QString::fromLatin1(derive(secret, salt, kIterations).toHex()));
}

bool FirmWebhook::matches(const QString &fingerprint, const QString &secret)
{
    const QStringList parts = fingerprint.split(u'$');
    if (parts.size() != 4 || parts.at(0) != u"pbkdf2-sha256")
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1000 || iterations > 10'000'000)
        return false;
    const QByteArray salt = QByteArray::fromHex(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromHex(parts.at(3).toLatin1());
    const QByteArray actual = derive(secret, salt, iterations);
    // Compared in constant time.
    if (expected.size() != actual.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < actual.size(); ++i)
        diff |= static_cast<unsigned char>(actual.at(i) ^ expected.at(i));
    return diff == 0;
}

QString FirmWebhook::mismatchMessage(const FirmWebhookConfig &config)
{
    return tr("This desktop's webhook signing secret is not the firm's (set by %1 on %2), so it sends nothing; the "
              "other desktops go on delivering. Enter the firm's secret in File ▸ Webhook… (or \"casewatch-cli "
              "webhook set\").")
        .arg(config.setBy.isEmpty() ? tr("another desktop") : config.setBy,
             config.setAt.isEmpty() ? tr("an earlier day") : config.setAt.left(10));
}

Result<std::optional<FirmWebhookConfig>> FirmWebhook::load(const Database &db)
{
    auto q = execSql(db, QStringLiteral("SELECT value FROM app_state WHERE name = ?"), {kName});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<FirmWebhookConfig>();
    const QJsonObject o = QJsonDocument::fromJson(q.value().value(0).toString().toUtf8()).object();
    FirmWebhookConfig c;
    c.url = QUrl(o.value(QStringLiteral("url")).toString());
    c.enabled = o.value(QStringLiteral("enabled")).toBool();
    c.fingerprint = o.value(QStringLiteral("secret_fingerprint")).toString();
    c.setBy = o.value(QStringLiteral("set_by")).toString();
    c.setAt = o.value(QStringLiteral("set_at")).toString();
    return std::optional<FirmWebhookConfig>(c);
}

Status FirmWebhook::store(const Database &db, const FirmWebhookConfig &c, bool onlyIfAbsent)
{
    const QString value =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("url"), c.url.toString()},
                                                    {QStringLiteral("enabled"), c.enabled},
                                                    {QStringLiteral("secret_fingerprint"), c.fingerprint},
                                                    {QStringLiteral("set_by"), c.setBy},
                                                    {QStringLiteral("set_at"), c.setAt}})
                              .toJson(QJsonDocument::Compact));
    auto q = execSql(db,
                     onlyIfAbsent ? QStringLiteral("INSERT INTO app_state (name, value) VALUES (?, ?) "
                                                   "ON CONFLICT (name) DO NOTHING")
                                  : QStringLiteral("INSERT INTO app_state (name, value) VALUES (?, ?) "
                                                   "ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
                     {kName, value});
    if (!q)
        return q.error();
    return {};
}

Status FirmWebhook::save(const Database &db, const QUrl &url, bool enabled, const QString &secret)
{
    auto current = load(db);
    if (!current)
        return current.error();
    FirmWebhookConfig c = current->value_or(FirmWebhookConfig{});
    c.url = url;
    c.enabled = enabled;
    if (!secret.isEmpty())
        c.fingerprint = fingerprint(secret);
    c.setBy = AuditLog::currentActor();
    c.setAt = sql::timestamp(QDateTime::currentDateTimeUtc());
    if (Status s = store(db, c, false); !s)
        return s;
    return AuditLog::record(db, QStringLiteral("webhook.set"), url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                            secret.isEmpty() ? QStringLiteral("enabled=%1").arg(enabled)
                                             : QStringLiteral("enabled=%1 new secret").arg(enabled));
}

Status FirmWebhook::clear(const Database &db)
{
    if (Status s =
            store(db,
                  FirmWebhookConfig{
                      QUrl(), false, {}, AuditLog::currentActor(), sql::timestamp(QDateTime::currentDateTimeUtc())},
                  false);
        !s)
        return s;
    return AuditLog::record(db, QStringLiteral("webhook.clear"), {}, {});
}

Status FirmWebhook::adoptLocal(const Database &db, const QUrl &url, bool enabled)
{
    if (url.isEmpty())
        return {};
    return store(
        db,
        FirmWebhookConfig{url, enabled, {}, AuditLog::currentActor(), sql::timestamp(QDateTime::currentDateTimeUtc())},
        true);
}

} // namespace cw
