#include "DeskSeed.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"

#include "i18n/Translations.h"

#include "PollerHarness.h"

#include "AddCasesDialog.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "domain/Clock.h"
#include "poller/PollSchedule.h"
#include "session/Session.h"
#include "storage/CaseStore.h"
#include "storage/ProfileStore.h"
#include "storage/ObservationStore.h"
#include "CaseTableModel.h"
#include "DashboardStrip.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QAbstractItemModel>
#include <QClipboard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QHeaderView>
#include <QSplitter>
#include <QToolButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <functional>

using namespace cw;
using cw::test::whenModalOpens;

namespace {

void clickOk(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    QVERIFY(ok && ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void addProfileAndCasesThroughDialogs();
    void profileDialogRefusesEmptyName();
    void addCasesPreviewFlagsBadLines();
    void checkNowFetchesAndShowsTheStatus();
    void checkNowWithoutAnEnvironmentExplains();
    void spanishUserInterface();
    void dashboardCountFiltersTheTable();
    void filterAsYouTypeAndStatusChangesInPlace();
    void keyboardShortcuts();

private:
    static QStringList shownReceipts(QTableView *table)
    {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            out << table->model()->index(r, CaseTableModel::ReceiptColumn).data().toString();
        return out;
    }

    QAction *action(QWidget *window, const char *name)
    {
        return window->findChild<QAction *>(QString::fromLatin1(name));
    }
};

void TestMainWindow::addProfileAndCasesThroughDialogs()
{
    test::Stores stores;
    auto &[t, profiles, cases, observations] = stores;
    SystemClock clock;
    Session session(*t.db, {}, clock);
    MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!action(&window, "actionAddCases")->isEnabled()); // nothing selected yet

    bool sawDialog = false;
    whenModalOpens([&](QWidget *modal) {
        auto *dialog = qobject_cast<ProfileDialog *>(modal);
        QVERIFY(dialog);
        sawDialog = true;
        dialog->findChild<QComboBox *>(u"kindCombo"_qs)->setCurrentIndex(1);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_qs), u"Acme Robotics LLC"_qs);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"emailEdit"_qs), u"hr@acme.example"_qs);
        clickOk(dialog);
    });
    action(&window, "actionNewProfile")->trigger();
    QVERIFY(sawDialog);

    auto stored = profiles.list();
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().name, u"Acme Robotics LLC"_qs);
    QCOMPARE(stored->first().kind, ProfileKind::Petitioner);
    QCOMPARE(stored->first().email, u"hr@acme.example"_qs);
    QCOMPARE(window.selectedProfileId(), stored->first().id); // the new profile is selected
    auto *tree = window.findChild<QTreeView *>(u"profileView"_qs);
    QCOMPARE(tree->model()->index(0, 0).data().toString(), u"All cases (0)"_qs);
    QCOMPARE(tree->model()->index(2, 0).data().toString(), u"Petitioners (1)"_qs);
    QVERIFY(action(&window, "actionAddCases")->isEnabled());

    whenModalOpens([&](QWidget *modal) {
        auto *dialog = qobject_cast<AddCasesDialog *>(modal);
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QPlainTextEdit *>(u"receiptsEdit"_qs);
        for (const QString &line : {u"eac 99 991 03402"_qs, u"LIN-9999-106498"_qs, u"EAC12345"_qs}) {
            QTest::keyClicks(edit, line);
            QTest::keyClick(edit, Qt::Key_Return);
        }
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"formTypeEdit"_qs), u"I-140"_qs);
        clickOk(dialog);
    });
    action(&window, "actionAddCases")->trigger();

    auto stored2 = cases.list();
    QCOMPARE(stored2->size(), 2);
    QCOMPARE(stored2->at(0).receipt.toString(), u"EAC9999103402"_qs);
    QCOMPARE(stored2->at(0).formType, u"I-140"_qs);
    auto *table = window.findChild<QTableView *>(u"caseView"_qs);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(1, 0).data().toString(), u"LIN9999106498"_qs);
    // The skipped line is reported, not silently dropped.
    QMessageBox *report = nullptr;
    QTRY_VERIFY((report = window.findChild<QMessageBox *>(u"addCasesReport"_qs)) != nullptr);
    QVERIFY(report->informativeText().contains(u"EAC12345"));
    report->close();
}

