#include "PollerStatusBar.h"

#include "i18n/DateText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace cw {

PollerStatusBar::PollerStatusBar(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_progress(new QProgressBar(this))
{
    m_label->setObjectName(QStringLiteral("pollerLabel"));
    m_progress->setObjectName(QStringLiteral("cycleProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Progress of the current check of due cases"));
    m_progress->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_label);
}

QString PollerStatusBar::describe(const PollerStatus &s)
{
    QString state;
    switch (s.state) {
    case PollerStatus::State::Idle:
        state = tr("Polling: up to date");
        break;
    case PollerStatus::State::Running:
        state = tr("Polling: checking %1 of %2").arg(s.cycleDone).arg(s.cycleTotal);
        break;
    case PollerStatus::State::Paused:
        state = tr("Polling: paused");
        break;
    case PollerStatus::State::CircuitOpen:
        state = tr("Polling: waiting, USCIS keeps failing");
        break;
    case PollerStatus::State::QuotaExhausted:
        state = tr("Polling: daily quota used up");
        break;
    case PollerStatus::State::Blocked:
        state = tr("Polling: stopped by a problem");
        break;
    case PollerStatus::State::Stopped:
        state = tr("Polling: off");
        break;
    case PollerStatus::State::Following:
        // One poller per firm: the desktop (or polling server) that holds the lease.
        state = s.leader.isEmpty() ? tr("Polling: by another desktop") : tr("Polling: by %1").arg(s.leader);
        break;
    }
    const QLocale locale;
    QString text = state + QStringLiteral(" · ")
                   + tr("%1 / %2 requests today").arg(locale.toString(s.quotaUsed), locale.toString(s.quotaLimit));
    if (s.forecastPerDay > 0)
        text += QStringLiteral(" · ")
                + tr("about %1 a day at current tiers").arg(locale.toString(qRound64(s.forecastPerDay)));
    return text;
}

void PollerStatusBar::showStatus(const PollerStatus &s)
{
    m_label->setText(describe(s));
    QStringList tip;
    if (!s.message.isEmpty())
        tip << s.message;
    if (s.resumesAt.isValid())
        tip << tr("Resumes at %1").arg(readableDateTime(s.resumesAt));
    if (s.forecastPerDay > s.quotaLimit && s.quotaLimit > 0)
        tip << tr("The current tiers need more requests a day than the quota allows: some cases will be checked "
                  "less often than planned.");
    m_label->setToolTip(tip.join(u'\n'));
    const bool running = s.state == PollerStatus::State::Running && s.cycleTotal > 0;
    m_progress->setVisible(running);
    if (running) {
        m_progress->setMaximum(s.cycleTotal);
        m_progress->setValue(s.cycleDone);
    }
}

void PollerStatusBar::showUnavailable(const QString &reason)
{
    m_label->setText(tr("Not polling"));
    m_label->setToolTip(reason);
    m_progress->hide();
}

} // namespace cw
