// Who does what, as a person sees it: the Tasks panel (all, mine only, done and undo, overdue in
// red), My cases on the desk, what a paralegal or read-only person is not offered, the staff list,
// and the Tracking health page's figures and charts.
#include "HealthDialog.h"
#include "MainWindow.h"
#include "StaffDialog.h"
#include "TasksView.h"
#include "TestSupport.h"

#include "CaseTableModel.h"
#include "domain/Clock.h"
#include "i18n/Translations.h"
#include "session/Session.h"
#include "storage/CaseStore.h"
#include "storage/HealthReport.h"
#include "storage/ObservationStore.h"
#include "storage/ProfileStore.h"
#include "storage/SqlValues.h"
#include "storage/TaskStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace cw;
using namespace cw::test;

class TestTeam final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(*QCoreApplication::instance(), u"en"_qs); } // as the app does
    void init();
    void cleanup();
    void tasksPanel();
    void myCasesOnTheDesk();
    void rolesHideWhatTheyMayNotDo();
    void staffList();
    void trackingHealthPage();

private:
    qint64 recordApproval(qint64 caseId)
    {
        CaseSnapshot s;
        s.receiptNumber = u"IOE0912345678"_qs;
        s.statusEn = u"Case Was Approved"_qs;
        s.category = u"APPROVED"_qs;
        s.modifiedDate = sql::timestamp(QDateTime::currentDateTimeUtc().addSecs(-3 * 3600));
        return ObservationStore(*m_t->db).recordSnapshot(caseId, u"demo"_qs, 200, "{}", s)->eventId;
    }
    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<Session> m_session;
    qint64 m_ana = 0; // attorney, this desktop's person
    qint64 m_pablo = 0; // paralegal
    QList<qint64> m_anasCases;
    qint64 m_otherCase = 0;
};

void TestTeam::init()
{
    m_t = std::make_unique<TempDatabase>();
    const StaffStore staff(*m_t->db);
    m_ana = staff.add({0, u"Ana Attorney"_qs, {}, StaffStore::Role::Attorney, {}, {}, true}).value();
    m_pablo = staff.add({0, u"Pablo Paralegal"_qs, {}, StaffStore::Role::Paralegal, {}, {}, true}).value();
    QVERIFY(staff.linkDesktop(m_ana));
    ProfileStore profiles(*m_t->db);
    CaseStore cases(*m_t->db);
    const qint64 maria = profiles.add(profile(ProfileKind::Applicant, u"María López García"_qs))->id;
    const qint64 sofia = profiles.add(profile(ProfileKind::Applicant, u"Sofia Nguyen"_qs))->id;
    QVERIFY(staff.assignProfile(maria, StaffStore::Duty::Attorney, m_ana));
    QVERIFY(staff.assignProfile(maria, StaffStore::Duty::Paralegal, m_pablo));
    QVERIFY(staff.assignProfile(sofia, StaffStore::Duty::Paralegal, m_pablo));
    m_anasCases << cases.add(maria, {ReceiptNumber::parse(u"IOE0912345678").value(), {}, {}})->id
                << cases.add(maria, {ReceiptNumber::parse(u"IOE0912345679").value(), {}, {}})->id;
    m_otherCase = cases.add(sofia, {ReceiptNumber::parse(u"EAC2612345678").value(), {}, {}})->id;
    m_clock = std::make_unique<SystemClock>();
    m_session = std::make_unique<Session>(*m_t->db, SessionConfig{}, *m_clock);
}

void TestTeam::cleanup()
{
    m_session.reset();
    m_t.reset();
}

