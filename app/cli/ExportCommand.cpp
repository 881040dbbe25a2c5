#include "CliContext.h"
#include "Commands.h"

#include "export/Exporter.h"
#include "storage/Database.h"

#include <QDir>
#include <QSaveFile>

#include <cstdio>

namespace cw {

int runExport(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Export cases with their current status (csv), cases with histories and deadlines (json), or "
                "deadlines and appointments as a calendar file for Outlook or Google Calendar (ics)."));
    parser.addOptions({
        {QStringLiteral("format"), Cli::tr("csv, json or ics."), QStringLiteral("FORMAT")},
        {QStringLiteral("output"), Cli::tr("Write to this file instead of standard output."), QStringLiteral("FILE")},
    });
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != u"csv" && format != u"json" && format != u"ics")
        return ctx.usageError(Cli::tr("export needs --format csv, json or ics."));
    Database *db = ctx.database();
    if (!db)
        return ExitUsage;
    const Result<QByteArray> data = format == u"csv"    ? Exporter::casesCsv(*db)
                                    : format == u"json" ? Exporter::casesJson(*db)
                                                        : Exporter::deadlinesIcs(*db, QDateTime::currentDateTimeUtc());
    if (!data) {
        ctx.printError(data.error());
        return ExitItemsFailed;
    }
    if (!parser.isSet(QStringLiteral("output"))) {
        std::fwrite(data->constData(), 1, size_t(data->size()), stdout);
        return ExitOk;
    }
    // Written whole or not at all: a reader never sees half a file.
    QSaveFile file(parser.value(QStringLiteral("output")));
    // Client data: readable by this user only (0600 on Unix), whatever the umask.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(data.value()) != data->size() || !file.commit()) {
        ctx.printError(Error{QStringLiteral("export.write"),
                             Cli::tr("Could not write %1 (%2). Check the folder and its permissions.")
                                 .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())});
        return ExitItemsFailed;
    }
    ctx.printMessage(Cli::tr("Wrote %1.").arg(QDir::toNativeSeparators(file.fileName())));
    return ExitOk;
}

} // namespace cw
