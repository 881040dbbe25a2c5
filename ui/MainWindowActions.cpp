// MainWindow's actions, menus and the commands behind them (the layout is in MainWindow.cpp).
#include "MainWindow.h"

#include "session/Session.h"
#include "storage/Database.h"

#include <QCloseEvent>

#include "AddCasesDialog.h"
#include "CaseDialog.h"
#include "CaseTableModel.h"
#include "ImportReviewDialog.h"
#include "PollerStatusBar.h"
#include "ProfileDialog.h"
#include "ProfileSidebar.h"
#include "import/ImportJob.h"
#include "poller/Poller.h"
#include "storage/CaseStore.h"
#include "storage/ProfileStore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileDialog>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUrl>

namespace cw {

namespace {

// USCIS's public "Case Status Online" page; it takes the receipt in its form, not in the address.
const char kUscisCaseStatusPage[] = "https://egov.uscis.gov/";

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/casewatch/icons/actions/%1.svg").arg(QLatin1String(name)));
}

} // namespace

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const char *name, const char *iconName, const QKeySequence &shortcut,
                       void (MainWindow::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        if (iconName)
            action->setIcon(icon(iconName));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        if (slot)
            connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newProfile =
        make(tr("&New Profile…"), "actionNewProfile", "profile-new", QKeySequence::New, &MainWindow::newProfile);
    m_editProfile = make(tr("&Edit Profile…"), "actionEditProfile", nullptr, QKeySequence(), &MainWindow::editProfile);
    m_removeProfile =
        make(tr("&Remove Profile"), "actionRemoveProfile", nullptr, QKeySequence(), &MainWindow::removeProfile);
    m_addCases =
        make(tr("&Add Cases…"), "actionAddCases", "case-add", QKeySequence(tr("Ctrl+Shift+N")), &MainWindow::addCases);
    m_addCases->setToolTip(tr("Add receipt numbers to the selected profile"));
    m_editCase = make(tr("&Edit Case…"), "actionEditCase", nullptr, QKeySequence(), &MainWindow::editCase);
    m_removeCases =
        make(tr("Re&move Cases"), "actionRemoveCases", nullptr, QKeySequence::Delete, &MainWindow::removeCases);
    m_removeCases->setShortcutContext(Qt::WidgetWithChildrenShortcut); // Delete in a text field deletes text
    m_checkNow = make(tr("Check &Now"), "actionCheckNow", "check-now", QKeySequence::Refresh, &MainWindow::checkNow);
    m_checkNow->setToolTip(tr("Ask USCIS for the status of the selected cases now (F5)"));
    m_copyReceipt =
        make(tr("&Copy Receipt Number"), "actionCopyReceipt", "copy", QKeySequence::Copy, &MainWindow::copyReceipts);
    m_copyReceipt->setShortcutContext(Qt::WidgetWithChildrenShortcut); // Ctrl+C in a text field copies its text
    m_openWebsite = make(tr("Open on the &USCIS Website"), "actionOpenWebsite", "web", QKeySequence(tr("Ctrl+U")),
                         &MainWindow::openOnUscisWebsite);
    m_openWebsite->setToolTip(tr("Open USCIS's Case Status Online page, with the receipt number copied to paste in"));
    m_importNotices = make(tr("&Import I-797 Notices…"), "actionImportNotices", "import", QKeySequence::Open, nullptr);
    m_importNotices->setToolTip(
        tr("Read receipt numbers from I-797 notices: PDFs, photos and fax scans (or drop the files on the window)"));
    connect(m_importNotices, &QAction::triggered, this, [this] {
        QStringList patterns;
        for (const QString &suffix : ImportJob::noticeSuffixes())
            patterns << QStringLiteral("*.") + suffix;
        const QStringList files =
            QFileDialog::getOpenFileNames(this, tr("Import I-797 Notices"), QString(),
                                          tr("Notices: PDFs, photos, scans (%1)").arg(patterns.join(u' '))
                                              + QStringLiteral(";;") + tr("All files (*)"));
        if (!files.isEmpty())
            importFiles(files, m_sidebar->selectedProfileId());
    });
    m_findCases = make(tr("&Filter Cases"), "actionFindCases", nullptr, QKeySequence::Find, nullptr);
    connect(m_findCases, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    m_findProfiles =
        make(tr("Search &Profiles"), "actionFindProfiles", nullptr, QKeySequence(tr("Ctrl+Shift+F")), nullptr);
    connect(m_findProfiles, &QAction::triggered, this,
            [this] { m_sidebar->searchField()->setFocus(Qt::ShortcutFocusReason); });
    m_pausePolling = make(tr("&Pause Polling"), "actionPausePolling", "pause", QKeySequence(), nullptr);
    m_pausePolling->setCheckable(true);
    m_pausePolling->setToolTip(tr("Stop asking USCIS in the background until you resume"));
    connect(m_pausePolling, &QAction::toggled, this, &MainWindow::togglePolling);
    m_settings = make(tr("&Settings…"), "actionSettings", nullptr, QKeySequence::Preferences, nullptr);
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    m_webhook = make(tr("&Webhook…"), "actionWebhook", nullptr, QKeySequence(), nullptr);
    m_webhook->setToolTip(tr("Send status changes to the firm's own systems"));
    connect(m_webhook, &QAction::triggered, this, &MainWindow::webhookRequested);
    m_reviewStatuses = make(tr("Statuses to &Review…"), "actionReviewStatuses", nullptr, QKeySequence(), nullptr);
    m_reviewStatuses->setToolTip(tr("USCIS titles CaseWatch does not recognize: teach it what they mean"));
    connect(m_reviewStatuses, &QAction::triggered, this, &MainWindow::statusReviewRequested);
    m_updates = make(tr("Updates &to Send…"), "actionUpdatesToSend", nullptr, QKeySequence(), nullptr);
    m_updates->setToolTip(tr("Letters to clients about their status changes, in each client's language"));
    connect(m_updates, &QAction::triggered, this, &MainWindow::updatesRequested);
    m_about = make(tr("&About CaseWatch"), "actionAbout", nullptr, QKeySequence(), nullptr);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::aboutRequested);
    m_quit = make(tr("&Quit"), "actionQuit", nullptr, QKeySequence::Quit, nullptr);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    // Shortcuts that belong to the case table work where the table has focus.
    m_caseView->addActions({m_checkNow, m_copyReceipt, m_openWebsite, m_editCase, m_removeCases});
}

