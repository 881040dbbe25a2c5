#pragma once

#include "storage/HealthReport.h"

#include <QDialog>

class QLabel;

namespace cw {

class Session;

// Tracking health (storage/HealthReport.h), for a person: today's success rate of status queries,
// retries and failures by kind, the time from USCIS's change to this firm seeing it, cases due now
// and in error, the daily quota used and forecast — and 30 days of it as small charts.
class HealthDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthDialog)

public:
    HealthDialog(Session &session, const QString &environment, int dailyQuota, QWidget *parent = nullptr);

    void reload();
    const HealthReport::Report &report() const { return m_report; }

private:
    Session &m_session;
    QString m_environment;
    int m_quota;
    HealthReport::Report m_report;
    QLabel *m_figures;
    QWidget *m_requests;
    QWidget *m_success;
    QWidget *m_detect;
};

} // namespace cw
