#pragma once

#include <QList>
#include <QtGlobal>

namespace cw {

// How often a case is fetched: hot (just changed, or waiting on something that moves fast),
// normal (daily), cold (final states: weekly), archived (never). Configurable, with a little
// jitter so that a firm's cases do not all come due in the same second.
struct PollIntervals
{
    qint64 hotSeconds = 4 * 3600;
    qint64 normalSeconds = 24 * 3600;
    qint64 coldSeconds = 7 * 24 * 3600;
    qint64 hotDaysAfterChange = 3;
    double jitter = 0.1; // ± this fraction of the interval
    qint64 transientRetrySeconds = 900; // a case whose retries ran out in a cycle

    bool sameTiers(const PollIntervals &o) const
    {
        return hotSeconds == o.hotSeconds && normalSeconds == o.normalSeconds && coldSeconds == o.coldSeconds;
    }
};

// How deadlines are set when USCIS does not write the date in the notice's description.
struct DeadlinePolicy
{
    int rfeResponseDays = 87; // 84 days plus 3 for mailing, counted from the RFE's date
    int noidResponseDays = 33; // 30 plus 3
    QList<int> reminderDaysBefore{14, 3};

    bool sameDays(const DeadlinePolicy &o) const
    {
        return rfeResponseDays == o.rfeResponseDays && noidResponseDays == o.noidResponseDays;
    }
};

} // namespace cw
