#include "TestSupport.h"

#include "i18n/Translations.h"

#include "PollerHarness.h"

#include "AddCasesDialog.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "storage/CaseStore.h"
#include "storage/ProfileStore.h"
#include "storage/ObservationStore.h"

#include <QAbstractItemModel>
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

namespace {

// Runs `f` on the next modal dialog as soon as it is open (QDialog::exec blocks the test).
void whenModalOpens(std::function<void(QWidget *)> f)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, f] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            f(modal);
        }
    });
    timer->start();
}

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

private:
    QAction *action(QWidget *window, const char *name)
    {
        return window->findChild<QAction *>(QString::fromLatin1(name));
    }
};

void TestMainWindow::addProfileAndCasesThroughDialogs()
{
    test::TempDatabase t;
    ProfileStore profiles(*t.db);
    CaseStore cases(*t.db);
    ObservationStore observations(*t.db);
    MainWindow window(profiles, cases, observations);
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
    QCOMPARE(tree->model()->index(1, 0).data().toString(), u"Petitioners (1)"_qs);
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
    QVERIFY(PollSchedule::schedule(*h.t.db, id, u"normal"_qs, QDateTime::currentDateTimeUtc().addDays(1)));
    h.makePoller();
    h.poller->start(true);

    ObservationStore observations(*h.t.db);
    MainWindow window(profiles, cases, observations);
    window.setPoller(h.poller.get());
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
    MainWindow window(profiles, cases, observations);
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
    test::TempDatabase t;
    ProfileStore profiles(*t.db);
    CaseStore cases(*t.db);
    ObservationStore observations(*t.db);
    MainWindow window(profiles, cases, observations);
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
