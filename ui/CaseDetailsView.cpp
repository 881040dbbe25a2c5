#include "CaseDetailsView.h"

#include "CaseTableModel.h"

#include "CategoryStyle.h"
#include "i18n/DateText.h"
#include "SurvivalChart.h"
#include "TimelineView.h"
#include "domain/ReceiptNumber.h"
#include "normalize/StatusNormalizer.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace cw {

CaseDetailsView::CaseDetailsView(QWidget *parent)
    : QWidget(parent), m_facts(new QLabel(this)), m_estimate(new QLabel(this)), m_letter(new QLabel(this)),
      m_chart(new SurvivalChart(this)), m_timeline(new TimelineView(this))
{
    setObjectName(QStringLiteral("caseDetails"));
    m_facts->setObjectName(QStringLiteral("caseFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setAccessibleName(tr("Case details"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_facts);
    m_estimate->setObjectName(QStringLiteral("caseEstimate"));
    m_estimate->setWordWrap(true);
    m_estimate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_estimate->setAccessibleName(tr("Expected decision"));
    layout->addWidget(m_estimate);
    m_letter->setObjectName(QStringLiteral("caseLastLetter"));
    m_letter->hide();
    layout->addWidget(m_letter);
    layout->addWidget(m_chart);
    layout->addWidget(m_timeline, 1);
    showNothing(0);
}

void CaseDetailsView::showNothing(int selectedCount)
{
    // With nothing selected the timeline below says what to do; several cases: how many.
    m_facts->setText(selectedCount > 1 ? tr("%n cases selected.", nullptr, selectedCount) : QString());
    m_facts->setVisible(selectedCount > 1);
    showEstimate(nullptr);
    m_letter->hide();
    m_timeline->clear();
}

void CaseDetailsView::showCase(const CaseSummary &c, const QList<TimelineEntry> &entries, qint64 today)
{
    const QLocale locale;
    QStringList first{QStringLiteral("<b>%1</b>").arg(c.receipt)};
    if (!c.formType.isEmpty())
        first << c.formType.toHtmlEscaped();
    first << (c.petitioner ? tr("%1 (petitioner)") : tr("%1 (applicant)")).arg(c.profileName.toHtmlEscaped());
    if (!c.label.isEmpty())
        first << c.label.toHtmlEscaped();

    QStringList second;
    if (!c.category.isEmpty())
        second << QStringLiteral("<span style=\"background:%1; color:%2\">&nbsp;%3&nbsp;</span>")
                      .arg(CategoryStyle::background(c.category).name(), CategoryStyle::foreground(c.category).name(),
                           StatusNormalizer::displayName(c.category).toHtmlEscaped());
    const bool spanish = locale.language() == QLocale::Spanish && !c.statusEs.isEmpty();
    const QString status = spanish ? c.statusEs : c.statusEn;
    second << (status.isEmpty() ? tr("Not checked yet") : status.toHtmlEscaped());
    if (c.statusSinceDay > 0)
        // Never negative: a date USCIS writes ahead of this computer's clock counts as today.
        second << tr("%n day(s) in this status", nullptr, int(std::max<qint64>(0, today - c.statusSinceDay)));

    QStringList third;
    if (c.lastChangedMs > 0)
        third << tr("Last change seen: %1")
                     .arg(readableDateTime(QDateTime::fromMSecsSinceEpoch(c.lastChangedMs), locale));
    if (c.archived)
        third << tr("Archived: not checked any more");
    else if (c.nextCheckMs > 0)
        third << tr("Next check: %1").arg(readableDateTime(QDateTime::fromMSecsSinceEpoch(c.nextCheckMs), locale));
    QString html = first.join(QStringLiteral(" · ")) + QStringLiteral("<br>") + second.join(QStringLiteral(" · "));
    if (!third.isEmpty())
        html += QStringLiteral("<br>") + third.join(QStringLiteral(" · "));
    if (c.formMismatch)
        html += QStringLiteral("<br><span style=\"color:#b3261e\">%1</span>")
                    .arg(CaseTableModel::formMismatchText(c.formType, c.uscisFormType).toHtmlEscaped());
    if (!c.errorMessage.isEmpty())
        html += QStringLiteral("<br><span style=\"color:#b3261e\">%1</span>")
                    .arg(tr("Error: %1").arg(c.errorMessage.toHtmlEscaped()));
    m_facts->setText(html);
    m_facts->setVisible(true);
    m_timeline->showCase(c.receipt, c.formType, entries);
}

void CaseDetailsView::showEstimate(const DecisionEstimator::Estimate *e)
{
    m_chart->clear();
    m_chart->setVisible(false);
    if (!e || e->reason == u"decided" || e->reason == u"not_tracked") {
        m_estimate->clear();
        m_estimate->setVisible(false);
        return;
    }
    m_estimate->setVisible(true);
    if (!e->ok()) {
        m_estimate->setText(e->reason == u"no_received_date"
                                ? tr("No estimate yet: USCIS has not given this case a received date.")
                            : e->reason == u"waited_longer_than_cohort"
                                ? tr("No estimate: this case has waited longer than every similar case took.")
                                : tr("No estimate yet: not enough similar cases in this firm's history."));
        return;
    }
    const DecisionEstimator::Basis &b = e->basis;
    const QString form = DecisionEstimator::displayForm(b.formType);
    const QString office = b.office.isEmpty() ? tr("at any office")
                                              : tr("at %1").arg(ReceiptNumber::officeForPrefix(b.office).isEmpty()
                                                                    ? b.office
                                                                    : ReceiptNumber::officeForPrefix(b.office));
    QString when;
    if (b.stage == DecisionEstimator::Stage::SinceResponse)
        when = b.windowDays
                   ? tr("whose RFE response was received within %n day(s) of this one's", nullptr, b.windowDays)
                   : tr("counted from their RFE response");
    else
        when = b.windowDays ? tr("received within %n day(s) of this one", nullptr, b.windowDays)
                            : tr("received at any time");
    m_estimate->setText(
        tr("Likely decided between %1 and %2 — half of similar cases by %3; from %4 %5 %6 %7 (%8 still pending).")
            .arg(readableDate(e->p10), readableDate(e->p90), readableDate(e->p50),
                 tr("%n case(s) of form", nullptr, b.cohortSize), form, office, when)
            .arg(b.pending));
    m_chart->setCurve(e->curve, e->p10, e->p50, e->p90);
    m_chart->setVisible(true);
}

void CaseDetailsView::showLastLetter(const QString &sentAt, const QString &language, const QString &sentBy)
{
    if (sentAt.isEmpty()) {
        m_letter->setText(tr("No letter to the client about this case has been marked as sent."));
    } else {
        const QDateTime when = QDateTime::fromString(sentAt, Qt::ISODate).toLocalTime();
        m_letter->setText(
            tr("Client last told on %1 (%2), by %3.")
                .arg(readableDate(when.date()), language == u"es" ? tr("in Spanish") : tr("in English"), sentBy));
    }
    m_letter->show();
}

QString CaseDetailsView::estimateText() const
{
    return m_estimate->isVisible() ? m_estimate->text() : QString();
}

} // namespace cw
