#include "estimate/DecisionEstimator.h"

#include "domain/StatusCategory.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {

// "YYYY-MM-DD…" -> Julian day (0 when it is not a date); read by hand, it is called for every
// history entry of the firm.
qint64 dayOf(const QString &iso)
{
    if (iso.size() < 10 || iso[4] != u'-' || iso[7] != u'-')
        return 0;
    auto number = [&iso](int from, int length) {
        int v = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t c = iso[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    const QDate d(number(0, 4), number(5, 2), number(8, 2));
    return d.isValid() ? d.toJulianDay() : 0;
}

// Windows are counted from the middle of the month a case's clock started in, so that the cases of
// one month share their cohorts (a firm's whole book is estimated in well under two seconds).
qint64 anchorOf(qint64 day)
{
    const QDate d = QDate::fromJulianDay(day);
    return QDate(d.year(), d.month(), 15).toJulianDay();
}

// A Kaplan–Meier survival curve: after each distinct time with a decision, the share of the cohort
// still pending. Censored cases leave the risk set without a step.
struct Curve
{
    QList<std::pair<qint64, double>> steps; // (days, S after that day's decisions), increasing days
    int size = 0;
    int decided = 0;
    int pending = 0;

    double at(qint64 t) const // S(t): still pending after t days
    {
        auto it = std::upper_bound(steps.begin(), steps.end(), t,
                                   [](qint64 v, const std::pair<qint64, double> &s) { return v < s.first; });
        return it == steps.begin() ? 1.0 : std::prev(it)->second;
    }
    // The first day after `waited` by which a share `p` of the cases still pending at `waited` is
    // decided; -1 when the cohort's history does not reach that far.
    // With `tail`, beyond the last decision the curve is completed by an exponential through it
    // (Brown, Hollander and Korwar's tail): a case older than the cohort's history still gets a
    // range, later and wider the longer it has waited.
    qint64 quantileAfter(qint64 waited, double p, bool tail = false) const
    {
        // Past the last decision the tail says how many are still pending after `waited`.
        const double target = (tail ? atWithTail(waited) : at(waited)) * (1.0 - p) + 1e-12;
        // Steps are increasing in time and decreasing in S: the first after `waited` at or below target.
        auto after = std::upper_bound(steps.begin(), steps.end(), waited,
                                      [](qint64 v, const std::pair<qint64, double> &s) { return v < s.first; });
        auto hit = std::partition_point(after, steps.end(),
                                        [target](const std::pair<qint64, double> &s) { return s.second > target; });
        if (hit != steps.end())
            return hit->first;
        if (!tail || steps.isEmpty() || steps.last().second >= 1.0 || steps.last().second <= 0.0)
            return -1;
        // S(t) = S_T^(t/T) beyond T: t = T·ln(target)/ln(S_T), i.e. waited + T·ln(1−p)/ln(S_T) once
        // the case has waited past T — later, and wider, the longer it has waited.
        const double tMax = double(steps.last().first);
        const double t = tMax * std::log(target) / std::log(steps.last().second);
        return std::max<qint64>(waited + 1, qint64(std::ceil(t)));
    }
    // Like quantileAfter, but beyond this cohort's own history the curve goes on with the shape of
    // `wide` (the form's whole history): a narrow window knows the near future of cases like this
    // one, the wider cohort how long the slow ones take.
    qint64 quantileBorrowing(qint64 waited, double p, const Curve &wide) const
    {
        if (const qint64 own = quantileAfter(waited, p); own >= 0)
            return own;
        if (&wide == this)
            return quantileAfter(waited, p, true);
        const qint64 end = std::max(waited, steps.isEmpty() ? 0 : steps.last().first);
        const double target = at(waited) * (1.0 - p);
        const double ratio = target / at(end); // what must still go, relative to S(end)
        return wide.quantileAfter(end, 1.0 - ratio, true);
    }
    double atWithTail(qint64 t) const
    {
        if (steps.isEmpty() || t <= steps.last().first || steps.last().second <= 0.0)
            return at(t);
        return std::exp(double(t) / double(steps.last().first) * std::log(steps.last().second));
    }
};

struct Observation
{
    qint64 days;
    bool decided;
};

Curve kaplanMeier(QList<Observation> obs)
{
    std::sort(obs.begin(), obs.end(), [](const Observation &a, const Observation &b) {
        return a.days < b.days || (a.days == b.days && a.decided && !b.decided); // decisions first on a tie
    });
    Curve c;
    c.size = int(obs.size());
    double s = 1.0;
    qsizetype atRisk = obs.size();
    for (qsizetype i = 0; i < obs.size();) {
        const qint64 t = obs[i].days;
        int events = 0;
        int leaving = 0;
        for (; i < obs.size() && obs[i].days == t; ++i) {
            ++leaving;
            events += obs[i].decided ? 1 : 0;
        }
        if (events > 0) {
            s *= 1.0 - double(events) / double(atRisk);
            c.steps.append({t, s});
        }
        c.decided += events;
        atRisk -= leaving;
    }
    return c;
}

} // namespace

struct DecisionEstimator::Impl
{
    QList<CaseFacts> facts;
    QDate today;
    qint64 todayDay = 0;
    Options options;
    QHash<qint64, qsizetype> byId;
    QHash<QString, qsizetype> byReceipt;
    // Per stage: indices of the cases with that clock, sorted by its start, by form and by form+office.
    QHash<QString, QList<qsizetype>> groups[2];
    // Curves by cohort: those of a window (many, small) apart from the all-time ones (few, wide).
    mutable QHash<QString, std::shared_ptr<const Curve>> cache;
    mutable QHash<QString, std::shared_ptr<const Curve>> allTime;

    static qint64 start(const CaseFacts &f, Stage stage)
    {
        return stage == Stage::SinceReceived ? f.receivedDay : f.responseDay;
    }
    static QString groupKey(const QString &form, const QString &office) { return form + u'|' + office; }

    void index()
    {
        for (qsizetype i = 0; i < facts.size(); ++i) {
            byId.insert(facts[i].caseId, i);
            byReceipt.insert(facts[i].receipt, i);
            for (Stage stage : {Stage::SinceReceived, Stage::SinceResponse}) {
                if (start(facts[i], stage) <= 0)
                    continue;
                auto &g = groups[int(stage)];
                g[groupKey(facts[i].formType, QString())].append(i);
                g[groupKey(facts[i].formType, facts[i].office)].append(i);
            }
        }
        for (int stage = 0; stage < 2; ++stage) {
            for (QList<qsizetype> &list : groups[stage]) {
                std::sort(list.begin(), list.end(), [this, stage](qsizetype a, qsizetype b) {
                    return start(facts[a], Stage(stage)) < start(facts[b], Stage(stage));
                });
            }
        }
    }

    std::shared_ptr<const Curve> curve(Stage stage, const QString &form, const QString &office, int window,
                                       qint64 anchor) const
    {
        const QString key =
            QStringLiteral("%1|%2|%3|%4|%5").arg(int(stage)).arg(form, office).arg(window).arg(window ? anchor : 0);
        auto &store = window > 0 ? cache : allTime;
        if (auto hit = store.constFind(key); hit != store.constEnd())
            return hit.value();
        const QList<qsizetype> list = groups[int(stage)].value(groupKey(form, office));
        auto first = list.begin();
        auto last = list.end();
        if (window > 0) {
            first = std::lower_bound(list.begin(), list.end(), anchor - window,
                                     [this, stage](qsizetype i, qint64 v) { return start(facts[i], stage) < v; });
            last = std::upper_bound(first, list.end(), anchor + window,
                                    [this, stage](qint64 v, qsizetype i) { return v < start(facts[i], stage); });
        }
        QList<Observation> obs;
        obs.reserve(last - first);
        int pending = 0;
        for (auto it = first; it != last; ++it) {
            const CaseFacts &f = facts[*it];
            const qint64 s = start(f, stage);
            if (f.decidedDay > 0 && f.decidedDay >= s) {
                obs.append({f.decidedDay - s, true});
            } else if (f.endedDay > 0 && f.endedDay >= s) {
                obs.append({f.endedDay - s, false});
            } else if (f.decidedDay == 0 && todayDay >= s) {
                ++pending;
                if (options.countPending)
                    obs.append({todayDay - s, false});
            }
        }
        auto c = std::make_shared<Curve>(kaplanMeier(std::move(obs)));
        c->pending = options.countPending ? pending : 0;
        store.insert(key, c);
        return c;
    }

    Estimate estimateAt(qsizetype index, bool withCurve = true) const
    {
        const CaseFacts &f = facts[index];
        Estimate e;
        e.caseId = f.caseId;
        e.receipt = f.receipt;
        e.formType = f.formType;
        e.office = f.office;
        if (f.decidedDay > 0 || f.endedDay > 0) {
            e.reason = QStringLiteral("decided");
            return e;
        }
        if (f.receivedDay <= 0) {
            e.reason = QStringLiteral("no_received_date");
            return e;
        }
        // Steps: this office, windows widening; any office, windows widening; any office, all time.
        QList<std::pair<QString, int>> steps;
        for (const QString &office : {f.office, QString()}) {
            for (int w : options.windows)
                steps.append({office, w});
        }
        steps.append({QString(), 0});
        for (Stage stage : {Stage::SinceResponse, Stage::SinceReceived}) {
            const qint64 s = start(f, stage);
            if (s <= 0)
                continue;
            const qint64 waited = options.conditionOnWait ? std::max<qint64>(0, todayDay - s) : 0;
            bool tooOld = false;
            // The first step with enough comparable cases whose own history reaches the median
            // (beyond it, the 90th percentile may come from the completed tail); the widest step
            // completes its tail for the median too.
            for (qsizetype i = 0; i < steps.size(); ++i) {
                const bool last = i == steps.size() - 1;
                const auto c = curve(stage, f.formType, steps[i].first, steps[i].second, anchorOf(s));
                e.basis = Basis{c->size, c->pending, f.formType, steps[i].first, steps[i].second, stage};
                e.widened = i > 0;
                if (c->size < options.minCohort || c->decided < options.minDecided)
                    continue;
                const double base = c->atWithTail(waited);
                if (base <= 1e-9) {
                    tooOld = true; // every comparable case was decided sooner
                    continue;
                }
                const qint64 q50 = c->quantileAfter(waited, 0.5, last);
                if (q50 < 0)
                    continue;
                const auto wide = curve(stage, f.formType, QString(), 0, 0);
                const qint64 q90 = c->quantileBorrowing(waited, 0.9, *wide);
                const qint64 q10 = c->quantileBorrowing(waited, 0.1, *wide);
                if (q90 < 0 || q10 < 0)
                    continue;
                auto dateAt = [&](qint64 days) {
                    // Never a date before tomorrow: the case is still pending today. (The
                    // unconditioned variant exists only to show what goes wrong without this.)
                    return QDate::fromJulianDay(options.conditionOnWait ? std::max(s + days, todayDay + 1) : s + days);
                };
                e.p10 = dateAt(q10);
                e.p50 = dateAt(q50);
                e.p90 = dateAt(q90);
                if (withCurve) {
                    e.curve.append({today, 1.0});
                    for (const auto &[t, sv] : c->steps) {
                        if (t > waited)
                            e.curve.append({QDate::fromJulianDay(s + t), sv / base});
                    }
                    if (q90 > (c->steps.isEmpty() ? 0 : c->steps.last().first))
                        e.curve.append({QDate::fromJulianDay(s + q90), 0.1});
                }
                e.reason.clear();
                return e;
            }
            if (stage == Stage::SinceReceived)
                e.reason =
                    tooOld ? QStringLiteral("waited_longer_than_cohort") : QStringLiteral("not_enough_similar_cases");
        }
        return e;
    }
};

DecisionEstimator::DecisionEstimator(QList<CaseFacts> facts, QDate today)
    : DecisionEstimator(std::move(facts), today, Options{})
{
}

DecisionEstimator::DecisionEstimator(QList<CaseFacts> facts, QDate today, Options options) : d(std::make_unique<Impl>())
{
    d->facts = std::move(facts);
    d->today = today;
    d->todayDay = today.toJulianDay();
    d->options = std::move(options);
    d->index();
}

DecisionEstimator::~DecisionEstimator() = default;
DecisionEstimator::DecisionEstimator(DecisionEstimator &&) noexcept = default;
DecisionEstimator &DecisionEstimator::operator=(DecisionEstimator &&) noexcept = default;

QString DecisionEstimator::normalizedForm(const QString &formType)
{
    QString out;
    for (QChar c : formType.toUpper()) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

QString DecisionEstimator::displayForm(const QString &form)
{
    qsizetype letters = 0;
    while (letters < form.size() && form[letters].isLetter())
        ++letters;
    return letters > 0 && letters < form.size() ? form.left(letters) + u'-' + form.mid(letters) : form;
}

Result<QList<CaseFacts>> DecisionEstimator::load(const Database &db)
{
    auto cases =
        execSql(db, QStringLiteral("SELECT id, receipt_number, form_type, submitted_date, category, modified_date "
                                   "FROM cases ORDER BY id"));
    if (!cases)
        return cases.error();
    QList<CaseFacts> facts;
    QHash<qint64, qsizetype> byId;
    QSet<QString> texts; // a form, an office or a category is held once, not once per case
    auto intern = [&texts](const QString &t) { return *texts.insert(t); };
    QList<std::pair<QString, qint64>> current; // category and date of the current status
    while (cases.value().next()) {
        const QSqlQuery &r = cases.value();
        CaseFacts f;
        f.caseId = r.value(0).toLongLong();
        f.receipt = r.value(1).toString();
        f.office = intern(f.receipt.left(3));
        f.formType = intern(normalizedForm(r.value(2).toString()));
        f.receivedDay = dayOf(r.value(3).toString());
        byId.insert(f.caseId, facts.size());
        facts.append(f);
        current.append({intern(r.value(4).toString()), dayOf(r.value(5).toString())});
    }
    // In date order, so that a response recorded after the decision (a motion) is not taken for
    // the RFE response that preceded it.
    auto history = execSql(db, QStringLiteral("SELECT case_id, entry_date, category FROM history_entries "
                                              "ORDER BY case_id, entry_date"));
    if (!history)
        return history.error();
    QList<qint64> firstSeen(facts.size(), 0);
    while (history.value().next()) {
        const QSqlQuery &r = history.value();
        const auto it = byId.constFind(r.value(0).toLongLong());
        if (it == byId.constEnd())
            continue;
        CaseFacts &f = facts[*it];
        const qint64 day = dayOf(r.value(1).toString());
        if (day <= 0)
            continue;
        const QString category = r.value(2).toString();
        qint64 &first = firstSeen[*it];
        first = first == 0 ? day : std::min(first, day);
        if (categories::isDecision(category))
            f.decidedDay = f.decidedDay == 0 ? day : std::min(f.decidedDay, day);
        else if (categories::endsWithoutDecision(category))
            f.endedDay = f.endedDay == 0 ? day : std::min(f.endedDay, day);
        else if (category == u"RFE_RECEIVED" && f.decidedDay == 0)
            f.responseDay = std::max(f.responseDay, day);
    }
    for (qsizetype i = 0; i < facts.size(); ++i) {
        CaseFacts &f = facts[i];
        const auto &[category, day] = current[i];
        if (f.decidedDay == 0 && categories::isDecision(category))
            f.decidedDay = day > 0 ? day : firstSeen[i];
        if (f.decidedDay == 0 && f.endedDay == 0 && categories::endsWithoutDecision(category))
            f.endedDay = day > 0 ? day : firstSeen[i];
        if (f.receivedDay == 0)
            f.receivedDay = firstSeen[i]; // IOE receipts come without a received date
        if (f.decidedDay > 0 && f.responseDay > f.decidedDay)
            f.responseDay = 0; // a response after the decision (a motion) is not this clock
    }
    return facts;
}

DecisionEstimator::Estimate DecisionEstimator::estimate(qint64 caseId) const
{
    const auto it = d->byId.constFind(caseId);
    if (it == d->byId.constEnd()) {
        Estimate e;
        e.caseId = caseId;
        e.reason = QStringLiteral("not_tracked");
        return e;
    }
    return d->estimateAt(*it);
}

DecisionEstimator::Estimate DecisionEstimator::estimateReceipt(const QString &receipt) const
{
    const auto it = d->byReceipt.constFind(receipt);
    if (it == d->byReceipt.constEnd()) {
        Estimate e;
        e.receipt = receipt;
        e.reason = QStringLiteral("not_tracked");
        return e;
    }
    return d->estimateAt(*it);
}

void DecisionEstimator::forEachPending(const std::function<void(const Estimate &)> &visit) const
{
    // Form by form and month by month, so that the windowed curves of one month are all that is
    // kept at a time (a large book's would otherwise fill the memory).
    QList<qsizetype> order;
    for (qsizetype i = 0; i < d->facts.size(); ++i) {
        if (d->facts[i].decidedDay == 0 && d->facts[i].endedDay == 0)
            order.append(i);
    }
    std::sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        const CaseFacts &x = d->facts[a];
        const CaseFacts &y = d->facts[b];
        const int byForm = x.formType.compare(y.formType);
        return byForm != 0 ? byForm < 0 : anchorOf(x.receivedDay) < anchorOf(y.receivedDay);
    });
    QString form;
    qint64 month = -1;
    for (qsizetype i : order) {
        const CaseFacts &f = d->facts[i];
        if (f.formType != form || anchorOf(f.receivedDay) != month) {
            d->cache.clear();
            if (f.formType != form)
                d->allTime.clear();
            form = f.formType;
            month = anchorOf(f.receivedDay);
        }
        visit(d->estimateAt(i, false));
    }
    d->cache.clear();
}

QList<DecisionEstimator::Estimate> DecisionEstimator::estimateAllPending() const
{
    QList<Estimate> out;
    forEachPending([&out](const Estimate &e) { out.append(e); });
    return out;
}

QHash<qint64, qint64> DecisionEstimator::expectedDays() const
{
    QHash<qint64, qint64> out;
    forEachPending([&out](const Estimate &e) {
        if (e.ok())
            out.insert(e.caseId, e.p50.toJulianDay());
    });
    return out;
}

void DecisionEstimator::dropCache() const
{
    d->cache.clear();
    d->cache.squeeze();
    d->allTime.clear();
    d->allTime.squeeze();
}

const QList<CaseFacts> &DecisionEstimator::facts() const
{
    return d->facts;
}

QDate DecisionEstimator::today() const
{
    return d->today;
}

} // namespace cw
