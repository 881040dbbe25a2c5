#include "DesktopNotifier.h"

#include "i18n/DateText.h"

#include "normalize/StatusNormalizer.h"

#include <QDate>
#include <QLocale>
#include <QSystemTrayIcon>
#ifdef CASEWATCH_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace cw {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent)
{
#ifdef CASEWATCH_HAVE_QTDBUS
    QDBusConnection::sessionBus().connect(kService, kPath, kService, QStringLiteral("ActionInvoked"), this,
                                          SLOT(actionInvoked(uint, QString)));
#endif
}

void DesktopNotifier::setTray(QSystemTrayIcon *tray)
{
    m_tray = tray;
    if (tray)
        connect(tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastReceipt.isEmpty())
                emit openRequested(m_lastReceipt);
        });
}

QString DesktopNotifier::summaryFor(const StatusEventInfo &event)
{
    return tr("%1: %2").arg(StatusNormalizer::displayName(event.category), event.receipt);
}

QString DesktopNotifier::bodyFor(const StatusEventInfo &event)
{
    // USCIS's own words, in the language the app is shown in when USCIS gave them.
    const bool spanish = QLocale().language() == QLocale::Spanish && !event.statusEs.isEmpty();
    return spanish ? event.statusEs : event.statusEn;
}

void DesktopNotifier::notify(const QList<StatusEventInfo> &events)
{
    if (events.isEmpty())
        return;
    if (events.size() > kGroupAbove) {
        QStringList lines;
        for (const StatusEventInfo &e : events.mid(0, 5))
            lines << tr("%1 — %2").arg(e.receipt, StatusNormalizer::displayName(e.category));
        if (events.size() > 5)
            lines << tr("and %n more", nullptr, int(events.size() - 5));
        show(tr("%n case(s) changed", nullptr, int(events.size())), lines.join(u'\n'), QString());
        return;
    }
    for (const StatusEventInfo &e : events)
        show(summaryFor(e), bodyFor(e), e.receipt);
}

void DesktopNotifier::remind(const QList<Deadline> &deadlines)
{
    for (const Deadline &d : deadlines) {
        const int left = int(QDate::currentDate().daysTo(d.due));
        show(tr("%1 in %n day(s)", nullptr, left).arg(DeadlineStore::kindName(d.kind)),
             tr("%1 — %2, %3").arg(d.receipt, d.profileName, readableDate(d.due)), d.receipt);
    }
}

void DesktopNotifier::show(const QString &summary, const QString &body, const QString &receipt)
{
    m_lastReceipt = receipt;
    if (sendFreedesktop(summary, body, receipt))
        return;
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(summary, body, QSystemTrayIcon::Information);
        emit shownInTray(summary, body);
        return;
    }
    emit shownInWindow(summary, body);
}

bool DesktopNotifier::sendFreedesktop(const QString &summary, const QString &body, const QString &receipt)
{
#ifdef CASEWATCH_HAVE_QTDBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(kService).value())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Notify"));
    const QStringList actions =
        receipt.isEmpty() ? QStringList{} : QStringList{QStringLiteral("default"), tr("Open the case")};
    call << QStringLiteral("CaseWatch") << uint(0) << QStringLiteral("casewatch") << summary << body << actions
         << QVariantMap{{QStringLiteral("desktop-entry"), QStringLiteral("io.github.casewatch.CaseWatch")}} << int(-1);
    // Asynchronous: a slow notification daemon must never freeze the window.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, receipt](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isValid() && !receipt.isEmpty())
            m_receipts.insert(reply.value(), receipt);
        w->deleteLater();
    });
    return true;
#else
    Q_UNUSED(summary)
    Q_UNUSED(body)
    Q_UNUSED(receipt)
    return false;
#endif
}

void DesktopNotifier::actionInvoked(uint id, const QString &action)
{
    const QString receipt = m_receipts.value(id);
    if (!receipt.isEmpty() && (action == u"default" || action.isEmpty()))
        emit openRequested(receipt);
}

} // namespace cw
