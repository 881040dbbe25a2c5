#pragma once

#include "storage/DeadlineStore.h"

#include <QWidget>

class QTreeWidget;

namespace cw {

// Every open deadline and appointment, soonest first, overdue ones in red. Double-click opens
// the case.
class DeadlinesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlinesView)

public:
    enum Column { DueColumn, DaysColumn, WhatColumn, ReceiptColumn, ClientColumn, SourceColumn };

    explicit DeadlinesView(DeadlineStore &store, QWidget *parent = nullptr);

public slots:
    void reload();

signals:
    void openRequested(const QString &receipt);

private:
    DeadlineStore &m_store;
    QTreeWidget *m_tree;
};

} // namespace cw
