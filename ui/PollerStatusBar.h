#pragma once

#include "poller/PollerTypes.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace cw {

// The poller's part of the status bar: what it is doing, requests used today against the quota,
// the forecast at the current tiers, and the progress of the current round of checks.
class PollerStatusBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollerStatusBar)

public:
    explicit PollerStatusBar(QWidget *parent = nullptr);

    void showStatus(const PollerStatus &status);
    void showUnavailable(const QString &reason);
    static QString describe(const PollerStatus &status);

private:
    QLabel *m_label;
    QProgressBar *m_progress;
};

} // namespace cw
