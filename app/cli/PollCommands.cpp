#include "ApiConnection.h"
#include "CliContext.h"
#include "Commands.h"
#include "Interrupt.h"

#include "poller/Poller.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/ObservationStore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

namespace cw {

namespace {

QJsonObject eventJson(const StatusEventInfo &e)
{
    return QJsonObject{{QStringLiteral("event_id"), e.eventId},
                       {QStringLiteral("receipt_number"), e.receipt},
                       {QStringLiteral("occurred_at"), e.occurredAt},
                       {QStringLiteral("kind"), eventKindId(e.kind)},
                       {QStringLiteral("category"), e.category},
                       {QStringLiteral("previous_category"),
                        e.previousCategory.isEmpty() ? QJsonValue() : QJsonValue(e.previousCategory)},
                       {QStringLiteral("status_en"), e.statusEn},
                       {QStringLiteral("status_es"), e.statusEs}};
}

QString describe(const StatusEventInfo &e)
{
    return QStringLiteral("%1  %2  %3 -> %4  %5")
        .arg(e.occurredAt, e.receipt, e.previousCategory.isEmpty() ? QStringLiteral("-") : e.previousCategory,
             e.category, e.statusEn);
}

int poll(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Fetch every case that is due, at the API's rate limit and never over it. With --once, one cycle: it "
                "returns when every due case has an answer, a permanent error, or has used up its retries. Without, it "
                "keeps polling until interrupted (Ctrl+C)."));
    parser.addOptions({
        {QStringLiteral("once"), Cli::tr("One cycle over the due cases, then exit.")},
        {QStringLiteral("daemon"),
         Cli::tr("Poll for the whole firm until stopped, as its polling server: desktops on the same database leave "
                 "polling to it.")},
        {QStringLiteral("lease-seconds"),
         Cli::tr("How long other desktops wait before taking over from a poller that stopped answering (default "
                 "30)."),
         QStringLiteral("N"), QStringLiteral("30")},
        {QStringLiteral("in-flight"), Cli::tr("Requests in the air at once (default 8)."), QStringLiteral("N"),
         QStringLiteral("8")},
        {QStringLiteral("hot-hours"), Cli::tr("Fetch hot cases (just changed, or about to move) every N hours."),
         QStringLiteral("N")},
        {QStringLiteral("normal-hours"), Cli::tr("Fetch other open cases every N hours."), QStringLiteral("N")},
        {QStringLiteral("cold-days"), Cli::tr("Fetch cases in a final state every N days."), QStringLiteral("N")},
    });
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    ApiConnection *connection = ctx.connection();
    if (!connection)
        return ExitUsage;
    QEventLoop wait;
    std::optional<Result<ApiCredentials>> credentials;
    QObject context;
    connection->loadCredentials(&context, [&](Result<ApiCredentials> c) {
        credentials = std::move(c);
        wait.quit();
    });
    if (!credentials)
        wait.exec();
    if (!credentials->ok()) {
        ctx.printError(credentials->error());
        return ExitUsage;
    }
    // The firm's settings, as the desktop reads them (tiers, deadline days): the session's.
    Session *session = ctx.session();
    PollerOptions options = session->pollerOptions();
    options.maxInFlight = std::max(1, parser.value(QStringLiteral("in-flight")).toInt());
    const bool once = parser.isSet(QStringLiteral("once"));
    options.daemon = parser.isSet(QStringLiteral("daemon"));
    if (once && options.daemon)
        return ctx.usageError(Cli::tr("--once and --daemon cannot be combined."));
    {
        bool ok = false;
        options.leaseSeconds = parser.value(QStringLiteral("lease-seconds")).toInt(&ok);
        if (!ok || options.leaseSeconds < 3 || options.leaseSeconds > 3600)
            return ctx.usageError(Cli::tr("--lease-seconds needs a whole number from 3 to 3600."));
    }
    const std::pair<const char *, qint64 *> tiers[] = {{"hot-hours", &options.intervals.hotSeconds},
                                                       {"normal-hours", &options.intervals.normalSeconds},
                                                       {"cold-days", &options.intervals.coldSeconds}};
    for (const auto &[name, seconds] : tiers) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        const int n = parser.value(option).toInt(&ok);
        if (!ok || n <= 0)
            return ctx.usageError(Cli::tr("--%1 needs a positive whole number.").arg(option));
        *seconds = qint64(n) * (option == u"cold-days" ? 86400 : 3600);
    }
    Poller &poller = *session->startPolling(connection->environment(), credentials->value(), options);
    // The poller belongs to the session and outlives this function: these connections end with it.
    QObject listening;

    QJsonArray events;
    std::optional<CycleStats> result;
    QString blocked;
    QObject::connect(&poller, &Poller::eventRecorded, &listening, [&](const StatusEventInfo &e) {
        if (!ctx.json)
            ctx.printLine(describe(e));
        else if (once)
            events.append(eventJson(e));
        else
            ctx.printJsonLine(eventJson(e));
    });
    QString following;
    QObject::connect(&poller, &Poller::statusChanged, &listening, [&](const PollerStatus &s) {
        if (s.state == PollerStatus::State::Following && s.leader != following) {
            following = s.leader;
            ctx.printMessage(Cli::tr("poller: %1 polls for the firm; waiting.").arg(following));
        }
        if (s.state == PollerStatus::State::Blocked || s.state == PollerStatus::State::QuotaExhausted) {
            if (blocked != s.message)
                ctx.printMessage(Cli::tr("poller: %1").arg(s.message));
            blocked = s.message;
        }
    });
    QObject::connect(&poller, &Poller::cycleFinished, &listening, [&](const CycleStats &stats) {
        if (once) {
            result = stats;
            wait.quit();
        }
    });
    interrupt::install();
    QTimer interrupt;
    QObject::connect(&interrupt, &QTimer::timeout, &wait, [&] {
        if (interrupt::raised())
            wait.quit();
    });
    interrupt.start(100);
    poller.start(!once);
    wait.exec();
    poller.stop();
    if (!result)
        return interrupt::raised() ? ExitOk : ExitItemsFailed;

    if (ctx.json) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("fetched"), result->fetched},
            {QStringLiteral("changed"), result->changed},
            {QStringLiteral("failed"), result->failed},
            {QStringLiteral("rate_limited"), result->rateLimited},
            {QStringLiteral("deferred"), result->deferred},
            {QStringLiteral("requests"), result->requests},
            {QStringLiteral("duration_s"), result->durationSeconds},
            {QStringLiteral("polled_by"), result->polledBy.isEmpty() ? QJsonValue() : QJsonValue(result->polledBy)},
            {QStringLiteral("events"), events},
            {QStringLiteral("error"),
             blocked.isEmpty() ? QJsonValue()
                               : QJsonValue(QJsonObject{{QStringLiteral("code"), QStringLiteral("poller.blocked")},
                                                        {QStringLiteral("message"), blocked}})}});
    } else if (!result->polledBy.isEmpty()) {
        ctx.printLine(Cli::tr("Nothing left to fetch: %1 polled the due cases.").arg(result->polledBy));
    } else {
        ctx.printLine(Cli::tr("%1 fetched, %2 changed, %3 failed, %4 rate-limited, %5 deferred in %6 s")
                          .arg(result->fetched)
                          .arg(result->changed)
                          .arg(result->failed)
                          .arg(result->rateLimited)
                          .arg(result->deferred)
                          .arg(result->durationSeconds, 0, 'f', 1));
    }
    return result->failed || result->deferred || !blocked.isEmpty() ? ExitItemsFailed : ExitOk;
}

