#include "HealthDialog.h"

#include "domain/Clock.h"
#include "i18n/DateText.h"
#include "session/Session.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cw {

namespace {

// A small bar chart of one figure per day, oldest on the left; a day without a value is left
// empty (not drawn as zero). Stacked parts (answered / asked again / failed) when given.
class DayChart final : public QWidget
{
public:
    DayChart(QString title, QWidget *parent) : QWidget(parent), m_title(std::move(title))
    {
        setMinimumSize(420, 90);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    // `top`: the value at the top of the chart (0: the largest day's).
    void setValues(QList<QList<double>> values, QList<QColor> colours, QString maxLabel, double top = 0)
    {
        m_top = top;
        m_values = std::move(values);
        m_colours = std::move(colours);
        m_maxLabel = std::move(maxLabel);
        setAccessibleDescription(m_title + QStringLiteral(": ") + m_maxLabel);
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing, false);
        const QRect area = rect().adjusted(2, 18, -2, -2);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(rect().adjusted(2, 0, -2, 0), Qt::AlignLeft | Qt::AlignTop, m_title);
        p.drawText(rect().adjusted(2, 0, -2, 0), Qt::AlignRight | Qt::AlignTop, m_maxLabel);
        p.setPen(palette().color(QPalette::Mid));
        p.drawLine(area.bottomLeft(), area.bottomRight());
        double top = m_top;
        for (const QList<double> &day : m_values) {
            double sum = 0;
            for (double v : day)
                sum += std::max(0.0, v);
            top = std::max(top, sum);
        }
        if (m_values.isEmpty() || top <= 0)
            return;
        const double w = double(area.width()) / m_values.size();
        for (int i = 0; i < m_values.size(); ++i) {
            double y = area.bottom();
            for (int part = 0; part < m_values[i].size(); ++part) {
                const double v = m_values[i][part];
                if (v <= 0)
                    continue;
                const double h = v / top * (area.height() - 1);
                p.fillRect(QRectF(area.left() + i * w + 1, y - h, std::max(1.0, w - 2), h),
                           m_colours.value(part, palette().color(QPalette::Highlight)));
                y -= h;
            }
        }
    }

private:
    QString m_title;
    QString m_maxLabel;
    double m_top = 0;
    QList<QList<double>> m_values;
    QList<QColor> m_colours;
};

} // namespace

HealthDialog::HealthDialog(Session &session, const QString &environment, int dailyQuota, QWidget *parent)
    : QDialog(parent), m_session(session), m_environment(environment), m_quota(dailyQuota), m_figures(new QLabel(this)),
      m_requests(new DayChart(tr("Status queries a day (answered, asked again, failed)"), this)),
      m_success(new DayChart(tr("Success rate a day"), this)),
      m_detect(new DayChart(tr("Hours from USCIS's change to seeing it (median a day)"), this))
{
    setWindowTitle(tr("Tracking Health"));
    setObjectName(QStringLiteral("healthDialog"));
    m_figures->setObjectName(QStringLiteral("healthFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refresh = box->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    connect(refresh, &QPushButton::clicked, this, &HealthDialog::reload);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_figures);
    layout->addWidget(m_requests);
    layout->addWidget(m_success);
    layout->addWidget(m_detect);
    layout->addWidget(box);
    reload();
}

void HealthDialog::reload()
{
    auto built = HealthReport::build(m_session.database(), m_environment, m_session.clock().nowUtc(), m_quota);
    if (!built) {
        m_figures->setText(built.error().message.toHtmlEscaped());
        return;
    }
    m_report = built.value();
    const HealthReport::Report &r = m_report;
    const QLocale locale;
    const auto percent = [&](double rate) {
        return rate < 0 ? tr("no queries") : locale.toString(100.0 * rate, 'f', 1) + QStringLiteral(" %");
    };
    QStringList problems;
    for (auto it = r.problems24h.cbegin(); it != r.problems24h.cend(); ++it)
        problems << QStringLiteral("%1: %2").arg(HealthReport::outcomeName(it.key()).toHtmlEscaped(),
                                                 locale.toString(it.value()));
    QString html = QStringLiteral("<table cellspacing='4'>");
    const auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(label.toHtmlEscaped(), value);
    };
    row(tr("Status queries today"),
        tr("%1, answered %2").arg(locale.toString(r.last24h.requests), percent(r.last24h.successRate())));
    row(tr("Asked again / failed today"),
        QStringLiteral("%1 / %2").arg(locale.toString(r.last24h.retried), locale.toString(r.last24h.failed)));
    if (!problems.isEmpty())
        row(tr("By kind"), problems.join(QStringLiteral("<br>")));
    row(tr("Time to see a change (30 days)"),
        r.detectSamples30d == 0
            ? tr("no changes yet")
            : tr("median %1 h, 90% within %2 h (%n change(s))", nullptr, r.detectSamples30d)
                  .arg(locale.toString(r.detectHoursMedian30d, 'f', 1), locale.toString(r.detectHoursP90_30d, 'f', 1)));
    row(tr("Cases"),
        tr("%1 tracked, %2 due now, %3 in error")
            .arg(locale.toString(r.activeCases), locale.toString(r.queueDepth), locale.toString(r.casesInError)));
    row(tr("Daily quota"),
        tr("%1 of %2 used, %3 expected by %4")
            .arg(locale.toString(r.quotaUsedToday), locale.toString(r.quota), locale.toString(r.quotaForecastToday),
                 readableDateTime(r.quotaResetsAt.toLocalTime()).toHtmlEscaped()));
    html += QStringLiteral("</table>");
    m_figures->setText(html);

    QList<QList<double>> requests;
    QList<QList<double>> success;
    QList<QList<double>> detect;
    double maxRequests = 0;
    double maxHours = 0;
    for (const HealthReport::Day &d : r.days) {
        requests << QList<double>{double(d.ok), double(d.retried), double(d.failed)};
        success << QList<double>{d.successRate() < 0 ? 0 : d.successRate()};
        detect << QList<double>{std::max(0.0, d.detectHoursMedian)};
        maxRequests = std::max(maxRequests, double(d.requests));
        maxHours = std::max(maxHours, d.detectHoursMedian);
    }
    const QString range = tr("%1 – %2").arg(readableDate(r.days.isEmpty() ? QDate() : r.days.first().day),
                                            readableDate(r.days.isEmpty() ? QDate() : r.days.last().day));
    static_cast<DayChart *>(m_requests)
        ->setValues(requests, {QColor(0x2e, 0x7d, 0x32), QColor(0xf9, 0xa8, 0x25), QColor(0xc6, 0x28, 0x28)},
                    tr("%1; at most %2 a day").arg(range, locale.toString(maxRequests, 'f', 0)));
    static_cast<DayChart *>(m_success)->setValues(success, {QColor(0x15, 0x65, 0xc0)},
                                                  tr("%1; 100 % at the top").arg(range), 1.0);
    static_cast<DayChart *>(m_detect)->setValues(
        detect, {QColor(0x6a, 0x1b, 0x9a)},
        tr("%1; at most %2 h").arg(range, locale.toString(std::max(0.0, maxHours), 'f', 1)));
}

} // namespace cw
