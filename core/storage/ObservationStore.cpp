#include "storage/ObservationStore.h"

#include "storage/Database.h"
#include "storage/DeadlineStore.h"
#include "storage/TaskStore.h"
#include "storage/SqlValues.h"

namespace cw {

Result<ObservationStore::Recorded> ObservationStore::recordSnapshot(qint64 caseId, const QString &environment,
                                                                    int httpStatus, const QByteArray &rawBody,
                                                                    const CaseSnapshot &s,
                                                                    const DeadlineChanges &deadlines)
{
    const QString now = sql::now();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto previous = execSql(m_db,
                            QStringLiteral("SELECT category, status_en, modified_date, form_type, last_changed_at "
                                           "FROM cases WHERE id = ?"),
                            {caseId});
    if (!previous)
        return previous.error();
    if (!previous.value().next())
        return Error{QStringLiteral("case.not_found"), tr("The case was removed while it was being checked.")};
    const QString prevCategory = previous.value().value(0).toString();
    const QString prevStatus = previous.value().value(1).toString();
    const QString prevModified = previous.value().value(2).toString();
    const QString formType = previous.value().value(3).toString();
    const QDateTime previousChangedAt = sql::toDateTime(previous.value().value(4));

    if (auto q = execSql(m_db,
                         QStringLiteral("INSERT INTO observations (case_id, fetched_at, environment, http_status, "
                                        "error_code, raw_payload) VALUES (?, ?, ?, ?, '', ?)"),
                         {caseId, now, environment, httpStatus, QString::fromUtf8(rawBody)});
        !q)
        return q.error();
    for (const HistoryEntry &h : s.history) {
        auto q = execSql(m_db,
                         QStringLiteral("INSERT INTO history_entries (case_id, entry_date, status_en, status_es, "
                                        "category) VALUES (?, ?, ?, ?, ?) "
                                        "ON CONFLICT (case_id, entry_date, status_en) DO NOTHING"),
                         {caseId, h.date, h.statusEn, h.statusEs, h.category});
        if (!q)
            return q.error();
    }

    Recorded recorded;
    recorded.occurredAt = now;
    recorded.previousChangedAt = previousChangedAt;
    recorded.previousCategory = prevCategory;
    recorded.category = s.category;
    if (prevStatus.isEmpty())
        recorded.kind = EventKind::Initial;
    else if (prevStatus != s.statusEn)
        recorded.kind = EventKind::StatusChanged;
    else if (prevCategory != s.category)
        // The same words, read differently (a firm rule, a newer table): not a move by USCIS.
        recorded.kind = EventKind::Recategorized;
    else if (!s.modifiedDate.isEmpty() && prevModified != s.modifiedDate)
        // The most the API shows of a "silent" update: same status, new date. Recorded as such.
        recorded.kind = EventKind::DateOnly;

    const bool changed = recorded.kind != EventKind::None;
    auto update = execSql(
        m_db,
        QStringLiteral("UPDATE cases SET category = ?, status_en = ?, status_es = ?, description_en = ?, "
                       "description_es = ?, submitted_date = ?, modified_date = ?, form_type = ?, uscis_form_type = ?, "
                       "last_checked_at = ?, last_changed_at = CASE WHEN ? = 1 THEN ? ELSE last_changed_at END, "
                       "last_error_code = '', last_error_message = '', needs_review = ? WHERE id = ?"),
        {s.category, s.statusEn, s.statusEs, s.descriptionEn, s.descriptionEs, s.submittedDate, s.modifiedDate,
         formType.isEmpty() ? s.formType : formType, s.formType, now, changed ? 1 : 0, now, s.needsReview ? 1 : 0,
         caseId});
    if (!update)
        return update.error();

    if (changed) {
        auto q = execSql(
            m_db,
            QStringLiteral(
                "INSERT INTO status_events (case_id, occurred_at, previous_category, category, "
                "status_en, status_es, modified_date, event_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {caseId, now, prevCategory, s.category, s.statusEn, s.statusEs, s.modifiedDate,
             eventKindId(recorded.kind)});
        if (!q)
            return q.error();
        recorded.eventId = q.value().next() ? q.value().value(0).toLongLong() : 0; // RETURNING: both engines
        q.value().finish(); // done with the statement before the transaction commits
        // A new status may set a deadline or an appointment: in the same transaction.
        if (Status d = DeadlineStore(m_db).apply(caseId, recorded.eventId, deadlines); !d)
            return d.error();
        // And what it asks of the firm's staff (the firm's task rules), counted from that deadline.
        if (Status t = TaskStore(m_db).createForEvent(recorded.eventId); !t)
            return t.error();
    }
    if (Status c = tx.commit(); !c)
        return c.error();
    return recorded;
}

Status ObservationStore::recordFailure(qint64 caseId, const QString &environment, int httpStatus,
                                       const QByteArray &rawBody, const ApiError &error)
{
    const QString now = sql::now();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto q = execSql(m_db,
                         QStringLiteral("INSERT INTO observations (case_id, fetched_at, environment, http_status, "
                                        "error_code, raw_payload) VALUES (?, ?, ?, ?, ?, ?)"),
                         {caseId, now, environment, httpStatus, error.code, QString::fromUtf8(rawBody)});
        !q)
        return q.error();
    if (!error.transient) {
        auto q = execSql(m_db,
                         QStringLiteral("UPDATE cases SET last_checked_at = ?, last_error_code = ?, "
                                        "last_error_message = ? WHERE id = ?"),
                         {now, error.code, error.message, caseId});
        if (!q)
            return q.error();
    }
    return tx.commit();
}

