#include "ClientHarness.h"
#include "TestSupport.h"

#include "normalize/StatusNormalizer.h"
#include "storage/CaseStore.h"
#include "storage/ObservationStore.h"
#include "storage/ProfileStore.h"
#include "poller/CaseChecker.h"

#include <QTest>

using namespace cw;
using Kind = EventKind;

namespace {

int count(const Database &db, const QString &table)
{
    auto q = execSql(db, u"SELECT count(*) FROM "_qs + table);
    return q && q.value().next() ? q.value().value(0).toInt() : -1;
}

CaseSnapshot snapshot(const QString &status, const QString &category, const QString &modified,
                      QList<HistoryEntry> history = {})
{
    CaseSnapshot s;
    s.receiptNumber = u"EAC9999103403"_qs;
    s.formType = u"I-485"_qs;
    s.statusEn = status;
    s.statusEs = u"Estado"_qs;
    s.category = category;
    s.modifiedDate = modified;
    s.history = history;
    return s;
}

} // namespace

class TestObservationStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstAnswerIsInitialEvent();
    void sameAnswerTwiceRecordsNoSecondEvent();
    void changedAnswerRecordsExactlyOneEvent();
    void sameStatusNewDateIsRecordedAsSuch();
    void historyEntriesAreStoredOnce();
    void permanentFailureMarksTheCaseTransientDoesNot();
    void checkerRecordsAgainstTheSimulator();

private:
    std::unique_ptr<test::TempDatabase> m_t;
    qint64 m_case = 0;
};

void TestObservationStore::init()
{
    m_t = std::make_unique<test::TempDatabase>();
    auto p = ProfileStore(*m_t->db).add(test::profile(ProfileKind::Applicant, u"Maria"_qs));
    m_case = CaseStore(*m_t->db).add(p->id, {ReceiptNumber::parse(u"EAC9999103403").value(), {}, {}})->id;
}

void TestObservationStore::cleanup()
{
    m_t.reset();
}

void TestObservationStore::firstAnswerIsInitialEvent()
{
    ObservationStore store(*m_t->db);
    auto r = store.recordSnapshot(m_case, u"demo"_qs, 200, "{}",
                                  snapshot(u"Case Was Received"_qs, u"RECEIVED"_qs, u"2024-01-08"_qs));
    QVERIFY(r);
    QCOMPARE(r->kind, Kind::Initial);
    QVERIFY(r->eventId > 0);
    auto c = CaseStore(*m_t->db).get(m_case);
    QCOMPARE(c->category, u"RECEIVED"_qs);
    QCOMPARE(c->statusEn, u"Case Was Received"_qs);
    QCOMPARE(c->formType, u"I-485"_qs); // filled from USCIS when the firm left it empty
    QVERIFY(c->lastCheckedAt.isValid());
}

void TestObservationStore::sameAnswerTwiceRecordsNoSecondEvent()
{
    ObservationStore store(*m_t->db);
    const auto s = snapshot(u"Case Was Received"_qs, u"RECEIVED"_qs, u"2024-01-08"_qs);
    QVERIFY(store.recordSnapshot(m_case, u"demo"_qs, 200, "{}", s));
    for (int i = 0; i < 3; ++i) {
        auto again = store.recordSnapshot(m_case, u"demo"_qs, 200, "{}", s);
        QVERIFY(again);
        QCOMPARE(again->kind, Kind::None);
        QCOMPARE(again->eventId, 0);
    }
    QCOMPARE(count(*m_t->db, u"status_events"_qs), 1);
    QCOMPARE(count(*m_t->db, u"observations"_qs), 4);
}

void TestObservationStore::changedAnswerRecordsExactlyOneEvent()
{
    ObservationStore store(*m_t->db);
    QVERIFY(store.recordSnapshot(m_case, u"demo"_qs, 200, "{}",
                                 snapshot(u"Case Was Received"_qs, u"RECEIVED"_qs, u"2024-01-08"_qs)));
    const auto rfe = snapshot(u"Request for Additional Evidence Was Sent"_qs, u"RFE_ISSUED"_qs, u"2024-02-01"_qs);
    auto changed = store.recordSnapshot(m_case, u"demo"_qs, 200, "{}", rfe);
    QCOMPARE(changed->kind, Kind::StatusChanged);
    QCOMPARE(changed->previousCategory, u"RECEIVED"_qs);
    QCOMPARE(changed->category, u"RFE_ISSUED"_qs);
    QCOMPARE(store.recordSnapshot(m_case, u"demo"_qs, 200, "{}", rfe)->kind, Kind::None);
    auto q = execSql(*m_t->db, u"SELECT previous_category, category, event_kind FROM status_events ORDER BY id"_qs);
    QStringList rows;
    while (q.value().next())
        rows << q.value().value(0).toString() + u'>' + q.value().value(1).toString() + u':'
                    + q.value().value(2).toString();
    QCOMPARE(rows, (QStringList{u">RECEIVED:initial"_qs, u"RECEIVED>RFE_ISSUED:status"_qs}));
}