void TestTeam::tasksPanel()
{
    // First answers (no tasks), then an RFE for María's case (Ana's), an approval of Sofía's (Pablo's).
    for (qint64 id : {m_anasCases[0], m_anasCases[1], m_otherCase}) {
        CaseSnapshot received;
        received.receiptNumber = u"IOE0912345678"_qs;
        received.statusEn = u"Case Was Received"_qs;
        received.category = u"RECEIVED"_qs;
        QVERIFY(ObservationStore(*m_t->db).recordSnapshot(id, u"demo"_qs, 200, "{}", received));
    }
    CaseSnapshot rfe;
    rfe.receiptNumber = u"IOE0912345678"_qs;
    rfe.statusEn = u"Request for Evidence Was Sent"_qs;
    rfe.category = u"RFE_ISSUED"_qs;
    const QDate due = QDateTime::currentDateTimeUtc().date().addDays(87);
    QVERIFY(ObservationStore(*m_t->db).recordSnapshot(m_anasCases[0], u"demo"_qs, 200, "{}", rfe,
                                                      {{{DeadlineKind::RfeResponse, due, true}}, {}}));
    recordApproval(m_otherCase);
    TasksView view(*m_session);
    view.setMe(m_ana, true);
    auto *tree = view.findChild<QTreeWidget *>(u"tasksTree"_qs);
    QCOMPARE(tree->topLevelItemCount(), 2);
    auto *mine = view.findChild<QCheckBox *>(u"myTasksOnly"_qs);
    QVERIFY(mine->isEnabled());
    mine->setChecked(true);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *item = tree->topLevelItem(0);
    QCOMPARE(item->text(TasksView::TaskColumn), u"Review RFE and plan response"_qs);
    QCOMPARE(item->text(TasksView::OwnerColumn), u"Ana Attorney"_qs);
    QCOMPARE(item->text(TasksView::ReceiptColumn), u"IOE0912345678"_qs);
    tree->setCurrentItem(item);
    auto *done = view.findChild<QPushButton *>(u"markTaskDone"_qs);
    QVERIFY(done->isEnabled());
    QTest::mouseClick(done, Qt::LeftButton);
    QCOMPARE(tree->topLevelItemCount(), 0); // done: gone from the open ones
    view.findChild<QCheckBox *>(u"showDoneTasks"_qs)->setChecked(true);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QVERIFY(!tree->topLevelItem(0)->text(TasksView::DoneColumn).isEmpty());
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::mouseClick(view.findChild<QPushButton *>(u"reopenTask"_qs), Qt::LeftButton);
    QVERIFY(tree->topLevelItem(0)->text(TasksView::DoneColumn).isEmpty());
    // A change recorded elsewhere (here, the session's feed) brings its task at once.
    mine->setChecked(false);
    recordApproval(m_anasCases[1]);
    m_session->casesImported({m_anasCases[1]}, false);
    QCOMPARE(tree->topLevelItemCount(), 3 + 0); // RFE (open again), two approvals
}

void TestTeam::myCasesOnTheDesk()
{
    MainWindow window(*m_session);
    window.show();
    QTRY_COMPARE(window.caseModel()->totalCases(), 3);
    auto ids = StaffStore(*m_t->db).casesOf(m_ana).value();
    window.setMyCases(QSet<qint64>(ids.cbegin(), ids.cend()));
    QCOMPARE(window.caseModel()->rowCount(), 2);
    QCOMPARE(window.findChild<QLabel *>(u"caseCount"_qs)->text(), u"2 cases — my cases"_qs);
    window.setMyCases(std::nullopt);
    QCOMPARE(window.caseModel()->rowCount(), 3);
    // Pablo is responsible for all three (María's through the profile, Sofía's too).
    QCOMPARE(StaffStore(*m_t->db).casesOf(m_pablo)->size(), 3);
}

void TestTeam::rolesHideWhatTheyMayNotDo()
{
    MainWindow window(*m_session);
    auto action = [&](const char *name) { return window.findChild<QAction *>(QString::fromLatin1(name)); };
    StaffStore::Me paralegal;
    paralegal.role = StaffStore::Role::Paralegal;
    paralegal.rolesEnforced = true;
    paralegal.member = StaffStore(*m_t->db).get(m_pablo).value();
    window.applyRole(paralegal);
    QVERIFY(!action("actionWebhook")->isVisible());
    QVERIFY(action("actionAddCases")->isVisible());
    QCOMPARE(window.findChild<QLabel *>(u"roleLabel"_qs)->text(), u"Pablo Paralegal · Paralegal"_qs);
    StaffStore::Me reader;
    reader.role = StaffStore::Role::ReadOnly;
    window.applyRole(reader);
    QVERIFY(!action("actionAddCases")->isVisible());
    QVERIFY(!action("actionImportNotices")->isVisible());
    QVERIFY(!window.acceptDrops());
    StaffStore::Me admin;
    window.applyRole(admin);
    QVERIFY(action("actionWebhook")->isVisible());
    // On a single SQLite file, the person at the computer is the firm's administrator.
    QCOMPARE(StaffStore(*m_t->db).me()->role, StaffStore::Role::Admin);
    QCOMPARE(StaffStore(*m_t->db).me()->member->id, m_ana); // linked to this desktop's user
}

