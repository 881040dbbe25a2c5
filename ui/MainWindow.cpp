#include "MainWindow.h"

#include "AddCasesDialog.h"
#include "CaseDialog.h"
#include "CaseTableModel.h"
#include "FileDropFilter.h"
#include "ImportReviewDialog.h"
#include "PollerStatusBar.h"
#include "ProfileDialog.h"
#include "TimelineView.h"
#include "storage/ObservationStore.h"
#include "storage/CaseStore.h"
#include "storage/ProfileStore.h"
#include "poller/Poller.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QLocale>
#include <QSignalBlocker>
#include <QTimer>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace cw {

namespace {
constexpr int kProfileIdRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(ProfileStore &profiles, CaseStore &cases, ObservationStore &observations, QWidget *parent)
    : QMainWindow(parent), m_profiles(profiles), m_cases(cases), m_observations(observations),
      m_timeline(new TimelineView(this)), m_search(new QLineEdit(this)),
      m_profileView(new QTreeView(this)), m_profileModel(new QStandardItemModel(this)),
      m_profileHeader(new QLabel(this)), m_caseView(new QTableView(this)), m_caseModel(new CaseTableModel(this))
{
    setWindowTitle(tr("CaseWatch"));
    setObjectName(QStringLiteral("mainWindow"));
    // I-797 PDFs (and folders of them) dropped anywhere on the window, or on a profile.
    auto *drops = new FileDropFilter(this);
    setAcceptDrops(true);
    installEventFilter(drops);
    m_profileView->viewport()->setAcceptDrops(true);
    m_profileView->viewport()->installEventFilter(drops);
    connect(drops, &FileDropFilter::dropped, this, [this](const QStringList &paths, QObject *target, const QPoint &pos) {
        qint64 profileId = 0;
        if (target == m_profileView->viewport())
            profileId = m_profileView->indexAt(pos).data(kProfileIdRole).toLongLong();
        importFiles(paths, profileId);
    });

    m_search->setObjectName(QStringLiteral("profileSearch"));
    m_search->setPlaceholderText(tr("Search profiles"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search profiles"));
    m_profileView->setObjectName(QStringLiteral("profileView"));
    m_profileView->setModel(m_profileModel);
    m_profileView->setHeaderHidden(true);
    m_profileView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_profileView->setAccessibleName(tr("Profiles"));

    m_profileHeader->setObjectName(QStringLiteral("profileHeader"));
    m_profileHeader->setWordWrap(true);
    m_caseView->setObjectName(QStringLiteral("caseView"));
    m_caseView->setModel(m_caseModel);
    m_caseView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caseView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_caseView->setSortingEnabled(false);
    m_caseView->horizontalHeader()->setStretchLastSection(true);
    m_caseView->verticalHeader()->hide();
    m_caseView->setAccessibleName(tr("Cases of the selected profile"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_profileView);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_profileHeader);
    auto *caseSplitter = new QSplitter(Qt::Vertical, this);
    caseSplitter->setObjectName(QStringLiteral("caseSplitter"));
    caseSplitter->addWidget(m_caseView);
    caseSplitter->addWidget(m_timeline);
    caseSplitter->setStretchFactor(0, 2);
    caseSplitter->setStretchFactor(1, 3);
    rightLayout->addWidget(caseSplitter);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    createActions();
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::reloadProfiles);
    connect(m_profileView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::reloadCases);
    connect(m_caseView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_caseView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::showTimeline);
    connect(m_caseView, &QTableView::doubleClicked, this, &MainWindow::editCase);
    connect(m_profileView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(kProfileIdRole).toLongLong() > 0)
            editProfile();
    });

