#include "poller/PollSchedule.h"

#include "domain/StatusCategory.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace cw {

PollTier PollSchedule::tierFor(const QString &category, const QDateTime &lastChanged, const QDateTime &now,
                               const PollIntervals &intervals)
{
    // The category's own tier (domain/StatusCategory.cpp); a case that just moved is hot.
    const CategoryTraits *t = categories::find(category);
    if (t && t->tier == PollTier::Cold)
        return PollTier::Cold;
    if ((t && t->tier == PollTier::Hot)
        || (lastChanged.isValid() && lastChanged.daysTo(now) < intervals.hotDaysAfterChange))
        return PollTier::Hot;
    return PollTier::Normal;
}

PollTier PollSchedule::tierFromId(const QString &id)
{
    for (PollTier t : {PollTier::Hot, PollTier::Cold})
        if (tierId(t) == id)
            return t;
    return PollTier::Normal;
}

QString PollSchedule::tierId(PollTier tier)
{
    switch (tier) {
    case PollTier::Hot:
        return QStringLiteral("hot");
    case PollTier::Cold:
        return QStringLiteral("cold");
    case PollTier::Normal:
        break;
    }
    return QStringLiteral("normal");
}

qint64 PollSchedule::intervalSeconds(PollTier tier, const PollIntervals &intervals)
{
    switch (tier) {
    case PollTier::Hot:
        return intervals.hotSeconds;
    case PollTier::Cold:
        return intervals.coldSeconds;
    case PollTier::Normal:
        break;
    }
    return intervals.normalSeconds;
}

QDateTime PollSchedule::nextPoll(PollTier tier, const QDateTime &now, const PollIntervals &intervals)
{
    const double base = double(intervalSeconds(tier, intervals));
    const double spread = (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0) * intervals.jitter;
    return now.addMSecs(qint64(base * (1.0 + spread) * 1000.0));
}

namespace {

// Runs `sql` (holding one "%1" for an IN list) over `ids` in chunks, binding `before` ahead of the
// ids and `after` behind them.
Status updateIds(const Database &db, const QString &sql, const QList<qint64> &ids, const QVariantList &before,
                 const QVariantList &after = {})
{
    return sql::forIdChunks(ids, [&](const QList<qint64> &chunk, const QString &marks) -> Status {
        QVariantList values = before;
        for (qint64 id : chunk)
            values << id;
        values << after;
        if (auto q = execSql(db, sql.arg(marks), values); !q)
            return q.error();
        return {};
    });
}

} // namespace

Result<QList<DueCase>> PollSchedule::dueCases(const Database &db, const QDateTime &now, const QString &claimant,
                                              int limit)
{
    // Claimed, not just read: in one transaction the due cases are selected and their next check
    // is pushed past a lease, so that another desktop on the same database does not take them
    // too. A desktop that dies mid-cycle leaves cases that come due again when the lease ends.
    // On PostgreSQL, SKIP LOCKED lets two desktops claim at the same moment without waiting or
    // overlapping; on SQLite the write transaction serialises them.
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    const bool postgres = db.engine() == Database::Engine::PostgreSql;
    auto q = execSql(db,
                     QStringLiteral("SELECT id, receipt_number FROM cases WHERE archived = 0 AND last_error_code = '' "
                                    "AND next_poll_at <= ? ORDER BY next_poll_at, id LIMIT ?%1")
                         .arg(postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString()),
                     {sql::timestamp(now), limit});
    if (!q)
        return q.error();
    QList<DueCase> out;
    QList<qint64> ids;
    QList<qint64> bad;
    while (q.value().next()) {
        // A stored receipt that no longer parses is not claimed: it would be claimed and never
        // fetched, cycle after cycle (a person sees it in the case list and corrects it).
        auto receipt = ReceiptNumber::parse(q.value().value(1).toString());
        if (!receipt) {
            bad << q.value().value(0).toLongLong();
            continue;
        }
        ids << q.value().value(0).toLongLong();
        out.append(DueCase{ids.last(), receipt.value()});
    }
    q.value().finish();
    if (Status marked =
            updateIds(db,
                      QStringLiteral("UPDATE cases SET last_error_code = 'receipt.invalid', "
                                     "last_error_message = ? WHERE id IN (%1)"),
                      bad,
                      {QCoreApplication::translate("PollSchedule",
                                                   "This receipt number is not valid: correct it to check the case.")});
        !marked)
        return marked.error();
    // Long enough for the whole cycle at a slow rate (a second a case), and never under 15 min.
    const QString leaseEnd = sql::timestamp(now.addSecs(kClaimLeaseSeconds + ids.size()));
    if (Status claimed =
            updateIds(db, QStringLiteral("UPDATE cases SET next_poll_at = ?, claimed_by = ? WHERE id IN (%1)"), ids,
                      {leaseEnd, claimant});
        !claimed)
        return claimed.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return out;
}

