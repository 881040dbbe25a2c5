#include "CliContext.h"
#include "Commands.h"

#include "domain/ReceiptNumber.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "updates/ClientUpdates.h"

#include <QJsonArray>

namespace cw {

namespace {

QJsonObject updateJson(const ClientUpdate &u)
{
    QJsonObject o{{QStringLiteral("client"), u.clientName},
                  {QStringLiteral("profile_id"), u.profileId},
                  {QStringLiteral("email"), u.email},
                  {QStringLiteral("language"), u.language},
                  {QStringLiteral("subject"), u.subject},
                  {QStringLiteral("body"), u.body},
                  {QStringLiteral("spanish_fallback"), u.spanishFallback}};
    if (u.kind == u"digest")
        o.insert(QStringLiteral("changes"), u.changes);
    else
        o.insert(QStringLiteral("receipt_number"), u.receipt), o.insert(QStringLiteral("category"), u.category);
    return o;
}

void printUpdate(CliContext &ctx, const ClientUpdate &u)
{
    if (u.spanishFallback)
        ctx.printMessage(Cli::tr("note: USCIS gave no Spanish text for this status; the letter uses the template's own "
                                 "Spanish words for it."));
    ctx.printLine(Cli::tr("To: %1 <%2>").arg(u.clientName, u.email.isEmpty() ? Cli::tr("no email on file") : u.email));
    ctx.printLine(Cli::tr("Subject: %1").arg(u.subject));
    ctx.printLine(QString());
    ctx.printLine(u.body);
}

} // namespace

int runClientUpdate(CliContext &ctx, const QStringList &args)
{
    const bool digest = args.value(0) == u"digest";
    QCommandLineParser parser;
    parser.setApplicationDescription(
        digest
            ? Cli::tr("Writes one letter per client covering every status change on their cases since a date, in each "
                      "client's language.")
            : Cli::tr("Writes a letter to the client about a case's current status, from the firm's templates, in the "
                      "client's language (or the one asked for)."));
    const QCommandLineOption lang(QStringLiteral("lang"), Cli::tr("en or es (default: the client's language)."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption since(QStringLiteral("since"), Cli::tr("The first day to cover, as YYYY-MM-DD."),
                                   QStringLiteral("DATE"));
    if (digest)
        parser.addOption(since);
    else {
        parser.addOption(lang);
        parser.addPositionalArgument(QStringLiteral("RECEIPT"), Cli::tr("The receipt number."));
    }
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    QDate from;
    if (digest) {
        from = QDate::fromString(parser.value(since), Qt::ISODate);
        if (!from.isValid())
            return ctx.usageError(Cli::tr("digest needs --since DATE, written as YYYY-MM-DD."));
    } else {
        if (parser.positionalArguments().size() != 1)
            return ctx.usageError(Cli::tr("draft needs one receipt number."));
        if (parser.isSet(lang) && parser.value(lang) != u"en" && parser.value(lang) != u"es")
            return ctx.usageError(Cli::tr("--lang must be en or es."));
    }
    Database *db = ctx.database();
    if (!db)
        return ExitUsage;
    ClientUpdates updates(*db);
    if (digest) {
        auto letters = updates.digest(from);
        if (!letters) {
            ctx.printError(letters.error());
            return ExitItemsFailed;
        }
        QJsonArray out;
        for (const ClientUpdate &u : letters.value()) {
            out.append(updateJson(u));
            printUpdate(ctx, u);
            ctx.printLine(QStringLiteral("----"));
        }
        if (ctx.json)
            ctx.printJson(out);
        else if (letters->isEmpty())
            ctx.printMessage(Cli::tr("No status changed since %1.").arg(from.toString(Qt::ISODate)));
        return ExitOk;
    }
    auto receipt = ReceiptNumber::parse(parser.positionalArguments().first());
    if (!receipt)
        return ctx.usageError(receipt.error().message);
    auto tracked = CaseStore(*db).findByReceipt(receipt.value());
    if (!tracked || !tracked.value()) {
        ctx.printError(
            tracked ? Error{QStringLiteral("case.not_tracked"), Cli::tr("%1 is not tracked.").arg(receipt->toString())}
                    : tracked.error());
        return ExitItemsFailed;
    }
    auto letter = updates.draft(tracked.value()->id, parser.value(lang));
    if (!letter) {
        ctx.printError(letter.error());
        return ExitItemsFailed;
    }
    if (ctx.json)
        ctx.printJson(updateJson(letter.value()));
    else
        printUpdate(ctx, letter.value());
    return ExitOk;
}

} // namespace cw