void TestTeam::staffList()
{
    StaffDialog viewer(*m_t->db, false);
    auto *list = viewer.findChild<QTreeWidget *>(u"staffList"_qs);
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(2), u"Attorney"_qs);
    QCOMPARE(list->topLevelItem(0)->text(4), StaffStore::desktopUser());
    list->setCurrentItem(list->topLevelItem(1));
    QVERIFY(!viewer.findChild<QPushButton *>(u"changeStaffRole"_qs)->isEnabled()); // not an administrator
    StaffDialog admin(*m_t->db, true);
    auto *adminList = admin.findChild<QTreeWidget *>(u"staffList"_qs);
    adminList->setCurrentItem(adminList->topLevelItem(1));
    QVERIFY(admin.findChild<QPushButton *>(u"changeStaffRole"_qs)->isEnabled());
    QTest::mouseClick(admin.findChild<QPushButton *>(u"toggleStaffActive"_qs), Qt::LeftButton);
    QVERIFY(!StaffStore(*m_t->db).get(m_pablo).value()->active);
    // Where the database enforces roles, a person with a login of their own changes role there.
    StaffStore::Member pablo = StaffStore(*m_t->db).get(m_pablo).value().value();
    pablo.dbUser = u"pablo"_qs;
    QVERIFY(StaffStore(*m_t->db).update(pablo));
    StaffDialog enforced(*m_t->db, true, nullptr, true);
    auto *enforcedList = enforced.findChild<QTreeWidget *>(u"staffList"_qs);
    enforcedList->setCurrentItem(enforcedList->topLevelItem(1));
    QVERIFY(!enforced.findChild<QPushButton *>(u"changeStaffRole"_qs)->isEnabled());
    QVERIFY(enforced.findChild<QPushButton *>(u"changeStaffRole"_qs)->toolTip().contains(u"db-roles add pablo"));
}

void TestTeam::trackingHealthPage()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 8; ++i)
        QVERIFY(HealthReport::tally(*m_t->db, u"demo"_qs, u"ok"_qs, now));
    QVERIFY(HealthReport::tally(*m_t->db, u"demo"_qs, u"rate_limited"_qs, now));
    QVERIFY(HealthReport::tally(*m_t->db, u"demo"_qs, u"transient:api.server_error"_qs, now.addDays(-3)));
    CaseSnapshot received;
    received.receiptNumber = u"EAC2612345678"_qs;
    received.statusEn = u"Case Was Received"_qs;
    received.category = u"RECEIVED"_qs;
    QVERIFY(
        ObservationStore(*m_t->db).recordSnapshot(m_otherCase, u"demo"_qs, 200, "{}", received)); // the first answer
    recordApproval(m_otherCase); // then a change, seen 3 h after USCIS's date
    HealthDialog dialog(*m_session, u"demo"_qs, 1000);
    const HealthReport::Report &r = dialog.report();
    QCOMPARE(r.last24h.requests, 9);
    QCOMPARE(r.days.size(), 30);
    QCOMPARE(r.days.at(26).retried, 1);
    QVERIFY2(qAbs(r.detectHoursMedian30d - 3.0) < 0.05,
             qPrintable(QString::number(r.detectHoursMedian30d) + u' ' + QString::number(r.detectSamples30d)));
    const QString figures = dialog.findChild<QLabel *>(u"healthFigures"_qs)->text();
    QVERIFY2(figures.contains(u"88.9 %"_qs), qPrintable(figures)); // 8 of 9 answered
    QVERIFY2(figures.contains(u"Rate limited (429), asked again: 1"_qs), qPrintable(figures));
    QVERIFY2(figures.contains(u"3 tracked"_qs), qPrintable(figures));
}

QTEST_MAIN(TestTeam)
#include "tst_team.moc"
