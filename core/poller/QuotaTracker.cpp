#include "poller/QuotaTracker.h"

#include "domain/Clock.h"
#include "storage/Database.h"

namespace cw {

QuotaTracker::QuotaTracker(const Database &db, const Clock &clock, QString environment, int dailyQuota, QTimeZone zone)
    : m_db(db), m_clock(clock), m_environment(std::move(environment)), m_quota(dailyQuota), m_zone(std::move(zone))
{
}

QString QuotaTracker::usageDay(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).date().toString(Qt::ISODate);
}

Result<bool> QuotaTracker::tryConsume()
{
    // One statement, so that two pollers sharing a database cannot both take the last request.
    auto q = execSql(m_db,
                     QStringLiteral("INSERT INTO api_usage (usage_day, environment, requests) VALUES (?, ?, 1) "
                                    "ON CONFLICT (usage_day, environment) DO UPDATE "
                                    "SET requests = api_usage.requests + 1 WHERE api_usage.requests < ?"),
                     {usageDay(m_clock.nowUtc(), m_zone), m_environment, m_quota});
    if (!q)
        return q.error();
    return m_quota > 0 && q.value().numRowsAffected() > 0;
}

Result<int> QuotaTracker::usedToday() const
{
    auto q = execSql(m_db, QStringLiteral("SELECT requests FROM api_usage WHERE usage_day = ? AND environment = ?"),
                     {usageDay(m_clock.nowUtc(), m_zone), m_environment});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

QDateTime QuotaTracker::nextResetUtc() const
{
    const QDate today = m_clock.nowUtc().toTimeZone(m_zone).date();
    return QDateTime(today.addDays(1), QTime(0, 0), m_zone).toUTC();
}

} // namespace cw
