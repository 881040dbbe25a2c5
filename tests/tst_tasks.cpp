// Tasks from status changes, through the path a poll takes (ObservationStore records the answer,
// its deadline and its tasks in one transaction): each default rule, its due date from the
// deadline or the change, its owner from the case's or the profile's responsible person, done and
// undo, never twice for one event, and owners following a reassignment.
#include "TestSupport.h"

#include "export/Exporter.h"
#include "storage/CaseStore.h"
#include "storage/ObservationStore.h"
#include "storage/ProfileStore.h"
#include "storage/StaffStore.h"
#include "storage/TaskStore.h"

#include <QTest>

using namespace cw;
using namespace cw::test;

namespace {
QDate utcToday()
{
    return QDateTime::currentDateTimeUtc().date(); // the date events are stamped with
}
} // namespace

class TestTasks final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_t.reset(); }
    void rulesMakeTasks_data();
    void rulesMakeTasks();
    void oncePerEventAndRule();
    void doneAndUndo();
    void reassigningMovesOpenTasks();
    void firmRulesAreEditable();
    void onlyChangesSeenWhileWatching();
    void caseMovedToAnotherProfile();

private:
    qint64 record(const QString &category, const DeadlineChanges &deadlines = {}, const QString &status = {})
    {
        CaseSnapshot s;
        s.receiptNumber = u"IOE0912345678"_qs;
        s.statusEn = status.isEmpty() ? category : status;
        s.category = category;
        s.modifiedDate = u"2026-03-02T10:00:00Z"_qs;
        auto r = ObservationStore(*m_t->db).recordSnapshot(m_case, u"sandbox"_qs, 200, "{}", s, deadlines);
        return r ? r->eventId : -1;
    }
    std::unique_ptr<TempDatabase> m_t;
    qint64 m_case = 0;
    qint64 m_profile = 0;
    qint64 m_attorney = 0;
    qint64 m_paralegal = 0;
};

void TestTasks::init()
{
    m_t = std::make_unique<TempDatabase>();
    const StaffStore staff(*m_t->db);
    m_attorney =
        staff.add({0, u"Ana Attorney"_qs, u"ana@firm.example"_qs, StaffStore::Role::Attorney, {}, {}, true}).value();
    m_paralegal = staff.add({0, u"Pablo Paralegal"_qs, {}, StaffStore::Role::Paralegal, {}, {}, true}).value();
    Profile p;
    p.name = u"María López García"_qs;
    m_profile = ProfileStore(*m_t->db).add(p)->id;
    QVERIFY(staff.assignProfile(m_profile, StaffStore::Duty::Attorney, m_attorney));
    QVERIFY(staff.assignProfile(m_profile, StaffStore::Duty::Paralegal, m_paralegal));
    m_case = CaseStore(*m_t->db).add(m_profile, {ReceiptNumber::parse(u"IOE0912345678").value(), {}, {}})->id;
    // The case's first answer: a change seen while watching makes tasks, the first answer does not.
    record(u"RECEIVED"_qs);
    QCOMPARE(TaskStore(*m_t->db).forCase(m_case)->size(), 0);
}

void TestTasks::rulesMakeTasks_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QDate>("deadline"); // the deadline the same answer opens (invalid: none)
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("owner"); // "attorney" | "paralegal" | "" (no task)
    QTest::addColumn<int>("dueFromToday"); // -1: the deadline-based date checked instead
    QTest::newRow("RFE: 14 days before the response deadline")
        << u"RFE_ISSUED"_qs << utcToday().addDays(87) << u"Review RFE and plan response"_qs << u"attorney"_qs << -1;
    QTest::newRow("intent to deny: 10 days before")
        << u"NOID_ISSUED"_qs << utcToday().addDays(33) << u"Review intent to deny and plan response"_qs
        << u"attorney"_qs << -1;
    QTest::newRow("interview: a week before") << u"INTERVIEW_SCHEDULED"_qs << utcToday().addDays(40)
                                              << u"Prepare client for interview"_qs << u"paralegal"_qs << -1;
    QTest::newRow("interview soon: not before the change")
        << u"INTERVIEW_SCHEDULED"_qs << utcToday().addDays(3) << u"Prepare client for interview"_qs << u"paralegal"_qs
        << 0;
    QTest::newRow("approval: two days after")
        << u"APPROVED"_qs << QDate() << u"Send approval to client"_qs << u"paralegal"_qs << 2;
    QTest::newRow("denial: three days after")
        << u"DENIED"_qs << QDate() << u"Review denial and advise client"_qs << u"attorney"_qs << 3;
    QTest::newRow("in review: no rule, no task") << u"IN_REVIEW"_qs << QDate() << QString() << QString() << 0;
}

