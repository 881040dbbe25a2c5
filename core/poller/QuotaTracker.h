#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace cw {

class Clock;
class Database;

// Requests spent against the daily quota, per environment and per USCIS day (which ends at
// midnight US Eastern by default), kept in the database so that restarts — and, on PostgreSQL,
// other desktops — count against the same quota.
class QuotaTracker final
{
    Q_DECLARE_TR_FUNCTIONS(QuotaTracker)

public:
    QuotaTracker(const Database &db, const Clock &clock, QString environment, int dailyQuota,
                 QTimeZone zone = QTimeZone(QByteArrayLiteral("America/New_York")));

    static QString usageDay(const QDateTime &utc, const QTimeZone &zone);

    // Takes one request from today's quota: false when it is used up.
    Result<bool> tryConsume();
    Result<int> usedToday() const;
    int quota() const { return m_quota; }
    QDateTime nextResetUtc() const;

private:
    const Database &m_db;
    const Clock &m_clock;
    QString m_environment;
    int m_quota;
    QTimeZone m_zone;
};

} // namespace cw
