#include "secrets/KeychainCredentialStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#ifdef CASEWATCH_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#endif

#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcSecrets, "casewatch.core.secrets")

namespace cw {

namespace {

// Runs one QtKeychain job and reports exactly once: the job's own `finished`, or our timeout
// (QtKeychain jobs have none, and a keyring waiting on a prompt nobody sees never answers).
template<typename Job, typename OnFinished>
void runJob(Job *job, QObject *context, int timeoutMs, OnFinished onFinished, std::function<void(Error)> onTimeout)
{
    auto reported = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, job, [=] {
        if (std::exchange(*reported, true))
            return;
        qCWarning(lcSecrets) << "keychain job timed out after" << timeoutMs << "ms";
        if (guard)
            onTimeout(Error{QStringLiteral("secrets.timeout"),
                            KeychainCredentialStore::tr("The keyring did not answer within %n second(s). It may be "
                                                        "waiting for a password prompt: unlock it and try again.",
                                                        nullptr, timeoutMs / 1000)});
    });
    QObject::connect(job, &QKeychain::Job::finished, job, [=](QKeychain::Job *) {
        timer->stop();
        if (std::exchange(*reported, true))
            return;
        if (guard)
            onFinished(job);
    });
    job->setAutoDelete(true);
    timer->start(timeoutMs);
    job->start();
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, int timeoutMs)
    : m_service(std::move(service)), m_timeoutMs(timeoutMs)
{
}

Error KeychainCredentialStore::errorFor(int keychainError, const QString &detail)
{
    qCWarning(lcSecrets) << "keychain error" << keychainError << detail;
    switch (keychainError) {
    case QKeychain::AccessDenied:
        return Error{QStringLiteral("secrets.locked"),
                     tr("The keyring is locked. Unlock it (log in to the desktop session, or open "
                        "\"Passwords and Keys\") and try again.")};
    case QKeychain::AccessDeniedByUser:
        return Error{QStringLiteral("secrets.denied"),
                     tr("Access to the keyring was refused. Allow CaseWatch to use the keyring when asked, "
                        "then try again.")};
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        if (detail.contains(QLatin1String("collection"), Qt::CaseInsensitive)
            || detail.contains(QLatin1String("locked"), Qt::CaseInsensitive))
            return Error{QStringLiteral("secrets.locked"),
                         tr("The keyring is locked or has not been created yet. Log in to the desktop session "
                            "(or unlock the \"login\" keyring) and try again.")};
        return Error{QStringLiteral("secrets.no_service"),
                     tr("No keyring service is running, so secrets (the USCIS credentials, the webhook signing secret) "
                        "cannot be kept safely. "
                        "Start GNOME Keyring or KWallet (on a desktop session they start with it) and try "
                        "again.")};
    default:
        return Error{QStringLiteral("secrets.error"), tr("The keyring reported an error: %1").arg(detail)};
    }
}

bool KeychainCredentialStore::defaultCollectionLocked()
{
#ifdef CASEWATCH_HAVE_QTDBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusMessage alias = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    alias << QStringLiteral("default");
    const QDBusMessage path = bus.call(alias, QDBus::Block, 2000);
    if (path.type() != QDBusMessage::ReplyMessage || path.arguments().isEmpty())
        return false;
    const QString collection = path.arguments().first().value<QDBusObjectPath>().path();
    if (collection.isEmpty() || collection == u"/")
        return false;
    QDBusMessage get =
        QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"), collection,
                                       QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusMessage locked = bus.call(get, QDBus::Block, 2000);
    if (locked.type() != QDBusMessage::ReplyMessage || locked.arguments().isEmpty())
        return false;
    return locked.arguments().first().value<QDBusVariant>().variant().toBool();
#else
    return false;
#endif
}

void KeychainCredentialStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    job->setInsecureFallback(false);
    runJob(
        job, context, m_timeoutMs,
        [callback](QKeychain::ReadPasswordJob *j) {
            if (j->error() == QKeychain::NoError)
                callback(std::optional<QString>(j->textData()));
            else if (j->error() == QKeychain::EntryNotFound && defaultCollectionLocked())
                callback(errorFor(QKeychain::AccessDenied, QStringLiteral("default collection is locked")));
            else if (j->error() == QKeychain::EntryNotFound)
                callback(std::optional<QString>());
            else
                callback(errorFor(j->error(), j->errorString()));
        },
        [callback](Error e) { callback(std::move(e)); });
}

void KeychainCredentialStore::write(const QString &key, const QString &secret, QObject *context, DoneCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setTextData(secret);
    runJob(
        job, context, m_timeoutMs,
        [callback](QKeychain::WritePasswordJob *j) {
            callback(j->error() == QKeychain::NoError ? Status() : Status(errorFor(j->error(), j->errorString())));
        },
        [callback](Error e) { callback(std::move(e)); });
}

void KeychainCredentialStore::remove(const QString &key, QObject *context, DoneCallback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    job->setInsecureFallback(false);
    runJob(
        job, context, m_timeoutMs,
        [callback](QKeychain::DeletePasswordJob *j) {
            // Over libsecret, "deleting" from a locked collection reports success without deleting.
            const bool nothingWrong = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
            if (nothingWrong && defaultCollectionLocked())
                callback(errorFor(QKeychain::AccessDenied, QStringLiteral("default collection is locked")));
            else if (nothingWrong)
                callback(Status());
            else
                callback(errorFor(j->error(), j->errorString()));
        },
        [callback](Error e) { callback(std::move(e)); });
}

} // namespace cw