void TestTasks::rulesMakeTasks()
{
    QFETCH(QString, category);
    QFETCH(QDate, deadline);
    QFETCH(QString, title);
    QFETCH(QString, owner);
    QFETCH(int, dueFromToday);
    DeadlineChanges changes;
    const QHash<QString, DeadlineKind> kinds{{u"RFE_ISSUED"_qs, DeadlineKind::RfeResponse},
                                             {u"NOID_ISSUED"_qs, DeadlineKind::NoidResponse},
                                             {u"INTERVIEW_SCHEDULED"_qs, DeadlineKind::Interview}};
    if (deadline.isValid())
        changes.opens << DeadlineOpening{kinds.value(category), deadline, true};
    const qint64 event = record(category, changes);
    QVERIFY(event > 0);
    const auto tasks = TaskStore(*m_t->db).forCase(m_case).value();
    if (owner.isEmpty()) {
        QCOMPARE(tasks.size(), 0);
        return;
    }
    QCOMPARE(tasks.size(), 1);
    const TaskStore::Task &t = tasks.first();
    QCOMPARE(t.title, title);
    QCOMPARE(t.statusEventId, event);
    QCOMPARE(t.ownerRole, owner);
    QCOMPARE(t.ownerId, owner == u"attorney" ? m_attorney : m_paralegal);
    const QMap<QString, int> before{{u"RFE_ISSUED"_qs, 14}, {u"NOID_ISSUED"_qs, 10}, {u"INTERVIEW_SCHEDULED"_qs, 7}};
    const QDate today = utcToday();
    QCOMPARE(t.due, dueFromToday >= 0 ? today.addDays(dueFromToday) : deadline.addDays(-before.value(category)));
    QVERIFY(!t.isDone());
}

void TestTasks::oncePerEventAndRule()
{
    const qint64 event = record(u"APPROVED"_qs);
    const TaskStore tasks(*m_t->db);
    QVERIFY(tasks.createForEvent(event)); // another desktop handling the same event
    QVERIFY(tasks.createForEvent(event));
    QCOMPARE(tasks.forCase(m_case)->size(), 1);
    QCOMPARE(record(u"APPROVED"_qs), 0); // the same answer again: no event, no task
    QCOMPARE(tasks.forCase(m_case)->size(), 1);
}

void TestTasks::doneAndUndo()
{
    record(u"APPROVED"_qs);
    const TaskStore tasks(*m_t->db);
    const qint64 id = tasks.list()->first().id;
    QVERIFY(tasks.markDone(id, true));
    QCOMPARE(tasks.list()->size(), 0); // open ones only
    QCOMPARE(tasks.list(true)->size(), 1);
    QVERIFY(tasks.list(true)->first().isDone());
    QVERIFY(!tasks.list(true)->first().doneBy.isEmpty());
    // In the calendar export: on its due day, cancelled once done, each change a higher SEQUENCE.
    const QByteArray doneIcs = Exporter::deadlinesIcs(*m_t->db, QDateTime::currentDateTimeUtc()).value();
    const QByteArray uid = "UID:casewatch-task-" + QByteArray::number(id) + '-' + QByteArray::number(m_case);
    QVERIFY(doneIcs.contains(uid));
    const QByteArray event = doneIcs.mid(doneIcs.indexOf(uid), 400);
    QVERIFY2(event.contains("SEQUENCE:1") && event.contains("STATUS:CANCELLED"), event.constData());
    QVERIFY(event.contains("Send approval to client"));
    QVERIFY(tasks.markDone(id, false));
    QCOMPARE(tasks.list()->size(), 1);
    const QByteArray openIcs = Exporter::deadlinesIcs(*m_t->db, QDateTime::currentDateTimeUtc()).value();
    const QByteArray again = openIcs.mid(openIcs.indexOf(uid), 400);
    QVERIFY2(again.contains("SEQUENCE:2") && again.contains("STATUS:CONFIRMED"), again.constData());
    QCOMPARE(tasks.markDone(9999, true).error().code, u"tasks.not_found"_qs);
}

