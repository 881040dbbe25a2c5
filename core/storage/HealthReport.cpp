#include "storage/HealthReport.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const double rank = p * double(values.size() - 1);
    const auto lo = qsizetype(std::floor(rank));
    const auto hi = qsizetype(std::ceil(rank));
    return values[lo] + (values[hi] - values[lo]) * (rank - double(lo));
}

bool isRetried(const QString &outcome)
{
    return outcome == u"rate_limited" || outcome.startsWith(u"transient:");
}

QJsonValue number(double v, int decimals = 2)
{
    if (v < 0)
        return QJsonValue();
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

Result<int> countOf(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto q = execSql(db, sql, bindings);
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

} // namespace

Status HealthReport::tally(const Database &db, const QString &environment, const QString &outcome, const QDateTime &utc)
{
    auto q =
        execSql(db,
                QStringLiteral("INSERT INTO poll_tally (tally_day, environment, outcome, count) VALUES (?, ?, ?, 1) "
                               "ON CONFLICT (tally_day, environment, outcome) DO UPDATE "
                               "SET count = poll_tally.count + 1"),
                {utc.toUTC().date().toString(Qt::ISODate), environment, outcome.left(80)});
    if (!q)
        return q.error();
    return {};
}

Result<HealthReport::Report> HealthReport::build(const Database &db, const QString &environment,
                                                 const QDateTime &nowUtc, int quota, int days,
                                                 const QTimeZone &uscisZone)
{
    Report r;
    r.environment = environment;
    r.generatedAt = nowUtc.toUTC();
    r.quota = quota;
    const QDate today = r.generatedAt.date();
    const QDate first = today.addDays(-(days - 1));
    QMap<QDate, Day> byDay;
    for (QDate d = first; d <= today; d = d.addDays(1))
        byDay[d].day = d;

    // Outcomes per day.
    auto tallies = execSql(db,
                           QStringLiteral("SELECT tally_day, outcome, count FROM poll_tally WHERE environment = ? "
                                          "AND tally_day >= ? ORDER BY tally_day"),
                           {environment, first.toString(Qt::ISODate)});
    if (!tallies)
        return tallies.error();
    while (tallies.value().next()) {
        const QDate day = QDate::fromString(tallies.value().value(0).toString(), Qt::ISODate);
        const QString outcome = tallies.value().value(1).toString();
        const int count = tallies.value().value(2).toInt();
        if (!byDay.contains(day))
            continue;
        Day &d = byDay[day];
        d.requests += count;
        if (outcome == u"ok")
            d.ok += count;
        else if (isRetried(outcome))
            d.retried += count;
        else
            d.failed += count;
        if (outcome != u"ok") {
            r.problems30d[outcome] += count;
            if (day == today)
                r.problems24h[outcome] += count;
        }
    }

    // Changes seen, and how long after USCIS's own date each was seen.
    QList<double> allHours;
    QMap<QDate, QList<double>> hoursByDay;
    auto events = execSql(db,
                          QStringLiteral("SELECT occurred_at, modified_date FROM status_events WHERE event_kind = "
                                         "'status' AND occurred_at >= ?"),
                          {sql::timestamp(QDateTime(first, QTime(0, 0), Qt::UTC))});
    if (!events)
        return events.error();
    while (events.value().next()) {
        const QDateTime seen = sql::toDateTime(events.value().value(0)).toUTC();
        const QDate day = seen.date();
        if (!byDay.contains(day))
            continue;
        ++byDay[day].changes;
        QDateTime modified = sql::toDateTime(events.value().value(1));
        if (modified.isValid() && modified.timeSpec() == Qt::LocalTime) // USCIS writes its own (Eastern) time
            modified = QDateTime(modified.date(), modified.time(), uscisZone);
        if (!modified.isValid()) {
            const QDate date = QDate::fromString(events.value().value(1).toString().left(10), Qt::ISODate);
            if (date.isValid()) // a date only: the start of that day in USCIS's time
                modified = QDateTime(date, QTime(0, 0), uscisZone);
        }
        if (!modified.isValid())
            continue;
        const double hours = std::max<qint64>(0, modified.secsTo(seen)) / 3600.0;
        hoursByDay[day] << hours;
        allHours << hours;
    }
    for (auto it = hoursByDay.cbegin(); it != hoursByDay.cend(); ++it)
        byDay[it.key()].detectHoursMedian = percentile(it.value(), 0.5);
    r.detectHoursMedian30d = percentile(allHours, 0.5);
    r.detectHoursP90_30d = percentile(allHours, 0.9);
    r.detectSamples30d = int(allHours.size());
    r.days = byDay.values();
    r.last24h = byDay.value(today);

    // The queue and the cases.
    const QString now = sql::timestamp(r.generatedAt);
    auto active = countOf(db, QStringLiteral("SELECT count(*) FROM cases WHERE archived = 0"));
    auto due = countOf(db,
                       QStringLiteral("SELECT count(*) FROM cases WHERE archived = 0 AND last_error_code = '' AND "
                                      "(next_poll_at = '' OR next_poll_at <= ?)"),
                       {now});
    auto errors =
        countOf(db, QStringLiteral("SELECT count(*) FROM cases WHERE archived = 0 AND last_error_code <> ''"));
    if (!active)
        return active.error();
    if (!due)
        return due.error();
    if (!errors)
        return errors.error();
    r.activeCases = active.value();
    r.queueDepth = due.value();
    r.casesInError = errors.value();

    // The quota: this USCIS day's requests, and those still due before it ends.
    const QDateTime local = r.generatedAt.toTimeZone(uscisZone);
    r.quotaResetsAt = QDateTime(local.date().addDays(1), QTime(0, 0), uscisZone).toUTC();
    auto used = countOf(db,
                        QStringLiteral("SELECT COALESCE(SUM(requests), 0) FROM api_usage WHERE usage_day = ? AND "
                                       "environment = ?"),
                        {local.date().toString(Qt::ISODate), environment});
    auto dueToday = countOf(db,
                            QStringLiteral("SELECT count(*) FROM cases WHERE archived = 0 AND last_error_code = '' "
                                           "AND (next_poll_at = '' OR next_poll_at < ?)"),
                            {sql::timestamp(r.quotaResetsAt)});
    if (!used)
        return used.error();
    if (!dueToday)
        return dueToday.error();
    r.quotaUsedToday = used.value();
    r.quotaForecastToday = used.value() + dueToday.value();
    return r;
}

QJsonObject HealthReport::toJson(const Report &r)
{
    auto problems = [](const QMap<QString, int> &map) {
        QJsonObject o;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    auto dayJson = [](const Day &d) {
        return QJsonObject{{QStringLiteral("day"), d.day.toString(Qt::ISODate)},
                           {QStringLiteral("requests"), d.requests},
                           {QStringLiteral("ok"), d.ok},
                           {QStringLiteral("retried"), d.retried},
                           {QStringLiteral("failed"), d.failed},
                           {QStringLiteral("success_rate"), number(d.successRate(), 4)},
                           {QStringLiteral("changes"), d.changes},
                           {QStringLiteral("detect_hours_median"), number(d.detectHoursMedian)}};
    };
    QJsonArray days;
    for (const Day &d : r.days)
        days.append(dayJson(d));
    return QJsonObject{
        {QStringLiteral("environment"), r.environment},
        {QStringLiteral("generated_at"), r.generatedAt.toString(Qt::ISODate)},
        {QStringLiteral("last_24h"), dayJson(r.last24h)},
        {QStringLiteral("problems_24h"), problems(r.problems24h)},
        {QStringLiteral("problems_30d"), problems(r.problems30d)},
        {QStringLiteral("detect_hours"), QJsonObject{{QStringLiteral("median"), number(r.detectHoursMedian30d)},
                                                     {QStringLiteral("p90"), number(r.detectHoursP90_30d)},
                                                     {QStringLiteral("samples"), r.detectSamples30d}}},
        {QStringLiteral("cases"), QJsonObject{{QStringLiteral("active"), r.activeCases},
                                              {QStringLiteral("due_now"), r.queueDepth},
                                              {QStringLiteral("in_error"), r.casesInError}}},
        {QStringLiteral("quota"), QJsonObject{{QStringLiteral("daily"), r.quota},
                                              {QStringLiteral("used_today"), r.quotaUsedToday},
                                              {QStringLiteral("forecast_today"), r.quotaForecastToday},
                                              {QStringLiteral("resets_at"), r.quotaResetsAt.toString(Qt::ISODate)}}},
        {QStringLiteral("days"), days},
    };
}

QString HealthReport::outcomeId(const std::optional<ApiError> &error)
{
    if (!error)
        return QStringLiteral("ok");
    switch (error->kind()) {
    case ApiErrorKind::RateLimited:
        return QStringLiteral("rate_limited");
    case ApiErrorKind::Transient:
        return QStringLiteral("transient:") + error->code;
    case ApiErrorKind::Unauthorized:
        return QStringLiteral("unauthorized");
    case ApiErrorKind::CredentialsProblem:
        return QStringLiteral("credentials");
    default:
        return QStringLiteral("case_error:") + error->code;
    }
}

QString HealthReport::outcomeName(const QString &outcome)
{
    if (outcome == u"ok")
        return tr("Answered");
    if (outcome == u"rate_limited")
        return tr("Rate limited (429), asked again");
    if (outcome == u"unauthorized")
        return tr("Sign-in refused (401)");
    if (outcome == u"credentials")
        return tr("Credentials missing or refused");
    if (outcome.startsWith(u"transient:"))
        return tr("Temporary failure (%1), asked again").arg(outcome.mid(10));
    if (outcome.startsWith(u"case_error:"))
        return tr("USCIS could not answer for the case (%1)").arg(outcome.mid(11));
    return outcome;
}

} // namespace cw
