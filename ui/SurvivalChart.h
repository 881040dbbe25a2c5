#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

namespace cw {

// A small chart of the chance that a case is still pending, from today on, as the firm's similar
// cases went — with the 10%, 50% and 90% dates marked. Drawn with QPainter.
class SurvivalChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurvivalChart)

public:
    explicit SurvivalChart(QWidget *parent = nullptr);

    void setCurve(const QList<std::pair<QDate, double>> &curve, const QDate &p10, const QDate &p50, const QDate &p90);
    void clear();
    bool hasCurve() const { return m_curve.size() > 1; }
    QSize sizeHint() const override { return {360, 96}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<std::pair<QDate, double>> m_curve;
    QDate m_p10, m_p50, m_p90;
};

} // namespace cw
