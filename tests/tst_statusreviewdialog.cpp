// Statuses to review: an unknown title is listed with its counts; assigning it in the dialog
// re-categorizes the database and tells the desk; removing the rule puts it back on the list.
#include "TestSupport.h"

#include "StatusReviewDialog.h"
#include "normalize/StatusNormalizer.h"
#include "storage/CaseStore.h"
#include "storage/ObservationStore.h"
#include "storage/ProfileStore.h"
#include "storage/StatusRuleStore.h"
#include "interpret/AnswerInterpreter.h"

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace cw;

class TestStatusReviewDialog final : public QObject
{
    Q_OBJECT

private slots:
    void assignAndRemoveFromTheDialog();
};

void TestStatusReviewDialog::assignAndRemoveFromTheDialog()
{
    test::TempDatabase t;
    QVERIFY(t.db);
    const StatusNormalizer builtIn;
    auto p = ProfileStore(*t.db).add(test::profile(ProfileKind::Applicant, u"Maria"_qs));
    const qint64 id = CaseStore(*t.db).add(p->id, {ReceiptNumber::parse(u"EAC9999103403").value(), {}, {}})->id;
    CaseSnapshot s;
    s.statusEn = u"Case Was Flagged For Manual Handling"_qs;
    s.history = {HistoryEntry{u"2026-02-01"_qs, s.statusEn, {}, {}}};
    AnswerInterpreter::categorize(s, builtIn);
    QVERIFY(ObservationStore(*t.db).recordSnapshot(id, u"demo"_qs, 200, "{}", s));

    StatusReviewDialog dialog(*t.db, builtIn);
    QSignalSpy changed(&dialog, &StatusReviewDialog::rulesChanged);
    QCOMPARE(dialog.unknownTable()->rowCount(), 1);
    QCOMPARE(dialog.unknownTable()->item(0, 0)->text(), s.statusEn);
    QCOMPARE(dialog.unknownTable()->item(0, 1)->text(), u"1"_qs);
    QCOMPARE(dialog.rulesTable()->rowCount(), 0);

    // As a person would: pick the row, choose a category, press Assign.
    dialog.unknownTable()->selectRow(0);
    auto *choice = qobject_cast<QComboBox *>(dialog.unknownTable()->cellWidget(0, 3));
    QVERIFY(choice);
    choice->setCurrentIndex(choice->findData(u"INTERVIEW_SCHEDULED"_qs));
    auto *assign = dialog.findChildren<QPushButton *>().value(0);
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().remove(u'&') == u"Assign Category")
            assign = b;
    }
    assign->click();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(dialog.unknownTable()->rowCount(), 0);
    QCOMPARE(dialog.rulesTable()->rowCount(), 1);
    QCOMPARE(CaseStore(*t.db).get(id)->category, u"INTERVIEW_SCHEDULED"_qs);

    dialog.rulesTable()->selectRow(0);
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().remove(u'&') == u"Remove Rule")
            b->click();
    }
    QCOMPARE(changed.size(), 2);
    QCOMPARE(dialog.unknownTable()->rowCount(), 1);
    QCOMPARE(CaseStore(*t.db).get(id)->category, u"OTHER"_qs);
}

QTEST_MAIN(TestStatusReviewDialog)
#include "tst_statusreviewdialog.moc"
