#include "CliContext.h"
#include "Commands.h"

#include "domain/Clock.h"
#include "i18n/DateText.h"
#include "session/Session.h"
#include "storage/DeadlineStore.h"

#include <QJsonArray>

namespace cw {

namespace {

QJsonObject deadlineJson(const Deadline &d)
{
    return QJsonObject{{QStringLiteral("id"), d.id},
                       {QStringLiteral("receipt_number"), d.receipt},
                       {QStringLiteral("client"), d.profileName},
                       {QStringLiteral("kind"), d.kind},
                       {QStringLiteral("due"), d.due.toString(Qt::ISODate)},
                       {QStringLiteral("source"), d.source},
                       {QStringLiteral("state"), deadlineStateId(d.state)},
                       {QStringLiteral("closed_by"), d.closedBy.isEmpty() ? QJsonValue() : QJsonValue(d.closedBy)},
                       {QStringLiteral("closed_at"), d.closedAt.isEmpty() ? QJsonValue() : QJsonValue(d.closedAt)},
                       {QStringLiteral("sequence"), d.sequence}};
}

int list(CliContext &ctx, Session &session, bool all)
{
    auto deadlines = session.deadlines().list(all);
    if (!deadlines) {
        ctx.printError(deadlines.error());
        return ExitItemsFailed;
    }
    if (ctx.json) {
        QJsonArray out;
        for (const Deadline &d : deadlines.value())
            out.append(deadlineJson(d));
        ctx.printJson(QJsonObject{{QStringLiteral("deadlines"), out}});
        return ExitOk;
    }
    const QDate today = session.clock().nowUtc().toLocalTime().date();
    for (const Deadline &d : deadlines.value()) {
        const qint64 left = today.daysTo(d.due);
        const QString when = d.state != DeadlineState::Open ? deadlineStateId(d.state)
                             : left < 0                     ? Cli::tr("%n day(s) overdue", nullptr, int(-left))
                                                            : Cli::tr("in %n day(s)", nullptr, int(left));
        ctx.printLine(QStringLiteral("%1  %2  %3  %4  %5  (%6)")
                          .arg(d.id, 5)
                          .arg(readableDate(d.due), -12)
                          .arg(d.receipt, DeadlineStore::kindName(d.kind), d.profileName, when));
    }
    return ExitOk;
}

} // namespace

int runDeadlines(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Deadlines and appointments, soonest first: open ones, or with --all also those met, cancelled or "
                "superseded. 'deadlines done ID' marks one done by hand; 'deadlines undo ID' opens it again."));
    parser.addOptions({{QStringLiteral("all"), Cli::tr("Also list closed deadlines.")}});
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("done ID | undo ID (without: list)"));
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    Session *session = ctx.session();
    if (!session)
        return ExitUsage;
    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty())
        return list(ctx, *session, parser.isSet(QStringLiteral("all")));
    if ((rest.first() != u"done" && rest.first() != u"undo") || rest.size() != 2)
        return ctx.usageError(Cli::tr("use 'deadlines', 'deadlines done ID' or 'deadlines undo ID'."));
    bool ok = false;
    const qint64 id = rest.at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usageError(Cli::tr("\"%1\" is not a deadline id (see 'deadlines --all').").arg(rest.at(1)));
    if (Status set = session->setDeadlineDone(id, rest.first() == u"done"); !set) {
        ctx.printError(set.error());
        return ExitItemsFailed;
    }
    return ExitOk;
}

} // namespace cw
