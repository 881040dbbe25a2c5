#pragma once

#include "domain/CaseSummary.h"
#include "uscis/CaseSnapshot.h"

#include <QWidget>

class QLabel;

namespace cw {

class TimelineView;

// The selected case: who it is for, where it stands, when it was last seen moving and when it
// will be checked again, any error — then its bilingual timeline.
class CaseDetailsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDetailsView)

public:
    explicit CaseDetailsView(QWidget *parent = nullptr);

    void showCase(const CaseSummary &summary, const QList<TimelineEntry> &entries, qint64 today);
    // Nothing selected, or several cases.
    void showNothing(int selectedCount);
    TimelineView *timeline() const { return m_timeline; }

private:
    QLabel *m_facts;
    TimelineView *m_timeline;
};

} // namespace cw
