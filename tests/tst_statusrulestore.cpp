// The firm teaches CaseWatch a status title: a rule in the database re-categorizes every case and
// history entry with that title at once, alerts once, is audited, survives a restart, and is undone
// by removing it. Real SQLite files; the PostgreSQL side is in tst_postgres.
#include "TestSupport.h"

#include "normalize/StatusNormalizer.h"
#include "notify/NotificationRules.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/ObservationStore.h"
#include "storage/ProfileStore.h"
#include "storage/SqlValues.h"
#include "storage/StatusRuleStore.h"
#include "interpret/AnswerInterpreter.h"

#include <QTest>

using namespace cw;

namespace {

const QString kNew = u"Case Was Flagged For Manual Handling"_qs; // no built-in reading

CaseSnapshot snapshot(const QString &status, const QList<HistoryEntry> &history, const QString &modified)
{
    CaseSnapshot s;
    s.receiptNumber = u"EAC9999103403"_qs;
    s.formType = u"I-485"_qs;
    s.statusEn = status;
    s.modifiedDate = modified;
    s.history = history;
    return s;
}

QString categoryOf(const Database &db, const QString &sql, const QVariantList &bind = {})
{
    auto q = execSql(db, sql, bind);
    return q && q.value().next() ? q.value().value(0).toString() : QString();
}

} // namespace

class TestStatusRuleStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void unknownTitlesAreListed();
    void assignRecategorizesAndAlertsOnce();
    void ruleSurvivesRestartAndGuidesTheNextCheck();
    void removingTheRuleUndoesIt();
    void badInputIsRefusedAndNothingChanges();
    void exportImportRoundTrip();

private:
    void record(qint64 caseId, const QString &status, const QString &modified);
    std::unique_ptr<test::TempDatabase> m_t;
    QList<qint64> m_cases;
    StatusNormalizer m_builtIn;
};

void TestStatusRuleStore::init()
{
    m_t = std::make_unique<test::TempDatabase>();
    QVERIFY(m_t->db);
    auto p = ProfileStore(*m_t->db).add(test::profile(ProfileKind::Applicant, u"Maria"_qs));
    m_cases.clear();
    for (const char *receipt : {"EAC9999103403", "EAC9999103404", "EAC9999103405"})
        m_cases
            << CaseStore(*m_t->db).add(p->id, {ReceiptNumber::parse(QString::fromLatin1(receipt)).value(), {}, {}})->id;
    // Two cases now show the new title (one shouted), the third had it in its past.
    record(m_cases[0], u"Case Was Received"_qs, u"2026-01-05"_qs);
    record(m_cases[0], kNew, u"2026-02-01"_qs);
    record(m_cases[1], kNew.toUpper() + u"."_qs, u"2026-02-03"_qs);
    record(m_cases[2], kNew, u"2026-01-20"_qs);
    record(m_cases[2], u"Case Was Approved"_qs, u"2026-03-01"_qs);
    // Every event so far is considered: the next alert is the firm's rule's.
    QVERIFY(NotificationRules().takePending(*m_t->db));
}

void TestStatusRuleStore::cleanup()
{
    m_t.reset();
}

void TestStatusRuleStore::record(qint64 caseId, const QString &status, const QString &modified)
{
    auto q =
        execSql(*m_t->db, u"SELECT entry_date, status_en FROM history_entries WHERE case_id = ? ORDER BY entry_date"_qs,
                {caseId});
    QVERIFY(q);
    QList<HistoryEntry> history;
    while (q.value().next())
        history << HistoryEntry{q.value().value(0).toString(), q.value().value(1).toString(), {}, {}};
    history << HistoryEntry{modified, status, {}, {}};
    CaseSnapshot s = snapshot(status, history, modified);
    AnswerInterpreter::categorize(s, m_builtIn);
    QVERIFY(ObservationStore(*m_t->db).recordSnapshot(caseId, u"demo"_qs, 200, "{}", s));
}

void TestStatusRuleStore::unknownTitlesAreListed()
{
    auto unknown = StatusRuleStore(*m_t->db).unknownTitles();
    QVERIFY(unknown);
    QCOMPARE(unknown->size(), 1); // both spellings are one title
    QCOMPARE(StatusNormalizer::normalizedText(unknown->first().title), StatusNormalizer::normalizedText(kNew));
    QCOMPARE(unknown->first().cases, 2);
    QCOMPARE(unknown->first().historyEntries, 3);
    QCOMPARE(unknown->first().language, u"en"_qs);
}

