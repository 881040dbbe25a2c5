#include "DeadlinesView.h"

#include "i18n/DateText.h"
#include "domain/Clock.h"
#include "session/Session.h"
#include "storage/DeadlineStore.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cw {

namespace {

// Sorts by the date itself, not by its text.
class DeadlineItem final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        if (column == DeadlinesView::DueColumn || column == DeadlinesView::DaysColumn)
            return data(DeadlinesView::DueColumn, Qt::UserRole + 1).toDate()
                   < other.data(DeadlinesView::DueColumn, Qt::UserRole + 1).toDate();
        return QTreeWidgetItem::operator<(other);
    }
};

} // namespace

DeadlinesView::DeadlinesView(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_tree(new QTreeWidget(this)),
      m_showClosed(new QCheckBox(tr("Show c&losed"), this)), m_done(new QPushButton(tr("&Mark Done"), this)),
      m_reopen(new QPushButton(tr("Open A&gain"), this))
{
    setObjectName(QStringLiteral("deadlinesView"));
    m_tree->setObjectName(QStringLiteral("deadlinesTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels(
        {tr("Due"), tr("Days left"), tr("What"), tr("Receipt number"), tr("Client"), tr("Date from"), tr("State")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Deadlines and appointments"));
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(DueColumn, Qt::AscendingOrder);
    m_showClosed->setObjectName(QStringLiteral("showClosedDeadlines"));
    m_done->setObjectName(QStringLiteral("markDeadlineDone"));
    m_reopen->setObjectName(QStringLiteral("reopenDeadline"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showClosed);
    buttons->addStretch(1);
    buttons->addWidget(m_done);
    buttons->addWidget(m_reopen);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit openRequested(item->text(ReceiptColumn)); });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &DeadlinesView::updateButtons);
    connect(m_showClosed, &QCheckBox::toggled, this, &DeadlinesView::reload);
    connect(m_done, &QPushButton::clicked, this, [this] { markSelected(true); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { markSelected(false); });
    connect(&session, &Session::changed, this, &DeadlinesView::changed);
    reload();
}

void DeadlinesView::changed(const SessionChange &change)
{
    if (change.deadlines || change.everything)
        reload();
}

QString DeadlinesView::stateText(const Deadline &d)
{
    const bool byPerson = d.closedBy == u"person";
    switch (d.state) {
    case DeadlineState::Open:
        return tr("open");
    case DeadlineState::Met:
        return byPerson ? tr("done (marked by hand)") : tr("met: USCIS recorded it");
    case DeadlineState::Cancelled:
        return tr("cancelled by USCIS");
    case DeadlineState::Superseded:
        return tr("superseded by a later status");
    }
    return {};
}

void DeadlinesView::reload()
{
    const qint64 selected =
        m_tree->currentItem() ? m_tree->currentItem()->data(DueColumn, Qt::UserRole).toLongLong() : 0;
    m_tree->setSortingEnabled(false);
    m_tree->clear();
    auto deadlines = m_session.deadlines().list(m_showClosed->isChecked());
    if (!deadlines) {
        updateButtons();
        return;
    }
    const QDate today = m_session.clock().nowUtc().toLocalTime().date();
    const QLocale locale;
    for (const Deadline &d : deadlines.value()) {
        auto *item = new DeadlineItem(m_tree);
        const qint64 left = today.daysTo(d.due);
        const bool open = d.state == DeadlineState::Open;
        item->setText(DueColumn, readableDate(d.due, locale));
        item->setText(DaysColumn, !open      ? QString()
                                  : left < 0 ? tr("%n day(s) overdue", nullptr, int(-left))
                                             : locale.toString(left));
        item->setText(WhatColumn, DeadlineStore::kindName(d.kind));
        item->setText(ReceiptColumn, d.receipt);
        item->setText(ClientColumn, d.profileName);
        item->setText(SourceColumn, d.source == u"uscis" ? tr("USCIS") : tr("counted by CaseWatch"));
        item->setText(StateColumn, stateText(d));
        item->setData(DueColumn, Qt::UserRole, d.id);
        item->setData(DueColumn, Qt::UserRole + 1, d.due);
        item->setData(StateColumn, Qt::UserRole, open);
        if (open && left < 0) {
            for (int c = 0; c < m_tree->columnCount(); ++c)
                item->setForeground(c, QColor(0xb3, 0x26, 0x1e));
        } else if (!open) {
            for (int c = 0; c < m_tree->columnCount(); ++c)
                item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (d.id == selected)
            m_tree->setCurrentItem(item);
    }
    m_tree->setSortingEnabled(true);
    updateButtons();
}

void DeadlinesView::updateButtons()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const bool open = item && item->data(StateColumn, Qt::UserRole).toBool();
    m_done->setEnabled(item && open);
    m_reopen->setEnabled(item && !open);
}

void DeadlinesView::markSelected(bool done)
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    if (Status set = m_session.setDeadlineDone(item->data(DueColumn, Qt::UserRole).toLongLong(), done); !set)
        QMessageBox::warning(this, tr("The deadline was not changed"), set.error().message);
}

} // namespace cw
