// The desktop application's composition root, started for real: settings in a temporary file, the
// real keychain (gnome-keyring in the test session), SQLite files in a temporary folder, the
// built-in USCIS simulator over loopback.
#include "TestSupport.h"
#include "WidgetTestSupport.h"

#include "CaseTableModel.h"
#include "Desk.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "TimelineView.h"
#include "WelcomePage.h"
#include "i18n/Translations.h"
#include "poller/Poller.h"
#include "sandbox/SandboxServer.h"
#include "secrets/ApiCredentials.h"
#include "secrets/KeychainCredentialStore.h"
#include "settings/Settings.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTableView>
#include <QDialog>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace cw;
using cw::test::whenModalOpens;

namespace {

int countRows(const Database &db, const QString &sql)
{
    auto q = execSql(db, sql);
    return q && q.value().next() ? q.value().value(0).toInt() : -1;
}

} // namespace

class TestDesk final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(*QCoreApplication::instance(), u"en"_qs); }
    void firstRunWelcomeIntoTheDemo();
    void laterRunsOpenStraightOnTheDesk();
    void welcomeToTheFirmsOwnCredentials();
    void cancellingTheCredentialsStaysOnTheWelcomePage();
    void theDatabaseFileChosenInSettings();
    void closingTheWindowQuitsOnceDialogsDoNot();

private:
    static QWidget *window(const Desk &desk) { return desk.window(); }
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> settingsIn(const QString &name)
    {
        return std::make_unique<Settings>(std::make_unique<QSettings>(m_dir.filePath(name), QSettings::IniFormat));
    }
};

void TestDesk::firstRunWelcomeIntoTheDemo()
{
    auto settings = settingsIn(u"first.ini"_qs);
    KeychainCredentialStore credentials;
    DeskOptions options;
    options.dataDirectory = m_dir.filePath(u"first"_qs);
    options.demoStepSeconds = 2; // the demo's minute, compressed
    Desk desk(*settings, credentials, options);
    QVERIFY(desk.start());

    // A first run opens on the offline demo, with the welcome page on top; nothing is chosen yet.
    QVERIFY(desk.window() && desk.window()->isVisible());
    QVERIFY(desk.welcome());
    QVERIFY(QTest::qWaitForWindowExposed(desk.welcome()));
    QCOMPARE(desk.welcome()->parentWidget(), desk.window());
    QVERIFY(!settings->contains(Settings::Key::Environment));
    // The demo has its own database file; the firm's is not even created.
    QCOMPARE(QFileInfo(desk.databaseLocation()).fileName(), u"casewatch-demo.sqlite"_qs);
    QTest::mouseClick(desk.welcome()->demoButton(), Qt::LeftButton);
    QTRY_VERIFY(!desk.welcome()); // closed and gone
    QCOMPARE(settings->environment(), u"demo"_qs); // the choice is remembered
    QVERIFY(!QFileInfo::exists(QDir(options.dataDirectory).filePath(u"casewatch.sqlite"_qs)));

    MainWindow *window = desk.window();
    auto *profiles = window->findChild<QTreeView *>(u"profileView"_qs);
    QCOMPARE(profiles->model()->index(1, 0).data().toString(), u"Applicants (3)"_qs);
    QCOMPARE(profiles->model()->index(2, 0).data().toString(), u"Petitioners (2)"_qs);
    QVERIFY(window->windowTitle().contains(u"demo", Qt::CaseInsensitive));

    // The poller checks the sample cases against the simulator...
    window->selectProfile(0);
    auto *table = window->findChild<QTableView *>(u"caseView"_qs);
    QCOMPARE(table->model()->rowCount(), 10);
    QTRY_VERIFY_WITH_TIMEOUT(desk.poller() != nullptr, 30000);
    QVERIFY(window->openCase(u"EAC9999103403"_qs)); // one of the sandbox receipts with a scripted history
    auto *timeline = window->findChild<QTreeWidget *>(u"timelineTree"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(timeline->topLevelItemCount() > 0, 15000);
    const int firstLength = timeline->topLevelItemCount();
    // ... and as its statuses move, the selected case's timeline grows in front of the user
    QTRY_VERIFY_WITH_TIMEOUT(timeline->topLevelItemCount() > firstLength, 30000);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1); // still on the same case

    // ... and a change the firm cares about (an RFE, an approval) raises a notification. This
    // session has no notification server and no tray: it lands in the status bar, and the
    // event is marked as notified in the database.
    auto db = Database::openSqlite(desk.databaseLocation());
    QVERIFY(db);
    QTRY_VERIFY_WITH_TIMEOUT(
        countRows(*db.value(), u"SELECT COUNT(*) FROM status_events WHERE notified_at <> ''"_qs) > 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!window->statusBar()->currentMessage().isEmpty(), 15000);
}

