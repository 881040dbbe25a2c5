#include "ApiConnection.h"
#include "CliContext.h"
#include "Commands.h"
#include "CliPrompt.h"

#include "normalize/StatusNormalizer.h"
#include "sandbox/SandboxServer.h"
#include "secrets/ApiCredentials.h"
#include "secrets/CredentialStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/ObservationStore.h"
#include "poller/CaseChecker.h"
#include "uscis/TokenProvider.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTextStream>

#include <cstdio>

namespace cw {

namespace {

QJsonObject snapshotJson(const CaseChecker::Result &r)
{
    QJsonArray history;
    QJsonObject o{{QStringLiteral("receipt_number"), r.receipt.toString()},
                  {QStringLiteral("tracked"), r.caseId > 0},
                  {QStringLiteral("changed"), r.recorded.kind != EventKind::None},
                  {QStringLiteral("event_id"), r.recorded.eventId ? QJsonValue(r.recorded.eventId) : QJsonValue()}};
    const CaseSnapshot s = r.snapshot.value_or(CaseSnapshot{});
    o.insert(QStringLiteral("form_type"), s.formType);
    o.insert(QStringLiteral("category"), r.snapshot ? QJsonValue(s.category) : QJsonValue());
    o.insert(QStringLiteral("needs_review"), s.needsReview);
    o.insert(QStringLiteral("status_en"), s.statusEn);
    o.insert(QStringLiteral("status_es"), s.statusEs);
    o.insert(QStringLiteral("description_en"), s.descriptionEn);
    o.insert(QStringLiteral("description_es"), s.descriptionEs);
    o.insert(QStringLiteral("submitted_date"), s.submittedDate);
    o.insert(QStringLiteral("modified_date"), s.modifiedDate);
    for (const HistoryEntry &h : s.history)
        history.append(QJsonObject{{QStringLiteral("date"), h.date},
                                   {QStringLiteral("status_en"), h.statusEn},
                                   {QStringLiteral("status_es"), h.statusEs},
                                   {QStringLiteral("category"), h.category}});
    o.insert(QStringLiteral("history"), history);
    std::optional<Error> error;
    if (r.error)
        error = Error{r.error->code, r.error->message};
    else if (r.storageError)
        error = r.storageError;
    o.insert(QStringLiteral("error"), CliContext::errorJson(error));
    return o;
}

int credentials(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Manage the firm's USCIS API credentials in the OS keychain. 'set' reads the secret from standard "
                "input, never from the command line."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("set, show, clear or test."));
    parser.addOption({QStringLiteral("client-id"), Cli::tr("The client id (for 'set')."), QStringLiteral("ID")});
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    const QString action = parser.positionalArguments().value(0);
    const QString env = ctx.effectiveEnvironment();
    if (!ApiEnvironment::kindFromId(env))
        return ctx.usageError(ApiEnvironment::kindFromId(env).error().message);
    if (env == u"demo" && action != u"test")
        return ctx.usageError(Cli::tr("The offline demo needs no credentials. Choose the environment they are for, "
                                      "e.g. --environment sandbox or --environment production."));
    CredentialStore &store = ctx.credentials();
    QObject context;

