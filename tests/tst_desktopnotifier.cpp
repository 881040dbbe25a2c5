#include "PollerHarness.h"

#include "DesktopNotifier.h"
#include "i18n/Translations.h"
#include "notify/NotificationRules.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace cw;

// A stand-in for the desktop's notification daemon, on a D-Bus connection of its own served from
// its own thread (a blocking call from the app would otherwise deadlock). It records what it hears.
class FakeNotifications final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString summary;
        QString body;
        QStringList actions;
    };
    QList<Call> calls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_calls;
    }

public slots:
    uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &, int)
    {
        QMutexLocker lock(&m_mutex);
        m_calls.append({summary, body, actions});
        return uint(m_calls.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
    void CloseNotification(uint) { }

private:
    mutable QMutex m_mutex;
    QList<Call> m_calls;
};

class TestDesktopNotifier final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void approvalReachedByPollingAlertsExactlyOnce();
    void categoryNotConfiguredDoesNotAlert();
    void manyChangesBecomeOneNotification();
    void clickingTheNotificationOpensTheCase();

private:
    QThread m_thread;
    FakeNotifications *m_fake = nullptr;
    int m_before = 0;
    int newCalls() const { return int(m_fake->calls().size()) - m_before; }
};

void TestDesktopNotifier::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the tests with ./dev.sh test, which starts one.");
    Translations::install(*QCoreApplication::instance(), u"en"_qs); // as the app does: English plurals
    m_fake = new FakeNotifications;
    m_fake->moveToThread(&m_thread);
    m_thread.start();
    bool registered = false;
    QMetaObject::invokeMethod(
        m_fake,
        [this, &registered] {
            QDBusConnection bus =
                QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-notifications"));
            registered = bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), m_fake,
                                            QDBusConnection::ExportAllSlots)
                         && bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
        },
        Qt::BlockingQueuedConnection);
    QVERIFY2(registered, "could not own org.freedesktop.Notifications on the session bus");
}

void TestDesktopNotifier::cleanupTestCase()
{
    QMetaObject::invokeMethod(
        m_fake, [] { QDBusConnection::disconnectFromBus(QStringLiteral("fake-notifications")); },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_fake;
}

void TestDesktopNotifier::init()
{
    m_before = int(m_fake->calls().size());
}

void TestDesktopNotifier::approvalReachedByPollingAlertsExactlyOnce()
{
    test::PollerHarness h(20);
    const qint64 id = CaseStore(*h.t.db).add(h.profileId, {ReceiptNumber::parse(u"EAC9999103403").value(), {}, {}})->id;
    Q_UNUSED(id)
    DesktopNotifier notifier;
    auto round = [&] {
        h.makeAllDue();
        h.cycle();
        // A restart between rounds: a fresh rules object each time, as a relaunched app would have.
        auto pending = NotificationRules().takePending(*h.t.db);
        QVERIFY(pending);
        notifier.notify(pending.value());
    };
    round(); // first answer: RFE issued, but it is the case's first status, not a change we saw
    h.server.advance(u"EAC9999103403"_qs);
    round(); // RFE response received: not a category that alerts
    QTest::qWait(300);
    QCOMPARE(newCalls(), 0);
    h.server.advance(u"EAC9999103403"_qs);
    round(); // approved
    QTRY_COMPARE(newCalls(), 1);
    round(); // same answer again
    round();
    QTest::qWait(300);
    QCOMPARE(newCalls(), 1);
    const auto call = m_fake->calls().last();
    QVERIFY2(call.summary.contains(u"Approved") && call.summary.contains(u"EAC9999103403"), qPrintable(call.summary));
    QCOMPARE(call.body, u"Case Was Approved"_qs);
    QVERIFY(call.actions.contains(u"default"_qs));
    QCOMPARE(h.count(u"SELECT count(*) FROM status_events WHERE notified_at = ''"_qs), 0);
}

void TestDesktopNotifier::categoryNotConfiguredDoesNotAlert()
{
    test::PollerHarness h(20);
    QVERIFY(CaseStore(*h.t.db).add(h.profileId, {ReceiptNumber::parse(u"EAC9999103403").value(), {}, {}}));
    DesktopNotifier notifier;
    const NotificationRules onlyDenials({u"DENIED"_qs});
    h.cycle();
    for (int step = 0; step < 2; ++step) {
        h.server.advance(u"EAC9999103403"_qs);
        h.makeAllDue();
        h.cycle();
        notifier.notify(onlyDenials.takePending(*h.t.db).value());
    }
    QCOMPARE(h.count(u"SELECT count(*) FROM cases WHERE category = 'APPROVED'"_qs), 1);
    QTest::qWait(300);
    QCOMPARE(newCalls(), 0);
}

void TestDesktopNotifier::manyChangesBecomeOneNotification()
{
    DesktopNotifier notifier;
    QList<StatusEventInfo> events;
    for (int i = 0; i < 12; ++i)
        events.append(StatusEventInfo{i + 1,
                                      i + 1,
                                      QStringLiteral("EAC55550000%1").arg(i, 2, 10, QLatin1Char('0')),
                                      EventKind::StatusChanged,
                                      u"RECEIVED"_qs,
                                      u"APPROVED"_qs,
                                      u"Case Was Approved"_qs,
                                      {},
                                      {}});
    notifier.notify(events);
    QTRY_COMPARE(newCalls(), 1);
    QCOMPARE(m_fake->calls().last().summary, u"12 cases changed"_qs);
    QVERIFY(m_fake->calls().last().body.contains(u"and 7 more"));
}

void TestDesktopNotifier::clickingTheNotificationOpensTheCase()
{
    DesktopNotifier notifier;
    QSignalSpy open(&notifier, &DesktopNotifier::openRequested);
    notifier.notify({StatusEventInfo{1,
                                     1,
                                     u"LIN9999106498"_qs,
                                     EventKind::StatusChanged,
                                     u"RFE_RECEIVED"_qs,
                                     u"RFE_ISSUED"_qs,
                                     u"Request for Additional Evidence Was Sent"_qs,
                                     {},
                                     {}}});
    QTRY_COMPARE(newCalls(), 1);
    const uint id = uint(m_fake->calls().size());
    QTest::qWait(200); // the reply with the notification's id reaches the notifier
    // The daemon reports the click, as a real one does.
    QMetaObject::invokeMethod(
        m_fake,
        [id] {
            QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                             QStringLiteral("org.freedesktop.Notifications"),
                                                             QStringLiteral("ActionInvoked"));
            signal << id << QStringLiteral("default");
            QDBusConnection(QStringLiteral("fake-notifications")).send(signal);
        },
        Qt::BlockingQueuedConnection);
    QTRY_COMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), u"LIN9999106498"_qs);
}

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