void TestObservationStore::sameStatusNewDateIsRecordedAsSuch()
{
    ObservationStore store(*m_t->db);
    QVERIFY(store.recordSnapshot(m_case, u"demo"_qs, 200, "{}",
                                 snapshot(u"Case Was Received"_qs, u"RECEIVED"_qs, u"2024-01-08"_qs)));
    auto r = store.recordSnapshot(m_case, u"demo"_qs, 200, "{}",
                                  snapshot(u"Case Was Received"_qs, u"RECEIVED"_qs, u"2024-03-09"_qs));
    QCOMPARE(r->kind, Kind::DateOnly);
    QCOMPARE(r->previousCategory, r->category);
}

void TestObservationStore::historyEntriesAreStoredOnce()
{
    ObservationStore store(*m_t->db);
    const QList<HistoryEntry> h1{{u"2024-01-08"_qs, u"Case Was Received"_qs, u"Caso Fue Recibido"_qs, u"RECEIVED"_qs}};
    QList<HistoryEntry> h2 = h1;
    h2.append({u"2024-02-01"_qs, u"Request for Additional Evidence Was Sent"_qs, QString(), u"RFE_ISSUED"_qs});
    QVERIFY(store.recordSnapshot(m_case, u"demo"_qs, 200, "{}", snapshot(u"A"_qs, u"OTHER"_qs, {}, h1)));
    QVERIFY(store.recordSnapshot(m_case, u"demo"_qs, 200, "{}", snapshot(u"A"_qs, u"OTHER"_qs, {}, h2)));
    QVERIFY(store.recordSnapshot(m_case, u"demo"_qs, 200, "{}", snapshot(u"A"_qs, u"OTHER"_qs, {}, h2)));
    auto history = store.history(m_case);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).statusEs, u"Caso Fue Recibido"_qs);
    QCOMPARE(history->at(1).category, u"RFE_ISSUED"_qs);
}

void TestObservationStore::permanentFailureMarksTheCaseTransientDoesNot()
{
    ObservationStore store(*m_t->db);
    QVERIFY(store.recordFailure(m_case, u"demo"_qs, 503, "busy",
                                ApiError{u"uscis.server_error"_qs, u"busy"_qs, true, 503, -1}));
    QVERIFY(CaseStore(*m_t->db).get(m_case)->lastErrorCode.isEmpty());
    QVERIFY(store.recordFailure(m_case, u"demo"_qs, 404, "{}",
                                ApiError{u"uscis.not_found"_qs, u"no record"_qs, false, 404, -1}));
    auto c = CaseStore(*m_t->db).get(m_case);
    QCOMPARE(c->lastErrorCode, u"uscis.not_found"_qs);
    QCOMPARE(c->lastErrorMessage, u"no record"_qs);
    QCOMPARE(count(*m_t->db, u"observations"_qs), 2);
    QCOMPARE(count(*m_t->db, u"status_events"_qs), 0);
    // A good answer afterwards clears the mark.
    QVERIFY(store.recordSnapshot(m_case, u"demo"_qs, 200, "{}", snapshot(u"Case Was Received"_qs, u"RECEIVED"_qs, {})));
    QVERIFY(CaseStore(*m_t->db).get(m_case)->lastErrorCode.isEmpty());
}

void TestObservationStore::checkerRecordsAgainstTheSimulator()
{
    test::ClientHarness h;
    StatusNormalizer normalizer;
    CaseChecker checker(*h.client, normalizer, *m_t->db, u"demo"_qs);
    auto run = [&] {
        std::optional<CaseChecker::Result> out;
        checker.check(ReceiptNumber::parse(u"EAC9999103403").value(), [&](CaseChecker::Result r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
            qFatal("check did not finish");
        return *out;
    };
    const auto first = run();
    QVERIFY(first.snapshot);
    QCOMPARE(first.caseId, m_case);
    QCOMPARE(first.recorded.kind, Kind::Initial);
    QCOMPARE(first.snapshot->category, u"RFE_ISSUED"_qs); // stage 2 of its script
    QCOMPARE(first.snapshot->history[0].category, u"RECEIVED"_qs);
    QCOMPARE(run().recorded.kind, Kind::None);
    h.server.advance(u"EAC9999103403"_qs);
    const auto moved = run();
    QCOMPARE(moved.recorded.kind, Kind::StatusChanged);
    QCOMPARE(moved.recorded.previousCategory, u"RFE_ISSUED"_qs);
    QCOMPARE(moved.recorded.category, u"RFE_RECEIVED"_qs);
    QCOMPARE(count(*m_t->db, u"status_events"_qs), 2);
    QCOMPARE(ObservationStore(*m_t->db).history(m_case)->size(), 3);
}

QTEST_GUILESS_MAIN(TestObservationStore)
#include "tst_observationstore.moc"
