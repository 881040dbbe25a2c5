#include "CliContext.h"
#include "Commands.h"

#include "domain/Clock.h"
#include "i18n/DateText.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/DatabaseRoles.h"
#include "storage/HealthReport.h"
#include "storage/StaffStore.h"
#include "storage/TaskStore.h"
#include "uscis/ApiEnvironment.h"

#include <QJsonArray>

namespace cw {

namespace {

QJsonObject memberJson(const StaffStore::Member &m)
{
    return QJsonObject{{QStringLiteral("id"), m.id},        {QStringLiteral("name"), m.name},
                       {QStringLiteral("email"), m.email},  {QStringLiteral("role"), StaffStore::roleId(m.role)},
                       {QStringLiteral("login"), m.dbUser}, {QStringLiteral("desktop_user"), m.osUser},
                       {QStringLiteral("active"), m.active}};
}

QJsonObject taskJson(const TaskStore::Task &t)
{
    return QJsonObject{{QStringLiteral("id"), t.id},
                       {QStringLiteral("receipt_number"), t.receipt},
                       {QStringLiteral("client"), t.client},
                       {QStringLiteral("title"), t.title},
                       {QStringLiteral("owner_role"), t.ownerRole},
                       {QStringLiteral("owner_id"), t.ownerId > 0 ? QJsonValue(t.ownerId) : QJsonValue()},
                       {QStringLiteral("owner"), t.ownerName.isEmpty() ? QJsonValue() : QJsonValue(t.ownerName)},
                       {QStringLiteral("due"), t.due.toString(Qt::ISODate)},
                       {QStringLiteral("done_at"), t.doneAt.isEmpty() ? QJsonValue() : QJsonValue(t.doneAt)},
                       {QStringLiteral("done_by"), t.doneBy.isEmpty() ? QJsonValue() : QJsonValue(t.doneBy)}};
}

int fail(CliContext &ctx, const Error &error)
{
    ctx.printError(error);
    return ExitItemsFailed;
}

qint64 idArgument(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

int runStaff(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("The firm's staff. 'staff' lists them; 'staff add NAME --role ROLE [--email E]' adds a person "
                "(roles: admin, attorney, paralegal, readonly); 'staff link ID' says that this desktop's user is "
                "that person; 'staff me' shows who and what this desktop is."));
    parser.addOptions(
        {{QStringLiteral("role"), Cli::tr("admin, attorney, paralegal or readonly."), QStringLiteral("ROLE")},
         {QStringLiteral("email"), Cli::tr("The person's email address."), QStringLiteral("EMAIL")}});
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("add NAME | link ID | me (without: list)"));
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    Database *db = ctx.database();
    if (!db)
        return ExitUsage;
    const StaffStore staff(*db);
    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty()) {
        auto all = staff.list(true);
        if (!all)
            return fail(ctx, all.error());
        QJsonArray out;
        for (const StaffStore::Member &m : all.value()) {
            out.append(memberJson(m));
            ctx.printLine(QStringLiteral("%1  %2  %3  %4")
                              .arg(m.id, 4)
                              .arg(m.name, -28)
                              .arg(StaffStore::roleName(m.role), -16)
                              .arg(m.osUser));
        }
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("staff"), out}});
        return ExitOk;
    }
    if (rest.first() == u"me" && rest.size() == 1) {
        auto me = staff.me();
        if (!me)
            return fail(ctx, me.error());
        const QJsonObject o{
            {QStringLiteral("role"), StaffStore::roleId(me->role)},
            {QStringLiteral("roles_enforced"), me->rolesEnforced},
            {QStringLiteral("desktop_user"), StaffStore::desktopUser()},
            {QStringLiteral("member"), me->member ? QJsonValue(memberJson(*me->member)) : QJsonValue()}};
        if (ctx.json)
            ctx.printJson(o);
        else
            ctx.printLine(QStringLiteral("%1 — %2").arg(me->member ? me->member->name : StaffStore::desktopUser(),
                                                        StaffStore::roleName(me->role)));
        return ExitOk;
    }
    if (rest.first() == u"link" && rest.size() == 2 && idArgument(rest[1]) > 0) {
        if (Status s = staff.linkDesktop(idArgument(rest[1])); !s)
            return fail(ctx, s.error());
        return ExitOk;
    }
    if (rest.first() == u"add" && rest.size() == 2) {
        const auto role = StaffStore::roleFromId(parser.value(QStringLiteral("role")));
        if (!role)
            return ctx.usageError(Cli::tr("--role must be admin, attorney, paralegal or readonly."));
        auto added = staff.add({0, rest[1], parser.value(QStringLiteral("email")), *role, {}, {}, true});
        if (!added)
            return fail(ctx, added.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("id"), added.value()}});
        else
            ctx.printLine(QString::number(added.value()));
        return ExitOk;
    }
    return ctx.usageError(Cli::tr("use 'staff', 'staff add NAME --role ROLE', 'staff link ID' or 'staff me'."));
}

