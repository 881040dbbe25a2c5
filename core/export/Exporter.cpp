#include "export/Exporter.h"

#include "normalize/StatusNormalizer.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/DeadlineStore.h"
#include "storage/TaskStore.h"
#include "storage/ObservationStore.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cw {

namespace {

QByteArray csvField(const QString &value)
{
    QString v = value;
    // A leading = + - @ would make a spreadsheet run it as a formula.
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        v = u'"' + v.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return v.toUtf8();
}

} // namespace

QStringList Exporter::csvColumns()
{
    return {QStringLiteral("receipt_number"),
            QStringLiteral("client"),
            QStringLiteral("client_kind"),
            QStringLiteral("form_type"),
            QStringLiteral("label"),
            QStringLiteral("category"),
            QStringLiteral("status_en"),
            QStringLiteral("status_es"),
            QStringLiteral("uscis_modified_date"),
            QStringLiteral("last_changed_at"),
            QStringLiteral("last_checked_at"),
            QStringLiteral("next_deadline"),
            QStringLiteral("archived"),
            QStringLiteral("error")};
}

Result<QByteArray> Exporter::casesCsv(const Database &db)
{
    auto cases = CaseStore(db).list();
    if (!cases)
        return cases.error();
    auto deadlines = DeadlineStore(db).list(false);
    if (!deadlines)
        return deadlines.error();
    QHash<qint64, QDate> next;
    for (const Deadline &d : deadlines.value()) {
        if (!next.contains(d.caseId))
            next.insert(d.caseId, d.due);
    }
    auto kinds = execSql(db, QStringLiteral("SELECT id, kind FROM profiles"));
    QHash<qint64, QString> kindOf;
    while (kinds && kinds.value().next())
        kindOf.insert(kinds.value().value(0).toLongLong(), kinds.value().value(1).toString());

    QByteArray out("\xEF\xBB\xBF"); // UTF-8 byte order mark: spreadsheets then read accents right
    out += csvColumns().join(u',').toUtf8() + "\r\n";
    for (const TrackedCase &c : cases.value()) {
        const QStringList row{c.receipt.toString(),
                              c.profileName,
                              kindOf.value(c.profileId),
                              c.formType,
                              c.label,
                              c.category,
                              c.statusEn,
                              c.statusEs,
                              c.modifiedDate,
                              sql::timestamp(c.lastChangedAt),
                              sql::timestamp(c.lastCheckedAt),
                              next.value(c.id).toString(Qt::ISODate),
                              c.archived ? QStringLiteral("yes") : QStringLiteral("no"),
                              c.lastErrorMessage};
        QList<QByteArray> fields;
        for (const QString &v : row)
            fields << csvField(v);
        out += fields.join(',') + "\r\n";
    }
    return out;
}

Result<QByteArray> Exporter::casesJson(const Database &db)
{
    auto cases = CaseStore(db).list();
    if (!cases)
        return cases.error();
    auto deadlines = DeadlineStore(db).list(true);
    if (!deadlines)
        return deadlines.error();
    ObservationStore observations(db);
    QJsonArray out;
    for (const TrackedCase &c : cases.value()) {
        QJsonArray history;
        auto entries = observations.history(c.id);
        if (!entries)
            return entries.error();
        for (const HistoryEntry &h : entries.value())
            history.append(QJsonObject{{QStringLiteral("date"), h.date},
                                       {QStringLiteral("status_en"), h.statusEn},
                                       {QStringLiteral("status_es"), h.statusEs},
                                       {QStringLiteral("category"), h.category}});
        QJsonArray due;
        for (const Deadline &d : deadlines.value()) {
            if (d.caseId == c.id)
                due.append(QJsonObject{{QStringLiteral("kind"), d.kind},
                                       {QStringLiteral("date"), d.due.toString(Qt::ISODate)},
                                       {QStringLiteral("source"), d.source},
                                       {QStringLiteral("done"), d.done},
                                       {QStringLiteral("state"), deadlineStateId(d.state)}});
        }
        out.append(QJsonObject{{QStringLiteral("receipt_number"), c.receipt.toString()},
                               {QStringLiteral("client"), c.profileName},
                               {QStringLiteral("form_type"), c.formType},
                               {QStringLiteral("uscis_form_type"), c.uscisFormType},
                               {QStringLiteral("form_mismatch"), c.formMismatch()},
                               {QStringLiteral("label"), c.label},
                               {QStringLiteral("archived"), c.archived},
                               {QStringLiteral("category"), c.category},
                               {QStringLiteral("status_en"), c.statusEn},
                               {QStringLiteral("status_es"), c.statusEs},
                               {QStringLiteral("description_en"), c.descriptionEn},
                               {QStringLiteral("description_es"), c.descriptionEs},
                               {QStringLiteral("modified_date"), c.modifiedDate},
                               {QStringLiteral("last_checked_at"), sql::timestamp(c.lastCheckedAt)},
                               {QStringLiteral("history"), history},
                               {QStringLiteral("deadlines"), due}});
    }
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QString Exporter::escapeIcsText(const QString &text)
{
    QString out = text;
    out.replace(u'\\', QStringLiteral("\\\\"));
    out.replace(u';', QStringLiteral("\\;"));
    out.replace(u',', QStringLiteral("\\,"));
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\\n"));
    out.replace(u'\n', QStringLiteral("\\n"));
    return out;
}

QByteArray Exporter::foldIcsLine(const QByteArray &line)
{
    // Fold at 75 octets without cutting a UTF-8 sequence in two.
    QByteArray out;
    qsizetype start = 0;
    int limit = 75;
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (uchar(line[cut]) & 0xC0) == 0x80)
            --cut;
        out += line.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += line.mid(start) + "\r\n";
    return out;
}

