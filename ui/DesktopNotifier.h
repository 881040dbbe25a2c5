#pragma once

#include "poller/PollerTypes.h"
#include "storage/DeadlineStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace cw {

// Tells the firm about status changes on the desktop: the freedesktop Notifications service over
// D-Bus on Linux (works with or without a tray), the tray's balloon on Windows and macOS, and —
// when there is neither — the main window's status bar. Many changes at once become one
// notification ("12 cases changed"). Clicking a notification asks to open its case.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    static constexpr int kGroupAbove = 3;

    explicit DesktopNotifier(QObject *parent = nullptr);

    void setTray(QSystemTrayIcon *tray);
    void notify(const QList<StatusEventInfo> &events);
    // "RFE response due in 3 days — EAC…"
    void remind(const QList<Deadline> &deadlines);

    static QString summaryFor(const StatusEventInfo &event);
    static QString bodyFor(const StatusEventInfo &event);

signals:
    void openRequested(const QString &receipt);
    // Shown as the tray's message because no freedesktop notification service answers (Windows,
    // macOS, a Linux desktop without one).
    void shownInTray(const QString &summary, const QString &body);
    // Shown in the window because no notification service or tray exists.
    void shownInWindow(const QString &summary, const QString &body);

private slots:
    void actionInvoked(uint id, const QString &action);

private:
    void show(const QString &summary, const QString &body, const QString &receipt);
    bool sendFreedesktop(const QString &summary, const QString &body, const QString &receipt);

    QPointer<QSystemTrayIcon> m_tray;
    QHash<uint, QString> m_receipts; // notification id -> receipt to open
    QString m_lastReceipt;
};

} // namespace cw