    if (action == u"set") {
        const QString id = parser.value(QStringLiteral("client-id")).trimmed();
        if (id.isEmpty())
            return ctx.usageError(
                Cli::tr("credentials set needs --client-id ID (the secret is read from standard input)."));
        const QString secret = readSecretFromStdin(ctx, Cli::tr("Client secret (input hidden): "));
        if (secret.isEmpty())
            return ctx.usageError(Cli::tr("No client secret was given on standard input."));
        const Status saved = waitFor<Status>([&](auto done) {
            ApiCredentials::save(store, env, {id, secret}, &context, done);
        });
        if (!saved) {
            ctx.printError(saved.error());
            return ExitUsage;
        }
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("environment"), env},
                                      {QStringLiteral("client_id"), id},
                                      {QStringLiteral("stored"), true}});
        else
            ctx.printLine(Cli::tr("Stored the USCIS credentials for %1 in the keychain (client id %2).").arg(env, id));
        return ExitOk;
    }
    if (action == u"show") {
        auto loaded = waitFor<Result<std::optional<ApiCredentials>>>(
            [&](auto done) { ApiCredentials::load(store, env, &context, done); });
        if (!loaded) {
            ctx.printError(loaded.error());
            return ExitUsage;
        }
        const bool stored = loaded.value().has_value();
        if (ctx.json) {
            ctx.printJson(
                QJsonObject{{QStringLiteral("environment"), env},
                            {QStringLiteral("client_id"), stored ? QJsonValue(loaded.value()->clientId) : QJsonValue()},
                            {QStringLiteral("stored"), stored}});
        } else if (stored) {
            ctx.printLine(Cli::tr("%1: client id %2, secret stored in the keychain (not shown).")
                              .arg(env, loaded.value()->clientId));
        } else {
            ctx.printLine(Cli::tr("%1: no credentials stored.").arg(env));
        }
        return stored ? ExitOk : ExitItemsFailed;
    }
    if (action == u"clear") {
        const Status removed =
            waitFor<Status>([&](auto done) { store.remove(ApiCredentials::keyFor(env), &context, done); });
        if (!removed) {
            ctx.printError(removed.error());
            return ExitUsage;
        }
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("environment"), env}, {QStringLiteral("stored"), false}});
        else
            ctx.printLine(Cli::tr("Removed the USCIS credentials for %1 from the keychain.").arg(env));
        return ExitOk;
    }
    if (action == u"test") {
        ApiConnection *connection = ctx.connection();
        if (!connection)
            return ExitUsage;
        auto token = waitFor<Result<QString>>([&](auto done) { connection->tokens().token(done); });
        std::optional<Error> error;
        if (!token)
            error = token.error();
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("environment"), env},
                                      {QStringLiteral("ok"), token.ok()},
                                      {QStringLiteral("error"), CliContext::errorJson(error)}});
        if (!token) {
            ctx.printError(token.error());
            return ExitItemsFailed;
        }
        if (!ctx.json)
            ctx.printLine(Cli::tr("USCIS accepted the credentials for %1.").arg(env));
        return ExitOk;
    }
    return ctx.usageError(Cli::tr("credentials needs an action: set, show, clear or test."));
}

int check(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Ask USCIS for the status of receipt numbers now. Tracked cases are recorded (status, history, "
                "changes); others are only shown."));
    parser.addPositionalArgument(QStringLiteral("RECEIPT"), Cli::tr("Receipt numbers."), QStringLiteral("RECEIPT…"));
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    if (parser.positionalArguments().isEmpty())
        return ctx.usageError(Cli::tr("check needs at least one receipt number."));
    QList<ReceiptNumber> receipts;
    QJsonArray out;
    int failed = 0;
    for (const QString &arg : parser.positionalArguments()) {
        auto parsed = ReceiptNumber::parse(arg);
        if (!parsed) {
            ++failed;
            ctx.printError(parsed.error());
            out.append(QJsonObject{{QStringLiteral("receipt_number"), arg},
                                   {QStringLiteral("error"), CliContext::errorJson(parsed.error())}});
            continue;
        }
        receipts << parsed.value();
    }
    ApiConnection *connection = receipts.isEmpty() ? nullptr : ctx.connection();
    if (!receipts.isEmpty() && !connection)
        return ExitUsage;
    for (const ReceiptNumber &receipt : std::as_const(receipts)) {
        auto result = waitFor<CaseChecker::Result>([&](auto done) { connection->checker().check(receipt, done); });
        if (result.error || result.storageError)
            ++failed;
        out.append(snapshotJson(result));
        if (ctx.json)
            continue;
        if (result.error) {
            ctx.printError(
                Error{result.error->code, QStringLiteral("%1: %2").arg(receipt.toString(), result.error->message)});
            continue;
        }
        const CaseSnapshot &s = *result.snapshot;
        ctx.printLine(QStringLiteral("%1  %2  %3  [%4]")
                          .arg(receipt.toString(), s.formType, s.statusEn, StatusNormalizer::displayName(s.category)));
        if (!s.statusEs.isEmpty())
            ctx.printLine(QStringLiteral("    %1").arg(s.statusEs));
        for (const HistoryEntry &h : s.history)
            ctx.printLine(QStringLiteral("    %1  %2").arg(h.date, h.statusEn));
        if (result.caseId == 0)
            ctx.printMessage(Cli::tr("%1 is not tracked, so nothing was stored. Add it with 'cases add' to keep its "
                                     "history.")
                                 .arg(receipt.toString()));
        if (result.storageError)
            ctx.printError(*result.storageError);
    }
    if (ctx.json)
        ctx.printJson(out);
    return failed ? ExitItemsFailed : ExitOk;
}