Result<QByteArray> Exporter::deadlinesIcs(const Database &db, const QDateTime &nowUtc)
{
    // Every deadline, closed ones too: a calendar that imported an earlier file updates its events
    // (same UID, higher SEQUENCE) and drops the closed ones (STATUS:CANCELLED) instead of keeping
    // them or adding duplicates.
    auto deadlines = DeadlineStore(db).list(true);
    if (!deadlines)
        return deadlines.error();
    const QByteArray stamp = nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toUtf8();
    QByteArray out;
    auto line = [&out](const QString &text) { out += foldIcsLine(text.toUtf8()); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//CaseWatch//CaseWatch %1//EN").arg(QStringLiteral(CASEWATCH_VERSION)));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    line(QStringLiteral("X-WR-CALNAME:") + escapeIcsText(DeadlineStore::tr("CaseWatch deadlines")));
    for (const Deadline &d : deadlines.value()) {
        const QString what = DeadlineStore::kindName(d.kind);
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:casewatch-deadline-%1-%2@casewatch").arg(d.id).arg(d.caseId));
        line(QStringLiteral("SEQUENCE:%1").arg(d.sequence));
        line(QStringLiteral("STATUS:%1")
                 .arg(d.state == DeadlineState::Open ? QStringLiteral("CONFIRMED") : QStringLiteral("CANCELLED")));
        line(QStringLiteral("DTSTAMP:") + QString::fromUtf8(stamp));
        line(QStringLiteral("DTSTART;VALUE=DATE:") + d.due.toString(QStringLiteral("yyyyMMdd")));
        line(QStringLiteral("DTEND;VALUE=DATE:") + d.due.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        line(QStringLiteral("SUMMARY:")
             + escapeIcsText(QStringLiteral("%1 — %2 (%3)").arg(what, d.receipt, d.profileName)));
        line(QStringLiteral("DESCRIPTION:")
             + escapeIcsText(d.source == u"default" ? DeadlineStore::tr(
                                 "Counted by CaseWatch from the notice's date; check the notice itself.")
                                                    : DeadlineStore::tr("Date as USCIS wrote it in the case status.")));
        line(QStringLiteral("TRANSP:TRANSPARENT"));
        line(QStringLiteral("END:VEVENT"));
    }
    // The tasks status changes made (storage/TaskStore.h), on their due day; a done one cancelled.
    auto tasks = TaskStore(db).list(true);
    if (!tasks)
        return tasks.error();
    for (const TaskStore::Task &t : tasks.value()) {
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:casewatch-task-%1-%2@casewatch").arg(t.id).arg(t.caseId));
        line(QStringLiteral("SEQUENCE:%1").arg(t.sequence));
        line(QStringLiteral("STATUS:%1").arg(t.isDone() ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED")));
        line(QStringLiteral("DTSTAMP:") + QString::fromUtf8(stamp));
        line(QStringLiteral("DTSTART;VALUE=DATE:") + t.due.toString(QStringLiteral("yyyyMMdd")));
        line(QStringLiteral("DTEND;VALUE=DATE:") + t.due.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        const QString owner = t.ownerName.isEmpty() ? TaskStore::tr("nobody yet") : t.ownerName;
        line(QStringLiteral("SUMMARY:")
             + escapeIcsText(TaskStore::tr("Task: %1 — %2 (%3; %4)").arg(t.title, t.receipt, t.client, owner)));
        line(QStringLiteral("TRANSP:TRANSPARENT"));
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace cw
