// The desk's expected decisions: estimates computed on a background thread reach the case table's
// "Expected decision" column (readable dates, sortable) and the selected case's details (a sentence
// with its basis, and the chart).
#include "TestSupport.h"

#include "CaseDetailsView.h"
#include "CaseTableModel.h"
#include "EstimateRunner.h"
#include "MainWindow.h"
#include "SurvivalChart.h"
#include "estimate/DecisionEstimator.h"
#include "domain/Clock.h"
#include "session/Session.h"
#include "storage/CaseStore.h"
#include "storage/ObservationStore.h"
#include "storage/ProfileStore.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace cw;

class TestEstimateRunner final : public QObject
{
    Q_OBJECT

private slots:
    void expectedDecisionsReachTheDesk();
    void daysInStatusAreNeverNegative();
};

void TestEstimateRunner::expectedDecisionsReachTheDesk()
{
    test::TempDatabase t;
    ProfileStore profiles(*t.db);
    CaseStore cases(*t.db);
    ObservationStore observations(*t.db);
    auto p = profiles.add(test::profile(ProfileKind::Applicant, u"Ana"_qs));
    const QDate today = QDate::currentDate();
    QList<qint64> pending;
    QList<qint64> decidedIds;
    // 60 I-485s at the National Benefits Center over 600 days, decided after 200–230 days.
    for (int i = 0; i < 60; ++i) {
        const QString receipt = u"NBC%1"_qs.arg(9300000000LL + i);
        const qint64 id = cases.add(p->id, {ReceiptNumber::parse(receipt).value(), u"I-485"_qs, {}})->id;
        const QDate received = today.addDays(-10 * i - 5);
        CaseSnapshot s;
        s.submittedDate = received.toString(Qt::ISODate);
        s.history = {HistoryEntry{s.submittedDate, u"Case Was Received"_qs, {}, u"RECEIVED"_qs}};
        const QDate decided = received.addDays(200 + (i % 7) * 5);
        const bool done = decided < today;
        s.statusEn = done ? u"Case Was Approved"_qs : u"Case Was Received"_qs;
        s.category = done ? u"APPROVED"_qs : u"RECEIVED"_qs;
        s.modifiedDate = (done ? decided : received).toString(Qt::ISODate);
        if (done)
            s.history.append(HistoryEntry{s.modifiedDate, s.statusEn, {}, s.category});
        else
            pending << id;
        if (done)
            decidedIds << id;
        QVERIFY(observations.recordSnapshot(id, u"demo"_qs, 200, "{}", s));
    }
    SystemClock clock;
    Session session(*t.db, {}, clock);
    MainWindow window(session);
    QSignalSpy ready(&window, &MainWindow::estimatesReady);
    window.show();
    QVERIFY(ready.wait(20000));

    auto *table = window.findChild<QTableView *>(u"caseView"_qs);
    QAbstractItemModel *model = table->model();
    QCOMPARE(model->headerData(CaseTableModel::ExpectedColumn, Qt::Horizontal).toString(), u"Expected decision"_qs);
    auto *caseModel = qobject_cast<CaseTableModel *>(model);
    QVERIFY(caseModel);
    const int row = caseModel->rowOfCase(pending.first());
    const QString shown = model->index(row, CaseTableModel::ExpectedColumn).data().toString();
    // A month spelled out, never a numeric date.
    QVERIFY2(QLocale().toDate(shown, u"MMM d, yyyy"_qs).isValid(), qPrintable(shown));
    QVERIFY(QLocale().toDate(shown, u"MMM d, yyyy"_qs) > today);
    // Decided cases show no expected date.
    const int decidedRow = caseModel->rowOfCase(decidedIds.first());
    QCOMPARE(model->index(decidedRow, CaseTableModel::ExpectedColumn).data().toString(), QString());

    // Sortable: pending cases by date first, then the rest.
    table->sortByColumn(CaseTableModel::ExpectedColumn, Qt::AscendingOrder);
    QDate previous;
    for (int r = 0; r < int(pending.size()); ++r) {
        const QDate d =
            QLocale().toDate(model->index(r, CaseTableModel::ExpectedColumn).data().toString(), u"MMM d, yyyy"_qs);
        QVERIFY2(d.isValid(), qPrintable(QString::number(r)));
        QVERIFY(!previous.isValid() || previous <= d);
        previous = d;
    }
    QCOMPARE(model->index(int(pending.size()), CaseTableModel::ExpectedColumn).data().toString(), QString());

    // The selected pending case: the sentence and the chart.
    table->selectRow(0);
    auto *details = window.findChild<CaseDetailsView *>();
    QVERIFY(details);
    const QString sentence = details->estimateText();
    QVERIFY2(sentence.startsWith(u"Likely decided between "_qs), qPrintable(sentence));
    QVERIFY(sentence.contains(u"I-485"_qs));
    QVERIFY2(sentence.contains(u"National Benefits Center"_qs) || sentence.contains(u"any office"_qs),
             qPrintable(sentence));
    QVERIFY(details->chart()->hasCurve());
    QVERIFY(details->chart()->isVisible());
}

// A status date ahead of this computer's clock (time zones, a demo) never shows as -3 days.
void TestEstimateRunner::daysInStatusAreNeverNegative()
{
    test::TempDatabase t;
    ProfileStore profiles(*t.db);
    CaseStore cases(*t.db);
    ObservationStore observations(*t.db);
    auto p = profiles.add(test::profile(ProfileKind::Applicant, u"Ana"_qs));
    const qint64 id = cases.add(p->id, {ReceiptNumber::parse(u"NBC9300000001").value(), u"I-485"_qs, {}})->id;
    CaseSnapshot s;
    s.statusEn = u"Case Was Received"_qs;
    s.category = u"RECEIVED"_qs;
    s.modifiedDate = QDate::currentDate().addDays(3).toString(Qt::ISODate);
    QVERIFY(observations.recordSnapshot(id, u"demo"_qs, 200, "{}", s));
    SystemClock clock;
    Session session(*t.db, {}, clock);
    MainWindow window(session);
    window.show();
    auto *table = window.findChild<QTableView *>(u"caseView"_qs);
    QCOMPARE(table->model()->index(0, CaseTableModel::DaysColumn).data().toLongLong(), 0);
    table->selectRow(0);
    auto *facts = window.findChild<QLabel *>(u"caseFacts"_qs);
    QVERIFY(facts);
    QVERIFY2(facts->text().contains(u" 0 day"_qs) && !facts->text().contains(u"-"_qs + u"3"_qs),
             qPrintable(facts->text()));
}

QTEST_MAIN(TestEstimateRunner)
#include "tst_estimaterunner.moc"
