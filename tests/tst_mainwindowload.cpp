#include "DeskSeed.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"

#include "i18n/Translations.h"

#include "PollerHarness.h"

#include "AddCasesDialog.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "domain/Clock.h"
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

// How the desk window loads: the layout a person left, and a large firm's book.
class TestMainWindowLoad final : public QObject
{
    Q_OBJECT

private slots:
    void windowStateIsRestored();
    void aLargeBookLoadsInTheBackground();
};

void TestMainWindowLoad::windowStateIsRestored()
{
    QTemporaryDir dir;
    test::Stores stores;
    auto &[t, profiles, cases, observations] = stores;
    test::seedDesk(profiles, cases, *t.db);
    const QString ini = dir.filePath(u"settings.ini"_qs);
    QList<int> mainSizes, caseSizes;
    {
        Settings settings(std::make_unique<QSettings>(ini, QSettings::IniFormat));
        SystemClock clock;
        Session session(*t.db, {}, clock);
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1000, 640);
        auto *main = window.findChild<QSplitter *>(u"mainSplitter"_qs);
        auto *caseSplitter = window.findChild<QSplitter *>(u"caseSplitter"_qs);
        main->setSizes({333, 600});
        caseSplitter->setSizes({150, 300});
        mainSizes = main->sizes();
        caseSizes = caseSplitter->sizes();
        QHeaderView *header = window.findChild<QTableView *>(u"caseView"_qs)->horizontalHeader();
        header->hideSection(CaseTableModel::FormColumn);
        header->showSection(CaseTableModel::LabelColumn);
        header->resizeSection(CaseTableModel::StatusColumn, 321);
        header->setSortIndicator(CaseTableModel::DaysColumn, Qt::DescendingOrder);
        window.saveLayout(settings);
    }
    Settings settings(std::make_unique<QSettings>(ini, QSettings::IniFormat));
    SystemClock clock;
    Session session(*t.db, {}, clock);
    MainWindow window(session);
    window.restoreLayout(settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1000, 640));
    QCOMPARE(window.findChild<QSplitter *>(u"mainSplitter"_qs)->sizes(), mainSizes);
    QCOMPARE(window.findChild<QSplitter *>(u"caseSplitter"_qs)->sizes(), caseSizes);
    auto *table = window.findChild<QTableView *>(u"caseView"_qs);
    QHeaderView *header = table->horizontalHeader();
    QVERIFY(header->isSectionHidden(CaseTableModel::FormColumn));
    QVERIFY(!header->isSectionHidden(CaseTableModel::LabelColumn));
    QCOMPARE(header->sectionSize(CaseTableModel::StatusColumn), 321);
    QCOMPARE(header->sortIndicatorSection(), int(CaseTableModel::DaysColumn));
    // ... and the rows really are in that order (most days in status first).
    window.selectProfile(0);
    QCOMPARE(table->model()->index(0, CaseTableModel::ReceiptColumn).data().toString(), u"EAC9999103403"_qs);

    // A damaged saved state is ignored, not fatal.
    Settings broken(std::make_unique<QSettings>(dir.filePath(u"broken.ini"_qs), QSettings::IniFormat));
    broken.setValue(Settings::Key::CaseColumns, QByteArray("not a header state"));
    broken.setValue(Settings::Key::WindowGeometry, QByteArray("\x01\x02"));
    MainWindow other(session);
    other.restoreLayout(broken);
    QVERIFY(!other.findChild<QTableView *>(u"caseView"_qs)
                 ->horizontalHeader()
                 ->isSectionHidden(CaseTableModel::FormColumn));
}

void TestMainWindowLoad::aLargeBookLoadsInTheBackground()
{
    test::Stores stores;
    auto &[t, profiles, cases, observations] = stores;
    Profile company;
    company.kind = ProfileKind::Petitioner;
    company.name = u"Big Staffing Inc"_qs;
    const qint64 owner = profiles.add(company)->id;
    constexpr int kCases = 20'500; // over what loads at once
    {
        QSqlDatabase c = t.db->connection();
        QVERIFY(c.transaction());
        QSqlQuery insert(c);
        insert.prepare(
            u"INSERT INTO cases (profile_id, receipt_number, created_at, updated_at) VALUES (?, ?, '', '')"_qs);
        for (int i = 0; i < kCases; ++i) {
            insert.bindValue(0, owner);
            insert.bindValue(1, u"WAC%1"_qs.arg(2400000000LL + i, 10, 10, QLatin1Char('0')));
            QVERIFY(insert.exec());
        }
        QVERIFY(c.commit());
    }
    auto last = cases.findByReceipt(ReceiptNumber::parse(u"WAC%1"_qs.arg(2400000000LL + kCases - 1)).value());
    QVERIFY(last && last.value());

    SystemClock clock;
    Session session(*t.db, {}, clock);
    MainWindow window(session);
    QSignalSpy loaded(&window, &MainWindow::casesLoaded);
    window.show();
    window.selectProfile(0);
    // The first screen is there at once; the rest is still being read.
    QVERIFY(window.isLoading());
    QVERIFY(window.caseModel()->totalCases() <= 500);
    QVERIFY(window.caseModel()->totalCases() > 0);
    // A status change recorded meanwhile for a case not loaded yet is not lost in the swap.
    QVERIFY(execSql(*t.db, u"UPDATE cases SET category = 'APPROVED', status_en = 'Case Was Approved' WHERE id = ?"_qs,
                    {last.value()->id}));
    window.applyCaseChanges({last.value()->id});
    QVERIFY(loaded.wait(20000));
    QVERIFY(!window.isLoading());
    QCOMPARE(window.caseModel()->totalCases(), kCases);
    const int row = window.caseModel()->rowOfCase(last.value()->id);
    QVERIFY(row >= 0);
    QCOMPARE(window.caseModel()->index(row, CaseTableModel::StatusColumn).data().toString(), u"Case Was Approved"_qs);
    QCOMPARE(window.caseModel()->counts().byCategory.value(u"APPROVED"_qs), 1);
}

QTEST_MAIN(TestMainWindowLoad)
#include "tst_mainwindowload.moc"
