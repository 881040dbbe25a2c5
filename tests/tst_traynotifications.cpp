// The desk on a desktop with a tray but no freedesktop notification service (as on Windows and
// macOS, and some Linux desktops): alerts go through the tray's own message, and clicking the
// message opens the case. Runs under Xvfb (xcb), with a stand-in tray host on the session bus.
#include "TestSupport.h"

#include "Desk.h"
#include "DesktopNotifier.h"
#include "MainWindow.h"
#include "TrayIcon.h"
#include "i18n/Translations.h"
#include "secrets/KeychainCredentialStore.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

class TestTrayNotifications final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void alertsGoThroughTheTrayWithoutANotificationService();

private:
    QProcess m_watcher;
    QTemporaryDir m_dir;
};

void TestTrayNotifications::initTestCase()
{
    Translations::install(*QCoreApplication::instance(), u"en"_qs);
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "needs a D-Bus session (./dev.sh test starts one)");
    QVERIFY2(!bus.interface()->isServiceRegistered(u"org.freedesktop.Notifications"_qs).value(),
             "this test needs a session without a notification service");
    m_watcher.start(QStringLiteral(CASEWATCH_TRAY_WATCHER), {});
    QVERIFY(m_watcher.waitForReadyRead(10000));
    QCOMPARE(m_watcher.readLine().trimmed(), QByteArray("ready"));
}

void TestTrayNotifications::cleanupTestCase()
{
    m_watcher.kill();
    m_watcher.waitForFinished();
}

void TestTrayNotifications::alertsGoThroughTheTrayWithoutANotificationService()
{
    QVERIFY2(QSystemTrayIcon::isSystemTrayAvailable(), "the stand-in tray host was not taken for a tray");
    auto settings =
        std::make_unique<Settings>(std::make_unique<QSettings>(m_dir.filePath(u"tray.ini"_qs), QSettings::IniFormat));
    settings->setValue(Settings::Key::Environment, u"demo"_qs); // straight to the desk
    KeychainCredentialStore credentials;
    DeskOptions options;
    options.dataDirectory = m_dir.filePath(u"data"_qs);
    options.demoStepSeconds = 2;
    Desk desk(*settings, credentials, options);
    QVERIFY(desk.start());
    QVERIFY(desk.tray());
    QVERIFY(desk.tray()->isVisible());
    QSignalSpy inTray(desk.notifier(), &DesktopNotifier::shownInTray);
    QSignalSpy inWindow(desk.notifier(), &DesktopNotifier::shownInWindow);
    // The demo's cases move; a change the firm cares about alerts — through the tray. (Several at
    // once come as one grouped message; wait for one about a single case.)
    static const QRegularExpression kReceipt(QStringLiteral("[A-Z]{3}[0-9]{10}"));
    QTRY_VERIFY_WITH_TIMEOUT(!inTray.isEmpty() && kReceipt.match(inTray.last().at(0).toString()).hasMatch(), 90000);
    QCOMPARE(inWindow.size(), 0);
    QVERIFY(desk.tray()->unread() > 0);
    // Clicking the message opens that case on the desk.
    const QString receipt = kReceipt.match(inTray.last().at(0).toString()).captured(0);
    emit desk.tray()->messageClicked();
    auto *table = desk.window()->findChild<QTableView *>(u"caseView"_qs);
    QTRY_COMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().first().data().toString(), receipt);
}

QTEST_MAIN(TestTrayNotifications)
#include "tst_traynotifications.moc"
