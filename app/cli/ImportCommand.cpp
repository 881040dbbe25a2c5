#include "CliContext.h"
#include "Commands.h"
#include "Interrupt.h"

#include "import/DocumentStore.h"
#include "import/I797Extractor.h"
#include "import/I797Importer.h"
#include "import/ImportJob.h"
#include "import/ProfileMatcher.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QFileInfo>
#include <QJsonArray>

namespace cw {

namespace {

// The profile for a notice without --profile: the one whose name matches, else a new one named
// as the notice names its applicant or petitioner (made once per name in a run). A name that fits
// several profiles equally, or a notice with no name read, is not guessed at: it is an error
// that asks for --profile.
// A profile to make is returned as the negative of its index in `toMake` (made only once every
// notice of the file has found its profile: a file is filed whole or not at all).
Result<qint64> profileFor(const Database &db, const I797Notice &notice, QList<Profile> &toMake,
                          const QHash<QString, qint64> &made, QJsonObject *reason)
{
    ProfileStore profiles(db);
    auto all = profiles.list();
    if (!all)
        return all.error();
    const ProfileSuggestion s = ProfileMatcher::suggest(all.value(), notice);
    *reason = QJsonObject{{QStringLiteral("why"), s.whyId()}, {QStringLiteral("explanation"), s.explanation()}};
    switch (s.why) {
    case ProfileSuggestion::Why::DroppedOn:
    case ProfileSuggestion::Why::NameMatches:
        return s.profileId;
    case ProfileSuggestion::Why::NoMatch: {
        const QString key = profileKindId(s.newKind) + u':' + s.noticeName;
        if (made.contains(key))
            return made.value(key);
        for (qsizetype i = 0; i < toMake.size(); ++i) {
            if (toMake[i].kind == s.newKind && toMake[i].name == s.noticeName)
                return -(i + 1);
        }
        Profile p;
        p.kind = s.newKind;
        p.name = s.noticeName;
        toMake << p;
        return -toMake.size();
    }
    case ProfileSuggestion::Why::SeveralMatch: {
        QStringList ids;
        for (qint64 id : s.candidateIds)
            ids << QString::number(id);
        return Error{QStringLiteral("import.ambiguous_profile"),
                     Cli::tr("“%1” on the notice matches several profiles equally well (ids %2). Give --profile ID.")
                         .arg(s.noticeName, ids.join(QStringLiteral(", ")))};
    }
    case ProfileSuggestion::Why::NoName:
        break;
    }
    return Error{QStringLiteral("import.no_profile"),
                 Cli::tr("The notice names no applicant or petitioner to file it under. Give --profile ID.")};
}

} // namespace

int runImport(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Read I-797 notices — PDFs (typed or scanned), photos and fax scans (JPEG, PNG, TIFF, HEIC where "
                "this computer reads it) — and track the receipt numbers on them. Folders are searched for such "
                "files. Without --profile each notice goes to the profile whose name it carries (a new profile if "
                "there is none). --dry-run only reads and reports."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("Notice files (PDF or picture) or folders."),
                                 QStringLiteral("FILE…"));
    parser.addOptions({
        {QStringLiteral("profile"), Cli::tr("Add the cases to this profile."), QStringLiteral("ID")},
        {QStringLiteral("dry-run"), Cli::tr("Read and report; add nothing.")},
    });
    int exit = ExitOk;
    if (!parseCommand(ctx, parser, args, &exit))
        return exit;
    const QStringList files = ImportJob::expand(parser.positionalArguments());
    if (files.isEmpty())
        return ctx.usageError(Cli::tr("import needs at least one notice file (PDF or picture) or folder."));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    qint64 profileId = 0;
    if (parser.isSet(QStringLiteral("profile"))) {
        bool ok = false;
        profileId = parser.value(QStringLiteral("profile")).toLongLong(&ok);
        if (!ok || profileId <= 0)
            return ctx.usageError(Cli::tr("--profile needs a profile id (see: casewatch-cli profiles list)."));
    }
    Database *db = ctx.database();
    if (!db)
        return ExitUsage;
    if (profileId > 0) {
        if (auto p = ProfileStore(*db).get(profileId); !p) {
            ctx.printError(p.error());
            return ExitUsage;
        }
    }

    I797Extractor extractor;
    const I797Importer importer(*db);
    QHash<QString, qint64> made; // new profiles made in this run, by kind and name
    QJsonArray results;
    int failures = 0;
    int read = 0;
    // Ctrl+C stops inside the file being read (between pages, or inside OCR); what earlier files
    // added stays, each case whole (its own transaction).
    interrupt::install();
    const auto interrupted = [] { return interrupt::raised(); };
    for (const QString &path : files) {
        if (interrupt::raised())
            break;
        ImportedFile file = extractor.extract(path, interrupted);
        if (file.error && file.error->code == u"import.cancelled")
            break;
        ++read;
        QJsonObject o = DocumentStore::toJson(file);
        if (!file.error) {
            auto known = DocumentStore(*db).findBySha256(QString::fromLatin1(file.sha256));
            o.insert(QStringLiteral("imported_before"), known && known.value().has_value());
            QJsonArray tracked;
            for (const QString &r : file.receipts()) {
                if (auto t = importer.isTracked(r); t && t.value())
                    tracked.append(r);
            }
            o.insert(QStringLiteral("already_tracked"), tracked);
        }
        if (!file.error && !dryRun) {
            // Each notice to its own profile (a fax may carry several clients' notices) — all of
            // them settled before anything is added: one unsettled notice and the file waits.
            QMap<qint64, QStringList> byProfile;
            QList<Profile> toMake;
            QJsonArray reasons;
            for (const I797Notice &n : file.notices) {
                QJsonObject reason{{QStringLiteral("why"), QStringLiteral("profile_option")}};
                auto target = profileId > 0 ? Result<qint64>(profileId) : profileFor(*db, n, toMake, made, &reason);
                reason.insert(QStringLiteral("receipts"), QJsonArray::fromStringList(n.receipts));
                if (!target) {
                    file.error = target.error();
                    reason.insert(QStringLiteral("error"), target.error().code);
                } else {
                    for (const QString &r : n.receipts) {
                        if (!byProfile[target.value()].contains(r))
                            byProfile[target.value()] << r;
                    }
                }
                reasons.append(reason);
            }
            if (file.error)
                byProfile.clear();
            QMap<qint64, QStringList> resolved;
            for (auto it = byProfile.cbegin(); it != byProfile.cend() && !file.error; ++it) {
                qint64 id = it.key();
                if (id < 0) {
                    const Profile &p = toMake[-id - 1];
                    auto madeNow = ProfileStore(*db).add(p);
                    if (!madeNow) {
                        file.error = madeNow.error();
                        break;
                    }
                    id = madeNow.value().id;
                    made.insert(profileKindId(p.kind) + u':' + p.name, id);
                }
                resolved[id] << it.value();
            }
            for (int i = 0; i < reasons.size() && !file.error; ++i) {
                QJsonObject reason = reasons[i].toObject();
                const QString first = reason.value(QStringLiteral("receipts")).toArray().first().toString();
                for (auto it = resolved.cbegin(); it != resolved.cend(); ++it) {
                    if (it.value().contains(first))
                        reason.insert(QStringLiteral("profile_id"), it.key());
                }
                reasons[i] = reason;
            }
            byProfile = file.error ? QMap<qint64, QStringList>() : resolved;
            QJsonArray added;
            for (auto it = byProfile.cbegin(); it != byProfile.cend(); ++it) {
                auto done = importer.commit(file, it.key(), it.value());
                if (!done) {
                    file.error = done.error();
                    continue;
                }
                for (const QString &r : done->added)
                    added.append(r);
            }
            o.insert(QStringLiteral("profiles"), reasons);
            if (byProfile.size() == 1)
                o.insert(QStringLiteral("profile_id"), byProfile.firstKey());
            o.insert(QStringLiteral("added"), added);
            if (file.error)
                o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), file.error->code},
                                                              {QStringLiteral("message"), file.error->message}});
        }
        if (file.error) {
            ++failures;
            ctx.printMessage(file.error->message);
        } else if (!ctx.json) {
            const QString receipts = file.receipts().join(QStringLiteral(", "));
            ctx.printLine(QStringLiteral("%1: %2 (%3)").arg(file.fileName, receipts, file.method()));
        }
        results.append(o);
    }
    if (ctx.json)
        ctx.printJson(results);
    if (interrupt::raised()) {
        ctx.printMessage(Cli::tr("Interrupted: %1 of %2 file(s) read; what they added is kept, the rest was not read.")
                             .arg(read)
                             .arg(files.size()));
        return ExitItemsFailed;
    }
    return failures == 0 ? ExitOk : ExitItemsFailed;
}

} // namespace cw
