#include "storage/DeadlineStore.h"

#include "normalize/DescriptionDates.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

namespace cw {

namespace {

QDate describedDate(const CaseSnapshot &s, DescriptionDates::Kind kind)
{
    QDate d = DescriptionDates::first(s.descriptionEn, kind);
    return d.isValid() ? d : DescriptionDates::first(s.descriptionEs, kind);
}

} // namespace

QString DeadlineStore::kindName(const QString &kind)
{
    if (kind == u"rfe_response")
        return tr("RFE response due");
    if (kind == u"noid_response")
        return tr("Response to intent to deny due");
    if (kind == u"interview")
        return tr("Interview");
    if (kind == u"biometrics")
        return tr("Biometrics appointment");
    return kind;
}

Status DeadlineStore::recordFor(qint64 caseId, const CaseSnapshot &s, const QDate &today, const DeadlinePolicy &policy)
{
    // When the notice went out: its description's first date, else USCIS's modified date.
    QDate eventDate = describedDate(s, DescriptionDates::Kind::Event);
    if (!eventDate.isValid())
        eventDate = QDate::fromString(s.modifiedDate.left(10), Qt::ISODate);
    if (!eventDate.isValid())
        eventDate = today;

    QString kind;
    QDate due;
    QString source = QStringLiteral("uscis");
    if (s.category == u"RFE_ISSUED" || s.category == u"NOID_ISSUED") {
        const bool rfe = s.category == u"RFE_ISSUED";
        kind = rfe ? QStringLiteral("rfe_response") : QStringLiteral("noid_response");
        due = describedDate(s, DescriptionDates::Kind::ResponseDue);
        if (!due.isValid()) {
            due = eventDate.addDays(rfe ? policy.rfeResponseDays : policy.noidResponseDays);
            source = QStringLiteral("default");
        }
    } else if (s.category == u"INTERVIEW_SCHEDULED") {
        kind = QStringLiteral("interview");
        due = describedDate(s, DescriptionDates::Kind::Interview);
    } else if (s.category == u"BIOMETRICS_SCHEDULED") {
        kind = QStringLiteral("biometrics");
        due = describedDate(s, DescriptionDates::Kind::Appointment);
    }
    if (kind.isEmpty() || !due.isValid())
        return {};
    auto q = execSql(m_db,
                     QStringLiteral("INSERT INTO deadlines (case_id, kind, due_date, source, created_at) VALUES (?, ?, ?, ?, ?) "
                                    "ON CONFLICT (case_id, kind, due_date) DO NOTHING"),
                     {caseId, kind, due.toString(Qt::ISODate), source, sql::now()});
    if (!q)
        return q.error();
    return {};
}

Result<QList<Deadline>> DeadlineStore::list(bool includeDone) const
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT d.id, d.case_id, c.receipt_number, p.name, d.kind, d.source, d.due_date, "
                                    "d.reminded_days, d.done FROM deadlines d JOIN cases c ON c.id = d.case_id "
                                    "JOIN profiles p ON p.id = c.profile_id %1 ORDER BY d.due_date, d.id")
                         .arg(includeDone ? QString() : QStringLiteral("WHERE d.done = 0")));
    if (!q)
        return q.error();
    QList<Deadline> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append(Deadline{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toString(),
                            r.value(4).toString(), r.value(5).toString(), QDate::fromString(r.value(6).toString(), Qt::ISODate),
                            r.value(7).toInt(), r.value(8).toInt() != 0});
    }
    return out;
}

Status DeadlineStore::setDone(qint64 id, bool done)
{
    auto q = execSql(m_db, QStringLiteral("UPDATE deadlines SET done = ? WHERE id = ?"), {done ? 1 : 0, id});
    if (!q)
        return q.error();
    return {};
}

Result<QList<Deadline>> DeadlineStore::takeReminders(const QDate &today, const DeadlinePolicy &policy)
{
    QList<int> thresholds = policy.reminderDaysBefore;
    std::sort(thresholds.begin(), thresholds.end());
    auto open = list(false);
    if (!open)
        return open.error();
    QList<Deadline> out;
    for (Deadline d : open.value()) {
        const qint64 left = today.daysTo(d.due);
        if (left < 0)
            continue; // overdue: shown in red, not reminded again and again
        for (int t : std::as_const(thresholds)) {
            if (left <= t && (d.remindedDaysBefore < 0 || d.remindedDaysBefore > t)) {
                auto q = execSql(m_db,
                                 QStringLiteral("UPDATE deadlines SET reminded_days = ? WHERE id = ? "
                                                "AND (reminded_days < 0 OR reminded_days > ?)"),
                                 {t, d.id, t});
                if (!q)
                    return q.error();
                if (q.value().numRowsAffected() > 0) {
                    d.remindedDaysBefore = t;
                    out.append(d);
                }
                break; // the smallest threshold reached counts once
            }
        }
    }
    return out;
}

} // namespace cw
