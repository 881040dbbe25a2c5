// The desk's team part (storage/StaffStore.h, storage/TaskStore.h, storage/HealthReport.h): what
// this desktop's person may do, the Tasks panel, the Team menu — My Cases, Assign To…, Staff and
// Roles…, Tracking Health…
#include "Desk.h"

#include "HealthDialog.h"
#include "MainWindow.h"
#include "StaffDialog.h"
#include "TasksView.h"
#include "TeamMenu.h"

#include "CaseTableModel.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "uscis/ApiEnvironment.h"

#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace cw {

void Desk::buildTeam()
{
    const Database &db = m_session->database();
    auto found = StaffStore(db).me();
    StaffStore::Me me = found ? found.value() : StaffStore::Me{};
    if (!found && db.engine() == Database::Engine::PostgreSql)
        me.role = StaffStore::Role::ReadOnly; // the database would not say: offer nothing it may refuse
    const qint64 myId = me.member ? me.member->id : 0;
    m_window->applyRole(me);

    auto *dock = new QDockWidget(tr("Tasks"), m_window.get());
    dock->setObjectName(QStringLiteral("tasksDock"));
    auto *tasks = new TasksView(*m_session, dock);
    tasks->setMe(myId, me.mayEditCases());
    dock->setWidget(tasks);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (auto *deadlines = m_window->findChild<QDockWidget *>(QStringLiteral("deadlinesDock")))
        m_window->tabifyDockWidget(deadlines, dock);
    connect(tasks, &TasksView::openRequested, m_window.get(), &MainWindow::showCase);

    auto *team = new TeamMenu(myId > 0, me.mayEditCases(), m_window->menuBar());
    const QList<QAction *> top = m_window->menuBar()->actions();
    m_window->menuBar()->insertMenu(top.isEmpty() ? nullptr : top.last(), team); // before Help
    QAction *mine = team->myCases;
    const auto applyMine = [this, mine, myId] {
        if (!mine->isChecked()) {
            m_window->setMyCases(std::nullopt);
            return;
        }
        auto ids = StaffStore(m_session->database()).casesOf(myId);
        m_window->setMyCases(ids ? QSet<qint64>(ids->cbegin(), ids->cend()) : QSet<qint64>());
    };
    connect(mine, &QAction::toggled, this, applyMine);
    connect(m_session.get(), &Session::changed, mine, [mine, applyMine](const SessionChange &change) {
        if (mine->isChecked() && (change.everything || change.profiles || !change.caseIds.isEmpty()))
            applyMine();
    });

    const auto assign = [this](const QList<qint64> &caseIds, qint64 profileId, const QString &what) {
        auto staff = StaffStore(m_session->database()).list();
        if (!staff || staff->isEmpty()) {
            QMessageBox::information(m_window.get(), tr("Assign To"),
                                     staff ? tr("Nobody is on the staff list yet: add people in Team › Staff and "
                                                "Roles first.")
                                           : staff.error().message);
            return;
        }
        AssignDialog dialog(staff.value(), what, m_window.get());
        if (dialog.exec() != QDialog::Accepted)
            return;
        const StaffStore store(m_session->database());
        for (const auto &[duty, who] : {std::pair{StaffStore::Duty::Attorney, dialog.attorney()},
                                        std::pair{StaffStore::Duty::Paralegal, dialog.paralegal()}}) {
            if (who == AssignDialog::kUnchanged)
                continue;
            const Status s =
                profileId > 0 ? store.assignProfile(profileId, duty, who) : store.assignCases(caseIds, duty, who);
            if (!s) {
                QMessageBox::warning(m_window.get(), tr("Not assigned"), s.error().message);
                break;
            }
        }
        m_session->responsibilityChanged(profileId > 0 ? QList<qint64>() : caseIds);
    };
    connect(team->assignCases, &QAction::triggered, this, [this, assign] {
        const QList<qint64> ids = m_window->selectedCaseIds();
        if (ids.isEmpty())
            return;
        assign(ids, 0, tr("%n selected case(s):", nullptr, int(ids.size())));
    });
    connect(team->assignProfile, &QAction::triggered, this, [this, assign] {
        const qint64 profile = m_window->selectedProfileId();
        if (profile > 0)
            assign({}, profile, tr("The selected profile and the cases that follow it:"));
    });
    connect(team->staff, &QAction::triggered, this, [this, me] {
        StaffDialog dialog(m_session->database(), me.mayChangeFirmSettings(), m_window.get(), me.rolesEnforced);
        dialog.exec();
    });
    connect(team->health, &QAction::triggered, this, [this] {
        const QString environment = m_connection ? m_connection->environment().id() : m_environment;
        const int quota = m_connection ? m_connection->environment().dailyQuota : ApiEnvironment::sandbox().dailyQuota;
        HealthDialog dialog(*m_session, environment, quota, m_window.get());
        dialog.exec();
    });
}

} // namespace cw
