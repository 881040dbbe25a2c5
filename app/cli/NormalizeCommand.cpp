#include "CliContext.h"
#include "Commands.h"

#include "interpret/DescriptionDates.h"
#include "normalize/StatusNormalizer.h"

#include <QJsonArray>

namespace cw {

int runNormalize(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Prints the category of USCIS status titles, English or Spanish, and how it was reached: the "
                "built-in table, a phrase rule, or a rule of the firm. A title nothing knows is OTHER, for a person "
                "to look at (and teach with: statuses assign)."));
    parser.addPositionalArgument(QStringLiteral("TEXT"), Cli::tr("Status titles, e.g. \"Case Was Approved\"."),
                                 QStringLiteral("TEXT…"));
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    if (parser.positionalArguments().isEmpty())
        return ctx.usageError(Cli::tr("normalize needs at least one status title."));
    const StatusNormalizer &normalizer = ctx.normalizer();
    QJsonArray out;
    int unknown = 0;
    for (const QString &text : parser.positionalArguments()) {
        const auto match = normalizer.normalize(text);
        unknown += match.known ? 0 : 1;
        QJsonArray dates;
        for (const auto &found : DescriptionDates::extract(text))
            dates.append(QJsonObject{{QStringLiteral("kind"), DescriptionDates::kindId(found.kind)},
                                     {QStringLiteral("date"), found.date.toString(Qt::ISODate)}});
        out.append(QJsonObject{{QStringLiteral("text"), text},
                               {QStringLiteral("category"), match.category},
                               {QStringLiteral("language"), match.language},
                               {QStringLiteral("known"), match.known},
                               {QStringLiteral("source"), match.known || match.source != StatusNormalizer::Source::None
                                                              ? QJsonValue(StatusNormalizer::sourceId(match.source))
                                                              : QJsonValue()},
                               {QStringLiteral("dates"), dates}});
        if (!ctx.json)
            ctx.printLine(QStringLiteral("%1\t%2\t%3\t%4")
                              .arg(match.category, match.language,
                                   match.source == StatusNormalizer::Source::None
                                       ? QStringLiteral("-")
                                       : StatusNormalizer::sourceId(match.source),
                                   text));
    }
    if (ctx.json)
        ctx.printJson(out);
    return unknown ? ExitItemsFailed : ExitOk;
}

} // namespace cw
