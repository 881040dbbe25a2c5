#pragma once

#include "Result.h"
#include "domain/Policies.h"
#include "domain/ReceiptNumber.h"
#include "domain/StatusCategory.h"

#include <QDateTime>
#include <QList>
#include <QMap>

namespace cw {

class Database;

struct DueCase
{
    qint64 caseId = 0;
    ReceiptNumber receipt;
};

class PollSchedule final
{
public:
    static PollTier tierFor(const QString &category, const QDateTime &lastChanged, const QDateTime &now,
                            const PollIntervals &intervals);
    static qint64 intervalSeconds(PollTier tier, const PollIntervals &intervals);
    static QDateTime nextPoll(PollTier tier, const QDateTime &now, const PollIntervals &intervals);
    // The tier as stored (cases.poll_tier): hot | normal | cold.
    static QString tierId(PollTier tier);
    static PollTier tierFromId(const QString &id);

    // Active cases (not archived, no permanent error) whose next poll is due, soonest first.
    // Claims the cases due at `now` (see the .cpp): each is handed to one poller only.
    static constexpr int kClaimLeaseSeconds = 900;
    // `claimant` names the poller (PollLeadership::holderId), so that one taking over from it can
    // give back what it had claimed.
    static Result<QList<DueCase>> dueCases(const Database &db, const QDateTime &now, const QString &claimant = {},
                                           int limit = 1000000);
    // Gives claimed cases back (due at once) when a cycle stops before fetching them.
    static Status release(const Database &db, const QList<qint64> &caseIds, const QDateTime &now);
    // Gives back every case `claimant` claimed and did not fetch (a poller that died).
    static Status releaseClaimsOf(const Database &db, const QString &claimant, const QDateTime &now);
    // Whether any case is due at `now` (a case made due by hand has no time at all: due).
    static Result<bool> hasDue(const Database &db, const QDateTime &now);
    // Cases due now or claimed by a poller: what is left for the firm's poller to do.
    static Result<int> outstanding(const Database &db, const QDateTime &now);
    // "Check now" from a desktop that does not poll: the polling one takes these up promptly.
    static Status requestChecks(const Database &db, const QList<qint64> &caseIds, const QString &by,
                                const QDateTime &now);
    // The requested checks (oldest first), removed from the table and claimed by `claimant`.
    static Result<QList<qint64>> takeCheckRequests(const Database &db, const QString &claimant, const QDateTime &now);
    static Status schedule(const Database &db, qint64 caseId, PollTier tier, const QDateTime &next);
    // Moves only the next poll time (the tier stays).
    static Status postpone(const Database &db, qint64 caseId, const QDateTime &next);
    // When the next case comes due (invalid when none is scheduled).
    static Result<QDateTime> nextDue(const Database &db);
    // Requests a day at the current tiers.
    static Result<double> forecastDailyRequests(const Database &db, const PollIntervals &intervals);
};

} // namespace cw
