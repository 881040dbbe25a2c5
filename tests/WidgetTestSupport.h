#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace cw::test {

// Runs `f` on the next modal dialog as soon as it is open (QDialog::exec blocks the test). Only a
// QDialog counts: a window-modal page already open (the welcome page) is not the one awaited.
inline void whenModalOpens(std::function<void(QWidget *)> f)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, f] {
        if (QWidget *modal = QApplication::activeModalWidget(); modal && modal->inherits("QDialog")) {
            timer->stop();
            timer->deleteLater();
            f(modal);
        }
    });
    timer->start();
}

} // namespace cw::test
