#include "PollerHarness.h"

#include "domain/FormType.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxCases.h"
#include "storage/CaseSummaryStore.h"
#include "storage/DeadlineStore.h"
#include "storage/SqlValues.h"

#include <QTest>

using namespace cw;

// The offline demo run for many steps, as a new user would leave it running: every case moves
// through its whole script, and nothing it records is dated after today, no day count goes
// negative, and every demo case is described with the form the demo records for it.
class TestDemoClock final : public QObject
{
    Q_OBJECT

private slots:
    void manyStepsNeverGoPastToday();
};

void TestDemoClock::manyStepsNeverGoPastToday()
{
    test::PollerHarness h;
    ProfileStore profiles(*h.t.db);
    CaseStore cases(*h.t.db);
    QVERIFY(profiles.remove(h.profileId)); // the demo seeds an empty database only
    QVERIFY(DemoData::seedIfEmpty(profiles, cases).value() > 0);
    auto all = cases.list();
    QVERIFY(all && !all->isEmpty());
    const QDate today = QDate::currentDate();
    const QString todayIso = today.toString(Qt::ISODate);
    int longest = 0;
    for (const TrackedCase &c : all.value())
        if (const SandboxCase *s = SandboxCases::find(c.receipt.toString()))
            longest = std::max(longest, int(s->script.size()));
    QVERIFY(longest >= 6);

    for (int step = 0; step <= longest; ++step) {
        // Every case is due each step.
        h.makeAllDue();
        const CycleStats stats = h.cycle();
        QCOMPARE(stats.failed, 0);
        QVERIFY(stats.fetched >= int(all->size()));

        QCOMPARE(h.count(u"SELECT count(*) FROM cases WHERE substr(modified_date, 1, 10) > '%1'"_qs.arg(todayIso)), 0);
        QCOMPARE(
            h.count(u"SELECT count(*) FROM history_entries WHERE substr(entry_date, 1, 10) > '%1'"_qs.arg(todayIso)),
            0);
        auto rows = CaseSummaryStore(*h.t.db).all();
        QVERIFY(rows);
        for (const CaseSummary &c : rows.value()) {
            QVERIFY2(c.statusSinceDay <= today.toJulianDay(), qPrintable(c.receipt)); // never a negative count
            QVERIFY2(!c.formMismatch, qPrintable(u"%1: %2 vs %3"_qs.arg(c.receipt, c.formType, c.uscisFormType)));
        }
        for (const TrackedCase &c : all.value())
            h.server.advance(c.receipt.toString());
    }
    // The demo's deadlines were opened and closed along the way, and none is due before it opened.
    auto deadlines = DeadlineStore(*h.t.db).list(true);
    QVERIFY(deadlines);
    QVERIFY(!deadlines->isEmpty());
    QVERIFY(std::any_of(deadlines->cbegin(), deadlines->cend(),
                        [](const Deadline &d) { return d.state != DeadlineState::Open; }));
}

QTEST_GUILESS_MAIN(TestDemoClock)
#include "tst_democlock.moc"
