#pragma once

#include <QSystemTrayIcon>

class QAction;

namespace cw {

// The tray icon: open the window, pause polling, quit; a badge with the number of changes the
// firm has not looked at yet. Built only where a tray exists; the app runs fine without one.
class TrayIcon final : public QSystemTrayIcon
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    TrayIcon(QAction *pausePolling, QObject *parent = nullptr);

    void setUnread(int count);
    int unread() const { return m_unread; }
    static QIcon badged(int count);

signals:
    void openRequested();
    void quitRequested();

private:
    int m_unread = 0;
};

} // namespace cw
