#pragma once

#include "storage/StaffStore.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QThread;
class QTimer;

namespace cw {

class CaseDetailsView;
class CaseStore;
class CaseSummaryStore;
class DecisionEstimator;
class EstimateRunner;
class CaseTableModel;
class DashboardStrip;
class ObservationStore;
class Poller;
class PollerStatusBar;
class ProfileSidebar;
class ProfileStore;
class Session;
class Settings;
struct Error;
struct PollerStatus;
struct SessionChange;

// The desk: profiles on the left; the cases of the selected profile — or of the whole firm — as a
// filterable, sortable table under a dashboard of counts; the selected case's details and
// timeline below. It lays out and routes: edits go to the session (core/session/Session.h), and
// what the window shows again comes from the session's change feed, whoever made the change.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    qint64 selectedProfileId() const;
    QList<qint64> selectedCaseIds() const;
    // What this desktop's person may do (storage/StaffStore.h): what they may not is hidden or
    // disabled (the shared database refuses it anyway); who and what they are in the status bar.
    void applyRole(const StaffStore::Me &me);
    // "My cases" (Team › My Cases): only these cases on the desk (std::nullopt: all).
    void setMyCases(std::optional<QSet<qint64>> ids);
    void selectProfile(qint64 id);
    void selectCase(qint64 id);
    // Shows the whole firm and selects the case; false when the receipt is not tracked.
    bool openCase(const QString &receipt);
    // The background poller behind "Check Now" and the status bar; null while no USCIS
    // environment is usable (the reason is then shown when someone asks for a check).
    void setPoller(Poller *poller, const QString &unavailableReason = {});
    void setEnvironmentName(const QString &name);
    QAction *pausePollingAction() const { return m_pausePolling; }
    // Brings the window forward on a case (a clicked notification).
    void showCase(const QString &receipt);
    CaseTableModel *caseModel() const { return m_caseModel; }
    // True while a large firm's rows are still being read in the background.
    bool isLoading() const { return m_loader != nullptr; }

    // Window geometry, toolbars and docks, splitters, and the case table's columns.
    void saveLayout(Settings &settings) const;
    void restoreLayout(const Settings &settings);

signals:
    void settingsRequested();
    void webhookRequested();
    void statusReviewRequested();
    void updatesRequested();
    // Decision-date estimates were computed (after every full read of the cases).
    void estimatesReady();
    void aboutRequested();
    // Every case is in the table (after a background load).
    void casesLoaded();
    // A person closed the window: the desk quits (after letting a webhook delivery finish).
    void closeRequested();

public slots:
    void newProfile();
    void editProfile();
    void removeProfile();
    void addCases();
    void editCase();
    void removeCases();
    void checkNow();
    void copyReceipts();
    void openOnUscisWebsite();
    void togglePolling(bool paused);
    // Reads the files (PDFs, folders) and opens the review; `profileId` 0 lets each notice
    // suggest its profile.
    void importFiles(const QStringList &paths, qint64 profileId);
    // Shows an entry of the session's change feed.
    void applyChange(const cw::SessionChange &change);
    // Re-reads everything shown.
    void refreshFromDatabase();
    // These cases changed: their rows are read again, in place.
    void applyCaseChanges(const QList<qint64> &ids);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void reloadProfiles();
    void reloadAllCases();
    // A large firm: the first screen of rows now, every row from a background thread.
    void loadAllInBackground();
    void profileChanged(qint64 id);
    void updateActions();
    // Shows the selected case; `caseChanged` reads it again even when it is already shown.
    void updateDetails(bool caseChanged = false);
    void updateCountLabel();
    void showError(const QString &title, const Error &error);
    void showPollerStatus(const PollerStatus &status);
    void showColumnMenu(const QPoint &pos);
    // Runs a change of the table (filter, sort, reload) and selects the same cases afterwards.
    template<typename Change>
    void keepingSelection(Change change);

    Session &m_session;
    ProfileStore &m_profiles;
    CaseStore &m_cases;
    ObservationStore &m_observations;
    std::unique_ptr<CaseSummaryStore> m_summaries;

    ProfileSidebar *m_sidebar;
    QLabel *m_scopeHeader;
    QLineEdit *m_filter;
    QLabel *m_countLabel;
    CaseTableModel *m_caseModel;
    DashboardStrip *m_dashboard;
    QTableView *m_caseView;
    CaseDetailsView *m_details;
    QSplitter *m_mainSplitter;
    QSplitter *m_caseSplitter;

    QAction *m_newProfile = nullptr;
    QAction *m_editProfile = nullptr;
    QAction *m_removeProfile = nullptr;
    QAction *m_addCases = nullptr;
    QAction *m_editCase = nullptr;
    QAction *m_removeCases = nullptr;
    QAction *m_checkNow = nullptr;
    QAction *m_copyReceipt = nullptr;
    QAction *m_openWebsite = nullptr;
    QAction *m_importNotices = nullptr;
    QAction *m_findCases = nullptr;
    QAction *m_findProfiles = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_webhook = nullptr;
    QAction *m_reviewStatuses = nullptr;
    QAction *m_updates = nullptr;
    QAction *m_about = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_pausePolling = nullptr;
    QLabel *m_roleLabel = nullptr;
    QLabel *m_environmentLabel = nullptr;
    PollerStatusBar *m_pollerStatus = nullptr;

    QPointer<Poller> m_poller;
    QString m_pollerUnavailable;
    qint64 m_detailsCaseId = 0; // the case whose details and timeline are shown, 0 for none
    QThread *m_loader = nullptr;
    EstimateRunner *m_estimates = nullptr;
    std::shared_ptr<const DecisionEstimator> m_estimator; // the last run's, for the selected case
    bool m_reloadAgain = false;
    QSet<qint64> m_changedWhileLoading;
};

} // namespace cw