// Quitting goes through the desk (the session stops, a webhook delivery may finish): closing the
// window quits, once; a dialog closing does not.
void TestDesk::closingTheWindowQuitsOnceDialogsDoNot()
{
    auto settings = settingsIn(u"quit.ini"_qs);
    settings->setValue(Settings::Key::Environment, u"demo"_qs);
    KeychainCredentialStore credentials;
    DeskOptions options;
    options.dataDirectory = m_dir.filePath(u"quit"_qs);
    options.demoStepSeconds = 0;
    Desk desk(*settings, credentials, options);
    QVERIFY(desk.start());
    QSignalSpy ready(&desk, &Desk::readyToQuit);
    {
        QDialog dialog(desk.window());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.close();
    }
    QTest::qWait(100);
    QCOMPARE(ready.count(), 0);
    desk.window()->close();
    QTRY_COMPARE(ready.count(), 1);
    desk.quit(); // the tray's Quit too: still once
    QTest::qWait(100);
    QCOMPARE(ready.count(), 1);
    QVERIFY(!desk.poller()); // polling stopped
}

void TestDesk::laterRunsOpenStraightOnTheDesk()
{
    auto settings = settingsIn(u"later.ini"_qs);
    settings->setValue(Settings::Key::Environment, u"demo"_qs);
    KeychainCredentialStore credentials;
    DeskOptions options;
    options.dataDirectory = m_dir.filePath(u"later"_qs);
    options.demoStepSeconds = 0;
    for (int run = 0; run < 2; ++run) {
        Desk desk(*settings, credentials, options);
        QVERIFY(desk.start());
        QVERIFY(!desk.welcome());
        QVERIFY(desk.window() && desk.window()->isVisible());
        desk.window()->selectProfile(0);
        // The samples are written once: a second start finds them, not twice as many.
        QCOMPARE(desk.window()->caseModel()->totalCases(), 10);
    }
}