int runAssign(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Who is responsible: 'assign --profile ID --attorney STAFF' (a profile's cases follow it), or "
                "'assign --cases ID,ID,… --paralegal STAFF' (those cases only). STAFF 0 clears. Open tasks move "
                "to the new person."));
    parser.addOptions({{QStringLiteral("profile"), Cli::tr("The profile."), QStringLiteral("ID")},
                       {QStringLiteral("cases"), Cli::tr("Case ids, comma-separated."), QStringLiteral("IDS")},
                       {QStringLiteral("attorney"), Cli::tr("The responsible attorney."), QStringLiteral("STAFF")},
                       {QStringLiteral("paralegal"), Cli::tr("The responsible paralegal."), QStringLiteral("STAFF")}});
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    const bool forProfile = parser.isSet(QStringLiteral("profile"));
    if (forProfile == parser.isSet(QStringLiteral("cases")))
        return ctx.usageError(Cli::tr("give either --profile or --cases."));
    Database *db = ctx.database();
    if (!db)
        return ExitUsage;
    const StaffStore staff(*db);
    QList<qint64> cases;
    for (const QString &id : parser.value(QStringLiteral("cases")).split(u',', Qt::SkipEmptyParts)) {
        if (idArgument(id) == 0)
            return ctx.usageError(Cli::tr("\"%1\" is not a case id.").arg(id));
        cases << idArgument(id);
    }
    int done = 0;
    for (const auto &[option, duty] :
         {std::pair{"attorney", StaffStore::Duty::Attorney}, std::pair{"paralegal", StaffStore::Duty::Paralegal}}) {
        if (!parser.isSet(QString::fromLatin1(option)))
            continue;
        bool ok = false;
        const qint64 who = parser.value(QString::fromLatin1(option)).toLongLong(&ok);
        if (!ok || who < 0)
            return ctx.usageError(
                Cli::tr("--%1 needs a staff id (see: casewatch-cli staff).").arg(QLatin1String(option)));
        const Status s = forProfile
                             ? staff.assignProfile(idArgument(parser.value(QStringLiteral("profile"))), duty, who)
                             : staff.assignCases(cases, duty, who);
        if (!s)
            return fail(ctx, s.error());
        ++done;
    }
    return done > 0 ? ExitOk : ctx.usageError(Cli::tr("give --attorney or --paralegal (or both)."));
}