void TestMainWindow::profileDialogRefusesEmptyName()
{
    ProfileDialog dialog(Profile{});
    dialog.show();
    auto *problem = dialog.findChild<QLabel *>(u"problemLabel"_qs);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(!problem->isHidden());
    QVERIFY(problem->text().contains(u"name"));
    dialog.findChild<QLineEdit *>(u"nameEdit"_qs)->setText(u"Zoe"_qs);
    dialog.findChild<QLineEdit *>(u"emailEdit"_qs)->setText(u"zoe-at-example"_qs);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(problem->text().contains(u"zoe-at-example"));
    dialog.findChild<QLineEdit *>(u"emailEdit"_qs)->clear();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.profile().name, u"Zoe"_qs);
}

void TestMainWindow::addCasesPreviewFlagsBadLines()
{
    AddCasesDialog dialog(u"Maria"_qs);
    dialog.show();
    auto *edit = dialog.findChild<QPlainTextEdit *>(u"receiptsEdit"_qs);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    edit->setPlainText(u"EAC9999103402 LIN9999106498\nZAR123456789"_qs);
    QCOMPARE(dialog.entries().size(), 3);
    auto *preview = dialog.findChild<QAbstractItemView *>(u"previewList"_qs);
    QCOMPARE(preview->model()->rowCount(), 3);
    QCOMPARE(preview->model()->index(0, 0).data(Qt::UserRole).toBool(), true);
    QCOMPARE(preview->model()->index(2, 0).data(Qt::UserRole).toBool(), false);
    QVERIFY(preview->model()->index(2, 0).data().toString().contains(u"asylum"));
    QVERIFY(ok->isEnabled());
}

void TestMainWindow::checkNowFetchesAndShowsTheStatus()
{
    test::PollerHarness h;
    ProfileStore profiles(*h.t.db);
    CaseStore cases(*h.t.db);
    const qint64 id = cases.add(h.profileId, {ReceiptNumber::parse(u"EAC9999103403").value(), {}, {}})->id;
    // Nothing is due: only the manual check will ask USCIS.
    QVERIFY(PollSchedule::schedule(*h.t.db, id, PollTier::Normal, QDateTime::currentDateTimeUtc().addDays(1)));
    // The session's poller, as the desk builds it: its answers reach the window through the feed.
    SystemClock clock;
    Session session(*h.t.db, {}, clock);
    Poller *poller = session.startPolling(h.environment, SandboxServer::demoCredentials(), h.options);
    poller->start(true);
    MainWindow window(session);
    window.setPoller(poller);
    window.show();
    window.selectProfile(h.profileId);
    window.selectCase(id);
    QTRY_VERIFY(window.findChild<QLabel *>(u"pollerLabel"_qs)->text().contains(u"up to date"));
    QCOMPARE(h.server.stats().caseRequests, 0);
    QAction *check = action(&window, "actionCheckNow");
    QVERIFY(check->isEnabled());
    check->trigger();
    auto *table = window.findChild<QTableView *>(u"caseView"_qs);
    QTRY_COMPARE(table->model()->index(0, 5).data().toString(), u"Request for Additional Evidence Was Sent"_qs);
    QCOMPARE(table->model()->index(0, 4).data().toString(), u"RFE issued"_qs);
    QCOMPARE(h.server.stats().ok, 1);
    QCOMPARE(cases.get(id)->category, u"RFE_ISSUED"_qs);
    QTRY_VERIFY(window.findChild<QLabel *>(u"pollerLabel"_qs)->text().contains(u"1 / 100,000 requests today"));

    // Pause and resume from the window.
    QAction *pause = action(&window, "actionPausePolling");
    pause->trigger();
    QTRY_VERIFY(window.findChild<QLabel *>(u"pollerLabel"_qs)->text().contains(u"paused"));
    pause->trigger();
    QTRY_VERIFY(!window.findChild<QLabel *>(u"pollerLabel"_qs)->text().contains(u"paused"));
}

void TestMainWindow::checkNowWithoutAnEnvironmentExplains()
{
    test::TempDatabase t;
    ProfileStore profiles(*t.db);
    CaseStore cases(*t.db);
    const qint64 maria = profiles.add(test::profile(ProfileKind::Applicant, u"Maria"_qs))->id;
    const qint64 id = cases.add(maria, {ReceiptNumber::parse(u"EAC9999103403").value(), {}, {}})->id;
    ObservationStore observations(*t.db);
    SystemClock clock;
    Session session(*t.db, {}, clock);
    MainWindow window(session);
    window.setPoller(nullptr, u"No USCIS API credentials are stored for the production environment."_qs);
    window.show();
    window.selectProfile(maria);
    window.selectCase(id);
    action(&window, "actionCheckNow")->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"errorBox"_qs)) != nullptr);
    QVERIFY(box->text().contains(u"No USCIS API credentials"));
}

