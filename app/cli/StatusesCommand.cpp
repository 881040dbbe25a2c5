#include "CliContext.h"
#include "Commands.h"

#include "domain/StatusCategory.h"
#include "normalize/StatusNormalizer.h"
#include "storage/Database.h"
#include "storage/StatusRuleStore.h"

#include <QFile>
#include <QJsonArray>

namespace cw {

namespace {

QJsonObject appliedJson(const StatusRuleStore::Applied &a)
{
    return {{QStringLiteral("cases_changed"), a.casesChanged},
            {QStringLiteral("history_changed"), a.historyChanged},
            {QStringLiteral("events"), a.events}};
}

void printApplied(CliContext &ctx, const StatusRuleStore::Applied &a)
{
    ctx.printLine(
        Cli::tr("Re-categorized %1 case(s) and %2 history entries.").arg(a.casesChanged).arg(a.historyChanged));
}

} // namespace

int runStatuses(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Teaches CaseWatch the firm's reading of USCIS status titles. Subcommands:\n"
                "  unknown                 list the titles no rule knows (OTHER), most frequent first\n"
                "  assign TITLE CATEGORY   store a firm rule and re-categorize every case and history entry\n"
                "  remove TITLE            delete a firm rule; its titles go back to the built-in reading\n"
                "  rules                   list the firm's rules\n"
                "  export [--output FILE]  write the firm's rules as JSON\n"
                "  import FILE             assign every rule of an exported file (all or nothing)\n"
                "Categories: %1")
            .arg(categories::ids().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("SUBCOMMAND"),
                                 Cli::tr("unknown, assign, remove, rules, export or import"));
    const QCommandLineOption output(QStringLiteral("output"), Cli::tr("Write to this file instead of standard output."),
                                    QStringLiteral("FILE"));
    parser.addOption(output);
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    const QStringList pos = parser.positionalArguments();
    const QString sub = pos.value(0);
    const QStringList known{QStringLiteral("unknown"), QStringLiteral("assign"), QStringLiteral("remove"),
                            QStringLiteral("rules"),   QStringLiteral("export"), QStringLiteral("import")};
    if (!known.contains(sub))
        return ctx.usageError(Cli::tr("statuses needs one of: %1.").arg(known.join(QStringLiteral(", "))));
    if (sub == u"assign" && pos.size() != 3)
        return ctx.usageError(Cli::tr("Usage: statuses assign \"TITLE\" CATEGORY"));
    if ((sub == u"remove" || sub == u"import") && pos.size() != 2)
        return ctx.usageError(
            Cli::tr("Usage: statuses %1 %2").arg(sub, sub == u"remove" ? u"\"TITLE\""_qs : u"FILE"_qs));
    if (sub == u"assign" && !categories::find(pos[2]))
        return ctx.usageError(Cli::tr("\"%1\" is not a category. Use one of: %2.")
                                  .arg(pos[2], categories::ids().join(QStringLiteral(", "))));
    Database *db = ctx.database();
    if (!db)
        return ExitUsage;
    const StatusNormalizer builtIn; // the store adds the database's rules itself
    StatusRuleStore store(*db);

    if (sub == u"unknown") {
        auto titles = store.unknownTitles();
        if (!titles) {
            ctx.printError(titles.error());
            return ExitItemsFailed;
        }
        QJsonArray out;
        for (const auto &t : titles.value()) {
            out.append(QJsonObject{{QStringLiteral("title"), t.title},
                                   {QStringLiteral("language"), t.language},
                                   {QStringLiteral("cases"), t.cases},
                                   {QStringLiteral("history_entries"), t.historyEntries}});
            ctx.printLine(QStringLiteral("%1\t%2\t%3\t%4").arg(t.cases).arg(t.historyEntries).arg(t.language, t.title));
        }
        if (ctx.json)
            ctx.printJson(out);
        else if (titles->isEmpty())
            ctx.printMessage(Cli::tr("Every status title is understood."));
        return ExitOk;
    }
    if (sub == u"rules" || sub == u"export") {
        if (sub == u"export") {
            auto bytes = store.exportJson();
            if (!bytes) {
                ctx.printError(bytes.error());
                return ExitItemsFailed;
            }
            if (!parser.isSet(output)) {
                std::fwrite(bytes->constData(), 1, size_t(bytes->size()), stdout);
                return ExitOk;
            }
            QFile file(parser.value(output));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes.value()) != bytes->size()) {
                ctx.printError(Error{QStringLiteral("statuses.write_failed"),
                                     Cli::tr("Could not write %1: %2").arg(file.fileName(), file.errorString())});
                return ExitItemsFailed;
            }
            return ExitOk;
        }
        auto rules = store.all();
        if (!rules) {
            ctx.printError(rules.error());
            return ExitItemsFailed;
        }
        QJsonArray out;
        for (const auto &r : rules.value()) {
            out.append(QJsonObject{{QStringLiteral("title"), r.title},
                                   {QStringLiteral("category"), r.category},
                                   {QStringLiteral("created_at"), r.createdAt},
                                   {QStringLiteral("created_by"), r.createdBy}});
            ctx.printLine(QStringLiteral("%1\t%2").arg(r.category, r.title));
        }
        if (ctx.json)
            ctx.printJson(out);
        return ExitOk;
    }
    if (sub == u"import") {
        QFile file(pos[1]);
        if (!file.open(QIODevice::ReadOnly)) {
            ctx.printError(Error{QStringLiteral("statuses.read_failed"),
                                 Cli::tr("Could not read %1: %2").arg(file.fileName(), file.errorString())});
            return ExitUsage;
        }
        auto imported = store.importJson(file.read(4 * 1024 * 1024), builtIn);
        if (!imported) {
            ctx.printError(imported.error());
            return ExitItemsFailed;
        }
        ctx.printLine(Cli::tr("Imported %1 rule(s).").arg(imported.value()));
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("rules"), imported.value()}});
        return ExitOk;
    }
    auto applied = sub == u"assign" ? store.assign(pos[1], pos[2], builtIn) : store.remove(pos[1], builtIn);
    if (!applied) {
        ctx.printError(applied.error());
        return ExitItemsFailed;
    }
    printApplied(ctx, applied.value());
    if (ctx.json)
        ctx.printJson(appliedJson(applied.value()));
    return ExitOk;
}

} // namespace cw