int runTasks(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Tasks made from status changes, soonest due first: open ones, or with --all also done ones; "
                "--mine: this desktop's person's only. 'tasks done ID' / 'tasks undo ID'. The firm's rules: 'tasks "
                "rules'; 'tasks rule CATEGORY --owner attorney|paralegal --from deadline|event --days N [--title T] "
                "[--off] [--id ID]' adds or changes one; 'tasks rule-remove ID'."));
    parser.addOptions(
        {{QStringLiteral("all"), Cli::tr("Also list done tasks.")},
         {QStringLiteral("mine"), Cli::tr("Only the tasks of this desktop's person.")},
         {QStringLiteral("owner"), Cli::tr("Who gets the task: attorney or paralegal."), QStringLiteral("ROLE")},
         {QStringLiteral("from"), Cli::tr("Due counted from the deadline or the event."), QStringLiteral("FROM")},
         {QStringLiteral("days"), Cli::tr("Days after it (negative: before)."), QStringLiteral("N")},
         {QStringLiteral("title"), Cli::tr("The task's title (default: the category's)."), QStringLiteral("TEXT")},
         {QStringLiteral("off"), Cli::tr("The rule makes no tasks (kept for later).")},
         {QStringLiteral("id"), Cli::tr("The rule to change."), QStringLiteral("ID")}});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Cli::tr("done ID | undo ID | rules | rule CATEGORY | rule-remove ID (without: list)"));
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    Database *db = ctx.database();
    if (!db)
        return ExitUsage;
    const TaskStore tasks(*db);
    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty()) {
        qint64 owner = 0;
        if (parser.isSet(QStringLiteral("mine"))) {
            auto me = StaffStore(*db).me();
            if (!me)
                return fail(ctx, me.error());
            if (!me->member)
                return fail(ctx,
                            Error{QStringLiteral("staff.not_linked"),
                                  Cli::tr("This desktop's user is nobody on the staff list yet: 'staff link ID'.")});
            owner = me->member->id;
        }
        auto list = tasks.list(parser.isSet(QStringLiteral("all")), owner);
        if (!list)
            return fail(ctx, list.error());
        QJsonArray out;
        for (const TaskStore::Task &t : list.value()) {
            out.append(taskJson(t));
            ctx.printLine(QStringLiteral("%1  %2  %3  %4  %5%6")
                              .arg(t.id, 5)
                              .arg(readableDate(t.due), -12)
                              .arg(t.receipt, t.title, t.ownerName.isEmpty() ? Cli::tr("(nobody yet)") : t.ownerName,
                                   t.isDone() ? Cli::tr("  (done)") : QString()));
        }
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("tasks"), out}});
        return ExitOk;
    }
    if (rest.first() == u"rules" && rest.size() == 1) {
        auto rules = tasks.rules();
        if (!rules)
            return fail(ctx, rules.error());
        QJsonArray out;
        for (const TaskStore::Rule &r : rules.value()) {
            const QString title = r.title.isEmpty() ? TaskStore::defaultTitle(r.category) : r.title;
            out.append(QJsonObject{{QStringLiteral("id"), r.id},
                                   {QStringLiteral("category"), r.category},
                                   {QStringLiteral("title"), title},
                                   {QStringLiteral("owner"), r.ownerRole},
                                   {QStringLiteral("from"), r.anchor},
                                   {QStringLiteral("days"), r.offsetDays},
                                   {QStringLiteral("enabled"), r.enabled}});
            ctx.printLine(QStringLiteral("%1  %2  %3  %4 %5 %6%7")
                              .arg(r.id, 3)
                              .arg(r.category, -20)
                              .arg(title, r.ownerRole, r.anchor, QString::number(r.offsetDays),
                                   r.enabled ? QString() : Cli::tr("  (off)")));
        }
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("rules"), out}});
        return ExitOk;
    }
    if (rest.first() == u"rule" && rest.size() == 2) {
        TaskStore::Rule rule;
        rule.id = parser.isSet(QStringLiteral("id")) ? idArgument(parser.value(QStringLiteral("id"))) : 0;
        rule.category = rest[1].toUpper();
        rule.title = parser.value(QStringLiteral("title"));
        rule.ownerRole = parser.value(QStringLiteral("owner"));
        rule.anchor = parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from")) : u"event"_qs;
        bool ok = true;
        rule.offsetDays = parser.isSet(QStringLiteral("days")) ? parser.value(QStringLiteral("days")).toInt(&ok) : 0;
        rule.enabled = !parser.isSet(QStringLiteral("off"));
        if (!ok)
            return ctx.usageError(Cli::tr("--days needs a whole number of days."));
        auto saved = tasks.saveRule(rule);
        if (!saved)
            return fail(ctx, saved.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("id"), saved.value()}});
        return ExitOk;
    }
    if (rest.first() == u"rule-remove" && rest.size() == 2 && idArgument(rest[1]) > 0) {
        if (Status s = tasks.removeRule(idArgument(rest[1])); !s)
            return fail(ctx, s.error());
        return ExitOk;
    }
    if ((rest.first() == u"done" || rest.first() == u"undo") && rest.size() == 2 && idArgument(rest[1]) > 0) {
        if (Status s = tasks.markDone(idArgument(rest[1]), rest.first() == u"done"); !s)
            return fail(ctx, s.error());
        return ExitOk;
    }
    return ctx.usageError(Cli::tr("use 'tasks', 'tasks done ID' or 'tasks undo ID'."));
}

