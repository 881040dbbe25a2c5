// Decision-date estimates for a large book: 100,000 cases (20 form types × 8 offices, received over
// four years, 40% still pending) with their history in a SQLite file. Prints the time to read the
// facts from the database and to estimate every pending case, separately and together.
#include "estimate/DecisionEstimator.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace cw;

namespace {

constexpr int kCases = 100000;
const char *const kOffices[] = {"EAC", "WAC", "LIN", "SRC", "NBC", "MSC", "IOE", "YSC"};

bool fill(const Database &db, QDate today)
{
    QSqlDatabase c = db.connection();
    if (!c.transaction())
        return false;
    QSqlQuery q(c);
    if (!q.exec(QStringLiteral(
            "INSERT INTO profiles (kind, name, created_at, updated_at) VALUES ('applicant', 'Bench', 'x', 'x')")))
        return false;
    const qint64 profile = q.lastInsertId().toLongLong();
    QSqlQuery addCase(c);
    addCase.prepare(
        QStringLiteral("INSERT INTO cases (profile_id, receipt_number, form_type, created_at, updated_at, "
                       "category, status_en, submitted_date, modified_date) VALUES (?, ?, ?, 'x', 'x', ?, ?, ?, ?)"));
    QSqlQuery addEntry(c);
    addEntry.prepare(
        QStringLiteral("INSERT INTO history_entries (case_id, entry_date, status_en, category) VALUES (?, ?, ?, ?)"));
    QRandomGenerator rng(42);
    for (int i = 0; i < kCases; ++i) {
        const QString office = QString::fromLatin1(kOffices[i % 8]);
        const QString form = QStringLiteral("I-%1").arg(100 + (i / 8) % 20 * 40);
        const QDate received = today.addDays(-qint64(rng.bounded(1460)));
        const double z = std::sqrt(-2.0 * std::log(std::max(rng.generateDouble(), 1e-12)))
                         * std::cos(2 * M_PI * rng.generateDouble());
        const QDate decided = received.addDays(std::max<qint64>(1, qint64(250 * std::exp(0.6 * z))));
        const bool done = decided <= today;
        addCase.addBindValue(profile);
        addCase.addBindValue(QStringLiteral("%1%2").arg(office).arg(2000000000LL + i));
        addCase.addBindValue(form);
        addCase.addBindValue(done ? QStringLiteral("APPROVED") : QStringLiteral("IN_REVIEW"));
        addCase.addBindValue(done ? QStringLiteral("Case Was Approved")
                                  : QStringLiteral("Case Is Being Actively Reviewed By USCIS"));
        addCase.addBindValue(received.toString(Qt::ISODate));
        addCase.addBindValue((done ? decided : received).toString(Qt::ISODate));
        if (!addCase.exec())
            return false;
        const qint64 id = addCase.lastInsertId().toLongLong();
        const std::pair<QDate, const char *> entries[] = {
            {received, "RECEIVED"}, {received.addDays(40), "BIOMETRICS_COMPLETED"}, {decided, "APPROVED"}};
        for (const auto &[date, category] : entries) {
            if (date > today)
                continue;
            addEntry.addBindValue(id);
            addEntry.addBindValue(date.toString(Qt::ISODate));
            addEntry.addBindValue(QString::fromLatin1(category));
            addEntry.addBindValue(QString::fromLatin1(category));
            if (!addEntry.exec())
                return false;
        }
    }
    return c.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("bench.sqlite")));
    const QDate today = QDate::currentDate();
    if (!db || !fill(*db.value(), today)) {
        std::fprintf(stderr, "could not fill the database\n");
        return 1;
    }
    QElapsedTimer t;
    t.start();
    auto facts = DecisionEstimator::load(*db.value());
    const qint64 loadMs = t.elapsed();
    if (!facts)
        return 1;
    t.restart();
    const DecisionEstimator estimator(std::move(facts.value()), today);
    const auto all = estimator.estimateAllPending();
    const qint64 estimateMs = t.elapsed();
    int ok = 0;
    for (const auto &e : all)
        ok += e.ok() ? 1 : 0;
    std::printf("bench_estimate: %d cases (SQLite file), %lld pending\n", kCases, qlonglong(all.size()));
    std::printf("  read the facts:        %lld ms\n", loadMs);
    std::printf("  estimate every pending: %lld ms (%d with an estimate)\n", estimateMs, ok);
    std::printf("  together:              %lld ms (goal < 2,000 ms)\n", loadMs + estimateMs);
    return 0;
}
