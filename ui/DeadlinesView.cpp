#include "DeadlinesView.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cw {

DeadlinesView::DeadlinesView(DeadlineStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("deadlinesView"));
    m_tree->setObjectName(QStringLiteral("deadlinesTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Due"), tr("Days left"), tr("What"), tr("Receipt number"), tr("Client"), tr("Date from")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Deadlines and appointments"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit openRequested(item->text(ReceiptColumn)); });
    reload();
}

void DeadlinesView::reload()
{
    m_tree->clear();
    auto deadlines = m_store.list(false);
    if (!deadlines)
        return;
    const QDate today = QDate::currentDate();
    const QLocale locale;
    for (const Deadline &d : deadlines.value()) {
        auto *item = new QTreeWidgetItem(m_tree);
        const qint64 left = today.daysTo(d.due);
        item->setText(DueColumn, locale.toString(d.due, QLocale::ShortFormat));
        item->setText(DaysColumn, left < 0 ? tr("%n day(s) overdue", nullptr, int(-left)) : locale.toString(left));
        item->setText(WhatColumn, DeadlineStore::kindName(d.kind));
        item->setText(ReceiptColumn, d.receipt);
        item->setText(ClientColumn, d.profileName);
        item->setText(SourceColumn, d.source == u"uscis" ? tr("USCIS") : tr("counted by CaseWatch"));
        item->setData(DueColumn, Qt::UserRole, d.id);
        if (left < 0) {
            for (int c = 0; c < m_tree->columnCount(); ++c)
                item->setForeground(c, QColor(0xb3, 0x26, 0x1e));
        }
    }
}

} // namespace cw