Status PollSchedule::release(const Database &db, const QList<qint64> &caseIds, const QDateTime &now)
{
    // Only cases still under this claim (a lease in the future): never one already rescheduled.
    const QString at = sql::timestamp(now);
    return updateIds(db,
                     QStringLiteral("UPDATE cases SET next_poll_at = ?, claimed_by = '' WHERE id IN (%1) "
                                    "AND next_poll_at > ?"),
                     caseIds, {at}, {at});
}

Status PollSchedule::releaseClaimsOf(const Database &db, const QString &claimant, const QDateTime &now)
{
    if (claimant.isEmpty())
        return {};
    auto q = execSql(db, QStringLiteral("UPDATE cases SET next_poll_at = ?, claimed_by = '' WHERE claimed_by = ?"),
                     {sql::timestamp(now), claimant});
    if (!q)
        return q.error();
    return {};
}

Result<bool> PollSchedule::hasDue(const Database &db, const QDateTime &now)
{
    auto q = execSql(db,
                     QStringLiteral("SELECT 1 FROM cases WHERE archived = 0 AND last_error_code = '' "
                                    "AND next_poll_at <= ? LIMIT 1"),
                     {sql::timestamp(now)});
    if (!q)
        return q.error();
    return q.value().next();
}

Result<int> PollSchedule::outstanding(const Database &db, const QDateTime &now)
{
    auto q = execSql(db,
                     QStringLiteral("SELECT count(*) FROM cases WHERE archived = 0 AND last_error_code = '' "
                                    "AND (next_poll_at <= ? OR claimed_by <> '')"),
                     {sql::timestamp(now)});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

Status PollSchedule::requestChecks(const Database &db, const QList<qint64> &caseIds, const QString &by,
                                   const QDateTime &now)
{
    for (qint64 id : caseIds) {
        auto q = execSql(db,
                         QStringLiteral("INSERT INTO check_requests (case_id, requested_at, requested_by) "
                                        "VALUES (?, ?, ?) ON CONFLICT (case_id) DO NOTHING"),
                         {id, sql::timestamp(now), by});
        if (!q)
            return q.error();
    }
    return {};
}

Result<QList<qint64>> PollSchedule::takeCheckRequests(const Database &db, const QString &claimant, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto q = execSql(db, QStringLiteral("SELECT case_id FROM check_requests ORDER BY requested_at LIMIT 1000"));
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    q.value().finish();
    if (Status s = updateIds(db, QStringLiteral("DELETE FROM check_requests WHERE case_id IN (%1)"), ids, {}); !s)
        return s.error();
    // Claimed by the poller that took them, due now: if it dies before fetching them, the one that
    // takes over gives them back and fetches them.
    if (Status s = updateIds(db, QStringLiteral("UPDATE cases SET claimed_by = ?, next_poll_at = ? WHERE id IN (%1)"),
                             ids, {claimant, sql::timestamp(now)});
        !s)
        return s.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return ids;
}

Status PollSchedule::schedule(const Database &db, qint64 caseId, PollTier tier, const QDateTime &next)
{
    auto q = execSql(db, QStringLiteral("UPDATE cases SET tier = ?, next_poll_at = ?, claimed_by = '' WHERE id = ?"),
                     {tierId(tier), sql::timestamp(next), caseId});
    if (!q)
        return q.error();
    return {};
}

Status PollSchedule::postpone(const Database &db, qint64 caseId, const QDateTime &next)
{
    auto q = execSql(db, QStringLiteral("UPDATE cases SET next_poll_at = ?, claimed_by = '' WHERE id = ?"),
                     {sql::timestamp(next), caseId});
    if (!q)
        return q.error();
    return {};
}

Result<QDateTime> PollSchedule::nextDue(const Database &db)
{
    auto q =
        execSql(db, QStringLiteral("SELECT min(next_poll_at) FROM cases WHERE archived = 0 AND last_error_code = ''"));
    if (!q)
        return q.error();
    return q.value().next() ? sql::toDateTime(q.value().value(0)) : QDateTime();
}

Result<double> PollSchedule::forecastDailyRequests(const Database &db, const PollIntervals &intervals)
{
    auto q = execSql(db, QStringLiteral("SELECT tier, count(*) FROM cases WHERE archived = 0 AND last_error_code = '' "
                                        "GROUP BY tier"));
    if (!q)
        return q.error();
    double perDay = 0;
    while (q.value().next())
        perDay += q.value().value(1).toDouble() * 86400.0
                  / double(intervalSeconds(tierFromId(q.value().value(0).toString()), intervals));
    return perDay;
}

} // namespace cw
