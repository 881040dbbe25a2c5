#pragma once

#include "domain/CaseSummary.h"
#include "estimate/DecisionEstimator.h"
#include "domain/CaseSnapshot.h"

#include <QWidget>

class QLabel;

namespace cw {

class SurvivalChart;
class TimelineView;

// The selected case: who it is for, where it stands, when it was last seen moving and when it
// will be checked again, any error, when it will likely be decided — then its bilingual timeline.
class CaseDetailsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDetailsView)

public:
    explicit CaseDetailsView(QWidget *parent = nullptr);

    void showCase(const CaseSummary &summary, const QList<TimelineEntry> &entries, qint64 today);
    // When it will likely be decided (nullptr: no estimate computed yet).
    void showEstimate(const DecisionEstimator::Estimate *estimate);
    QString estimateText() const;
    // The last letter sent to the client about this case (`sentAt` empty: none yet).
    void showLastLetter(const QString &sentAt, const QString &language, const QString &sentBy);
    SurvivalChart *chart() const { return m_chart; }
    // Nothing selected, or several cases.
    void showNothing(int selectedCount);
    TimelineView *timeline() const { return m_timeline; }

private:
    QLabel *m_facts;
    QLabel *m_estimate;
    QLabel *m_letter;
    SurvivalChart *m_chart;
    TimelineView *m_timeline;
};

} // namespace cw