    reloadProfiles();
    resize(1100, 680);
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const char *name, const QKeySequence &shortcut, void (MainWindow::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newProfile = make(tr("&New Profile…"), "actionNewProfile", QKeySequence::New, &MainWindow::newProfile);
    m_editProfile = make(tr("&Edit Profile…"), "actionEditProfile", QKeySequence(), &MainWindow::editProfile);
    m_removeProfile = make(tr("&Remove Profile"), "actionRemoveProfile", QKeySequence(), &MainWindow::removeProfile);
    m_addCases = make(tr("&Add Cases…"), "actionAddCases", QKeySequence(tr("Ctrl+Shift+N")), &MainWindow::addCases);
    m_editCase = make(tr("Edit &Case…"), "actionEditCase", QKeySequence(), &MainWindow::editCase);
    m_removeCases = make(tr("Re&move Cases"), "actionRemoveCases", QKeySequence::Delete, &MainWindow::removeCases);
    m_checkNow = make(tr("Check &Now"), "actionCheckNow", QKeySequence::Refresh, &MainWindow::checkNow);
    m_checkNow->setToolTip(tr("Ask USCIS for the status of the selected cases now"));
    m_pausePolling = new QAction(tr("&Pause Polling"), this);
    m_pausePolling->setObjectName(QStringLiteral("actionPausePolling"));
    m_pausePolling->setCheckable(true);
    m_pausePolling->setToolTip(tr("Stop asking USCIS in the background until you resume"));
    connect(m_pausePolling, &QAction::toggled, this, &MainWindow::togglePolling);
    m_settings = new QAction(tr("&Settings…"), this);
    m_settings->setObjectName(QStringLiteral("actionSettings"));
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setObjectName(QStringLiteral("actionQuit"));
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto *importNotices = new QAction(tr("&Import I-797 Notices…"), this);
    importNotices->setObjectName(QStringLiteral("actionImportNotices"));
    importNotices->setShortcut(QKeySequence::Open);
    importNotices->setToolTip(tr("Read receipt numbers from I-797 PDFs (or drop the files on the window)"));
    connect(importNotices, &QAction::triggered, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import I-797 Notices"), QString(),
                                                                tr("PDF files (*.pdf)"));
        if (!files.isEmpty())
            importFiles(files, 0);
    });
    file->addAction(importNotices);
    file->addSeparator();
    file->addAction(m_settings);
    auto *webhook = new QAction(tr("&Webhook…"), this);
    webhook->setObjectName(QStringLiteral("actionWebhook"));
    webhook->setToolTip(tr("Send status changes to the firm's own systems"));
    connect(webhook, &QAction::triggered, this, &MainWindow::webhookRequested);
    file->addAction(webhook);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *profile = menuBar()->addMenu(tr("&Profile"));
    profile->addActions({m_newProfile, m_editProfile, m_removeProfile});
    auto *about = new QAction(tr("&About CaseWatch"), this);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::aboutRequested);
    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    caseMenu->addActions({m_checkNow, m_addCases, m_editCase, m_removeCases});
    caseMenu->addSeparator();
    caseMenu->addAction(m_pausePolling);
    menuBar()->addMenu(tr("&Help"))->addAction(about);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->addActions({m_newProfile, m_addCases, m_checkNow});
    toolbar->addAction(m_pausePolling);
    m_pollerStatus = new PollerStatusBar(this);
    m_environmentLabel = new QLabel(this);
    m_environmentLabel->setObjectName(QStringLiteral("environmentLabel"));
    statusBar()->addPermanentWidget(m_pollerStatus);
    statusBar()->addPermanentWidget(m_environmentLabel);
    updateActions();
}

void MainWindow::reloadProfiles()
{
    const qint64 keep = selectedProfileId();
    auto listed = m_profiles.list(std::nullopt, m_search->text());
    if (!listed) {
        showError(tr("Profiles could not be loaded"), listed.error());
        return;
    }
    m_profileModel->clear();
    auto *applicants = new QStandardItem;
    auto *petitioners = new QStandardItem;
    for (QStandardItem *group : {applicants, petitioners}) {
        group->setSelectable(false);
        QFont font = group->font();
        font.setBold(true);
        group->setFont(font);
    }
    for (const Profile &p : listed.value()) {
        const bool showOrganization = !p.organization.isEmpty() && p.organization.compare(p.name, Qt::CaseInsensitive) != 0;
        auto *item = new QStandardItem(showOrganization ? tr("%1 — %2").arg(p.name, p.organization) : p.name);
        item->setData(p.id, kProfileIdRole);
        item->setToolTip(tr("%n case(s)", nullptr, p.caseCount));
        (p.kind == ProfileKind::Petitioner ? petitioners : applicants)->appendRow(item);
    }
    applicants->setText(tr("Applicants (%1)").arg(applicants->rowCount()));
    petitioners->setText(tr("Petitioners (%1)").arg(petitioners->rowCount()));
    m_profileModel->appendRow(applicants);
    m_profileModel->appendRow(petitioners);
    m_profileView->expandAll();
    if (keep) {
        selectProfile(keep);
    } else {
        // Open on the first client rather than on an empty table.
        for (int g = 0; g < m_profileModel->rowCount() && selectedProfileId() == 0; ++g) {
            if (m_profileModel->item(g)->rowCount() > 0)
                m_profileView->setCurrentIndex(m_profileModel->item(g)->child(0)->index());
        }
    }
    reloadCases();
}

qint64 MainWindow::selectedProfileId() const
{
    return m_profileView->currentIndex().data(kProfileIdRole).toLongLong();
}

