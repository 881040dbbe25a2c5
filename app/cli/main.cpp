// casewatch-cli: the command line of CaseWatch. It links casewatch_core only (no QtGui, no
// widgets) and is the composition root for scripted use and tests.
#include "CliContext.h"
#include "Commands.h"

#include "i18n/Translations.h"
#include "uscis/ApiEnvironment.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace cw {

bool parseCommand(CliContext &ctx, QCommandLineParser &parser, const QStringList &args, int *exitCode)
{
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Machine-readable JSON on standard output."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."));
    parser.addOption(json);
    parser.addOption(help);
    QStringList argv = args;
    if (!argv.isEmpty())
        argv[0] = QStringLiteral("casewatch-cli ") + argv[0];
    if (!parser.parse(argv)) {
        *exitCode = ctx.usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        ctx.printLine(parser.helpText());
        *exitCode = ExitOk;
        return false;
    }
    if (parser.isSet(json))
        ctx.json = true;
    return true;
}

namespace {

QString globalHelp()
{
    // One translatable line per command, so that a new command does not re-open the others.
    const std::pair<const char *, QString> commands[] = {
        {"profiles add|list|show|remove", Cli::tr("manage applicant and petitioner profiles")},
        {"cases add|list|remove", Cli::tr("manage tracked receipt numbers")},
        {"check RECEIPT…", Cli::tr("ask USCIS now; tracked cases are recorded")},
        {"history RECEIPT [--lang es]", Cli::tr("show the stored timeline of a case")},
        {"poll [--once]", Cli::tr("fetch every due case, within the API's limits")},
        {"events [--since CURSOR]", Cli::tr("list status changes, oldest first")},
        {"import FILE… [--profile ID]",
         Cli::tr("read I-797 notices (PDFs, photos, fax scans) and track their receipts")},
        {"normalize TEXT…", Cli::tr("show the category of a USCIS status title (English or Spanish)")},
        {"statuses unknown|assign|remove", Cli::tr("list titles no rule knows; manage the firm's own status rules")},
        {"estimate RECEIPT…", Cli::tr("estimate when USCIS will likely decide, from the firm's own similar cases")},
        {"draft RECEIPT [--lang es]",
         Cli::tr("draft a letter to the client about the case, from the firm's templates")},
        {"digest --since DATE", Cli::tr("draft one letter per client covering every change since a date")},
        {"deadlines [--all] | done|undo ID",
         Cli::tr("list deadlines and appointments; mark one done or open it again")},
        {"export --format csv|json|ics", Cli::tr("export cases, histories and deadlines for other programs")},
        {"tasks [--mine] | done|undo ID",
         Cli::tr("list the tasks status changes made; mark one done or open it again")},
        {"staff | add | link | me", Cli::tr("the firm's staff, and who this desktop's user is")},
        {"assign --profile|--cases …", Cli::tr("set the attorney and paralegal responsible for a profile or cases")},
        {"health [--days N]", Cli::tr("how well tracking works: success rate, time to see a change, quota")},
        {"db-roles setup|add LOGIN", Cli::tr("roles on a shared PostgreSQL database, enforced by the database")},
        {"credentials set|show|clear|test", Cli::tr("manage the USCIS API credentials in the OS keychain")},
        {"webhook set|show|test|deliver", Cli::tr("send signed status changes to the firm's own systems")},
        {"db-password set|clear", Cli::tr("store the PostgreSQL password of --database in the OS keychain")},
        {"migrate-db --to URL", Cli::tr("copy this database into an empty PostgreSQL database, and verify")},
        {"backup FILE", Cli::tr("write a consistent copy of the SQLite database, while it is in use")},
        {"sandbox [--port N]", Cli::tr("run the built-in USCIS simulator")},
    };
    const std::pair<const char *, QString> options[] = {
        {"--db PATH", Cli::tr("the SQLite database file (default: %1)").arg(CliContext::defaultDatabasePath())},
        {"--database URL", Cli::tr("a shared PostgreSQL database: postgresql://user@server/db")},
        {"--environment E", Cli::tr("sandbox, production, demo (offline simulator) or custom")},
        {"--api-base URL", Cli::tr("custom environment: the case-status endpoint")},
        {"--token-url URL", Cli::tr("custom environment: the OAuth token endpoint")},
        {"--rate-limit N", Cli::tr("requests per second the server allows")},
        {"--daily-quota N", Cli::tr("requests per day the server allows")},
        {"--json", Cli::tr("machine-readable JSON on standard output")},
        {"--version", Cli::tr("print the version")},
        {"-h, --help", Cli::tr("show this help")},
    };
    QString out = Cli::tr("Usage: casewatch-cli [global options] COMMAND [options]") + QStringLiteral("\n\n")
                  + Cli::tr("Track USCIS cases from the command line. Add --help after a command for its options.")
                  + QStringLiteral("\n\n") + Cli::tr("Commands:") + u'\n';
    for (const auto &[syntax, text] : commands)
        out += QStringLiteral("  %1 %2\n").arg(QString::fromUtf8(syntax), -32).arg(text);
    out += u'\n' + Cli::tr("Global options:") + u'\n';
    for (const auto &[syntax, text] : options)
        out += QStringLiteral("  %1 %2\n").arg(QString::fromUtf8(syntax), -16).arg(text);
    return out + u'\n' + Cli::tr("Exit codes: 0 ok, 1 some items failed, 2 usage or configuration error.");
}

int run(const QStringList &arguments)
{
    CliContext ctx;
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"), QString());
    const QCommandLineOption version(QStringLiteral("version"), QString());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption environment(QStringLiteral("environment"), QString(), QStringLiteral("E"));
    const QCommandLineOption apiBase(QStringLiteral("api-base"), QString(), QStringLiteral("URL"));
    const QCommandLineOption tokenUrl(QStringLiteral("token-url"), QString(), QStringLiteral("URL"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"), QString(), QStringLiteral("N"));
    const QCommandLineOption dailyQuota(QStringLiteral("daily-quota"), QString(), QStringLiteral("N"));
    parser.addOptions({db, database, json, version, help, environment, apiBase, tokenUrl, rateLimit, dailyQuota});
    if (!parser.parse(arguments))
        return ctx.usageError(parser.errorText());
    if (parser.isSet(version)) {
        ctx.printLine(QStringLiteral("casewatch-cli %1").arg(QStringLiteral(CASEWATCH_VERSION)));
        return ExitOk;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(help)) {
        ctx.printLine(globalHelp());
        return ExitOk;
    }
    if (rest.isEmpty()) {
        ctx.printMessage(globalHelp());
        return ExitUsage;
    }
    ctx.dbPath = parser.value(db);
    ctx.databaseUrl = parser.value(database);
    ctx.json = parser.isSet(json);
    ctx.environmentId = parser.value(environment);
    if (!ctx.environmentId.isEmpty() && !ApiEnvironment::kindFromId(ctx.environmentId))
        return ctx.usageError(ApiEnvironment::kindFromId(ctx.environmentId).error().message);
    ctx.apiBase = QUrl(parser.value(apiBase));
    ctx.tokenUrl = QUrl(parser.value(tokenUrl));
    bool ok = true;
    if (parser.isSet(rateLimit) && ((ctx.rateLimit = parser.value(rateLimit).toDouble(&ok)) <= 0 || !ok))
        return ctx.usageError(Cli::tr("--rate-limit needs a positive number of requests per second."));
    if (parser.isSet(dailyQuota) && ((ctx.dailyQuota = parser.value(dailyQuota).toInt(&ok)) <= 0 || !ok))
        return ctx.usageError(Cli::tr("--daily-quota needs a positive whole number of requests."));

    const QString command = rest.first();
    if (command == u"profiles")
        return runProfiles(ctx, rest);
    if (command == u"cases")
        return runCases(ctx, rest);
    if (command == u"credentials" || command == u"check" || command == u"history" || command == u"sandbox")
        return runApiCommand(ctx, rest);
    if (command == u"poll" || command == u"events")
        return runPollCommand(ctx, rest);
    if (command == u"normalize")
        return runNormalize(ctx, rest);
    if (command == u"statuses")
        return runStatuses(ctx, rest);
    if (command == u"estimate")
        return runEstimate(ctx, rest);
    if (command == u"draft" || command == u"digest")
        return runClientUpdate(ctx, rest);
    if (command == u"export")
        return runExport(ctx, rest);
    if (command == u"deadlines")
        return runDeadlines(ctx, rest);
    if (command == u"import")
        return runImport(ctx, rest);
    if (command == u"webhook")
        return runWebhook(ctx, rest);
    if (command == u"db-password" || command == u"migrate-db" || command == u"backup")
        return runDatabaseCommand(ctx, rest);
    if (command == u"staff" || command == u"assign" || command == u"tasks" || command == u"db-roles"
        || command == u"health")
        return runStaffCommand(ctx, rest);
    return ctx.usageError(Cli::tr("unknown command \"%1\".").arg(command));
}

} // namespace
} // namespace cw

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Debug output only when asked for (QT_LOGGING_RULES="casewatch.*.debug=true").
    QLoggingCategory::setFilterRules(QStringLiteral("casewatch.*.debug=false"));
    QCoreApplication::setApplicationName(QStringLiteral("CaseWatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEWATCH_VERSION));
    cw::Translations::install(app, qEnvironmentVariable("CASEWATCH_LANGUAGE"));
    return cw::run(QCoreApplication::arguments());
}
