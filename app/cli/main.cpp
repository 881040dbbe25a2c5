// casewatch-cli: the command line of CaseWatch. It links casewatch_core only (no QtGui, no
// widgets) and is the composition root for scripted use and tests.
#include "CliContext.h"
#include "Commands.h"

#include "i18n/Translations.h"

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
    return Cli::tr(
        "Usage: casewatch-cli [global options] COMMAND [options]\n"
        "\n"
        "Track USCIS cases from the command line. Add --help after a command for its options.\n"
        "\n"
        "Commands:\n"
        "  profiles add|list|show|remove   manage applicant and petitioner profiles\n"
        "  cases add|list|remove           manage tracked receipt numbers\n"
        "\n"
        "Global options:\n"
        "  --db PATH        the SQLite database file (default: %1)\n"
        "  --json           machine-readable JSON on standard output\n"
        "  --version        print the version\n"
        "  -h, --help       show this help\n"
        "\n"
        "Exit codes: 0 ok, 1 some items failed, 2 usage or configuration error.")
        .arg(CliContext::defaultDatabasePath());
}

int run(const QStringList &arguments)
{
    CliContext ctx;
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption json(QStringLiteral("json"), QString());
    const QCommandLineOption version(QStringLiteral("version"), QString());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    parser.addOptions({db, json, version, help});
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
    ctx.json = parser.isSet(json);

    const QString command = rest.first();
    if (command == u"profiles")
        return runProfiles(ctx, rest);
    if (command == u"cases")
        return runCases(ctx, rest);
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