QString ObservationStore::eventColumns()
{
    return QStringLiteral("e.id, e.case_id, c.receipt_number, e.event_kind, e.previous_category, e.category, "
                          "e.status_en, e.status_es, e.occurred_at");
}

StatusEventInfo ObservationStore::eventFromRow(const QSqlQuery &r)
{
    return StatusEventInfo{
        r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(), eventKindFromId(r.value(3).toString()),
        r.value(4).toString(),   r.value(5).toString(),   r.value(6).toString(), r.value(7).toString(),
        r.value(8).toString()};
}

Result<QList<StatusEventInfo>> ObservationStore::eventsAfter(qint64 afterId, int limit) const
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT %1 FROM status_events e JOIN cases c ON c.id = e.case_id "
                                    "WHERE e.id > ? ORDER BY e.id LIMIT ?")
                         .arg(eventColumns()),
                     {afterId, limit});
    if (!q)
        return q.error();
    QList<StatusEventInfo> out;
    while (q.value().next())
        out.append(eventFromRow(q.value()));
    return out;
}

Result<QList<TimelineEntry>> ObservationStore::timeline(qint64 caseId) const
{
    auto entries = history(caseId);
    if (!entries)
        return entries.error();
    QList<TimelineEntry> out;
    for (const HistoryEntry &h : entries.value())
        out.append(TimelineEntry{h.date, h.category, h.statusEn, h.statusEs, {}, {}, false});
    auto q =
        execSql(m_db,
                QStringLiteral("SELECT modified_date, category, status_en, status_es, description_en, description_es, "
                               "last_checked_at FROM cases WHERE id = ?"),
                {caseId});
    if (!q)
        return q.error();
    if (q.value().next() && !q.value().value(2).toString().isEmpty()) {
        const QSqlQuery &r = q.value();
        QString date = r.value(0).toString();
        if (date.isEmpty()) // IOE answers carry no dates: when we last saw it
            date = r.value(6).toString().left(10);
        out.append(TimelineEntry{date, r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                                 r.value(4).toString(), r.value(5).toString(), true});
    }
    return out;
}

Result<QList<HistoryEntry>> ObservationStore::history(qint64 caseId) const
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT entry_date, status_en, status_es, category FROM history_entries "
                                    "WHERE case_id = ? ORDER BY entry_date, id"),
                     {caseId});
    if (!q)
        return q.error();
    QList<HistoryEntry> out;
    while (q.value().next())
        out.append(HistoryEntry{q.value().value(0).toString(), q.value().value(1).toString(),
                                q.value().value(2).toString(), q.value().value(3).toString()});
    return out;
}

} // namespace cw
