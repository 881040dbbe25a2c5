#include "TasksView.h"

#include "domain/Clock.h"
#include "i18n/DateText.h"
#include "session/Session.h"
#include "storage/TaskStore.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cw {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kDueRole = Qt::UserRole + 2;

class TaskItem final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        if (column == TasksView::DueColumn)
            return data(TasksView::DueColumn, kDueRole).toDate() < other.data(TasksView::DueColumn, kDueRole).toDate();
        return QTreeWidgetItem::operator<(other);
    }
};

} // namespace

TasksView::TasksView(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_tree(new QTreeWidget(this)), m_mine(new QCheckBox(tr("M&ine only"), this)),
      m_showDone(new QCheckBox(tr("Show d&one"), this)), m_done(new QPushButton(tr("Mar&k Task Done"), this)),
      m_reopen(new QPushButton(tr("Open Task Agai&n"), this))
{
    setObjectName(QStringLiteral("tasksView"));
    m_tree->setObjectName(QStringLiteral("tasksTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Due"), tr("Task"), tr("Receipt number"), tr("Client"), tr("Owner"), tr("Done")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Tasks"));
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(DueColumn, Qt::AscendingOrder);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_mine->setObjectName(QStringLiteral("myTasksOnly"));
    m_mine->setEnabled(false);
    m_mine->setToolTip(
        tr("Available once this desktop's user is linked to a member of staff (Team › Staff and Roles)."));
    m_showDone->setObjectName(QStringLiteral("showDoneTasks"));
    m_done->setObjectName(QStringLiteral("markTaskDone"));
    m_reopen->setObjectName(QStringLiteral("reopenTask"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_mine);
    buttons->addWidget(m_showDone);
    buttons->addStretch(1);
    buttons->addWidget(m_done);
    buttons->addWidget(m_reopen);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit openRequested(item->text(ReceiptColumn)); });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &TasksView::updateButtons);
    connect(m_mine, &QCheckBox::toggled, this, &TasksView::reload);
    connect(m_showDone, &QCheckBox::toggled, this, &TasksView::reload);
    connect(m_done, &QPushButton::clicked, this, [this] { markSelected(true); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { markSelected(false); });
    connect(&session, &Session::changed, this, &TasksView::changed);
    reload();
}

void TasksView::setMe(qint64 staffId, bool mayEdit)
{
    m_me = staffId;
    m_mayEdit = mayEdit;
    m_mine->setEnabled(staffId > 0);
    if (staffId > 0)
        m_mine->setToolTip(QString());
    reload();
}

void TasksView::changed(const SessionChange &change)
{
    // A status recorded (here, by the poller or on another desktop) may have made tasks; an edit
    // of responsibility moves them.
    if (change.everything || change.deadlines || change.profiles || !change.caseIds.isEmpty())
        reload();
}

void TasksView::reload()
{
    auto tasks =
        TaskStore(m_session.database()).list(m_showDone->isChecked(), m_mine->isChecked() && m_me > 0 ? m_me : 0);
    m_tree->setSortingEnabled(false);
    m_tree->clear();
    if (!tasks) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(TaskColumn, tasks.error().message);
        item->setFirstColumnSpanned(true);
        m_tree->setSortingEnabled(true);
        return;
    }
    const QDate today = m_session.clock().nowUtc().toLocalTime().date();
    for (const TaskStore::Task &t : tasks.value()) {
        auto *item = new TaskItem(m_tree);
        item->setData(DueColumn, kIdRole, t.id);
        item->setData(DueColumn, kDueRole, t.due);
        item->setText(DueColumn, readableDate(t.due));
        item->setText(TaskColumn, t.title);
        item->setText(ReceiptColumn, t.receipt);
        item->setText(ClientColumn, t.client);
        item->setText(OwnerColumn, t.ownerName.isEmpty() ? tr("(nobody yet)") : t.ownerName);
        item->setText(DoneColumn,
                      t.isDone() ? readableDate(QDate::fromString(t.doneAt.left(10), Qt::ISODate)) : QString());
        if (!t.isDone() && t.due < today) {
            for (int c = 0; c <= DoneColumn; ++c)
                item->setForeground(c, QColor(0xb0, 0x00, 0x20));
            item->setToolTip(DueColumn, tr("Overdue"));
        }
    }
    m_tree->setSortingEnabled(true);
    updateButtons();
}

void TasksView::markSelected(bool done)
{
    const TaskStore store(m_session.database());
    for (QTreeWidgetItem *item : m_tree->selectedItems()) {
        if (Status s = store.markDone(item->data(DueColumn, kIdRole).toLongLong(), done); !s) {
            QMessageBox::warning(this, tr("Task not changed"), s.error().message);
            break;
        }
    }
    reload();
}

void TasksView::updateButtons()
{
    bool open = false;
    bool finished = false;
    for (QTreeWidgetItem *item : m_tree->selectedItems()) {
        const bool isDone = !item->text(DoneColumn).isEmpty();
        open = open || !isDone;
        finished = finished || isDone;
    }
    m_done->setEnabled(m_mayEdit && open);
    m_reopen->setEnabled(m_mayEdit && finished);
}

} // namespace cw
