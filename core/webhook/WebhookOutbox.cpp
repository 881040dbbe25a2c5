#include "webhook/WebhookOutbox.h"

#include "domain/StatusEvent.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "webhook/WebhookEvent.h"

#include <QJsonObject>

namespace cw {

namespace {

const QString kCursor = QStringLiteral("webhook.cursor");
const QString kPausedAt = QStringLiteral("webhook.paused_at");
const QString kPauseReason = QStringLiteral("webhook.pause_reason");

} // namespace

Result<QString> WebhookOutbox::state(const QString &name) const
{
    auto q = execSql(m_db, QStringLiteral("SELECT value FROM app_state WHERE name = ?"), {name});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Status WebhookOutbox::setState(const QString &name, const QString &value) const
{
    auto q = execSql(m_db,
                     QStringLiteral("INSERT INTO app_state (name, value) VALUES (?, ?) "
                                    "ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
                     {name, value});
    return q ? Status() : Status(q.error());
}

Result<int> WebhookOutbox::enqueueNew(const QDateTime &now) const
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto cursorText = state(kCursor);
    if (!cursorText)
        return cursorText.error();
    if (cursorText->isEmpty()) {
        auto last = execSql(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM status_events"));
        if (!last)
            return last.error();
        const qint64 start = last.value().next() ? last.value().value(0).toLongLong() : 0;
        if (Status s = setState(kCursor, QString::number(start)); !s)
            return s.error();
        if (Status c = tx.commit(); !c)
            return c.error();
        return 0;
    }
    qint64 cursor = cursorText->toLongLong();
    int queued = 0;
    const QString createdAt = sql::timestamp(now);
    for (;;) {
        auto q = execSql(
            m_db,
            QStringLiteral("SELECT e.id, e.event_kind, e.occurred_at, c.receipt_number, e.category, e.status_en, "
                           "e.status_es, e.previous_category, e.modified_date, c.form_type, c.label, "
                           "p.id, p.kind, p.name FROM status_events e JOIN cases c ON c.id = e.case_id "
                           "JOIN profiles p ON p.id = c.profile_id WHERE e.id > ? ORDER BY e.id LIMIT 500"),
            {cursor});
        if (!q)
            return q.error();
        int rows = 0;
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            ++rows;
            cursor = r.value(0).toLongLong();
            if (!eventKindAlerts(eventKindFromId(r.value(1).toString())))
                continue; // the first answer for a new case, or a moved date: not a status change
            WebhookEvent e;
            e.eventId = WebhookEvent::newEventId();
            e.eventType = QString::fromLatin1(kEventType);
            e.occurredAt = sql::toDateTime(r.value(2));
            e.receiptNumber = r.value(3).toString();
            e.statusCategory = r.value(4).toString();
            e.statusText = r.value(5).toString();
            e.previousCategory = r.value(7).toString();
            e.metadata = QJsonObject{
                {QStringLiteral("status_text_es"), r.value(6).toString()},
                {QStringLiteral("uscis_modified_date"), r.value(8).toString()},
                {QStringLiteral("form_type"), r.value(9).toString()},
                {QStringLiteral("case_label"), r.value(10).toString()},
                {QStringLiteral("profile_id"), r.value(11).toLongLong()},
                {QStringLiteral("profile_kind"), r.value(12).toString()},
                {QStringLiteral("profile_name"), r.value(13).toString()},
                {QStringLiteral("source"), QStringLiteral("casewatch")},
            };
            // On a shared database another desktop may have queued it already: one row per event.
            auto inserted = execSql(m_db,
                                    QStringLiteral("INSERT INTO webhook_outbox (event_id, status_event_id, event_type, "
                                                   "payload, created_at) VALUES (?, ?, ?, ?, ?) "
                                                   "ON CONFLICT (status_event_id) DO NOTHING"),
                                    {e.eventId, cursor, e.eventType, QString::fromUtf8(e.toJson()), createdAt});
            if (!inserted)
                return inserted.error();
            queued += inserted.value().numRowsAffected() > 0 ? 1 : 0;
        }
        if (rows < 500)
            break;
    }
    if (Status s = setState(kCursor, QString::number(cursor)); !s)
        return s.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return queued;
}

Result<std::optional<WebhookOutbox::Claim>> WebhookOutbox::claimNext(const QDateTime &now, int leaseSeconds) const
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT id, event_id, event_type, payload, attempts, next_attempt_at, lease_until, "
                                    "last_error FROM webhook_outbox WHERE delivered_at = '' ORDER BY id LIMIT 1"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Claim>();
    const QSqlQuery &r = q.value();
    Claim claim;
    claim.item = OutboxItem{r.value(0).toLongLong(),        r.value(1).toString(), r.value(2).toString(),
                            r.value(3).toString().toUtf8(), r.value(4).toInt(),    sql::toDateTime(r.value(5)),
                            r.value(7).toString()};
    const QString lease = r.value(6).toString();
    const QString nowText = sql::timestamp(now);
    if (claim.item.nextAttemptAt.isValid() && claim.item.nextAttemptAt > now) {
        claim.retryAt = claim.item.nextAttemptAt;
        return std::optional<Claim>(claim);
    }
    if (!lease.isEmpty() && lease > nowText) { // another desktop is sending it
        claim.retryAt = sql::toDateTime(lease);
        return std::optional<Claim>(claim);
    }
    // Compare-and-set on the lease seen: of two desktops, only one wins the row.
    auto claimed = execSql(m_db,
                           QStringLiteral("UPDATE webhook_outbox SET lease_until = ? "
                                          "WHERE id = ? AND delivered_at = '' AND lease_until = ?"),
                           {sql::timestamp(now.addSecs(leaseSeconds)), claim.item.id, lease});
    if (!claimed)
        return claimed.error();
    claim.claimed = claimed.value().numRowsAffected() == 1;
    if (!claim.claimed)
        claim.retryAt = now.addSecs(1);
    return std::optional<Claim>(claim);
}

Status WebhookOutbox::markDelivered(qint64 id, const QDateTime &now) const
{
    auto q =
        execSql(m_db,
                QStringLiteral("UPDATE webhook_outbox SET delivered_at = ?, attempts = attempts + 1, lease_until = '', "
                               "last_error = '' WHERE id = ? AND delivered_at = ''"),
                {sql::timestamp(now), id});
    return q ? Status() : Status(q.error());
}

Status WebhookOutbox::markFailed(qint64 id, const QDateTime &nextAttemptAt, const QString &error) const
{
    auto q = execSql(m_db,
                     QStringLiteral("UPDATE webhook_outbox SET attempts = attempts + 1, next_attempt_at = ?, "
                                    "lease_until = '', last_error = ? WHERE id = ? AND delivered_at = ''"),
                     {sql::timestamp(nextAttemptAt), error, id});
    return q ? Status() : Status(q.error());
}

Result<OutboxStats> WebhookOutbox::stats() const
{
    OutboxStats s;
    auto counts =
        execSql(m_db, QStringLiteral("SELECT SUM(CASE WHEN delivered_at = '' THEN 1 ELSE 0 END), "
                                     "SUM(CASE WHEN delivered_at = '' THEN 0 ELSE 1 END) FROM webhook_outbox"));
    if (!counts)
        return counts.error();
    if (counts.value().next()) {
        s.pending = counts.value().value(0).toInt();
        s.delivered = counts.value().value(1).toInt();
    }
    auto head = execSql(m_db, QStringLiteral("SELECT created_at, last_error, attempts FROM webhook_outbox "
                                             "WHERE delivered_at = '' ORDER BY id LIMIT 1"));
    if (!head)
        return head.error();
    if (head.value().next()) {
        s.oldestPendingAt = sql::toDateTime(head.value().value(0));
        s.lastError = head.value().value(1).toString();
        s.headAttempts = head.value().value(2).toInt();
    }
    auto pausedAt = state(kPausedAt);
    auto reason = state(kPauseReason);
    if (!pausedAt)
        return pausedAt.error();
    if (!reason)
        return reason.error();
    s.pausedAt = sql::toDateTime(pausedAt.value());
    s.pauseReason = reason.value();
    return s;
}

Status WebhookOutbox::pause(const QDateTime &now, const QString &reason) const
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = setState(kPausedAt, sql::timestamp(now)); !s)
        return s;
    if (Status s = setState(kPauseReason, reason); !s)
        return s;
    return tx.commit();
}

Status WebhookOutbox::resume() const
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = setState(kPausedAt, QString()); !s)
        return s;
    if (Status s = setState(kPauseReason, QString()); !s)
        return s;
    // A person said the endpoint is healthy again: try the waiting events now, not at their backoff.
    auto q = execSql(m_db, QStringLiteral("UPDATE webhook_outbox SET next_attempt_at = '' WHERE delivered_at = ''"));
    if (!q)
        return q.error();
    return tx.commit();
}

} // namespace cw