void MainWindow::applyRole(const StaffStore::Me &me)
{
    // Firm-wide settings (the webhook, the status rules) are an administrator's; a read-only
    // person changes nothing.
    for (QAction *firm : {m_webhook, m_reviewStatuses})
        firm->setVisible(me.mayChangeFirmSettings());
    const bool edits = me.mayEditCases();
    for (QAction *work :
         {m_newProfile, m_editProfile, m_removeProfile, m_addCases, m_editCase, m_removeCases, m_importNotices})
        work->setVisible(edits);
    setAcceptDrops(edits);
    if (!m_roleLabel) {
        m_roleLabel = new QLabel(this);
        m_roleLabel->setObjectName(QStringLiteral("roleLabel"));
        statusBar()->addPermanentWidget(m_roleLabel);
    }
    const QString who = me.member ? me.member->name : StaffStore::desktopUser();
    m_roleLabel->setText(tr("%1 · %2").arg(who, StaffStore::roleName(me.role)));
    m_roleLabel->setToolTip(
        me.rolesEnforced ? tr("Your role in the firm's shared database decides what you may change.") : QString());
}

void MainWindow::setMyCases(std::optional<QSet<qint64>> ids)
{
    m_caseModel->setCaseSetFilter(std::move(ids));
    updateCountLabel();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_importNotices});
    file->addSeparator();
    file->addActions({m_settings, m_webhook, m_reviewStatuses});
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *profile = menuBar()->addMenu(tr("&Profile"));
    profile->addActions({m_newProfile, m_editProfile, m_removeProfile});
    profile->addSeparator();
    profile->addAction(m_findProfiles);
    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    caseMenu->addActions({m_checkNow, m_copyReceipt, m_openWebsite, m_updates});
    caseMenu->addSeparator();
    caseMenu->addActions({m_addCases, m_editCase, m_removeCases});
    caseMenu->addSeparator();
    caseMenu->addActions({m_findCases, m_pausePolling});
    menuBar()->addMenu(tr("&Help"))->addAction(m_about);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_newProfile, m_addCases, m_importNotices});
    toolbar->addSeparator();
    toolbar->addActions({m_checkNow, m_openWebsite, m_pausePolling});
    m_pollerStatus = new PollerStatusBar(this);
    m_environmentLabel = new QLabel(this);
    m_environmentLabel->setObjectName(QStringLiteral("environmentLabel"));
    statusBar()->addPermanentWidget(m_pollerStatus);
    statusBar()->addPermanentWidget(m_environmentLabel);
    if (const QString warning = m_session.database().securityWarning(); !warning.isEmpty()) {
        // A shared database reached without certificate checks (storage/PostgresTls.h): said
        // plainly, all the time, since it is a choice someone made in the address.
        auto *unverified = new QLabel(tr("Database connection not verified"), this);
        unverified->setObjectName(QStringLiteral("unverifiedDatabase"));
        unverified->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
        unverified->setToolTip(warning);
        unverified->setAccessibleDescription(warning);
        statusBar()->addPermanentWidget(unverified);
    }
    updateActions();
}

