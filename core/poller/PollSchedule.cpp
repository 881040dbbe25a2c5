#include "poller/PollSchedule.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QRandomGenerator>

namespace cw {

namespace {

bool isFinal(const QString &category)
{
    static const QStringList kFinal{QStringLiteral("CARD_DELIVERED"), QStringLiteral("DENIED"),
                                    QStringLiteral("REJECTED"),       QStringLiteral("WITHDRAWN"),
                                    QStringLiteral("TERMINATED")};
    return kFinal.contains(category);
}

bool movesFast(const QString &category)
{
    // USCIS acts soon after these: a response was sent, an interview happened, a card is on its way.
    static const QStringList kHot{QStringLiteral("RFE_RECEIVED"), QStringLiteral("INTERVIEW_COMPLETED"),
                                  QStringLiteral("APPROVED"), QStringLiteral("CARD_PRODUCED"),
                                  QStringLiteral("CARD_MAILED")};
    return kHot.contains(category);
}

} // namespace

QString PollSchedule::tierFor(const QString &category, const QDateTime &lastChanged, const QDateTime &now,
                              const PollIntervals &intervals)
{
    if (isFinal(category))
        return QStringLiteral("cold");
    if (movesFast(category) || (lastChanged.isValid() && lastChanged.daysTo(now) < intervals.hotDaysAfterChange))
        return QStringLiteral("hot");
    return QStringLiteral("normal");
}

qint64 PollSchedule::intervalSeconds(const QString &tier, const PollIntervals &intervals)
{
    if (tier == u"hot")
        return intervals.hotSeconds;
    if (tier == u"cold")
        return intervals.coldSeconds;
    return intervals.normalSeconds;
}

QDateTime PollSchedule::nextPoll(const QString &tier, const QDateTime &now, const PollIntervals &intervals)
{
    const double base = double(intervalSeconds(tier, intervals));
    const double spread = (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0) * intervals.jitter;
    return now.addMSecs(qint64(base * (1.0 + spread) * 1000.0));
}

Result<QList<DueCase>> PollSchedule::dueCases(const Database &db, const QDateTime &now, int limit)
{
    auto q = execSql(db,
                     QStringLiteral("SELECT id, receipt_number FROM cases WHERE archived = 0 AND last_error_code = '' "
                                    "AND next_poll_at <= ? ORDER BY next_poll_at, id LIMIT ?"),
                     {sql::timestamp(now), limit});
    if (!q)
        return q.error();
    QList<DueCase> out;
    while (q.value().next()) {
        auto receipt = ReceiptNumber::parse(q.value().value(1).toString());
        if (receipt)
            out.append(DueCase{q.value().value(0).toLongLong(), receipt.value()});
    }
    return out;
}

Status PollSchedule::schedule(const Database &db, qint64 caseId, const QString &tier, const QDateTime &next)
{
    auto q = execSql(db, QStringLiteral("UPDATE cases SET tier = ?, next_poll_at = ? WHERE id = ?"),
                     {tier, sql::timestamp(next), caseId});
    if (!q)
        return q.error();
    return {};
}

Status PollSchedule::postpone(const Database &db, qint64 caseId, const QDateTime &next)
{
    auto q = execSql(db, QStringLiteral("UPDATE cases SET next_poll_at = ? WHERE id = ?"), {sql::timestamp(next), caseId});
    if (!q)
        return q.error();
    return {};
}

Result<QDateTime> PollSchedule::nextDue(const Database &db)
{
    auto q = execSql(db, QStringLiteral("SELECT min(next_poll_at) FROM cases WHERE archived = 0 AND last_error_code = ''"));
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
        perDay += q.value().value(1).toDouble() * 86400.0 / double(intervalSeconds(q.value().value(0).toString(), intervals));
    return perDay;
}

} // namespace cw
