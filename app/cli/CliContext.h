#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace cw {

class ApiConnection;
class CredentialStore;
class Database;
class Session;
class SystemClock;
class StatusNormalizer;
struct Profile;
struct TrackedCase;

// The translation context of the command line's texts.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Exit codes of the command line (docs/ARCHITECTURE.md §4).
enum ExitCode { ExitOk = 0, ExitItemsFailed = 1, ExitUsage = 2 };

// What every command gets: the global options, the open database (on demand) and the output
// channel — JSON on stdout with --json, text otherwise; messages always go to stderr.
class CliContext final
{
public:
    CliContext();
    ~CliContext();
    Q_DISABLE_COPY_MOVE(CliContext)

    QString dbPath;
    QString databaseUrl; // postgresql://… (a shared database); wins over dbPath
    bool json = false;
    QString environmentId; // empty: the one in Settings
    QUrl apiBase;
    QUrl tokenUrl;
    double rateLimit = 0;
    int dailyQuota = 0;

    QString effectiveEnvironment() const;
    CredentialStore &credentials();
    const StatusNormalizer &normalizer();
    // Builds the connection to the chosen environment once; prints why not on failure.
    ApiConnection *connection();

    // Opens (and migrates) the database once, in a session configured from Settings like the
    // desktop's (core/session/Session.h); on failure prints the reason and returns nullptr.
    Session *session();
    Database *database();

    void printJson(const QJsonValue &value) const;
    void printJsonLine(const QJsonObject &value) const; // one compact object a line
    void printLine(const QString &line) const; // stdout, text mode only
    void printMessage(const QString &line) const; // stderr
    void printError(const Error &error) const; // stderr
    int usageError(const QString &message) const; // prints, returns ExitUsage

    static QJsonValue errorJson(const std::optional<Error> &error);
    static QJsonObject profileJson(const Profile &profile);
    static QJsonObject caseJson(const TrackedCase &trackedCase);
    static QString defaultDatabasePath(bool demo = false);

private:
    QString sharedDatabasePassword();

    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<Session> m_session;
    bool m_dbFailed = false;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<StatusNormalizer> m_normalizer;
    std::unique_ptr<ApiConnection> m_connection;
};

} // namespace cw