void MainWindow::selectProfile(qint64 id)
{
    for (int g = 0; g < m_profileModel->rowCount(); ++g) {
        QStandardItem *group = m_profileModel->item(g);
        for (int r = 0; r < group->rowCount(); ++r) {
            if (group->child(r)->data(kProfileIdRole).toLongLong() == id) {
                m_profileView->setCurrentIndex(group->child(r)->index());
                return;
            }
        }
    }
}

void MainWindow::reloadCases()
{
    const qint64 id = selectedProfileId();
    if (id <= 0) {
        m_caseModel->setCases({});
        m_profileHeader->setText(tr("Select a profile to see its cases, or create one with New Profile."));
        updateActions();
        return;
    }
    auto profile = m_profiles.get(id);
    auto listed = m_cases.list(CaseFilter{id, true});
    if (!profile || !listed) {
        showError(tr("Cases could not be loaded"), profile ? listed.error() : profile.error());
        return;
    }
    const Profile &p = profile.value();
    const QString kind = p.kind == ProfileKind::Petitioner ? tr("Petitioner") : tr("Applicant");
    QStringList facts{kind};
    if (!p.aNumber.isEmpty())
        facts << p.aNumber;
    if (!p.email.isEmpty())
        facts << p.email;
    if (!p.phone.isEmpty())
        facts << p.phone;
    m_profileHeader->setText(QStringLiteral("<b>%1</b><br>%2").arg(p.name.toHtmlEscaped(),
                                                                   facts.join(QStringLiteral(" · ")).toHtmlEscaped()));
    m_caseModel->setCases(listed.value());
    m_caseView->resizeColumnsToContents();
    m_timeline->clear();
    updateActions();
}

void MainWindow::showTimeline()
{
    const auto ids = selectedCaseIds();
    if (ids.size() != 1) {
        m_timeline->clear();
        return;
    }
    auto trackedCase = m_cases.get(ids.first());
    auto entries = m_observations.timeline(ids.first());
    if (!trackedCase || !entries) {
        m_timeline->clear();
        return;
    }
    m_timeline->showCase(trackedCase->receipt.toString(), trackedCase->formType, entries.value());
}

bool MainWindow::openCase(const QString &receipt)
{
    auto parsed = ReceiptNumber::parse(receipt);
    if (!parsed)
        return false;
    auto found = m_cases.findByReceipt(parsed.value());
    if (!found || !found.value())
        return false;
    m_search->clear();
    selectProfile(found.value()->profileId);
    selectCase(found.value()->id);
    return true;
}

void MainWindow::showCase(const QString &receipt)
{
    showNormal();
    raise();
    activateWindow();
    openCase(receipt);
}

void MainWindow::updateActions()
{
    const bool hasProfile = selectedProfileId() > 0;
    const bool hasCase = !selectedCaseIds().isEmpty();
    m_editProfile->setEnabled(hasProfile);
    m_removeProfile->setEnabled(hasProfile);
    m_addCases->setEnabled(hasProfile);
    m_editCase->setEnabled(hasCase);
    m_checkNow->setEnabled(hasCase);
    m_pausePolling->setEnabled(m_poller != nullptr);
    m_removeCases->setEnabled(hasCase);
}

QList<qint64> MainWindow::selectedCaseIds() const
{
    QList<qint64> ids;
    const auto rows = m_caseView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(CaseTableModel::CaseIdRole).toLongLong();
    return ids;
}

void MainWindow::newProfile()
{
    ProfileDialog dialog(Profile{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto added = m_profiles.add(dialog.profile());
    if (!added) {
        showError(tr("The profile was not saved"), added.error());
        return;
    }
    m_search->clear();
    reloadProfiles();
    selectProfile(added->id);
    statusBar()->showMessage(tr("Profile %1 created.").arg(added->name), 5000);
}

void MainWindow::editProfile()
{
    auto profile = m_profiles.get(selectedProfileId());
    if (!profile)
        return;
    ProfileDialog dialog(profile.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status saved = m_profiles.update(dialog.profile()); !saved) {
        showError(tr("The profile was not saved"), saved.error());
        return;
    }
    reloadProfiles();
}

void MainWindow::removeProfile()
{
    auto profile = m_profiles.get(selectedProfileId());
    if (!profile)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Profile"),
        tr("Remove %1 and the %n case(s) tracked for this profile, with their history? This cannot be undone.",
           nullptr, profile->caseCount)
            .arg(profile->name));
    if (answer != QMessageBox::Yes)
        return;
    if (Status removed = m_profiles.remove(profile->id); !removed) {
        showError(tr("The profile was not removed"), removed.error());
        return;
    }
    reloadProfiles();
}

void MainWindow::importFiles(const QStringList &paths, qint64 profileId)
{
    auto *dialog = new ImportReviewDialog(m_profiles, m_cases, paths, profileId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int added = dialog->addedCount();
        reloadProfiles();
        reloadCases();
        statusBar()->showMessage(tr("%n case(s) added from the notices.", nullptr, added), 8000);
    });
    dialog->open();
}

