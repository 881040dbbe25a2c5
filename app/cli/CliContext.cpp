#include "CliContext.h"

#include "domain/Profile.h"
#include "domain/TrackedCase.h"
#include "ApiConnection.h"
#include "SharedDatabase.h"
#include "normalize/StatusNormalizer.h"
#include "domain/Clock.h"
#include "poller/CaseChecker.h"
#include "session/Session.h"
#include "secrets/DirectoryCredentialStore.h"
#include "secrets/KeychainCredentialStore.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QEventLoop>
#include <QStandardPaths>

#include <cstdio>

namespace cw {

CliContext::CliContext() = default;
CliContext::~CliContext() = default;

QString CliContext::defaultDatabasePath(bool demo)
{
    // The demo's data never mixes with the firm's: it has its own file.
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + (demo ? QStringLiteral("/casewatch-demo.sqlite") : QStringLiteral("/casewatch.sqlite"));
}

QString CliContext::effectiveEnvironment() const
{
    return environmentId.isEmpty() ? Settings().environment() : environmentId;
}

CredentialStore &CliContext::credentials()
{
    if (!m_credentials) {
        // Under systemd with LoadCredential= (a polling server: packaging/casewatch-poll.service),
        // the service manager's credential files; otherwise the keychain.
        const QString serviceCredentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
        if (!serviceCredentials.isEmpty())
            m_credentials = std::make_unique<DirectoryCredentialStore>(serviceCredentials);
        else
            m_credentials = std::make_unique<KeychainCredentialStore>();
    }
    return *m_credentials;
}

const StatusNormalizer &CliContext::normalizer()
{
    // The firm's rules live in its database: the session's normalizer has them. A command that only
    // names titles does not create a database just for that.
    const QString path = dbPath.isEmpty() ? defaultDatabasePath(effectiveEnvironment() == u"demo") : dbPath;
    if (m_session || !databaseUrl.isEmpty() || QFile::exists(path)) {
        if (Session *s = session())
            return s->normalizer();
    }
    if (!m_normalizer)
        m_normalizer = std::make_unique<StatusNormalizer>();
    return *m_normalizer;
}

ApiConnection *CliContext::connection()
{
    if (m_connection)
        return m_connection.get();
    Database *db = database();
    if (!db)
        return nullptr;
    ApiConnection::Request request;
    request.environmentId = effectiveEnvironment();
    request.apiBase = apiBase;
    request.tokenUrl = tokenUrl;
    request.rateLimit = rateLimit;
    request.dailyQuota = dailyQuota;
    auto made = ApiConnection::create(request, &credentials(), normalizer(), *db);
    if (!made) {
        printError(made.error());
        return nullptr;
    }
    m_connection = std::move(made).value();
    m_connection->checker().setDeadlinePolicy(m_session->config().deadlines); // the firm's days, as the poller's
    return m_connection.get();
}

QString CliContext::sharedDatabasePassword()
{
    // The command line's only event loop (commands run before any other): not a nested one.
    QEventLoop loop;
    std::optional<QString> password;
    QObject context;
    readSharedDatabasePassword(databaseUrl, credentials(), &context, [&](QString p) {
        password = std::move(p);
        loop.quit();
    });
    if (!password)
        loop.exec();
    return *password;
}

Database *CliContext::database()
{
    Session *s = session();
    return s ? &s->database() : nullptr;
}

Session *CliContext::session()
{
    if (m_session || m_dbFailed)
        return m_session.get();
    auto opened =
        !databaseUrl.isEmpty()
            ? openSharedDatabase(databaseUrl, sharedDatabasePassword())
            : Database::openSqlite(dbPath.isEmpty() ? defaultDatabasePath(effectiveEnvironment() == u"demo") : dbPath);
    if (!opened) {
        m_dbFailed = true;
        printError(opened.error());
        return nullptr;
    }
    if (const QString warning = opened.value()->securityWarning(); !warning.isEmpty())
        printMessage(Cli::tr("warning: %1").arg(warning));
    if (!m_clock)
        m_clock = std::make_unique<SystemClock>();
    m_session = std::make_unique<Session>(std::move(opened).value(), SessionConfig::fromSettings(Settings()), *m_clock);
    return m_session.get();
}

void CliContext::printJson(const QJsonValue &value) const
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    const QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliContext::printJsonLine(const QJsonObject &value) const
{
    const QByteArray bytes = QJsonDocument(value).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliContext::printLine(const QString &line) const
{
    if (json)
        return; // with --json, stdout carries the JSON and nothing else
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout); // line by line even into a pipe: a long import or poll shows its progress
}

void CliContext::printMessage(const QString &line) const
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

void CliContext::printError(const Error &error) const
{
    printMessage(Cli::tr("error: %1").arg(error.message));
}

int CliContext::usageError(const QString &message) const
{
    printMessage(Cli::tr("casewatch-cli: %1").arg(message));
    printMessage(Cli::tr("Run 'casewatch-cli --help' for the list of commands."));
    return ExitUsage;
}

QJsonValue CliContext::errorJson(const std::optional<Error> &error)
{
    if (!error)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("code"), error->code}, {QStringLiteral("message"), error->message}};
}

QJsonObject CliContext::profileJson(const Profile &p)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("kind"), profileKindId(p.kind)},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("organization"), p.organization},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("a_number"), p.aNumber},
        {QStringLiteral("notes"), p.notes},
        {QStringLiteral("language"), p.language},
        {QStringLiteral("case_count"), p.caseCount},
        {QStringLiteral("created_at"), sql::timestamp(p.createdAt)},
        {QStringLiteral("updated_at"), sql::timestamp(p.updatedAt)},
    };
}

QJsonObject CliContext::caseJson(const TrackedCase &c)
{
    std::optional<Error> error;
    if (!c.lastErrorCode.isEmpty())
        error = Error{c.lastErrorCode, c.lastErrorMessage};
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("receipt_number"), c.receipt.toString()},
        {QStringLiteral("office"), c.receipt.office()},
        {QStringLiteral("profile_id"), c.profileId},
        {QStringLiteral("profile_name"), c.profileName},
        {QStringLiteral("form_type"), c.formType},
        {QStringLiteral("uscis_form_type"), c.uscisFormType.isEmpty() ? QJsonValue() : QJsonValue(c.uscisFormType)},
        {QStringLiteral("form_mismatch"), c.formMismatch()},
        {QStringLiteral("label"), c.label},
        {QStringLiteral("archived"), c.archived},
        {QStringLiteral("category"), c.category},
        {QStringLiteral("status_en"), c.statusEn},
        {QStringLiteral("status_es"), c.statusEs},
        {QStringLiteral("last_checked_at"), sql::timestamp(c.lastCheckedAt)},
        {QStringLiteral("error"), errorJson(error)},
    };
}

} // namespace cw
