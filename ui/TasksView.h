#pragma once

#include <QWidget>

class QCheckBox;
class QPushButton;
class QTreeWidget;

namespace cw {

class Session;
struct SessionChange;

// The tasks status changes made (storage/TaskStore.h), soonest due first, overdue ones in red;
// "Mine only" narrows them to this desktop's person, "Show done" adds the finished ones.
// Double-click opens the case; "Mark Done" / "Open Again". Follows the session's change feed:
// a change recorded by the poller or another desktop brings its tasks at once.
class TasksView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksView)

public:
    enum Column { DueColumn, TaskColumn, ReceiptColumn, ClientColumn, OwnerColumn, DoneColumn };

    explicit TasksView(Session &session, QWidget *parent = nullptr);

    // The staff member this desktop works as (0: nobody yet — "Mine only" is then unavailable).
    void setMe(qint64 staffId, bool mayEdit);

public slots:
    void reload();

signals:
    void openRequested(const QString &receipt);

private:
    void changed(const SessionChange &change);
    void markSelected(bool done);
    void updateButtons();

    Session &m_session;
    QTreeWidget *m_tree;
    QCheckBox *m_mine;
    QCheckBox *m_showDone;
    QPushButton *m_done;
    QPushButton *m_reopen;
    qint64 m_me = 0;
    bool m_mayEdit = true;
};

} // namespace cw
