#pragma once

#include <QObject>
#include <QPoint>
#include <QStringList>

namespace cw {

// Accepts files dropped on a widget — local PDFs and folders — and reports where they landed.
// Install it on every widget that should take drops (the main window, the profile list's
// viewport); the widget needs setAcceptDrops(true).
class FileDropFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileDropFilter)

public:
    using QObject::QObject;

signals:
    void dropped(const QStringList &paths, QObject *target, const QPoint &position);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace cw
