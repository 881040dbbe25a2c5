#include "storage/DeadlineStore.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

namespace cw {

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

Status DeadlineStore::apply(qint64 caseId, qint64 eventId, const DeadlineChanges &changes)
{
    const QString now = sql::now();
    const QString closedBy = QStringLiteral("event:%1").arg(eventId);
    for (const DeadlineClosing &c : changes.closes) {
        auto q = execSql(m_db,
                         QStringLiteral("UPDATE deadlines SET state = ?, done = 1, closed_by = ?, closed_at = ?, "
                                        "sequence = sequence + 1 WHERE case_id = ? AND kind = ? AND state = 'open' "
                                        "AND due_date <> ?"),
                         {deadlineStateId(c.as), closedBy, now, caseId, deadlineKindId(c.kind),
                          c.unlessDue.isValid() ? c.unlessDue.toString(Qt::ISODate) : QString()});
        if (!q)
            return q.error();
    }
    for (const DeadlineOpening &o : changes.opens) {
        // Opened once; a date USCIS sets again after an event closed it (an interview moved back)
        // opens again. One a person marked done stays done.
        auto q = execSql(
            m_db,
            QStringLiteral("INSERT INTO deadlines (case_id, kind, due_date, source, created_at) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT (case_id, kind, due_date) DO UPDATE SET state = 'open', done = 0, "
                           "closed_by = '', closed_at = '', reminded_days = -1, sequence = deadlines.sequence + 1 "
                           "WHERE deadlines.state <> 'open' AND deadlines.closed_by <> 'person'"),
            {caseId, deadlineKindId(o.kind), o.due.toString(Qt::ISODate),
             o.fromUscis ? QStringLiteral("uscis") : QStringLiteral("default"), now});
        if (!q)
            return q.error();
    }
    return {};
}

namespace {

QString deadlineColumns()
{
    return QStringLiteral("d.id, d.case_id, c.receipt_number, p.name, d.kind, d.source, d.due_date, d.reminded_days, "
                          "d.done, d.state, d.closed_by, d.closed_at, d.sequence");
}

Result<QList<Deadline>> readDeadlines(const Database &db, const QString &where, const QVariantList &values)
{
    auto q = execSql(db,
                     QStringLiteral("SELECT %1 FROM deadlines d JOIN cases c ON c.id = d.case_id "
                                    "JOIN profiles p ON p.id = c.profile_id %2 ORDER BY d.due_date, d.id")
                         .arg(deadlineColumns(), where),
                     values);
    if (!q)
        return q.error();
    QList<Deadline> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Deadline d;
        d.id = r.value(0).toLongLong();
        d.caseId = r.value(1).toLongLong();
        d.receipt = r.value(2).toString();
        d.profileName = r.value(3).toString();
        d.kind = r.value(4).toString();
        d.source = r.value(5).toString();
        d.due = QDate::fromString(r.value(6).toString(), Qt::ISODate);
        d.remindedDaysBefore = r.value(7).toInt();
        d.done = r.value(8).toInt() != 0;
        d.state = deadlineStateFromId(r.value(9).toString());
        d.closedBy = r.value(10).toString();
        d.closedAt = r.value(11).toString();
        d.sequence = r.value(12).toInt();
        out.append(d);
    }
    return out;
}

} // namespace

Result<QList<Deadline>> DeadlineStore::list(bool includeClosed) const
{
    return readDeadlines(m_db, includeClosed ? QString() : QStringLiteral("WHERE d.state = 'open'"), {});
}

Result<QList<Deadline>> DeadlineStore::forCase(qint64 caseId) const
{
    return readDeadlines(m_db, QStringLiteral("WHERE d.case_id = ?"), {caseId});
}

Status DeadlineStore::setDone(qint64 id, bool done)
{
    auto q = done ? execSql(m_db,
                            QStringLiteral("UPDATE deadlines SET state = 'met', done = 1, closed_by = 'person', "
                                           "closed_at = ?, sequence = sequence + 1 WHERE id = ? AND state = 'open'"),
                            {sql::now(), id})
                  : execSql(m_db,
                            QStringLiteral("UPDATE deadlines SET state = 'open', done = 0, closed_by = '', closed_at = "
                                           "'', reminded_days = -1, "
                                           "sequence = sequence + 1 WHERE id = ? AND state <> 'open'"),
                            {id});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0) {
        auto exists = execSql(m_db, QStringLiteral("SELECT 1 FROM deadlines WHERE id = ?"), {id});
        if (!exists)
            return exists.error();
        if (!exists.value().next())
            return Error{QStringLiteral("deadline.not_found"),
                         tr("There is no deadline %1 (it may have been removed with its case). List them with "
                            "'casewatch-cli deadlines --all'.")
                             .arg(id)};
    }
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
