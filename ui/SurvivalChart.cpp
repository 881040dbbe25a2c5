#include "SurvivalChart.h"

#include "i18n/DateText.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace cw {

SurvivalChart::SurvivalChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("survivalChart"));
    setMinimumHeight(80);
    setAccessibleName(tr("Chance the case is still pending, by date"));
}

void SurvivalChart::setCurve(const QList<std::pair<QDate, double>> &curve, const QDate &p10, const QDate &p50,
                             const QDate &p90)
{
    m_curve = curve;
    m_p10 = p10;
    m_p50 = p50;
    m_p90 = p90;
    setAccessibleDescription(
        tr("10%: %1, 50%: %2, 90%: %3").arg(readableDate(p10), readableDate(p50), readableDate(p90)));
    update();
}

void SurvivalChart::clear()
{
    m_curve.clear();
    update();
}

void SurvivalChart::paintEvent(QPaintEvent *)
{
    if (m_curve.size() < 2)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const QRectF plot = QRectF(rect()).adjusted(4, fm.height() + 2, -4, -fm.height() - 4);
    const qint64 first = m_curve.first().first.toJulianDay();
    const qint64 last = std::max(m_p90.isValid() ? m_p90.toJulianDay() : 0, m_curve.last().first.toJulianDay()) + 1;
    auto x = [&](qint64 day) { return plot.left() + plot.width() * double(day - first) / double(last - first); };
    auto y = [&](double share) { return plot.bottom() - plot.height() * share; };

    const QColor line = palette().color(QPalette::WindowText);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));

    // The 10–90% band, then the step curve.
    if (m_p10.isValid() && m_p90.isValid()) {
        QColor band = palette().color(QPalette::Highlight);
        band.setAlpha(40);
        p.fillRect(QRectF(QPointF(x(m_p10.toJulianDay()), plot.top()), QPointF(x(m_p90.toJulianDay()), plot.bottom())),
                   band);
    }
    QPainterPath path(QPointF(x(first), y(m_curve.first().second)));
    double share = m_curve.first().second;
    for (const auto &[date, s] : m_curve) {
        path.lineTo(x(date.toJulianDay()), y(share));
        path.lineTo(x(date.toJulianDay()), y(s));
        share = s;
    }
    path.lineTo(x(last), y(share));
    p.setPen(QPen(line, 1.5));
    p.drawPath(path);

    p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
    const QLocale locale;
    const std::pair<QDate, QString> marks[] = {{m_p10, tr("%1%").arg(locale.toString(10))},
                                               {m_p50, tr("%1%").arg(locale.toString(50))},
                                               {m_p90, tr("%1%").arg(locale.toString(90))}};
    double labelsEnd = -1e9; // a label that would overlap the one before it is left out
    for (const auto &[date, label] : marks) {
        if (!date.isValid())
            continue;
        const double at = x(date.toJulianDay());
        p.drawLine(QPointF(at, plot.top()), QPointF(at, plot.bottom()));
        const double width = fm.horizontalAdvance(label);
        const double left =
            std::clamp(at - width / 2.0, 0.0, double(width) > plot.right() ? 0.0 : plot.right() - width);
        if (left < labelsEnd + 4)
            continue;
        p.drawText(QPointF(left, plot.top() - 3), label);
        labelsEnd = left + width;
    }
    p.setPen(line);
    p.drawText(QPointF(plot.left(), height() - 3), readableDate(m_curve.first().first));
    if (m_p90.isValid()) {
        const QString end = readableDate(m_p90);
        p.drawText(QPointF(std::min(x(m_p90.toJulianDay()), plot.right() - fm.horizontalAdvance(end)), height() - 3),
                   end);
    }
}

} // namespace cw