void TestMainWindow::spanishUserInterface()
{
    Translations::install(*QCoreApplication::instance(), u"es"_qs);
    test::Stores stores;
    auto &[t, profiles, cases, observations] = stores;
    SystemClock clock;
    Session session(*t.db, {}, clock);
    MainWindow window(session);
    window.show();
    QCOMPARE(action(&window, "actionNewProfile")->text(), u"&Nuevo perfil…"_qs);
    QCOMPARE(action(&window, "actionAddCases")->text(), u"&Agregar casos…"_qs);
    QCOMPARE(action(&window, "actionCheckNow")->text(), u"Consultar a&hora"_qs);
    QCOMPARE(action(&window, "actionPausePolling")->text(), u"&Pausar consultas"_qs);
    QCOMPARE(action(&window, "actionQuit")->text(), u"&Salir"_qs);
    auto *tree = window.findChild<QTreeWidget *>(u"timelineTree"_qs);
    QCOMPARE(tree->headerItem()->text(0), u"Fecha"_qs);
    QCOMPARE(tree->headerItem()->text(1), u"Categoría"_qs);
    QCOMPARE(tree->headerItem()->text(2), u"Estado en USCIS (inglés)"_qs);
    QCOMPARE(tree->headerItem()->text(3), u"Estado en USCIS (español)"_qs);
    auto *table = window.findChild<QTableView *>(u"caseView"_qs);
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), u"Número de recibo"_qs);
    QCOMPARE(QLocale().language(), QLocale::Spanish); // dates and numbers follow
    Translations::install(*QCoreApplication::instance(), u"en"_qs);
}

void TestMainWindow::dashboardCountFiltersTheTable()
{
    test::Stores stores;
    auto &[t, profiles, cases, observations] = stores;
    test::seedDesk(profiles, cases, *t.db);
    SystemClock clock;
    Session session(*t.db, {}, clock);
    MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectProfile(0); // the whole firm
    auto *table = window.findChild<QTableView *>(u"caseView"_qs);
    QCOMPARE(table->model()->rowCount(), 7);

    auto *strip = window.findChild<DashboardStrip *>(u"dashboardStrip"_qs);
    QToolButton *rfe = strip->button(u"RFE_ISSUED"_qs);
    QVERIFY(rfe);
    QVERIFY2(rfe->text().startsWith(u"3 "), qPrintable(rfe->text()));
    QVERIFY(strip->button(u"APPROVED"_qs)->text().startsWith(u"2 "));
    QVERIFY(strip->button(CaseTableModel::kUnchecked)->text().startsWith(u"1 "));
    QVERIFY(!strip->button(u"DENIED"_qs)); // no denied case: no button
    QVERIFY(strip->button(CaseTableModel::kChangedThisWeek)->text().startsWith(u"1 "));

    QTest::mouseClick(rfe, Qt::LeftButton);
    QCOMPARE(shownReceipts(table), (QStringList{u"EAC9999103401"_qs, u"EAC9999103402"_qs, u"IOE0912345601"_qs}));
    QCOMPARE(window.findChild<QLabel *>(u"caseCount"_qs)->text(), u"3 of 7 cases"_qs);
    // Within one client, the counts are that client's.
    auto stored = profiles.list();
    const qint64 maria = stored->at(0).name == u"Maria Garcia" ? stored->at(0).id : stored->at(1).id;
    window.selectProfile(maria);
    QCOMPARE(shownReceipts(table), QStringList{u"IOE0912345601"_qs});
    QVERIFY(strip->button(u"RFE_ISSUED"_qs)->text().startsWith(u"1 "));
    window.selectProfile(0);
    // "Changed this week" is a filter too; a second click on the same count shows everything.
    QTest::mouseClick(strip->button(CaseTableModel::kChangedThisWeek), Qt::LeftButton);
    QCOMPARE(shownReceipts(table), QStringList{u"IOE0912345601"_qs});
    QTest::mouseClick(strip->button(CaseTableModel::kChangedThisWeek), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 7);
    QVERIFY(!strip->button(u"RFE_ISSUED"_qs)->isChecked());
}