void MainWindow::updateActions()
{
    const bool hasProfile = selectedProfileId() > 0;
    const bool hasCase = !m_caseView->selectionModel()->selectedRows().isEmpty();
    m_editProfile->setEnabled(hasProfile);
    m_removeProfile->setEnabled(hasProfile);
    m_addCases->setEnabled(hasProfile);
    m_editCase->setEnabled(hasCase);
    m_checkNow->setEnabled(hasCase);
    m_copyReceipt->setEnabled(hasCase);
    m_openWebsite->setEnabled(hasCase);
    m_pausePolling->setEnabled(m_poller != nullptr);
    m_removeCases->setEnabled(hasCase);
}

void MainWindow::copyReceipts()
{
    QStringList receipts;
    for (const QModelIndex &index : m_caseView->selectionModel()->selectedRows())
        receipts << index.siblingAtColumn(CaseTableModel::ReceiptColumn).data().toString();
    if (receipts.isEmpty())
        return;
    receipts.sort();
    QApplication::clipboard()->setText(receipts.join(u'\n'));
    statusBar()->showMessage(receipts.size() == 1 ? tr("Copied %1.").arg(receipts.first())
                                                  : tr("Copied %n receipt number(s).", nullptr, int(receipts.size())),
                             5000);
}

void MainWindow::openOnUscisWebsite()
{
    const QModelIndex current = m_caseView->currentIndex();
    if (!current.isValid())
        return;
    const QString receipt = current.siblingAtColumn(CaseTableModel::ReceiptColumn).data().toString();
    QApplication::clipboard()->setText(receipt);
    if (!QDesktopServices::openUrl(QUrl(QString::fromLatin1(kUscisCaseStatusPage)))) {
        statusBar()->showMessage(tr("No web browser could be opened. The receipt number %1 is copied: paste it at %2.")
                                     .arg(receipt, QString::fromLatin1(kUscisCaseStatusPage)),
                                 15000);
        return;
    }
    statusBar()->showMessage(tr("%1 is copied: paste it into USCIS's Case Status Online form.").arg(receipt), 10000);
}

void MainWindow::newProfile()
{
    ProfileDialog dialog(Profile{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto added = m_session.addProfile(dialog.profile());
    if (!added) {
        showError(tr("The profile was not saved"), added.error());
        return;
    }
    m_sidebar->clearSearch();
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
    if (Status saved = m_session.updateProfile(dialog.profile()); !saved)
        showError(tr("The profile was not saved"), saved.error());
}

void MainWindow::removeProfile()
{
    auto profile = m_profiles.get(selectedProfileId());
    if (!profile)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Profile"),
        tr("Remove %1 and the %n case(s) tracked for this profile, with their history? This cannot be undone.", nullptr,
           profile->caseCount)
            .arg(profile->name));
    if (answer != QMessageBox::Yes)
        return;
    if (Status removed = m_session.removeProfile(profile->id); !removed)
        showError(tr("The profile was not removed"), removed.error());
}

void MainWindow::importFiles(const QStringList &paths, qint64 profileId)
{
    auto *dialog = new ImportReviewDialog(m_profiles, m_cases, paths, profileId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int added = dialog->addedCount();
        m_session.casesImported({}, true); // new profiles may have come with the notices
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
    const auto results = m_session.addCases(profile->id, dialog.entries(), dialog.formType(), dialog.label());
    QList<qint64> added;
    QStringList problems;
    for (const auto &item : results) {
        if (item.added)
            added << item.added->id;
        else if (item.error)
            problems << item.error->message;
    }
    statusBar()->showMessage(tr("%n case(s) added.", nullptr, int(added.size())), 8000);
    if (!problems.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Some receipt numbers were not added"),
                                    tr("%n case(s) added. These entries were skipped:", nullptr, int(added.size())),
                                    QMessageBox::Ok, this);
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
    if (Status saved = m_session.updateCase(dialog.trackedCase()); !saved)
        showError(tr("The case was not saved"), saved.error());
}

void MainWindow::removeCases()
{
    const auto ids = selectedCaseIds();
    if (ids.isEmpty())
        return;
    const auto answer =
        QMessageBox::question(this, tr("Remove Cases"),
                              tr("Stop tracking %n case(s) and delete their stored history? This cannot be undone.",
                                 nullptr, int(ids.size())));
    if (answer != QMessageBox::Yes)
        return;
    if (Status done = m_session.removeCases(ids); !done)
        showError(tr("A case was not removed"), done.error());
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        emit closeRequested();
}

void MainWindow::applyChange(const SessionChange &change)
{
    if (change.everything) {
        refreshFromDatabase();
        return;
    }
    if (change.caseIds.isEmpty())
        return;
    applyCaseChanges(change.caseIds);
    if (change.profiles)
        reloadProfiles(); // case counts; a case may have moved to another profile
}

} // namespace cw
