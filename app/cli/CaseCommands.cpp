#include "CliContext.h"
#include "Commands.h"

#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QTextStream>

namespace cw {

namespace {

int add(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Track receipt numbers for a profile. Give the numbers as arguments, or '-' to read them "
                "from standard input (one per line, or separated by commas). Bad entries are reported "
                "with their reason; the good ones are added."));
    parser.addPositionalArgument(QStringLiteral("RECEIPT"), Cli::tr("Receipt numbers, e.g. EAC9999103402."),
                                 QStringLiteral("RECEIPT…"));
    parser.addOptions({
        {QStringLiteral("profile"), Cli::tr("The profile the cases belong to (required)."), QStringLiteral("ID")},
        {QStringLiteral("form"), Cli::tr("Form type, e.g. I-485."), QStringLiteral("FORM")},
        {QStringLiteral("label"), Cli::tr("A note shown with the cases."), QStringLiteral("TEXT")},
    });
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    bool ok = false;
    const qint64 profileId = parser.value(QStringLiteral("profile")).toLongLong(&ok);
    if (!parser.isSet(QStringLiteral("profile")) || !ok || profileId <= 0)
        return ctx.usageError(Cli::tr("cases add needs --profile ID (see 'casewatch-cli profiles list')."));

    QStringList inputs;
    for (const QString &arg : parser.positionalArguments()) {
        if (arg == u"-") {
            QTextStream in(stdin);
            inputs << ReceiptNumber::splitList(in.readAll());
        } else {
            inputs << ReceiptNumber::splitList(arg);
        }
    }
    if (inputs.isEmpty())
        return ctx.usageError(Cli::tr("cases add needs at least one receipt number."));

    Database *db = ctx.database();
    if (!db)
        return ExitUsage;
    const auto items = CaseStore(*db).addList(profileId, inputs, parser.value(QStringLiteral("form")),
                                              parser.value(QStringLiteral("label")));
    QJsonArray added;
    QJsonArray failed;
    for (const auto &item : items) {
        if (item.added) {
            QJsonObject obj = CliContext::caseJson(*item.added);
            obj.insert(QStringLiteral("input"), item.input);
            obj.insert(QStringLiteral("warning"), item.warning);
            added.append(obj);
            if (!ctx.json)
                ctx.printLine(Cli::tr("added %1").arg(item.added->receipt.toString()));
            if (!item.warning.isEmpty())
                ctx.printMessage(Cli::tr("warning: %1").arg(item.warning));
        } else if (item.error) {
            failed.append(QJsonObject{{QStringLiteral("input"), item.input},
                                      {QStringLiteral("error"), CliContext::errorJson(item.error)}});
            ctx.printMessage(Cli::tr("skipped \"%1\": %2").arg(item.input, item.error->message));
        }
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("added"), added}, {QStringLiteral("failed"), failed}});
    return failed.isEmpty() ? ExitOk : ExitItemsFailed;
}

int list(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("List tracked cases."));
    parser.addOptions({
        {QStringLiteral("profile"), Cli::tr("Only the cases of this profile."), QStringLiteral("ID")},
        {QStringLiteral("active"), Cli::tr("Leave out archived cases.")},
    });
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    CaseFilter filter;
    if (parser.isSet(QStringLiteral("profile"))) {
        bool ok = false;
        filter.profileId = parser.value(QStringLiteral("profile")).toLongLong(&ok);
        if (!ok)
            return ctx.usageError(Cli::tr("--profile needs a profile number."));
    }
    filter.includeArchived = !parser.isSet(QStringLiteral("active"));
    Database *db = ctx.database();
    if (!db)
        return ExitUsage;
    auto cases = CaseStore(*db).list(filter);
    if (!cases) {
        ctx.printError(cases.error());
        return ExitItemsFailed;
    }
    if (ctx.json) {
        QJsonArray out;
        for (const TrackedCase &c : cases.value())
            out.append(CliContext::caseJson(c));
        ctx.printJson(out);
        return ExitOk;
    }
    for (const TrackedCase &c : cases.value()) {
        QString status = c.lastErrorMessage.isEmpty() ? c.statusEn : Cli::tr("error: %1").arg(c.lastErrorMessage);
        if (status.isEmpty())
            status = Cli::tr("not checked yet");
        ctx.printLine(QStringLiteral("%1\t%2\t%3\t%4%5")
                          .arg(c.receipt.toString(), c.profileName, c.formType, status,
                               c.archived ? Cli::tr(" (archived)") : QString()));
    }
    return ExitOk;
}

int remove(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Stop tracking receipt numbers and delete their stored history."));
    parser.addPositionalArgument(QStringLiteral("RECEIPT"), Cli::tr("Receipt numbers."), QStringLiteral("RECEIPT…"));
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    if (parser.positionalArguments().isEmpty())
        return ctx.usageError(Cli::tr("cases remove needs at least one receipt number."));
    Database *db = ctx.database();
    if (!db)
        return ExitUsage;
    CaseStore store(*db);
    QJsonArray results;
    int failed = 0;
    for (const QString &input : parser.positionalArguments()) {
        std::optional<Error> error;
        auto receipt = ReceiptNumber::parse(input);
        if (!receipt) {
            error = receipt.error();
        } else if (auto found = store.findByReceipt(receipt.value()); !found) {
            error = found.error();
        } else if (!found.value()) {
            error = Error{QStringLiteral("case.not_tracked"),
                          Cli::tr("%1 is not tracked, so there is nothing to remove.").arg(receipt->toString())};
        } else if (Status removed = store.remove(found.value()->id); !removed) {
            error = removed.error();
        }
        if (error) {
            ++failed;
            ctx.printError(*error);
        } else if (!ctx.json) {
            ctx.printLine(Cli::tr("removed %1").arg(receipt->toString()));
        }
        results.append(QJsonObject{{QStringLiteral("input"), input},
                                   {QStringLiteral("removed"), !error.has_value()},
                                   {QStringLiteral("error"), CliContext::errorJson(error)}});
    }
    if (ctx.json)
        ctx.printJson(results);
    return failed ? ExitItemsFailed : ExitOk;
}

} // namespace

int runCases(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == u"add")
        return add(ctx, rest);
    if (sub == u"list")
        return list(ctx, rest);
    if (sub == u"remove")
        return remove(ctx, rest);
    return ctx.usageError(sub.isEmpty()
                              ? Cli::tr("cases needs a subcommand: add, list or remove.")
                              : Cli::tr("unknown subcommand \"cases %1\"; use add, list or remove.").arg(sub));
}

} // namespace cw
