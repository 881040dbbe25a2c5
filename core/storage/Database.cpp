#include "storage/Database.h"
#include "storage/SqlValues.h"

#include "storage/PostgresTls.h"
#include "storage/SchemaMigrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QThread>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcStorage, "casewatch.core.storage")

namespace cw {

namespace {

QString nextBaseName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("casewatch-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error makeError(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

} // namespace

Database::Database(Engine engine, QString location, QString baseName)
    : m_engine(engine), m_location(std::move(location)), m_baseName(std::move(baseName))
{
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return makeError("db.not_a_file", tr("%1 is a folder, not a database file. Choose a file name inside it.")
                                                  .arg(QDir::toNativeSeparators(path)));
        QFile probe(path);
        if (!probe.open(QIODevice::ReadOnly))
            return makeError("db.unreadable", tr("The database file %1 cannot be read (%2). Check its permissions.")
                                                  .arg(QDir::toNativeSeparators(path), probe.errorString()));
        // Check the header ourselves so that SQLite never writes into a file that is not its own.
        const QByteArray header = probe.read(16);
        if (!header.isEmpty() && header != QByteArrayLiteral("SQLite format 3\0"))
            return makeError("db.not_sqlite",
                             tr("%1 is not a CaseWatch database (it is not a SQLite file, or it is "
                                "damaged). The file was left untouched; choose another file or restore "
                                "a backup.")
                                 .arg(QDir::toNativeSeparators(path)));
    } else {
        // Client data is private: a folder CaseWatch creates is its user's alone (0700 on Unix), and
        // the file is created 0600 before SQLite opens it (SQLite gives its -wal and -shm files the
        // database file's permissions).
        const bool folderExisted = QFileInfo::exists(info.absolutePath());
        if (!QDir().mkpath(info.absolutePath()))
            return makeError("db.no_folder", tr("The folder %1 cannot be created. Check that the location "
                                                "exists and that you may write there.")
                                                 .arg(QDir::toNativeSeparators(info.absolutePath())));
        if (!folderExisted)
            QFile::setPermissions(info.absolutePath(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile created(path);
        if (!created.open(QIODevice::NewOnly | QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            && !QFileInfo::exists(path)) // (another process may just have created it)
            return makeError("db.unwritable", tr("The database file %1 cannot be created (%2). Check that you may "
                                                 "write in that folder.")
                                                  .arg(QDir::toNativeSeparators(path), created.errorString()));
    }

    std::unique_ptr<Database> db(new Database(Engine::Sqlite, info.absoluteFilePath(), nextBaseName()));
    QSqlDatabase conn = db->connection();
    conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!conn.open())
        return db->sqlError(conn.lastError(), tr("open the database"));

    // Read before writing anything: this is where a damaged or locked file shows itself.
    if (auto probe = execSql(*db, QStringLiteral("SELECT count(*) FROM sqlite_master")); !probe)
        return probe.error();
    if (auto fk = execSql(*db, QStringLiteral("PRAGMA foreign_keys = ON")); !fk)
        return fk.error();

    const int current = db->schemaVersion();
    const int target = options.targetVersion < 0 ? SchemaMigrations::latestVersion() : options.targetVersion;
    if (current > SchemaMigrations::latestVersion())
        return makeError("db.too_new", tr("%1 was written by a newer version of CaseWatch (schema %2; this version "
                                          "knows up to %3). Update CaseWatch; the file was left untouched.")
                                           .arg(QDir::toNativeSeparators(path))
                                           .arg(current)
                                           .arg(SchemaMigrations::latestVersion()));

    if (auto wal = execSql(*db, QStringLiteral("PRAGMA journal_mode = WAL")); !wal)
        return wal.error();
    if (auto sync = execSql(*db, QStringLiteral("PRAGMA synchronous = NORMAL")); !sync)
        return sync.error();

    if (current < target) {
        if (Status migrated = SchemaMigrations::migrate(*db, current, target); !migrated)
            return migrated.error();
        qCDebug(lcStorage) << "database migrated from schema" << current << "to" << target;
    }
    // A file written by an earlier version (or copied in) is made private too, with its WAL files.
    for (const QString &file : {info.absoluteFilePath(), info.absoluteFilePath() + QStringLiteral("-wal"),
                                info.absoluteFilePath() + QStringLiteral("-shm")})
        if (QFileInfo::exists(file))
            QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, const QString &password)
{
    if (location.startsWith(u"postgres://") || location.startsWith(u"postgresql://"))
        return openPostgres(QUrl(location), password);
    return openSqlite(location);
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QUrl &url, const QString &password,
                                                         const Options &options)
{
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2
        || (url.scheme() != u"postgresql" && url.scheme() != u"postgres"))
        return makeError("db.bad_url", tr("\"%1\" is not a PostgreSQL address. Write it as "
                                          "postgresql://user@server:5432/database.")
                                           .arg(url.toString(QUrl::RemovePassword)));
    if (!url.password().isEmpty())
        return makeError("db.password_in_url",
                         tr("The database address contains a password. Remove it from the address: CaseWatch "
                            "keeps the password in the system keychain (or PostgreSQL's own .pgpass file)."));
    auto tls = PostgresTls::plan(url);
    if (!tls)
        return tls.error();
    const QString shown = url.toString(QUrl::RemovePassword | QUrl::RemoveQuery);
    std::unique_ptr<Database> db(new Database(Engine::PostgreSql, shown, nextBaseName()));
    db->m_password = password;
    db->m_securityWarning = tls->warning;
    {
        QMutexLocker lock(&db->m_mutex);
        const QString name = db->m_baseName + QStringLiteral("-0");
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        conn.setHostName(url.host());
        conn.setPort(url.port(5432));
        conn.setDatabaseName(url.path().mid(1));
        conn.setUserName(url.userName());
        if (!password.isEmpty())
            conn.setPassword(password);
        conn.setConnectOptions(tls->connectOptions);
        db->m_connections.insert(QThread::currentThread(), name);
    }
    QSqlDatabase conn = db->connection();
    if (!conn.open()) {
        if (auto tlsError = PostgresTls::explain(conn.lastError().text(), url))
            return tlsError.value();
        return db->sqlError(conn.lastError(), tr("connect to the database"));
    }
    if (!db->m_securityWarning.isEmpty())
        qCWarning(lcStorage).noquote() << db->m_securityWarning;

    const int current = db->schemaVersion();
    const int target = options.targetVersion < 0 ? SchemaMigrations::latestVersion() : options.targetVersion;
    if (current > SchemaMigrations::latestVersion())
        return makeError("db.too_new", tr("%1 was written by a newer version of CaseWatch (schema %2; this version "
                                          "knows up to %3). Update CaseWatch on this computer; nothing was changed.")
                                           .arg(shown)
                                           .arg(current)
                                           .arg(SchemaMigrations::latestVersion()));
    if (current < target) {
        if (Status migrated = SchemaMigrations::migrate(*db, current, target); !migrated)
            return migrated.error();
        qCDebug(lcStorage) << "database migrated from schema" << current << "to" << target;
    }
    return db;
}

int Database::schemaVersion() const
{
    if (m_engine == Engine::Sqlite) {
        auto q = execSql(*this, QStringLiteral("PRAGMA user_version"));
        if (q && q.value().next())
            return q.value().value(0).toInt();
        return -1;
    }
    // Before the first migration there is no schema_version table: schema 0.
    auto exists = execSql(*this, QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"));
    if (!exists || !exists.value().next() || !exists.value().value(0).toBool())
        return 0;
    auto q = execSql(*this, QStringLiteral("SELECT version FROM schema_version"));
    if (q && q.value().next())
        return q.value().value(0).toInt();
    return 0;
}

QSqlDatabase Database::connection() const
{
    QThread *thread = QThread::currentThread();
    QMutexLocker lock(&m_mutex);
    auto it = m_connections.constFind(thread);
    if (it != m_connections.constEnd())
        return QSqlDatabase::database(*it);

    const QString name = QStringLiteral("%1-%2").arg(m_baseName).arg(m_connections.size());
    QSqlDatabase db;
    if (m_connections.isEmpty()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_location);
    } else {
        db = QSqlDatabase::cloneDatabase(*m_connections.cbegin(), name);
        if (m_engine == Engine::PostgreSql)
            db.setPassword(m_password);
        if (db.open() && m_engine == Engine::Sqlite)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    m_connections.insert(thread, name);
    return db;
}

void Database::releaseThreadConnection() const
{
    QMutexLocker lock(&m_mutex);
    const QString name = m_connections.take(QThread::currentThread());
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Error Database::sqlError(const QSqlError &error, const QString &what) const
{
    const QString text = error.databaseText() + u' ' + error.driverText();
    const QString native = error.nativeErrorCode();
    const QString where = QDir::toNativeSeparators(m_location);
    qCWarning(lcStorage) << "SQL error while trying to" << what << ":" << native << text.trimmed();

    // SQLite primary result codes: 5 BUSY, 6 LOCKED, 8 READONLY, 11 CORRUPT, 13 FULL, 26 NOTADB.
    if (native == u"5" || native == u"6" || text.contains(u"locked", Qt::CaseInsensitive))
        return makeError("db.locked", tr("Could not %1: the database %2 is locked by another program "
                                         "or CaseWatch window. Close the other program and try again.")
                                          .arg(what, where));
    if (native == u"26" || native == u"11" || text.contains(u"not a database", Qt::CaseInsensitive)
        || text.contains(u"malformed", Qt::CaseInsensitive))
        return makeError("db.corrupt", tr("Could not %1: the database %2 is damaged or is not a CaseWatch database. "
                                          "The file was left as it is; restore a backup or choose another file.")
                                           .arg(what, where));
    if (native == u"8" || text.contains(u"readonly", Qt::CaseInsensitive)
        || text.contains(u"read-only", Qt::CaseInsensitive))
        return makeError("db.read_only", tr("Could not %1: the database %2 is read-only. Check the "
                                            "file's permissions or choose a writable location.")
                                             .arg(what, where));
    if (native == u"13" || text.contains(u"disk is full", Qt::CaseInsensitive))
        return makeError("db.disk_full", tr("Could not %1: the disk holding %2 is full. Free some "
                                            "space and try again; nothing already saved was lost.")
                                             .arg(what, where));
    // PostgreSQL's insufficient_privilege (42501): a role of the shared database refused it
    // (storage/DatabaseRoles.h), whether by a grant or a row-level security policy.
    if (native == u"42501" || text.contains(u"permission denied", Qt::CaseInsensitive)
        || text.contains(u"row-level security", Qt::CaseInsensitive))
        return makeError("db.refused", tr("Could not %1: your role in the firm's shared database does not allow it. "
                                          "Ask the firm's CaseWatch administrator.")
                                           .arg(what));
    if (text.contains(u"unable to open", Qt::CaseInsensitive))
        return makeError("db.cannot_open", tr("Could not %1: the database %2 cannot be opened. Check "
                                              "that the folder exists and that you may write there.")
                                               .arg(what, where));
    return makeError("db.error", tr("Could not %1 in %2: %3").arg(what, where, text.trimmed()));
}

Result<QSqlQuery> execSql(const Database &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(db.connection());
    // On PostgreSQL a forward-only query streams row by row, and running another statement on
    // the connection before the last row is read silently drops the rest: fetch whole results.
    query.setForwardOnly(db.engine() == Database::Engine::Sqlite);
    bool ok = false;
    if (bindings.isEmpty()) {
        ok = query.exec(sql);
    } else {
        ok = query.prepare(sql);
        if (ok) {
            for (const QVariant &value : bindings)
                query.addBindValue(sql::forBinding(value));
            ok = query.exec();
        }
    }
    if (!ok)
        return db.sqlError(query.lastError(), Database::tr("read or write the database"));
    return query;
}

namespace {

// The crash test (scripts/kill-test.sh) asks whether a SIGKILL landed inside a transaction: with
// CASEWATCH_TRACE_TRANSACTIONS=DIR set, each process appends B (begun), C (committed) or R (rolled
// back) to DIR/<pid>, unbuffered. Off (and free) otherwise.
void traceTransaction(char what)
{
    static QMutex mutex;
    static QFile *file = [] {
        const QString dir = qEnvironmentVariable("CASEWATCH_TRACE_TRANSACTIONS");
        if (dir.isEmpty())
            return static_cast<QFile *>(nullptr);
        auto *f = new QFile(QDir(dir).filePath(QString::number(QCoreApplication::applicationPid())));
        if (!f->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
            delete f;
            return static_cast<QFile *>(nullptr);
        }
        return f;
    }();
    if (!file)
        return;
    QMutexLocker lock(&mutex);
    file->write(&what, 1);
}

} // namespace

Transaction::Transaction(const Database &db) : m_db(db)
{
    const QString begin =
        db.engine() == Database::Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    auto q = execSql(db, begin);
    if (q) {
        m_open = true;
        traceTransaction('B');
    } else {
        m_begun = q.error();
    }
}

Transaction::~Transaction()
{
    if (m_open) {
        (void)execSql(m_db, QStringLiteral("ROLLBACK"));
        traceTransaction('R');
    }
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(Error{QStringLiteral("db.no_transaction"), QString()}) : m_begun;
    auto q = execSql(m_db, QStringLiteral("COMMIT"));
    if (!q)
        return q.error();
    m_open = false;
    traceTransaction('C');
    return {};
}

} // namespace cw
