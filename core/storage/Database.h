#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <memory>

class QThread;

namespace cw {

// The one store of a CaseWatch installation: a SQLite file (or, later, a PostgreSQL database).
// Opening validates the file before touching it, so that a corrupt, foreign or locked file gives
// a clear message and is left exactly as it was. Each thread gets its own connection.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Engine { Sqlite, PostgreSql };

    struct Options
    {
        int busyTimeoutMs = 5000;
        // Stop at this schema version instead of the latest (tests of individual migrations).
        int targetVersion = -1;
    };

    static Result<std::unique_ptr<Database>> openSqlite(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path) { return openSqlite(path, {}); }
    // A shared database: postgresql://user@host:port/dbname[?sslmode=…]. The password comes from
    // the caller (the keychain), or — when empty — from libpq's own ~/.pgpass or PGPASSWORD; a
    // password written into the URL is refused, since URLs end up in settings and command lines.
    static Result<std::unique_ptr<Database>> openPostgres(const QUrl &url, const QString &password,
                                                          const Options &options);
    static Result<std::unique_ptr<Database>> openPostgres(const QUrl &url, const QString &password = {})
    {
        return openPostgres(url, password, {});
    }
    // Either engine from what a person typed: a postgresql:// URL, or a SQLite file path.
    static Result<std::unique_ptr<Database>> open(const QString &location, const QString &password = {});
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    Engine engine() const { return m_engine; }
    const QString &location() const { return m_location; }
    int schemaVersion() const;

    // The calling thread's connection; created on first use in a thread.
    QSqlDatabase connection() const;
    // Drops the calling thread's connection (a worker thread calls this before it ends).
    void releaseThreadConnection() const;

    // Non-empty when the connection to a shared database on the network is not verified (a weaker
    // sslmode in its address, storage/PostgresTls.h): shown by the desk and casewatch-cli.
    const QString &securityWarning() const { return m_securityWarning; }
    // Turns a driver error into a message a person can act on.
    Error sqlError(const QSqlError &error, const QString &what) const;

private:
    Database(Engine engine, QString location, QString baseName);

    Engine m_engine;
    QString m_location;
    QString m_baseName;
    QString m_password; // PostgreSQL only, in memory only
    QString m_securityWarning;
    mutable QMutex m_mutex;
    mutable QHash<QThread *, QString> m_connections;
};

// Runs one statement with positional bindings; an error comes back as a value.
Result<QSqlQuery> execSql(const Database &db, const QString &sql, const QVariantList &bindings = {});

// BEGIN on construction (IMMEDIATE on SQLite, so a writer never upgrades a read lock),
// ROLLBACK on destruction unless commit() succeeded.
class Transaction final
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    const Status &begun() const { return m_begun; }
    Status commit();

private:
    const Database &m_db;
    Status m_begun;
    bool m_open = false;
};

} // namespace cw
