#include "TestSupport.h"

#include "interpret/AnswerInterpreter.h"
#include "storage/CaseStore.h"
#include "storage/DeadlineStore.h"
#include "storage/ObservationStore.h"
#include "storage/ProfileStore.h"

#include <QTest>

using namespace cw;

// The deadline lifecycle (core/interpret/AnswerInterpreter.cpp decides, core/storage/DeadlineStore.cpp
// records): what each status opens and closes, on a real SQLite file.
class TestDeadlineLifecycle final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void closingStatus_data();
    void closingStatus();
    void rescheduledInterviewMoves();
    void noReminderOnceClosed();
    void markDoneByHandAndUndo();
    void firmDaysCountFromTheNotice();

private:
    // Records one answer (a new status each time) the way the poller does.
    void answer(const QString &category, const QString &description);
    QList<Deadline> all() const { return DeadlineStore(*m_t->db).forCase(m_case).value(); }

    std::unique_ptr<test::TempDatabase> m_t;
    qint64 m_case = 0;
    int m_answers = 0;
    DeadlinePolicy m_policy;
};

namespace {

const QDate kToday(2026, 3, 1);

QString rfe()
{
    return u"On February 20, 2026, we sent a request. Please submit the requested evidence by May 18, 2026."_qs;
}

QString interviewOn(const QString &date)
{
    return u"On February 1, 2026, we scheduled an interview. The interview will take place on "_qs + date + u"."_qs;
}

} // namespace

void TestDeadlineLifecycle::init()
{
    m_t = std::make_unique<test::TempDatabase>();
    const qint64 p = ProfileStore(*m_t->db).add(test::profile(ProfileKind::Applicant, u"Ana Ruiz"_qs))->id;
    m_case = CaseStore(*m_t->db).add(p, {ReceiptNumber::parse(u"IOE0912345678").value(), u"I-485"_qs, {}})->id;
    m_answers = 0;
}

void TestDeadlineLifecycle::cleanup()
{
    m_t.reset();
}

void TestDeadlineLifecycle::answer(const QString &category, const QString &description)
{
    CaseSnapshot s;
    s.receiptNumber = u"IOE0912345678"_qs;
    s.statusEn = u"Status %1 (%2)"_qs.arg(category).arg(++m_answers); // a new status each time
    s.category = category;
    s.descriptionEn = description;
    s.modifiedDate = u"2026-02-20"_qs;
    auto recorded = ObservationStore(*m_t->db).recordSnapshot(m_case, u"demo"_qs, 200, "{}", s,
                                                              AnswerInterpreter::deadlines(s, kToday, m_policy));
    QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message));
    QVERIFY(recorded->eventId > 0);
}

void TestDeadlineLifecycle::closingStatus_data()
{
    QTest::addColumn<QString>("opening");
    QTest::addColumn<QString>("openingText");
    QTest::addColumn<QString>("closing");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("closingText");

    const QString interview = interviewOn(u"April 2, 2026"_qs);
    const QString biometrics = u"We scheduled your biometrics appointment for March 17, 2026."_qs;
    QTest::newRow("RFE response received")
        << u"RFE_ISSUED"_qs << rfe() << u"RFE_RECEIVED"_qs << u"rfe_response"_qs << u"met"_qs << QString();
    QTest::newRow("NOID response received")
        << u"NOID_ISSUED"_qs << rfe() << u"RFE_RECEIVED"_qs << u"noid_response"_qs << u"met"_qs << QString();
    QTest::newRow("RFE, then approved") << u"RFE_ISSUED"_qs << rfe() << u"APPROVED"_qs << u"rfe_response"_qs
                                        << u"superseded"_qs << QString();
    QTest::newRow("RFE, then denied") << u"RFE_ISSUED"_qs << rfe() << u"DENIED"_qs << u"rfe_response"_qs
                                      << u"superseded"_qs << QString();
    QTest::newRow("NOID, then withdrawn")
        << u"NOID_ISSUED"_qs << rfe() << u"WITHDRAWN"_qs << u"noid_response"_qs << u"superseded"_qs << QString();
    QTest::newRow("interview completed") << u"INTERVIEW_SCHEDULED"_qs << interview << u"INTERVIEW_COMPLETED"_qs
                                         << u"interview"_qs << u"met"_qs << QString();
    QTest::newRow("interview cancelled") << u"INTERVIEW_SCHEDULED"_qs << interview << u"INTERVIEW_CANCELLED"_qs
                                         << u"interview"_qs << u"cancelled"_qs << QString();
    QTest::newRow("interview, then approved")
        << u"INTERVIEW_SCHEDULED"_qs << interview << u"APPROVED"_qs << u"interview"_qs << u"superseded"_qs << QString();
    QTest::newRow("biometrics taken") << u"BIOMETRICS_SCHEDULED"_qs << biometrics << u"BIOMETRICS_COMPLETED"_qs
                                      << u"biometrics"_qs << u"met"_qs << QString();
    QTest::newRow("biometrics cancelled")
        << u"BIOMETRICS_SCHEDULED"_qs << biometrics << u"INTERVIEW_CANCELLED"_qs << u"biometrics"_qs << u"cancelled"_qs
        << u"We cancelled your biometrics appointment. We will send a new notice."_qs;
    QTest::newRow("a second RFE")
        << u"RFE_ISSUED"_qs << rfe() << u"RFE_ISSUED"_qs << u"rfe_response"_qs << u"superseded"_qs
        << u"On March 10, 2026, we sent a request. Please submit the requested evidence by June 2, 2026."_qs;
    QTest::newRow("RFE, still in review")
        << u"RFE_ISSUED"_qs << rfe() << u"IN_REVIEW"_qs << u"rfe_response"_qs << u"open"_qs << QString();
}