void TestMainWindow::filterAsYouTypeAndStatusChangesInPlace()
{
    test::Stores stores;
    auto &[t, profiles, cases, observations] = stores;
    const QList<qint64> ids = test::seedDesk(profiles, cases, *t.db);
    SystemClock clock;
    Session session(*t.db, {}, clock);
    MainWindow window(session);
    window.show();
    window.selectProfile(0);
    auto *table = window.findChild<QTableView *>(u"caseView"_qs);
    auto *filter = window.findChild<QLineEdit *>(u"caseFilter"_qs);
    // Client name, then narrowed by a word of the status; receipts as typed with dashes.
    QTest::keyClicks(filter, u"garc"_qs);
    QCOMPARE(table->model()->rowCount(), 3);
    QTest::keyClicks(filter, u"ia approved"_qs);
    QCOMPARE(shownReceipts(table), QStringList{u"IOE0912345602"_qs});
    filter->clear();
    QTest::keyClicks(filter, u"EAC-9999-10340"_qs);
    QCOMPARE(table->model()->rowCount(), 3);
    filter->clear();
    QTest::keyClicks(filter, u"rfe"_qs); // the category's name
    QCOMPARE(table->model()->rowCount(), 3);

    // A status change arrives for a case shown: updated in place, selection kept.
    window.selectCase(ids.at(3));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QVERIFY(execSql(*t.db, u"UPDATE cases SET category = 'APPROVED', status_en = 'Case Was Approved' WHERE id = ?"_qs,
                    {ids.at(3)}));
    QVERIFY(execSql(
        *t.db, u"UPDATE cases SET category = 'RFE_ISSUED', status_en = 'Request for Evidence Was Sent' WHERE id = ?"_qs,
        {ids.at(6)}));
    window.applyCaseChanges({ids.at(3), ids.at(6)});
    // "rfe" still matches: the old RFE case left, the new one came in.
    QCOMPARE(shownReceipts(table), (QStringList{u"EAC9999103402"_qs, u"IOE0912345601"_qs, u"LIN9999106498"_qs}));
    filter->clear();
    const int row = window.caseModel()->rowOfCase(ids.at(3));
    QCOMPARE(table->model()->index(row, CaseTableModel::StatusColumn).data().toString(), u"Case Was Approved"_qs);
    // A case removed elsewhere disappears on its next update.
    QVERIFY(cases.remove(ids.at(0)));
    window.applyCaseChanges({ids.at(0)});
    QCOMPARE(table->model()->rowCount(), 6);
    QCOMPARE(window.caseModel()->rowOfCase(ids.at(0)), -1);
    // Sorting by a column is done on the cached rows; the details follow the selection.
    window.findChild<QTableView *>(u"caseView"_qs)
        ->horizontalHeader()
        ->setSortIndicator(CaseTableModel::ClientColumn, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, CaseTableModel::ClientColumn).data().toString(), u"Maria Garcia"_qs);
    window.selectCase(ids.at(1));
    QVERIFY(window.findChild<QLabel *>(u"caseFacts"_qs)->text().contains(u"IOE0912345602"));
}

void TestMainWindow::keyboardShortcuts()
{
    test::Stores stores;
    auto &[t, profiles, cases, observations] = stores;
    const QList<qint64> ids = test::seedDesk(profiles, cases, *t.db);
    SystemClock clock;
    Session session(*t.db, {}, clock);
    MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    window.selectProfile(0);
    auto *table = window.findChild<QTableView *>(u"caseView"_qs);
    auto *filter = window.findChild<QLineEdit *>(u"caseFilter"_qs);
    table->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
    // Down from the filter... the table; Ctrl+C there copies the selected receipts.
    window.selectCase(ids.at(4));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), u"EAC9999103402"_qs);
    // Ctrl+C in the filter field copies its text, not a receipt.
    filter->setText(u"acme"_qs);
    filter->selectAll();
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), u"acme"_qs);
    // Every control a screen reader lands on has a name.
    for (const char *name : {"caseFilter", "caseView", "profileView", "profileSearch", "dashboardStrip"})
        QVERIFY2(!window.findChild<QWidget *>(QString::fromLatin1(name))->accessibleName().isEmpty(), name);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
