#include "CliContext.h"
#include "CliPrompt.h"
#include "Commands.h"

#include "secrets/CredentialStore.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/DatabaseCopier.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace cw {

namespace {

int dbPassword(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Keep the password of the PostgreSQL database given with --database in the "
                "OS keychain. 'set' reads it from standard input, never from the command line."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("set or clear."));
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    if (ctx.databaseUrl.isEmpty())
        return ctx.usageError(Cli::tr("db-password needs --database postgresql://user@server/database before it."));
    const QString action = parser.positionalArguments().value(0);
    const QString key = Settings::databasePasswordKey(ctx.databaseUrl); // the entry the app reads too
    QObject context;
    Status done;
    if (action == u"set") {
        const QString password = readSecretFromStdin(ctx, Cli::tr("Database password (input hidden): "));
        if (password.isEmpty())
            return ctx.usageError(Cli::tr("No password was given on standard input."));
        done = waitFor<Status>([&](auto cb) { ctx.credentials().write(key, password, &context, cb); });
    } else if (action == u"clear") {
        done = waitFor<Status>([&](auto cb) { ctx.credentials().remove(key, &context, cb); });
    } else {
        return ctx.usageError(Cli::tr("db-password needs an action: set or clear."));
    }
    if (!done) {
        ctx.printError(done.error());
        return ExitUsage;
    }
    ctx.printLine(action == u"set" ? Cli::tr("The database password is in the keychain.")
                                   : Cli::tr("The database password was removed from the keychain."));
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("stored"), action == u"set"}});
    return ExitOk;
}

int migrateDb(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Copy a CaseWatch database into an empty PostgreSQL database — every "
                                             "profile, case, history entry, event and setting, with their ids — and "
                                             "verify the row counts. The source is only read."));
    parser.addOptions({
        {QStringLiteral("from"), Cli::tr("The source: sqlite:PATH (default: the current database)."),
         QStringLiteral("SOURCE")},
        {QStringLiteral("to"), Cli::tr("The target: postgresql://user@server/database (empty)."),
         QStringLiteral("URL")},
    });
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    const QString to = parser.value(QStringLiteral("to"));
    if (!to.startsWith(u"postgres"))
        return ctx.usageError(Cli::tr("migrate-db needs --to postgresql://user@server/database."));
    std::unique_ptr<Database> fromDb;
    Database *source = nullptr;
    const QString from = parser.value(QStringLiteral("from"));
    if (!from.isEmpty()) {
        if (!from.startsWith(u"sqlite:"))
            return ctx.usageError(Cli::tr("--from takes sqlite:PATH."));
        const QString path = from.mid(7);
        if (!QFileInfo::exists(path))
            return ctx.usageError(Cli::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
        auto opened = Database::openSqlite(path);
        if (!opened) {
            ctx.printError(opened.error());
            return ExitUsage;
        }
        fromDb = std::move(opened).value();
        source = fromDb.get();
    } else {
        source = ctx.database();
    }
    if (!source)
        return ExitUsage;
    CliContext target;
    target.databaseUrl = to;
    Database *targetDb = target.database();
    if (!targetDb)
        return ExitUsage;
    auto copied = DatabaseCopier::copy(*source, *targetDb);
    if (!copied) {
        ctx.printError(copied.error());
        return ExitItemsFailed;
    }
    QJsonArray tables;
    for (const auto &c : copied.value()) {
        tables.append(QJsonObject{{QStringLiteral("table"), c.table},
                                  {QStringLiteral("source"), c.source},
                                  {QStringLiteral("copied"), c.copied}});
        ctx.printLine(QStringLiteral("%1: %2").arg(c.table, -16).arg(c.copied));
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("verified"), true}, {QStringLiteral("tables"), tables}});
    else
        ctx.printLine(Cli::tr("Copied and verified. Point CaseWatch at the new database with --database %1.").arg(to));
    return ExitOk;
}

int backup(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Write a consistent copy of the SQLite database to FILE, even while "
                                             "CaseWatch is running, and check it. To restore, close CaseWatch and "
                                             "put the copy in place of the database file (or open it with --db)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The new backup file."));
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    const QString file = parser.positionalArguments().value(0);
    if (file.isEmpty())
        return ctx.usageError(Cli::tr("backup needs the name of the file to write."));
    Database *db = ctx.database();
    if (!db)
        return ExitUsage;
    if (Status s = DatabaseCopier::backupSqlite(*db, file); !s) {
        ctx.printError(s.error());
        return ExitItemsFailed;
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("file"), QFileInfo(file).absoluteFilePath()},
                                  {QStringLiteral("verified"), true}});
    else
        ctx.printLine(Cli::tr("Backup written and checked: %1").arg(QDir::toNativeSeparators(file)));
    return ExitOk;
}

} // namespace

int runDatabaseCommand(CliContext &ctx, const QStringList &args)
{
    const QString command = args.value(0);
    if (command == u"db-password")
        return dbPassword(ctx, args);
    if (command == u"migrate-db")
        return migrateDb(ctx, args);
    return backup(ctx, args);
}

} // namespace cw
