#include "TestSupport.h"

#include "DeadlinesView.h"
#include "domain/Clock.h"
#include "interpret/AnswerInterpreter.h"
#include "session/Session.h"
#include "storage/CaseStore.h"
#include "storage/ObservationStore.h"
#include "storage/ProfileStore.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace cw;

class TestDeadlinesView final : public QObject
{
    Q_OBJECT

private slots:
    void soonestFirstOverdueInRedOpensTheCase();
    void followsTheSessionAndMarksDone();
};

void TestDeadlinesView::soonestFirstOverdueInRedOpensTheCase()
{
    test::TempDatabase t;
    const qint64 p = ProfileStore(*t.db).add(test::profile(ProfileKind::Applicant, u"Ana"_qs))->id;
    const QDate today = QDate::currentDate();
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const std::pair<const char16_t *, QDate> cases[] = {{u"EAC9999103403", today.addDays(20)},
                                                        {u"LIN9999106498", today.addDays(-2)}};
    for (const auto &[receipt, due] : cases) {
        const qint64 id = CaseStore(*t.db).add(p, {ReceiptNumber::parse(receipt).value(), {}, {}})->id;
        CaseSnapshot s;
        s.statusEn = u"Request for Additional Evidence Was Sent"_qs;
        s.category = u"RFE_ISSUED"_qs;
        s.descriptionEn =
            u"Please submit the requested evidence by "_qs + en.toString(due, u"MMMM d, yyyy"_qs) + u"."_qs;
        QVERIFY(ObservationStore(*t.db).recordSnapshot(id, u"demo"_qs, 200, "{}", s,
                                                       AnswerInterpreter::deadlines(s, today, {})));
    }
    SystemClock clock;
    Session session(*t.db, {}, clock);
    DeadlinesView view(session);
    auto *tree = view.findChild<QTreeWidget *>(u"deadlinesTree"_qs);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QTreeWidgetItem *overdue = tree->topLevelItem(0); // soonest first: the overdue one
    QCOMPARE(overdue->text(DeadlinesView::ReceiptColumn), u"LIN9999106498"_qs);
    QVERIFY(overdue->text(DeadlinesView::DaysColumn).contains(u"overdue"));
    QCOMPARE(overdue->foreground(DeadlinesView::WhatColumn).color(), QColor(0xb3, 0x26, 0x1e));
    QTreeWidgetItem *later = tree->topLevelItem(1);
    QCOMPARE(later->text(DeadlinesView::DaysColumn), u"20"_qs);
    QVERIFY(later->foreground(DeadlinesView::WhatColumn).color() != QColor(0xb3, 0x26, 0x1e));
    QSignalSpy open(&view, &DeadlinesView::openRequested);
    emit tree->itemActivated(later, 0);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), u"EAC9999103403"_qs);
}

// A case removed on this desktop leaves the panel at once (no poll needed); Mark Done and Open
// Again go through the session and show at once too.
void TestDeadlinesView::followsTheSessionAndMarksDone()
{
    test::TempDatabase t;
    SystemClock clock;
    Session session(*t.db, {}, clock);
    const qint64 p = session.addProfile(test::profile(ProfileKind::Applicant, u"Ana"_qs))->id;
    QList<qint64> ids;
    for (const QString &receipt : {u"EAC9999103403"_qs, u"LIN9999106498"_qs}) {
        const qint64 id = session.addCases(p, {receipt}).first().added->id;
        ids << id;
        CaseSnapshot s;
        s.statusEn = u"Request for Additional Evidence Was Sent"_qs;
        s.category = u"RFE_ISSUED"_qs;
        s.modifiedDate = QDate::currentDate().toString(Qt::ISODate);
        QVERIFY(session.observations().recordSnapshot(id, u"demo"_qs, 200, "{}", s,
                                                      AnswerInterpreter::deadlines(s, QDate::currentDate(), {})));
    }
    DeadlinesView view(session);
    auto *tree = view.findChild<QTreeWidget *>(u"deadlinesTree"_qs);
    QCOMPARE(tree->topLevelItemCount(), 2);

    QVERIFY(session.removeCases({ids.at(0)}));
    QCOMPARE(tree->topLevelItemCount(), 1); // at once: no event loop turn, no poll
    QCOMPARE(tree->topLevelItem(0)->text(DeadlinesView::ReceiptColumn), u"LIN9999106498"_qs);

    auto *done = view.findChild<QPushButton *>(u"markDeadlineDone"_qs);
    auto *reopen = view.findChild<QPushButton *>(u"reopenDeadline"_qs);
    auto *showClosed = view.findChild<QCheckBox *>(u"showClosedDeadlines"_qs);
    QVERIFY(!done->isEnabled());
    tree->setCurrentItem(tree->topLevelItem(0));
    QVERIFY(done->isEnabled());
    QTest::mouseClick(done, Qt::LeftButton);
    QCOMPARE(tree->topLevelItemCount(), 0);
    showClosed->setChecked(true);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QVERIFY(tree->topLevelItem(0)->text(DeadlinesView::StateColumn).contains(u"done"));
    tree->setCurrentItem(tree->topLevelItem(0));
    QVERIFY(reopen->isEnabled());
    QTest::mouseClick(reopen, Qt::LeftButton);
    QCOMPARE(tree->topLevelItem(0)->text(DeadlinesView::StateColumn), u"open"_qs);
    // The due date is spelled out, whatever the locale's short format.
    QVERIFY(tree->topLevelItem(0)
                ->text(DeadlinesView::DueColumn)
                .contains(QLocale().toString(QDate::currentDate().addDays(87), u"MMM"_qs)));
}

QTEST_MAIN(TestDeadlinesView)
#include "tst_deadlinesview.moc"
