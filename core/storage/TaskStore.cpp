#include "storage/TaskStore.h"

#include "domain/StatusCategory.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace cw {

namespace {

// The deadline a category's event sets (DeadlineStore): what a "deadline" rule counts from.
QString deadlineKindFor(const QString &category)
{
    if (category == u"RFE_ISSUED")
        return QStringLiteral("rfe_response");
    if (category == u"NOID_ISSUED")
        return QStringLiteral("noid_response");
    if (category == u"INTERVIEW_SCHEDULED")
        return QStringLiteral("interview");
    if (category == u"BIOMETRICS_SCHEDULED")
        return QStringLiteral("biometrics");
    return {};
}

QString taskColumns()
{
    return QStringLiteral("t.id, t.case_id, c.receipt_number, p.name, COALESCE(t.status_event_id, 0), t.title, "
                          "t.owner_role, COALESCE(t.owner_id, 0), COALESCE(s.name, ''), t.due_date, t.created_at, "
                          "t.done_at, t.done_by, t.sequence, t.category");
}

QString taskFrom()
{
    return QStringLiteral("FROM tasks t JOIN cases c ON c.id = t.case_id JOIN profiles p ON p.id = c.profile_id "
                          "LEFT JOIN staff s ON s.id = t.owner_id");
}

Result<QList<TaskStore::Task>> readTasks(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<TaskStore::Task> out;
    QSqlQuery &r = q.value();
    while (r.next()) {
        TaskStore::Task t;
        t.id = r.value(0).toLongLong();
        t.caseId = r.value(1).toLongLong();
        t.receipt = r.value(2).toString();
        t.client = r.value(3).toString();
        t.statusEventId = r.value(4).toLongLong();
        // A rule without a title of its own: the category's, in this desk's language (not in the
        // language of whichever desktop recorded the change).
        t.title = r.value(5).toString();
        if (t.title.isEmpty())
            t.title = TaskStore::defaultTitle(r.value(14).toString());
        t.ownerRole = r.value(6).toString();
        t.ownerId = r.value(7).toLongLong();
        t.ownerName = r.value(8).toString();
        t.due = QDate::fromString(r.value(9).toString(), Qt::ISODate);
        t.createdAt = r.value(10).toString();
        t.doneAt = r.value(11).toString();
        t.doneBy = r.value(12).toString();
        t.sequence = r.value(13).toInt();
        out << t;
    }
    return out;
}

} // namespace

QString TaskStore::defaultTitle(const QString &category)
{
    if (category == u"RFE_ISSUED")
        return tr("Review RFE and plan response");
    if (category == u"NOID_ISSUED")
        return tr("Review intent to deny and plan response");
    if (category == u"INTERVIEW_SCHEDULED")
        return tr("Prepare client for interview");
    if (category == u"BIOMETRICS_SCHEDULED")
        return tr("Remind client of biometrics appointment");
    if (category == u"APPROVED")
        return tr("Send approval to client");
    if (category == u"DENIED")
        return tr("Review denial and advise client");
    return tr("Follow up on status change");
}

Result<QList<TaskStore::Rule>> TaskStore::rules() const
{
    auto q = execSql(m_db, QStringLiteral("SELECT id, category, title, owner_role, anchor, offset_days, enabled "
                                          "FROM task_rules ORDER BY category, id"));
    if (!q)
        return q.error();
    QList<Rule> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out << Rule{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),  r.value(3).toString(),
                    r.value(4).toString(),   r.value(5).toInt(),    r.value(6).toInt() != 0};
    }
    return out;
}

Result<qint64> TaskStore::saveRule(const Rule &rule) const
{
    if (!categories::find(rule.category))
        return Error{QStringLiteral("tasks.bad_category"),
                     tr("\"%1\" is not a status category (see: casewatch-cli statuses rules).").arg(rule.category)};
    if (rule.ownerRole != u"attorney" && rule.ownerRole != u"paralegal")
        return Error{QStringLiteral("tasks.bad_role"),
                     tr("A task goes to the responsible attorney or paralegal, not \"%1\".").arg(rule.ownerRole)};
    if (rule.anchor != u"deadline" && rule.anchor != u"event")
        return Error{QStringLiteral("tasks.bad_anchor"),
                     tr("A task is due counted from the deadline or from the change, not \"%1\".").arg(rule.anchor)};
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    qint64 id = rule.id;
    const QVariantList values{rule.category,   rule.title,           rule.ownerRole, rule.anchor,
                              rule.offsetDays, rule.enabled ? 1 : 0, sql::now(),     AuditLog::currentActor()};
    if (id > 0) {
        auto q = execSql(m_db,
                         QStringLiteral("UPDATE task_rules SET category = ?, title = ?, owner_role = ?, anchor = ?, "
                                        "offset_days = ?, enabled = ?, updated_at = ?, updated_by = ? WHERE id = ?"),
                         values + QVariantList{id});
        if (!q)
            return q.error();
    } else {
        auto q =
            execSql(m_db,
                    QStringLiteral("INSERT INTO task_rules (category, title, owner_role, anchor, offset_days, "
                                   "enabled, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                    values);
        if (!q)
            return q.error();
        id = q.value().next() ? q.value().value(0).toLongLong() : 0;
        q.value().finish();
    }
    if (Status a =
            AuditLog::record(m_db, QStringLiteral("task_rule.save"), rule.category,
                             QStringLiteral("%1 %2 %3 days").arg(rule.ownerRole, rule.anchor).arg(rule.offsetDays));
        !a)
        return a.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return id;
}

Status TaskStore::removeRule(qint64 id) const
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto q = execSql(m_db, QStringLiteral("DELETE FROM task_rules WHERE id = ?"), {id}); !q)
        return q.error();
    if (Status a = AuditLog::record(m_db, QStringLiteral("task_rule.remove"), QString::number(id)); !a)
        return a;
    return tx.commit();
}