void TestTasks::reassigningMovesOpenTasks()
{
    record(u"RFE_ISSUED"_qs, {{{DeadlineKind::RfeResponse, utcToday().addDays(87), true}}, {}});
    const StaffStore staff(*m_t->db);
    const TaskStore tasks(*m_t->db);
    const qint64 other = staff.add({0, u"Otto Other"_qs, {}, StaffStore::Role::Attorney, {}, {}, true}).value();
    // The profile changes hands: the open task follows.
    QVERIFY(staff.assignProfile(m_profile, StaffStore::Duty::Attorney, other));
    QCOMPARE(tasks.list()->first().ownerId, other);
    QCOMPARE(tasks.list(false, other)->size(), 1); // "my tasks"
    QCOMPARE(tasks.list(false, m_attorney)->size(), 0);
    // A case of its own: its attorney wins over the profile's; done tasks stay where they were.
    QVERIFY(staff.assignCases({m_case}, StaffStore::Duty::Attorney, m_attorney));
    QCOMPARE(tasks.list()->first().ownerId, m_attorney);
    QVERIFY(tasks.markDone(tasks.list()->first().id, true));
    QVERIFY(staff.assignCases({m_case}, StaffStore::Duty::Attorney, 0)); // back to the profile's
    QCOMPARE(tasks.list(true)->first().ownerId, m_attorney);
    QCOMPARE(staff.casesOf(other).value(), QList<qint64>{m_case});
    QCOMPARE(staff.casesOf(m_paralegal).value(), QList<qint64>{m_case});
}

void TestTasks::firmRulesAreEditable()
{
    const TaskStore tasks(*m_t->db);
    QCOMPARE(tasks.rules()->size(), 5); // the defaults
    TaskStore::Rule rule{
        0,   u"BIOMETRICS_SCHEDULED"_qs, u"Call the client about fingerprints"_qs, u"paralegal"_qs, u"deadline"_qs, -2,
        true};
    QVERIFY(tasks.saveRule(rule));
    record(u"BIOMETRICS_SCHEDULED"_qs, {{{DeadlineKind::Biometrics, utcToday().addDays(20), true}}, {}});
    const auto made = tasks.forCase(m_case).value();
    QCOMPARE(made.size(), 1);
    QCOMPARE(made.first().title, u"Call the client about fingerprints"_qs);
    QCOMPARE(made.first().due, utcToday().addDays(18));
    rule.ownerRole = u"receptionist"_qs;
    QCOMPARE(tasks.saveRule(rule).error().code, u"tasks.bad_role"_qs);
    const QList<TaskStore::Rule> rules = tasks.rules().value();
    for (const TaskStore::Rule &r : rules) {
        if (r.category == u"APPROVED")
            QVERIFY(tasks.removeRule(r.id));
    }
    record(u"APPROVED"_qs);
    QCOMPARE(tasks.forCase(m_case)->size(), 1); // no rule for approvals now
}

void TestTasks::onlyChangesSeenWhileWatching()
{
    // A case added with an approval already years old: its first answer makes no task; a later
    // date-only update of the same status makes none either.
    const qint64 other =
        CaseStore(*m_t->db).add(m_profile, {ReceiptNumber::parse(u"EAC2612345678").value(), {}, {}})->id;
    CaseSnapshot s;
    s.receiptNumber = u"EAC2612345678"_qs;
    s.statusEn = u"Case Was Approved"_qs;
    s.category = u"APPROVED"_qs;
    s.modifiedDate = u"2023-03-02T10:00:00Z"_qs;
    QVERIFY(ObservationStore(*m_t->db).recordSnapshot(other, u"sandbox"_qs, 200, "{}", s));
    s.modifiedDate = u"2026-03-02T10:00:00Z"_qs;
    auto dateOnly = ObservationStore(*m_t->db).recordSnapshot(other, u"sandbox"_qs, 200, "{}", s);
    QVERIFY(dateOnly && dateOnly->eventId > 0);
    QCOMPARE(TaskStore(*m_t->db).forCase(other)->size(), 0);
}

void TestTasks::caseMovedToAnotherProfile()
{
    record(u"APPROVED"_qs); // a task for the profile's paralegal
    const StaffStore staff(*m_t->db);
    const qint64 other = staff.add({0, u"Otra Paralegal"_qs, {}, StaffStore::Role::Paralegal, {}, {}, true}).value();
    Profile p;
    p.name = u"Sofia Nguyen"_qs;
    const qint64 sofia = ProfileStore(*m_t->db).add(p)->id;
    QVERIFY(staff.assignProfile(sofia, StaffStore::Duty::Paralegal, other));
    TrackedCase moved = CaseStore(*m_t->db).get(m_case).value();
    moved.profileId = sofia; // filed under the wrong client, corrected
    QVERIFY(CaseStore(*m_t->db).update(moved));
    QCOMPARE(TaskStore(*m_t->db).forCase(m_case)->first().ownerId, other);
}

QTEST_GUILESS_MAIN(TestTasks)
#include "tst_tasks.moc"
