#pragma once

#include "domain/Deadline.h"

#include <QWidget>

class QCheckBox;
class QPushButton;
class QTreeWidget;

namespace cw {

class Session;
struct SessionChange;

// Every open deadline and appointment, soonest first, overdue ones in red; with "Show closed", also
// those met, cancelled or superseded, and what closed them. Double-click opens the case; "Mark
// Done" / "Open Again" close or reopen one by hand. It follows the session's change feed: a case
// removed here, a status recorded by the poller or another desktop shows at once.
class DeadlinesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlinesView)

public:
    enum Column { DueColumn, DaysColumn, WhatColumn, ReceiptColumn, ClientColumn, SourceColumn, StateColumn };

    explicit DeadlinesView(Session &session, QWidget *parent = nullptr);

public slots:
    void reload();

signals:
    void openRequested(const QString &receipt);

private:
    void changed(const SessionChange &change);
    void markSelected(bool done);
    void updateButtons();
    static QString stateText(const Deadline &d);

    Session &m_session;
    QTreeWidget *m_tree;
    QCheckBox *m_showClosed;
    QPushButton *m_done;
    QPushButton *m_reopen;
};

} // namespace cw