Status TaskStore::createForEvent(qint64 eventId) const
{
    // Only a change seen while CaseWatch watched (or a status the firm re-categorized): not a case's
    // first answer (a book of cases added today would bring years-old approvals' tasks), not a
    // date-only update of the same status (a second RFE task for the same RFE).
    auto event = execSql(m_db,
                         QStringLiteral("SELECT e.case_id, e.category, e.occurred_at, "
                                        "COALESCE(c.attorney_id, p.attorney_id, 0), "
                                        "COALESCE(c.paralegal_id, p.paralegal_id, 0) "
                                        "FROM status_events e JOIN cases c ON c.id = e.case_id "
                                        "JOIN profiles p ON p.id = c.profile_id WHERE e.id = ? "
                                        "AND e.event_kind IN ('status', 'recategorized')"),
                         {eventId});
    if (!event)
        return event.error();
    if (!event.value().next())
        return {};
    const qint64 caseId = event.value().value(0).toLongLong();
    const QString category = event.value().value(1).toString();
    const QDate happened = sql::toDateTime(event.value().value(2)).toUTC().date();
    const qint64 attorney = event.value().value(3).toLongLong();
    const qint64 paralegal = event.value().value(4).toLongLong();
    event.value().finish();

    auto rules = execSql(m_db,
                         QStringLiteral("SELECT id, title, owner_role, anchor, offset_days FROM task_rules "
                                        "WHERE category = ? AND enabled = 1 ORDER BY id"),
                         {category});
    if (!rules)
        return rules.error();
    QList<Rule> matching;
    while (rules.value().next()) {
        const QSqlQuery &r = rules.value();
        matching << Rule{
            r.value(0).toLongLong(), category, r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
            r.value(4).toInt(),      true};
    }
    rules.value().finish();
    for (const Rule &rule : matching) {
        QDate anchor = happened;
        if (rule.anchor == u"deadline" && !deadlineKindFor(category).isEmpty()) {
            auto deadline = execSql(m_db,
                                    QStringLiteral("SELECT due_date FROM deadlines WHERE case_id = ? AND kind = ? "
                                                   "AND state = 'open' ORDER BY id DESC LIMIT 1"),
                                    {caseId, deadlineKindFor(category)});
            if (!deadline)
                return deadline.error();
            if (deadline.value().next()) {
                const QDate due = QDate::fromString(deadline.value().value(0).toString().left(10), Qt::ISODate);
                if (due.isValid())
                    anchor = due;
            }
            deadline.value().finish();
        }
        // Never due before the change that asked for it.
        const QDate due = std::max(anchor.addDays(rule.offsetDays), happened);
        const qint64 owner = rule.ownerRole == u"attorney" ? attorney : paralegal;
        auto q =
            execSql(m_db,
                    QStringLiteral("INSERT INTO tasks (case_id, status_event_id, rule_id, category, title, "
                                   "owner_role, owner_id, due_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT (status_event_id, rule_id) DO NOTHING"),
                    {caseId, eventId, rule.id, category, rule.title, rule.ownerRole,
                     owner > 0 ? QVariant(owner) : QVariant(QMetaType::fromType<qint64>()), due.toString(Qt::ISODate),
                     sql::now()});
        if (!q)
            return q.error();
    }
    return {};
}

Result<QList<TaskStore::Task>> TaskStore::list(bool includeDone, qint64 ownerId) const
{
    QStringList where;
    QVariantList bindings;
    if (!includeDone)
        where << QStringLiteral("t.done_at = ''");
    if (ownerId > 0) {
        where << QStringLiteral("t.owner_id = ?");
        bindings << ownerId;
    }
    const QString filter = where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    return readTasks(execSql(m_db,
                             QStringLiteral("SELECT %1 %2 %3 ORDER BY t.done_at <> '', t.due_date, t.id")
                                 .arg(taskColumns(), taskFrom(), filter),
                             bindings));
}

Result<QList<TaskStore::Task>> TaskStore::forCase(qint64 caseId) const
{
    return readTasks(execSql(
        m_db,
        QStringLiteral("SELECT %1 %2 WHERE t.case_id = ? ORDER BY t.due_date, t.id").arg(taskColumns(), taskFrom()),
        {caseId}));
}

Status TaskStore::markDone(qint64 taskId, bool done) const
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto q =
        execSql(m_db, QStringLiteral("UPDATE tasks SET done_at = ?, done_by = ?, sequence = sequence + 1 WHERE id = ?"),
                {done ? sql::now() : QString(), done ? AuditLog::currentActor() : QString(), taskId});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return Error{QStringLiteral("tasks.not_found"), tr("There is no task %1.").arg(taskId)};
    if (Status a = AuditLog::record(m_db, done ? QStringLiteral("task.done") : QStringLiteral("task.undo"),
                                    QString::number(taskId));
        !a)
        return a;
    return tx.commit();
}

} // namespace cw