void TestStatusRuleStore::assignRecategorizesAndAlertsOnce()
{
    const Database &db = *m_t->db;
    auto applied = StatusRuleStore(db).assign(kNew, u"RFE_ISSUED"_qs, m_builtIn);
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
    QCOMPARE(applied->casesChanged, 2);
    QCOMPARE(applied->historyChanged, 3);
    QCOMPARE(applied->events, 2);
    QCOMPARE(categoryOf(db, u"SELECT count(*) FROM history_entries WHERE category = 'OTHER'"_qs), u"0"_qs);
    QCOMPARE(categoryOf(db, u"SELECT count(*) FROM history_entries WHERE category = 'RFE_ISSUED'"_qs), u"3"_qs);
    QCOMPARE(categoryOf(db, u"SELECT category FROM cases WHERE id = ?"_qs, {m_cases[1]}), u"RFE_ISSUED"_qs);
    QCOMPARE(categoryOf(db, u"SELECT needs_review FROM cases WHERE id = ?"_qs, {m_cases[1]}), u"0"_qs);
    QCOMPARE(categoryOf(db, u"SELECT category FROM cases WHERE id = ?"_qs, {m_cases[2]}), u"APPROVED"_qs); // untouched
    QVERIFY(StatusRuleStore(db).unknownTitles()->isEmpty());

    // RFE_ISSUED alerts by default: once per case, never again.
    auto alerts = NotificationRules().takePending(db);
    QVERIFY(alerts);
    QCOMPARE(alerts->size(), 2);
    QCOMPARE(alerts->first().kind, EventKind::Recategorized);
    QCOMPARE(alerts->first().previousCategory, u"OTHER"_qs);
    QCOMPARE(alerts->first().category, u"RFE_ISSUED"_qs);
    QCOMPARE(NotificationRules().takePending(db)->size(), 0);
    // Assigning the same again changes nothing and alerts nothing.
    auto again = StatusRuleStore(db).assign(kNew, u"RFE_ISSUED"_qs, m_builtIn);
    QCOMPARE(again->casesChanged, 0);
    QCOMPARE(again->historyChanged, 0);
    QCOMPARE(NotificationRules().takePending(db)->size(), 0);

    auto audit = AuditLog::recent(db, 5);
    QVERIFY(audit);
    QCOMPARE(audit->first().action, u"status_rule.assign"_qs);
    QCOMPARE(audit->first().subject, kNew);
    QVERIFY(audit->at(1).details.contains(u"category=RFE_ISSUED; cases=2; history=3"_qs));
}

void TestStatusRuleStore::ruleSurvivesRestartAndGuidesTheNextCheck()
{
    QVERIFY(StatusRuleStore(*m_t->db).assign(kNew, u"IN_REVIEW"_qs, m_builtIn));
    const QString path = m_t->path();
    m_t->db.reset(); // quit
    auto reopened = Database::openSqlite(path);
    QVERIFY(reopened);
    const Database &db = *reopened.value();
    auto rules = StatusRuleStore(db).map();
    QVERIFY(rules);
    QCOMPARE(rules->value(StatusNormalizer::normalizedText(kNew)), u"IN_REVIEW"_qs);
    QCOMPARE(categoryOf(db, u"SELECT category FROM cases WHERE id = ?"_qs, {m_cases[0]}), u"IN_REVIEW"_qs);
    // A fresh answer with that title is read through the rule: same category, no new event.
    StatusNormalizer n;
    n.setFirmRules(rules.value());
    CaseSnapshot s = snapshot(kNew, {}, u"2026-02-01"_qs);
    AnswerInterpreter::categorize(s, n);
    QCOMPARE(s.category, u"IN_REVIEW"_qs);
    QVERIFY(!s.needsReview);
    QCOMPARE(n.normalize(kNew).source, StatusNormalizer::Source::Firm);
    auto recorded = ObservationStore(db).recordSnapshot(m_cases[0], u"demo"_qs, 200, "{}", s);
    QVERIFY(recorded);
    QCOMPARE(recorded->kind, EventKind::None);
    m_t->db = std::move(reopened.value());
}

