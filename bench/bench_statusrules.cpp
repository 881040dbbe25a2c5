// Teaching CaseWatch a status title on a large book: 100,000 cases with 300,000 history entries in a
// SQLite file, 10,000 of those entries (and 10,000 cases) carrying a title no rule knows. Prints how
// long assigning a category to that title takes (one transaction: the rule, every history entry and
// case re-categorized, one event per case, the audit row), and how long removing the rule takes.
#include "normalize/StatusNormalizer.h"
#include "storage/Database.h"
#include "storage/StatusRuleStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace cw;

namespace {

constexpr int kCases = 100000;
constexpr int kEntriesPerCase = 3;
constexpr int kUnknownEvery = 10; // one case in ten shows the unknown title
const char *const kTitles[] = {"Case Was Received", "Case Is Being Actively Reviewed By USCIS",
                               "Request for Additional Evidence Was Sent", "Case Was Approved"};
const QString kUnknown = QStringLiteral("Case Was Flagged For Manual Handling");

bool fill(const Database &db)
{
    QSqlDatabase c = db.connection();
    if (!c.transaction())
        return false;
    QSqlQuery q(c);
    const QString now = QStringLiteral("2026-11-01T00:00:00Z");
    if (!q.exec(
            QStringLiteral(
                "INSERT INTO profiles (kind, name, created_at, updated_at) VALUES ('applicant', 'Bench', '%1', '%1')")
                .arg(now)))
        return false;
    const qint64 profile = q.lastInsertId().toLongLong();
    QSqlQuery addCase(c);
    addCase.prepare(
        QStringLiteral("INSERT INTO cases (profile_id, receipt_number, created_at, updated_at, category, status_en) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery addEntry(c);
    addEntry.prepare(QStringLiteral("INSERT INTO history_entries (case_id, entry_date, status_en, status_es, category) "
                                    "VALUES (?, ?, ?, '', ?)"));
    const StatusNormalizer n;
    for (int i = 0; i < kCases; ++i) {
        const bool unknown = i % kUnknownEvery == 0;
        const QString current = unknown ? kUnknown : QString::fromLatin1(kTitles[i % 4]);
        addCase.addBindValue(profile);
        addCase.addBindValue(QStringLiteral("EAC%1").arg(9000000000LL + i, 10, 10, QLatin1Char('0')));
        addCase.addBindValue(now);
        addCase.addBindValue(now);
        addCase.addBindValue(n.normalize(current).category);
        addCase.addBindValue(current);
        if (!addCase.exec())
            return false;
        const qint64 caseId = addCase.lastInsertId().toLongLong();
        for (int e = 0; e < kEntriesPerCase; ++e) {
            const QString title = unknown && e == kEntriesPerCase - 1 ? kUnknown : QString::fromLatin1(kTitles[e]);
            addEntry.addBindValue(caseId);
            addEntry.addBindValue(QStringLiteral("2026-0%1-01").arg(e + 1));
            addEntry.addBindValue(title);
            addEntry.addBindValue(n.normalize(title).category);
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
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    if (!fill(*db.value())) {
        std::fprintf(stderr, "could not fill the database\n");
        return 1;
    }
    const StatusNormalizer builtIn;
    StatusRuleStore store(*db.value());
    QElapsedTimer t;
    t.start();
    auto assigned = store.assign(kUnknown, QStringLiteral("IN_REVIEW"), builtIn);
    const qint64 assignMs = t.elapsed();
    if (!assigned) {
        std::fprintf(stderr, "%s\n", qPrintable(assigned.error().message));
        return 1;
    }
    t.restart();
    auto removed = store.remove(kUnknown, builtIn);
    const qint64 removeMs = t.elapsed();
    if (!removed)
        return 1;
    std::printf("bench_statusrules: %d cases, %d history entries (SQLite file)\n", kCases, kCases * kEntriesPerCase);
    std::printf("  assign a category to a title: %lld ms (%d cases, %d history entries re-categorized, %d events)\n",
                assignMs, assigned->casesChanged, assigned->historyChanged, assigned->events);
    std::printf("  remove the rule again:        %lld ms (%d cases, %d history entries)\n", removeMs,
                removed->casesChanged, removed->historyChanged);
    return 0;
}