int events(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Status-change events, oldest first. Pass the printed next_cursor as --since to get only newer ones."));
    parser.addOptions({
        {QStringLiteral("since"), Cli::tr("Only events after this cursor."), QStringLiteral("CURSOR")},
        {QStringLiteral("limit"), Cli::tr("At most this many events (default 1000)."), QStringLiteral("N"),
         QStringLiteral("1000")},
    });
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    qint64 after = 0;
    if (parser.isSet(QStringLiteral("since"))) {
        bool ok = false;
        after = parser.value(QStringLiteral("since")).toLongLong(&ok);
        if (!ok || after < 0)
            return ctx.usageError(
                Cli::tr("\"%1\" is not a cursor printed by 'events'.").arg(parser.value(QStringLiteral("since"))));
    }
    const int limit = std::clamp(parser.value(QStringLiteral("limit")).toInt(), 1, 100000);
    Database *db = ctx.database();
    if (!db)
        return ExitUsage;
    auto list = ObservationStore(*db).eventsAfter(after, limit);
    if (!list) {
        ctx.printError(list.error());
        return ExitItemsFailed;
    }
    const qint64 next = list->isEmpty() ? after : list->last().eventId;
    if (ctx.json) {
        QJsonArray out;
        for (const StatusEventInfo &e : list.value())
            out.append(eventJson(e));
        ctx.printJson(
            QJsonObject{{QStringLiteral("events"), out}, {QStringLiteral("next_cursor"), QString::number(next)}});
    } else {
        for (const StatusEventInfo &e : list.value())
            ctx.printLine(describe(e));
        ctx.printMessage(Cli::tr("next cursor: %1").arg(next));
    }
    return ExitOk;
}

} // namespace

int runPollCommand(CliContext &ctx, const QStringList &args)
{
    return args.value(0) == u"poll" ? poll(ctx, args) : events(ctx, args);
}

} // namespace cw
