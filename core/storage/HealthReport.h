#pragma once

#include "Result.h"
#include "domain/CaseSnapshot.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QTimeZone>

#include <optional>

namespace cw {

class Database;

// How well tracking works (schema v11's poll_tally, with what the poller already records): the
// success rate of status queries, the time from USCIS's own "modified" date of a change to this
// firm seeing it, retries and failures by kind, the queue of cases due now, the daily quota used
// and where today will end, cases in error — for the last 24 hours and day by day over 30 days.
class HealthReport final
{
    Q_DECLARE_TR_FUNCTIONS(HealthReport)

public:
    // One status query's outcome, counted per UTC day and environment by the poller: "ok",
    // "rate_limited", "transient:<code>", "unauthorized", "credentials", "case_error:<code>".
    static Status tally(const Database &db, const QString &environment, const QString &outcome, const QDateTime &utc);

    struct Day
    {
        QDate day; // UTC
        int requests = 0;
        int ok = 0;
        int retried = 0; // rate-limited or transient: asked again
        int failed = 0; // a case USCIS could not answer for, or sign-in trouble
        int changes = 0; // status changes seen
        double detectHoursMedian = -1; // -1: no change with a USCIS date that day
        double successRate() const { return requests > 0 ? double(ok) / requests : -1; }
    };

    struct Report
    {
        QString environment;
        QDateTime generatedAt;
        Day last24h;
        QMap<QString, int> problems24h; // outcome -> count, everything but "ok"
        QMap<QString, int> problems30d;
        double detectHoursMedian30d = -1;
        double detectHoursP90_30d = -1;
        int detectSamples30d = 0;
        int activeCases = 0;
        int queueDepth = 0; // due now
        int casesInError = 0;
        int quota = 0;
        int quotaUsedToday = 0; // this USCIS day
        int quotaForecastToday = 0; // used + what is due before the USCIS day ends
        QDateTime quotaResetsAt;
        QList<Day> days; // oldest first, `days` of them, today last
    };

    static Result<Report> build(const Database &db, const QString &environment, const QDateTime &nowUtc, int quota,
                                int days = 30, const QTimeZone &uscisZone = QTimeZone("America/New_York"));
    static QJsonObject toJson(const Report &report);
    // The outcome id of an answer (std::nullopt: answered).
    static QString outcomeId(const std::optional<ApiError> &error);
    // "rate_limited" -> "Rate limited (429)", … for a person.
    static QString outcomeName(const QString &outcome);
};

} // namespace cw