int history(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Show the stored USCIS timeline of a tracked case."));
    parser.addPositionalArgument(QStringLiteral("RECEIPT"), Cli::tr("The receipt number."));
    parser.addOption({QStringLiteral("lang"), Cli::tr("en or es."), QStringLiteral("LANG"), QStringLiteral("en")});
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    auto receipt = ReceiptNumber::parse(parser.positionalArguments().value(0));
    if (parser.positionalArguments().size() != 1 || !receipt)
        return ctx.usageError(Cli::tr("history needs one receipt number."));
    const bool spanish = parser.value(QStringLiteral("lang")) == u"es";
    Database *db = ctx.database();
    if (!db)
        return ExitUsage;
    auto found = CaseStore(*db).findByReceipt(receipt.value());
    if (!found || !found.value()) {
        ctx.printError(
            found ? Error{QStringLiteral("case.not_tracked"), Cli::tr("%1 is not tracked.").arg(receipt->toString())}
                  : found.error());
        return ExitItemsFailed;
    }
    const TrackedCase &c = *found.value();
    auto entries = ObservationStore(*db).history(c.id);
    if (!entries) {
        ctx.printError(entries.error());
        return ExitItemsFailed;
    }
    QJsonArray out;
    for (const HistoryEntry &h : entries.value()) {
        out.append(QJsonObject{{QStringLiteral("date"), h.date},
                               {QStringLiteral("status_en"), h.statusEn},
                               {QStringLiteral("status_es"), h.statusEs},
                               {QStringLiteral("category"), h.category}});
        if (!ctx.json)
            ctx.printLine(
                QStringLiteral("%1  %2").arg(h.date, spanish && !h.statusEs.isEmpty() ? h.statusEs : h.statusEn));
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("receipt_number"), c.receipt.toString()},
                                  {QStringLiteral("category"), c.category},
                                  {QStringLiteral("status_en"), c.statusEn},
                                  {QStringLiteral("status_es"), c.statusEs},
                                  {QStringLiteral("history"), out}});
    else
        ctx.printLine(Cli::tr("now  %1").arg(spanish && !c.statusEs.isEmpty() ? c.statusEs : c.statusEn));
    return ExitOk;
}

int sandbox(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Run the built-in USCIS simulator in the foreground, on this computer only."));
    parser.addOptions({
        {QStringLiteral("port"), Cli::tr("The port to listen on (default: any free port)."), QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("step-seconds"),
         Cli::tr("Move every case one step along its script every S seconds (0: never)."), QStringLiteral("S"),
         QStringLiteral("60")},
        {QStringLiteral("latency-ms"), Cli::tr("Answer every case request after this many milliseconds."),
         QStringLiteral("MS"), QStringLiteral("0")},
        {QStringLiteral("any-receipt"), Cli::tr("Answer for any well-formed receipt (load and crash tests).")},
        {QStringLiteral("slots-jitter-ms"),
         Cli::tr("Spike arrest as USCIS's gateway applies it (one request per 1/N-second slot), with up to this many "
                 "milliseconds of arrival jitter."),
         QStringLiteral("MS")},
    });
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    SandboxServer server;
    server.setStepSeconds(parser.value(QStringLiteral("step-seconds")).toInt());
    server.setLatencyMs(parser.value(QStringLiteral("latency-ms")).toInt());
    server.setServeUnknownReceipts(parser.isSet(QStringLiteral("any-receipt")));
    if (parser.isSet(QStringLiteral("slots-jitter-ms")))
        server.setSpikeArrestSlots(true, std::max(0, parser.value(QStringLiteral("slots-jitter-ms")).toInt()));
    if (ctx.rateLimit > 0 || ctx.dailyQuota > 0)
        server.setRateLimit(ctx.rateLimit > 0 ? ctx.rateLimit : 5, ctx.dailyQuota > 0 ? ctx.dailyQuota : 1000);
    if (!server.start(quint16(parser.value(QStringLiteral("port")).toUInt()))) {
        ctx.printError(
            Error{QStringLiteral("sandbox.no_port"), Cli::tr("The simulator could not listen on that port.")});
        return ExitUsage;
    }
    const QUrl root = server.rootUrl();
    if (ctx.json)
        ctx.printJson(
            QJsonObject{{QStringLiteral("api_base"), root.toString() + QStringLiteral("/case-status")},
                        {QStringLiteral("token_url"), root.toString() + QStringLiteral("/oauth/accesstoken")}});
    else
        ctx.printLine(Cli::tr("USCIS simulator on %1 — use: casewatch-cli --environment demo --api-base %1 check "
                              "EAC9999103403")
                          .arg(root.toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace

int runApiCommand(CliContext &ctx, const QStringList &args)
{
    const QString command = args.value(0);
    if (command == u"credentials")
        return credentials(ctx, args);
    if (command == u"check")
        return check(ctx, args);
    if (command == u"history")
        return history(ctx, args);
    return sandbox(ctx, args);
}

} // namespace cw
