#pragma once

#include "Result.h"
#include "domain/ReceiptNumber.h"

#include <QDateTime>
#include <QList>
#include <QMap>

namespace cw {

class Database;

// How often a case is fetched: hot (just changed, or waiting on something that moves fast),
// normal (daily), cold (final states: weekly), archived (never). Configurable, with a little
// jitter so that a firm's cases do not all come due in the same second.
struct PollIntervals
{
    qint64 hotSeconds = 4 * 3600;
    qint64 normalSeconds = 24 * 3600;
    qint64 coldSeconds = 7 * 24 * 3600;
    qint64 hotDaysAfterChange = 3;
    double jitter = 0.1;                 // ± this fraction of the interval
    qint64 transientRetrySeconds = 900;  // a case whose retries ran out in a cycle
};

struct DueCase
{
    qint64 caseId = 0;
    ReceiptNumber receipt;
};

class PollSchedule final
{
public:
    static QString tierFor(const QString &category, const QDateTime &lastChanged, const QDateTime &now,
                           const PollIntervals &intervals);
    static qint64 intervalSeconds(const QString &tier, const PollIntervals &intervals);
    static QDateTime nextPoll(const QString &tier, const QDateTime &now, const PollIntervals &intervals);

    // Active cases (not archived, no permanent error) whose next poll is due, soonest first.
    // Claims the cases due at `now` (see the .cpp): each is handed to one poller only.
    static constexpr int kClaimLeaseSeconds = 900;
    static Result<QList<DueCase>> dueCases(const Database &db, const QDateTime &now, int limit = 1000000);
    // Gives claimed cases back (due at once) when a cycle stops before fetching them.
    static Status release(const Database &db, const QList<qint64> &caseIds, const QDateTime &now);
    static Status schedule(const Database &db, qint64 caseId, const QString &tier, const QDateTime &next);
    // Moves only the next poll time (the tier stays).
    static Status postpone(const Database &db, qint64 caseId, const QDateTime &next);
    // When the next case comes due (invalid when none is scheduled).
    static Result<QDateTime> nextDue(const Database &db);
    // Requests a day at the current tiers.
    static Result<double> forecastDailyRequests(const Database &db, const PollIntervals &intervals);
};

} // namespace cw
