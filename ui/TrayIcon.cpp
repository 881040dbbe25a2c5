#include "TrayIcon.h"

#include <QAction>
#include <QMenu>
#include <QPainter>

namespace cw {

TrayIcon::TrayIcon(QAction *pausePolling, QObject *parent) : QSystemTrayIcon(parent)
{
    auto *menu = new QMenu;
    menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *open = menu->addAction(tr("&Open CaseWatch"));
    connect(open, &QAction::triggered, this, &TrayIcon::openRequested);
    if (pausePolling)
        menu->addAction(pausePolling);
    menu->addSeparator();
    QAction *quit = menu->addAction(tr("&Quit"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    setContextMenu(menu);
    connect(this, &QSystemTrayIcon::destroyed, menu, &QObject::deleteLater);
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick)
            emit openRequested();
    });
    setUnread(0);
}

QIcon TrayIcon::badged(int count)
{
    const QIcon base(QStringLiteral(":/casewatch/icons/casewatch-tray.svg"));
    if (count <= 0)
        return base;
    QIcon out;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const int d = std::max(8, size * 9 / 16);
        const QRect badge(size - d, 0, d, d);
        painter.setBrush(QColor(0xb3, 0x26, 0x1e));
        painter.setPen(QPen(Qt::white, std::max(1, size / 16)));
        painter.drawEllipse(badge);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(6, d * 2 / 3));
        painter.setFont(font);
        painter.drawText(badge, Qt::AlignCenter, count > 9 ? QStringLiteral("9+") : QString::number(count));
        painter.end();
        out.addPixmap(pixmap);
    }
    return out;
}

void TrayIcon::setUnread(int count)
{
    m_unread = count;
    setIcon(badged(count));
    setToolTip(count > 0 ? tr("CaseWatch — %n case(s) changed", nullptr, count) : tr("CaseWatch"));
}

} // namespace cw