void TestDeadlineLifecycle::closingStatus()
{
    QFETCH(QString, opening);
    QFETCH(QString, openingText);
    QFETCH(QString, closing);
    QFETCH(QString, kind);
    QFETCH(QString, state);
    QFETCH(QString, closingText);
    answer(opening, openingText);
    QCOMPARE(all().size(), 1);
    QCOMPARE(all().first().kind, kind);
    QCOMPARE(all().first().state, DeadlineState::Open);
    const int sequenceBefore = all().first().sequence;

    answer(closing, closingText.isEmpty() ? u"We did something on February 25, 2026."_qs : closingText);
    const Deadline d = all().first();
    QCOMPARE(deadlineStateId(d.state), state);
    QCOMPARE(d.done, state != u"open");
    if (state != u"open") {
        QVERIFY(d.closedBy.startsWith(u"event:"));
        QVERIFY(d.sequence > sequenceBefore); // a calendar sees the change
        // The panel lists open ones only (a second RFE: only its own deadline).
        QCOMPARE(DeadlineStore(*m_t->db).list(false)->size(), closing == opening ? 1 : 0);
    } else {
        QCOMPARE(d.sequence, sequenceBefore);
    }
}

void TestDeadlineLifecycle::rescheduledInterviewMoves()
{
    answer(u"INTERVIEW_SCHEDULED"_qs, interviewOn(u"April 2, 2026"_qs));
    answer(u"INTERVIEW_SCHEDULED"_qs, interviewOn(u"April 30, 2026"_qs));
    const QList<Deadline> list = all();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).due, QDate(2026, 4, 2));
    QCOMPARE(list.at(0).state, DeadlineState::Superseded);
    QCOMPARE(list.at(1).due, QDate(2026, 4, 30));
    QCOMPARE(list.at(1).state, DeadlineState::Open);
    // Moved back to the first date: that one opens again, the other is superseded.
    answer(u"INTERVIEW_SCHEDULED"_qs, interviewOn(u"April 2, 2026"_qs));
    QCOMPARE(all().at(0).state, DeadlineState::Open);
    QCOMPARE(all().at(1).state, DeadlineState::Superseded);
}

void TestDeadlineLifecycle::noReminderOnceClosed()
{
    answer(u"RFE_ISSUED"_qs, rfe()); // due May 18
    DeadlineStore store(*m_t->db);
    const QDate fourteenBefore = QDate(2026, 5, 18).addDays(-14);
    answer(u"RFE_RECEIVED"_qs, u"We received your response on April 1, 2026."_qs);
    QCOMPARE(store.takeReminders(fourteenBefore, m_policy)->size(), 0);
    QCOMPARE(store.takeReminders(QDate(2026, 5, 16), m_policy)->size(), 0);
    // The same without the response: reminded.
    answer(u"RFE_ISSUED"_qs,
           u"On March 1, 2026, we sent a request. Please submit the requested evidence by June 1, 2026."_qs);
    QCOMPARE(store.takeReminders(QDate(2026, 6, 1).addDays(-14), m_policy)->size(), 1);
}

void TestDeadlineLifecycle::markDoneByHandAndUndo()
{
    answer(u"RFE_ISSUED"_qs, rfe());
    DeadlineStore store(*m_t->db);
    const qint64 id = all().first().id;
    QVERIFY(store.setDone(id, true));
    QCOMPARE(all().first().state, DeadlineState::Met);
    QCOMPARE(all().first().closedBy, u"person"_qs);
    QCOMPARE(store.takeReminders(QDate(2026, 5, 10), m_policy)->size(), 0);
    QVERIFY(store.setDone(id, false));
    QCOMPARE(all().first().state, DeadlineState::Open);
    QCOMPARE(all().first().sequence, 2);
    QCOMPARE(store.takeReminders(QDate(2026, 5, 10), m_policy)->size(), 1);
    QCOMPARE(store.takeReminders(QDate(2026, 5, 10), m_policy)->size(), 0); // once
    // Closed and opened again: reminded again.
    QVERIFY(store.setDone(id, true));
    QVERIFY(store.setDone(id, false));
    QCOMPARE(store.takeReminders(QDate(2026, 5, 10), m_policy)->size(), 1);
    // A deadline a person closed stays closed when USCIS repeats the status.
    QVERIFY(store.setDone(id, true));
    answer(u"RFE_ISSUED"_qs, rfe());
    QCOMPARE(all().first().state, DeadlineState::Met);
}

void TestDeadlineLifecycle::firmDaysCountFromTheNotice()
{
    m_policy.rfeResponseDays = 30;
    answer(u"RFE_ISSUED"_qs, u"On February 20, 2026, we sent you a request for evidence."_qs);
    QCOMPARE(all().first().due, QDate(2026, 2, 20).addDays(30));
    QCOMPARE(all().first().source, u"default"_qs);
    // A notice dated after today (a clock set wrong) counts from today, never from the future.
    const DeadlineChanges c = AnswerInterpreter::deadlines(CaseSnapshot{.receiptNumber = {},
                                                                        .formType = {},
                                                                        .submittedDate = {},
                                                                        .modifiedDate = u"2026-09-01"_qs,
                                                                        .statusEn = {},
                                                                        .statusEs = {},
                                                                        .descriptionEn = {},
                                                                        .descriptionEs = {},
                                                                        .history = {},
                                                                        .message = {},
                                                                        .recovered = false,
                                                                        .category = u"RFE_ISSUED"_qs,
                                                                        .needsReview = false},
                                                           kToday, m_policy);
    QCOMPARE(c.opens.size(), 1);
    QCOMPARE(c.opens.first().due, kToday.addDays(30));
}

QTEST_MAIN(TestDeadlineLifecycle)
#include "tst_deadlinelifecycle.moc"