void TestStatusRuleStore::removingTheRuleUndoesIt()
{
    const Database &db = *m_t->db;
    QVERIFY(StatusRuleStore(db).assign(kNew, u"DENIED"_qs, m_builtIn));
    QCOMPARE(categoryOf(db, u"SELECT category FROM cases WHERE id = ?"_qs, {m_cases[0]}), u"DENIED"_qs);
    QVERIFY(NotificationRules().takePending(db));
    auto removed = StatusRuleStore(db).remove(kNew.toLower(), m_builtIn);
    QVERIFY2(removed, removed ? "" : qPrintable(removed.error().message));
    QCOMPARE(removed->casesChanged, 2);
    QCOMPARE(removed->historyChanged, 3);
    QCOMPARE(categoryOf(db, u"SELECT category FROM cases WHERE id = ?"_qs, {m_cases[0]}), u"OTHER"_qs);
    QCOMPARE(categoryOf(db, u"SELECT needs_review FROM cases WHERE id = ?"_qs, {m_cases[0]}), u"1"_qs);
    QCOMPARE(categoryOf(db, u"SELECT count(*) FROM history_entries WHERE category = 'OTHER'"_qs), u"3"_qs);
    QVERIFY(StatusRuleStore(db).map()->isEmpty());
    QCOMPARE(NotificationRules().takePending(db)->size(), 0); // back to OTHER: nothing to alert
    QCOMPARE(AuditLog::recent(db, 1)->first().action, u"status_rule.remove"_qs);
    QCOMPARE(StatusRuleStore(db).remove(kNew, m_builtIn).error().code, u"statuses.no_rule"_qs);
}

void TestStatusRuleStore::badInputIsRefusedAndNothingChanges()
{
    const Database &db = *m_t->db;
    QCOMPARE(StatusRuleStore(db).assign(kNew, u"MAYBE"_qs, m_builtIn).error().code, u"statuses.bad_category"_qs);
    QCOMPARE(StatusRuleStore(db).assign(u" ... "_qs, u"APPROVED"_qs, m_builtIn).error().code,
             u"statuses.empty_title"_qs);
    // An import with one bad rule stores none of them.
    const QByteArray mixed =
        R"({"version":1,"rules":[{"title":"Case Was Flagged For Manual Handling","category":"IN_REVIEW"},
                                                 {"title":"Another","category":"NOPE"}]})";
    auto imported = StatusRuleStore(db).importJson(mixed, m_builtIn);
    QVERIFY(!imported);
    QVERIFY(imported.error().message.contains(u"Another"_qs));
    QVERIFY(StatusRuleStore(db).map()->isEmpty());
    QCOMPARE(categoryOf(db, u"SELECT category FROM cases WHERE id = ?"_qs, {m_cases[0]}), u"OTHER"_qs);
    QCOMPARE(StatusRuleStore(db).importJson("[1,2]", m_builtIn).error().code, u"statuses.bad_file"_qs);
}

void TestStatusRuleStore::exportImportRoundTrip()
{
    QVERIFY(StatusRuleStore(*m_t->db).assign(kNew, u"INTERVIEW_SCHEDULED"_qs, m_builtIn));
    QVERIFY(StatusRuleStore(*m_t->db).assign(u"Case Was Approved"_qs, u"APPROVED"_qs, m_builtIn));
    auto exported = StatusRuleStore(*m_t->db).exportJson();
    QVERIFY(exported);
    test::TempDatabase other;
    auto p = ProfileStore(*other.db).add(test::profile(ProfileKind::Applicant, u"Ana"_qs));
    QVERIFY(CaseStore(*other.db).add(p->id, {ReceiptNumber::parse(u"LIN9999106498").value(), {}, {}}));
    auto imported = StatusRuleStore(*other.db).importJson(exported.value(), m_builtIn);
    QVERIFY(imported);
    QCOMPARE(imported.value(), 2);
    QCOMPARE(StatusRuleStore(*other.db).map().value(), StatusRuleStore(*m_t->db).map().value());
}

QTEST_GUILESS_MAIN(TestStatusRuleStore)
#include "tst_statusrulestore.moc"