void TestDesk::welcomeToTheFirmsOwnCredentials()
{
    // The firm's "USCIS" here is the simulator on loopback, as a custom server with its own
    // client id and secret, typed into the Settings dialog and kept in the real keychain.
    SandboxServer uscis;
    QVERIFY(uscis.start());
    uscis.setCredentials(ApiCredentials{u"firm-client-id"_qs, u"firm-client-secret-1234"_qs});
    auto settings = settingsIn(u"firm.ini"_qs);
    settings->setValue(Settings::Key::CustomApiBase, uscis.rootUrl().toString() + u"/case-status"_qs);
    settings->setValue(Settings::Key::CustomTokenUrl, uscis.rootUrl().toString() + u"/oauth/accesstoken"_qs);
    Settings *fresh = settings.get();
    QVERIFY(!fresh->contains(Settings::Key::Environment)); // still a first run
    KeychainCredentialStore credentials;
    DeskOptions options;
    options.dataDirectory = m_dir.filePath(u"firm"_qs);
    Desk desk(*fresh, credentials, options);
    QVERIFY(desk.start());
    QVERIFY(desk.welcome());
    QCOMPARE(desk.window()->caseModel()->totalCases(), 10); // the demo behind the welcome page
    const QPointer<MainWindow> demoWindow = desk.window();

    bool sawDialog = false;
    whenModalOpens([&](QWidget *modal) {
        // A failed check returns early: close the dialog so that exec() returns and the test ends.
        const auto closeOnFailure = qScopeGuard([modal] {
            if (QTest::currentTestFailed())
                modal->close();
        });
        auto *dialog = qobject_cast<SettingsDialog *>(modal);
        QVERIFY(dialog);
        sawDialog = true;
        auto *environment = dialog->findChild<QComboBox *>(u"environmentCombo"_qs);
        QCOMPARE(environment->currentData().toString(), u"sandbox"_qs); // where a firm starts
        environment->setCurrentIndex(environment->findData(u"custom"_qs));
        dialog->findChild<QLineEdit *>(u"clientIdEdit"_qs)->setText(u"firm-client-id"_qs);
        dialog->findChild<QLineEdit *>(u"clientSecretEdit"_qs)->setText(u"firm-client-secret-1234"_qs);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveCredentialsButton"_qs), Qt::LeftButton);
        auto *status = dialog->findChild<QLabel *>(u"credentialsStatus"_qs);
        // (Generous waits: the sanitizer builds run this too.)
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"stored", Qt::CaseInsensitive), 20000);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"testConnectionButton"_qs), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"USCIS accepted the credentials."_qs, 20000);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(desk.welcome()->credentialsButton(), Qt::LeftButton);
    QVERIFY(sawDialog);
    // The desk is built again, on the firm's environment and database.
    QTRY_VERIFY_WITH_TIMEOUT(!demoWindow && desk.window() && desk.window()->isVisible(), 20000);
    QVERIFY(!desk.welcome());
    QCOMPARE(fresh->environment(), u"custom"_qs);
    QCOMPARE(QFileInfo(desk.databaseLocation()).fileName(), u"casewatch.sqlite"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(desk.poller() != nullptr, 30000); // signed in with the keychain's credentials
    QVERIFY(desk.window()->caseModel()->totalCases() == 0); // no sample data in the firm's database
    bool removed = false;
    credentials.remove(ApiCredentials::keyFor(u"custom"_qs), this, [&removed](Status) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
}

void TestDesk::cancellingTheCredentialsStaysOnTheWelcomePage()
{
    auto settings = settingsIn(u"cancel.ini"_qs);
    KeychainCredentialStore credentials;
    DeskOptions options;
    options.dataDirectory = m_dir.filePath(u"cancel"_qs);
    Desk desk(*settings, credentials, options);
    QVERIFY(desk.start());
    whenModalOpens([](QWidget *modal) {
        QTest::mouseClick(modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    });
    QTest::mouseClick(desk.welcome()->credentialsButton(), Qt::LeftButton);
    QVERIFY(desk.welcome() && desk.welcome()->isVisible());
    QVERIFY(desk.window()->isVisible()); // still the demo behind it
    QCOMPARE(QFileInfo(desk.databaseLocation()).fileName(), u"casewatch-demo.sqlite"_qs);
    QVERIFY(!settings->contains(Settings::Key::Environment));
}

void TestDesk::theDatabaseFileChosenInSettings()
{
    auto settings = settingsIn(u"path.ini"_qs);
    settings->setValue(Settings::Key::Environment, u"sandbox"_qs); // no credentials stored: no poller
    const QString chosen = m_dir.filePath(u"shared-drive/firm.sqlite"_qs);
    settings->setValue(Settings::Key::DatabasePath, chosen);
    KeychainCredentialStore credentials;
    DeskOptions options;
    options.dataDirectory = m_dir.filePath(u"path"_qs);
    {
        Desk desk(*settings, credentials, options);
        QVERIFY(desk.start());
        QCOMPARE(QFileInfo(desk.databaseLocation()).absoluteFilePath(), QFileInfo(chosen).absoluteFilePath());
        QVERIFY(QFileInfo::exists(chosen));
        // Without credentials the desk opens and says why nothing is checked.
        QTRY_VERIFY_WITH_TIMEOUT(
            window(desk)->findChild<QLabel *>(u"pollerLabel"_qs)->text().contains(u"credentials", Qt::CaseInsensitive)
                || window(desk)
                       ->findChild<QLabel *>(u"pollerLabel"_qs)
                       ->toolTip()
                       .contains(u"credentials", Qt::CaseInsensitive),
            20000);
    }
    // The demo never uses the firm's file.
    settings->setValue(Settings::Key::Environment, u"demo"_qs);
    options.demoStepSeconds = 0;
    Desk demo(*settings, credentials, options);
    QVERIFY(demo.start());
    QCOMPARE(QFileInfo(demo.databaseLocation()).fileName(), u"casewatch-demo.sqlite"_qs);
}

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