void MainWindow::addCases()
{
    auto profile = m_profiles.get(selectedProfileId());
    if (!profile)
        return;
    AddCasesDialog dialog(profile->name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto results = m_cases.addList(profile->id, dialog.entries(), dialog.formType(), dialog.label());
    int added = 0;
    QStringList problems;
    for (const auto &item : results) {
        if (item.added)
            ++added;
        else if (item.error)
            problems << item.error->message;
    }
    reloadCases();
    statusBar()->showMessage(tr("%n case(s) added.", nullptr, added), 8000);
    if (!problems.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Some receipt numbers were not added"),
                                    tr("%n case(s) added. These entries were skipped:", nullptr, added), QMessageBox::Ok,
                                    this);
        box->setObjectName(QStringLiteral("addCasesReport"));
        box->setInformativeText(problems.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void MainWindow::editCase()
{
    const auto ids = selectedCaseIds();
    if (ids.isEmpty())
        return;
    auto trackedCase = m_cases.get(ids.first());
    auto profiles = m_profiles.list();
    if (!trackedCase || !profiles)
        return;
    CaseDialog dialog(trackedCase.value(), profiles.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status saved = m_cases.update(dialog.trackedCase()); !saved) {
        showError(tr("The case was not saved"), saved.error());
        return;
    }
    reloadProfiles();
}

void MainWindow::removeCases()
{
    const auto ids = selectedCaseIds();
    if (ids.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Cases"),
        tr("Stop tracking %n case(s) and delete their stored history? This cannot be undone.", nullptr,
           int(ids.size())));
    if (answer != QMessageBox::Yes)
        return;
    for (qint64 id : ids) {
        if (Status removed = m_cases.remove(id); !removed) {
            showError(tr("A case was not removed"), removed.error());
            break;
        }
    }
    reloadProfiles();
}

void MainWindow::setPoller(Poller *poller, const QString &unavailableReason)
{
    if (m_poller)
        m_poller->disconnect(this);
    m_poller = poller;
    m_pollerUnavailable = unavailableReason;
    if (poller) {
        connect(poller, &Poller::statusChanged, this, &MainWindow::showPollerStatus);
        connect(poller, &Poller::caseChecked, this, &MainWindow::scheduleCaseReload);
        showPollerStatus(poller->status());
    } else {
        m_pollerStatus->showUnavailable(unavailableReason);
    }
    updateActions();
}

void MainWindow::showPollerStatus(const PollerStatus &s)
{
    m_pollerStatus->showStatus(s);
    if ((s.state == PollerStatus::State::Blocked || s.state == PollerStatus::State::QuotaExhausted) && !s.message.isEmpty())
        statusBar()->showMessage(s.message, 20000);
    const QSignalBlocker block(m_pausePolling);
    m_pausePolling->setChecked(s.state == PollerStatus::State::Paused);
}

void MainWindow::scheduleCaseReload()
{
    // Many answers arrive together: one refresh for all of them.
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(300, this, [this] {
        m_reloadPending = false;
        const auto selected = selectedCaseIds();
        reloadCases();
        if (selected.size() == 1)
            selectCase(selected.first());
    });
}

void MainWindow::togglePolling(bool paused)
{
    if (!m_poller)
        return;
    if (paused)
        m_poller->pause();
    else
        m_poller->resume();
}

void MainWindow::setEnvironmentName(const QString &name)
{
    m_environmentLabel->setText(name);
    setWindowTitle(tr("CaseWatch — %1").arg(name));
}

void MainWindow::selectCase(qint64 id)
{
    for (int row = 0; row < m_caseModel->rowCount(); ++row) {
        if (m_caseModel->caseAt(row)->id == id) {
            m_caseView->selectRow(row);
            return;
        }
    }
}

void MainWindow::checkNow()
{
    const auto ids = selectedCaseIds();
    if (ids.isEmpty())
        return;
    if (!m_poller) {
        showError(tr("Cases cannot be checked"), Error{QStringLiteral("uscis.unavailable"), m_pollerUnavailable});
        return;
    }
    // Through the poller, at the front of its queue: a manual check counts against the same
    // rate limit and quota as everything else.
    m_poller->checkNow(ids);
    statusBar()->showMessage(tr("Checking %n case(s) with USCIS…", nullptr, int(ids.size())), 5000);
}

void MainWindow::showError(const QString &title, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, error.message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    statusBar()->showMessage(error.message, 10000);
}

} // namespace cw
