#include "CliContext.h"
#include "Commands.h"

#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QJsonArray>

namespace cw {

namespace {

QString describe(const Profile &p)
{
    const QString kind = p.kind == ProfileKind::Petitioner ? Cli::tr("petitioner") : Cli::tr("applicant");
    QString line = QStringLiteral("%1\t%2\t%3").arg(p.id).arg(kind, p.name);
    if (!p.organization.isEmpty())
        line += QStringLiteral(" (%1)").arg(p.organization);
    return line + u'\t' + Cli::tr("%n case(s)", nullptr, p.caseCount);
}

bool parseId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

int add(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Create an applicant or petitioner profile."));
    parser.addOptions({
        {QStringLiteral("kind"), Cli::tr("applicant (default) or petitioner."), QStringLiteral("KIND"),
         QStringLiteral("applicant")},
        {QStringLiteral("name"), Cli::tr("Full name, or the petitioner's company name (required)."),
         QStringLiteral("NAME")},
        {QStringLiteral("organization"), Cli::tr("Employer or organization."), QStringLiteral("TEXT")},
        {QStringLiteral("email"), Cli::tr("Email address."), QStringLiteral("EMAIL")},
        {QStringLiteral("phone"), Cli::tr("Phone number."), QStringLiteral("PHONE")},
        {QStringLiteral("a-number"), Cli::tr("A-number, e.g. A012345678."), QStringLiteral("A-NUMBER")},
        {QStringLiteral("notes"), Cli::tr("Free-form notes."), QStringLiteral("TEXT")},
        {QStringLiteral("language"), Cli::tr("The client's language for letters: en (default) or es."),
         QStringLiteral("LANG"), QStringLiteral("en")},
    });
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    Profile p;
    if (!profileKindFromId(parser.value(QStringLiteral("kind")), &p.kind))
        return ctx.usageError(
            Cli::tr("--kind must be applicant or petitioner, not \"%1\".").arg(parser.value(QStringLiteral("kind"))));
    if (!parser.isSet(QStringLiteral("name")))
        return ctx.usageError(Cli::tr("profiles add needs --name."));
    p.name = parser.value(QStringLiteral("name"));
    p.organization = parser.value(QStringLiteral("organization"));
    p.email = parser.value(QStringLiteral("email"));
    p.phone = parser.value(QStringLiteral("phone"));
    p.aNumber = parser.value(QStringLiteral("a-number"));
    p.notes = parser.value(QStringLiteral("notes"));
    p.language = parser.value(QStringLiteral("language"));
    if (p.language != u"en" && p.language != u"es")
        return ctx.usageError(Cli::tr("--language must be en or es."));

    if (auto checked = ProfileStore::validated(p); !checked) {
        ctx.printError(checked.error());
        return ExitUsage;
    }
    Database *db = ctx.database();
    if (!db)
        return ExitUsage;
    auto added = ProfileStore(*db).add(p);
    if (!added) {
        ctx.printError(added.error());
        return ExitItemsFailed;
    }
    if (ctx.json)
        ctx.printJson(CliContext::profileJson(added.value()));
    else
        ctx.printLine(Cli::tr("Created profile %1: %2").arg(added->id).arg(added->name));
    return ExitOk;
}

int list(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("List profiles."));
    parser.addOptions({
        {QStringLiteral("kind"), Cli::tr("Only applicants or only petitioners."), QStringLiteral("KIND")},
        {QStringLiteral("search"),
         Cli::tr("Only profiles whose name, organization, email or A-number "
                 "contains TEXT."),
         QStringLiteral("TEXT")},
    });
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    std::optional<ProfileKind> kind;
    if (parser.isSet(QStringLiteral("kind"))) {
        ProfileKind k;
        if (!profileKindFromId(parser.value(QStringLiteral("kind")), &k))
            return ctx.usageError(Cli::tr("--kind must be applicant or petitioner."));
        kind = k;
    }
    Database *db = ctx.database();
    if (!db)
        return ExitUsage;
    auto profiles = ProfileStore(*db).list(kind, parser.value(QStringLiteral("search")));
    if (!profiles) {
        ctx.printError(profiles.error());
        return ExitItemsFailed;
    }
    if (ctx.json) {
        QJsonArray out;
        for (const Profile &p : profiles.value())
            out.append(CliContext::profileJson(p));
        ctx.printJson(out);
    } else {
        for (const Profile &p : profiles.value())
            ctx.printLine(describe(p));
        if (profiles->isEmpty())
            ctx.printMessage(Cli::tr("No profiles yet. Create one with: casewatch-cli profiles add --name NAME"));
    }
    return ExitOk;
}

int show(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Show a profile and its cases."));
    parser.addPositionalArgument(QStringLiteral("ID"), Cli::tr("The profile's number."));
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    qint64 id = 0;
    if (parser.positionalArguments().size() != 1 || !parseId(parser.positionalArguments().first(), &id))
        return ctx.usageError(Cli::tr("profiles show needs one profile number."));
    Database *db = ctx.database();
    if (!db)
        return ExitUsage;
    auto profile = ProfileStore(*db).get(id);
    if (!profile) {
        ctx.printError(profile.error());
        return ExitItemsFailed;
    }
    auto cases = CaseStore(*db).list(CaseFilter{id, true});
    if (!cases) {
        ctx.printError(cases.error());
        return ExitItemsFailed;
    }
    if (ctx.json) {
        QJsonObject out = CliContext::profileJson(profile.value());
        QJsonArray caseArray;
        for (const TrackedCase &c : cases.value())
            caseArray.append(CliContext::caseJson(c));
        out.insert(QStringLiteral("cases"), caseArray);
        ctx.printJson(out);
        return ExitOk;
    }
    const Profile &p = profile.value();
    ctx.printLine(describe(p));
    const std::pair<QString, QString> fields[] = {{Cli::tr("Organization"), p.organization},
                                                  {Cli::tr("Email"), p.email},
                                                  {Cli::tr("Phone"), p.phone},
                                                  {Cli::tr("A-number"), p.aNumber},
                                                  {Cli::tr("Notes"), p.notes}};
    for (const auto &[name, value] : fields) {
        if (!value.isEmpty())
            ctx.printLine(QStringLiteral("  %1: %2").arg(name, value));
    }
    for (const TrackedCase &c : cases.value())
        ctx.printLine(QStringLiteral("  %1\t%2\t%3").arg(c.receipt.toString(), c.formType, c.statusEn));
    return ExitOk;
}

int remove(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Remove profiles with their cases and history."));
    parser.addPositionalArgument(QStringLiteral("ID"), Cli::tr("The profile numbers."), QStringLiteral("ID…"));
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    if (parser.positionalArguments().isEmpty())
        return ctx.usageError(Cli::tr("profiles remove needs at least one profile number."));
    QList<qint64> ids;
    for (const QString &arg : parser.positionalArguments()) {
        qint64 id = 0;
        if (!parseId(arg, &id))
            return ctx.usageError(Cli::tr("\"%1\" is not a profile number.").arg(arg));
        ids << id;
    }
    Database *db = ctx.database();
    if (!db)
        return ExitUsage;
    ProfileStore store(*db);
    QJsonArray results;
    int failed = 0;
    for (qint64 id : ids) {
        Status removed = store.remove(id);
        std::optional<Error> error;
        if (!removed) {
            ++failed;
            error = removed.error();
            if (!ctx.json)
                ctx.printError(removed.error());
        } else if (!ctx.json) {
            ctx.printLine(Cli::tr("Removed profile %1.").arg(id));
        }
        results.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("removed"), removed.ok()},
                                   {QStringLiteral("error"), CliContext::errorJson(error)}});
    }
    if (ctx.json)
        ctx.printJson(results);
    return failed ? ExitItemsFailed : ExitOk;
}

} // namespace

int runProfiles(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == u"add")
        return add(ctx, rest);
    if (sub == u"list")
        return list(ctx, rest);
    if (sub == u"show")
        return show(ctx, rest);
    if (sub == u"remove")
        return remove(ctx, rest);
    return ctx.usageError(sub.isEmpty()
                              ? Cli::tr("profiles needs a subcommand: add, list, show or remove.")
                              : Cli::tr("unknown subcommand \"profiles %1\"; use add, list, show or remove.").arg(sub));
}

} // namespace cw