int runDbRoles(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Roles on a shared PostgreSQL database, enforced by the database itself. 'db-roles setup' creates "
                "them and grants what each may do (run it as the database's owner, and again after each upgrade). "
                "'db-roles add LOGIN --role ROLE --name NAME' gives a person a login of their own (set its password "
                "with psql's \\password) and adds them to the staff list."));
    parser.addOptions(
        {{QStringLiteral("role"), Cli::tr("admin, attorney, paralegal or readonly."), QStringLiteral("ROLE")},
         {QStringLiteral("name"), Cli::tr("The person's name."), QStringLiteral("NAME")},
         {QStringLiteral("email"), Cli::tr("The person's email address."), QStringLiteral("EMAIL")}});
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("setup | add LOGIN"));
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    Database *db = ctx.database();
    if (!db)
        return ExitUsage;
    const QStringList rest = parser.positionalArguments();
    if (rest.size() == 1 && rest.first() == u"setup") {
        if (Status s = DatabaseRoles::setup(*db); !s)
            return fail(ctx, s.error());
        ctx.printMessage(Cli::tr("Roles set up: casewatch_admin, casewatch_attorney, casewatch_paralegal, "
                                 "casewatch_readonly."));
        return ExitOk;
    }
    if (rest.size() == 2 && rest.first() == u"add") {
        const auto role = StaffStore::roleFromId(parser.value(QStringLiteral("role")));
        if (!role)
            return ctx.usageError(Cli::tr("--role must be admin, attorney, paralegal or readonly."));
        auto added = DatabaseRoles::addPerson(*db, rest[1], *role, parser.value(QStringLiteral("name")),
                                              parser.value(QStringLiteral("email")));
        if (!added)
            return fail(ctx, added.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("staff_id"), added.value()}, {QStringLiteral("login"), rest[1]}});
        return ExitOk;
    }
    return ctx.usageError(Cli::tr("use 'db-roles setup' or 'db-roles add LOGIN --role ROLE --name NAME'."));
}

int runHealth(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("The health of tracking: success rate of status queries, time from USCIS's change to this firm "
                "seeing it, retries and failures by kind, cases due now and in error, the daily quota used and "
                "forecast, and the same day by day."));
    parser.addOptions({{QStringLiteral("days"), Cli::tr("How many days back (default 30)."), QStringLiteral("N")}});
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    Session *session = ctx.session();
    if (!session)
        return ExitUsage;
    const int days = parser.isSet(QStringLiteral("days")) ? parser.value(QStringLiteral("days")).toInt() : 30;
    if (days < 1 || days > 366)
        return ctx.usageError(Cli::tr("--days must be between 1 and 366."));
    const QString environment = ctx.effectiveEnvironment();
    int quota = ctx.dailyQuota;
    if (quota <= 0) {
        auto kind = ApiEnvironment::kindFromId(environment);
        quota = kind && kind.value() == ApiEnvironment::Kind::Production ? ApiEnvironment::production().dailyQuota
                                                                         : ApiEnvironment::sandbox().dailyQuota;
    }
    auto report = HealthReport::build(session->database(), environment, session->clock().nowUtc(), quota, days);
    if (!report)
        return fail(ctx, report.error());
    if (ctx.json) {
        ctx.printJson(HealthReport::toJson(report.value()));
        return ExitOk;
    }
    const HealthReport::Report &r = report.value();
    const HealthReport::Day &d = r.last24h;
    ctx.printLine(Cli::tr("Today: %1 queries, %2 answered (%3%), %4 asked again, %5 failed")
                      .arg(d.requests)
                      .arg(d.ok)
                      .arg(d.requests > 0 ? QString::number(100.0 * d.successRate(), 'f', 1) : QStringLiteral("–"))
                      .arg(d.retried)
                      .arg(d.failed));
    for (auto it = r.problems24h.cbegin(); it != r.problems24h.cend(); ++it)
        ctx.printLine(QStringLiteral("  %1: %2").arg(HealthReport::outcomeName(it.key())).arg(it.value()));
    ctx.printLine(
        Cli::tr("Cases: %1 tracked, %2 due now, %3 in error").arg(r.activeCases).arg(r.queueDepth).arg(r.casesInError));
    ctx.printLine(Cli::tr("Quota: %1 of %2 used today, %3 forecast")
                      .arg(r.quotaUsedToday)
                      .arg(r.quota)
                      .arg(r.quotaForecastToday));
    if (r.detectSamples30d > 0)
        ctx.printLine(Cli::tr("Changes seen a median %1 h after USCIS made them (90%: %2 h; %3 changes)")
                          .arg(r.detectHoursMedian30d, 0, 'f', 1)
                          .arg(r.detectHoursP90_30d, 0, 'f', 1)
                          .arg(r.detectSamples30d));
    return ExitOk;
}

} // namespace

int runStaffCommand(CliContext &ctx, const QStringList &args)
{
    const QString command = args.value(0);
    if (command == u"staff")
        return runStaff(ctx, args);
    if (command == u"assign")
        return runAssign(ctx, args);
    if (command == u"tasks")
        return runTasks(ctx, args);
    if (command == u"db-roles")
        return runDbRoles(ctx, args);
    return runHealth(ctx, args);
}

} // namespace cw
