#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;
class QTreeView;

namespace cw {

class CaseStore;
class ObservationStore;
class Poller;
class PollerStatusBar;
class TimelineView;
struct PollerStatus;
class CaseTableModel;
class ProfileStore;
struct Error;

// Lays out the desk and routes actions to the stores; it does no SQL or HTTP itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ProfileStore &profiles, CaseStore &cases, ObservationStore &observations, QWidget *parent = nullptr);

    qint64 selectedProfileId() const;
    void selectProfile(qint64 id);
    void selectCase(qint64 id);
    // Selects the case's profile and the case itself; false when the receipt is not tracked.
    bool openCase(const QString &receipt);
    // The background poller behind "Check Now" and the status bar; null while no USCIS
    // environment is usable (the reason is then shown when someone asks for a check).
    void setPoller(Poller *poller, const QString &unavailableReason = {});
    void setEnvironmentName(const QString &name);
    QAction *pausePollingAction() const { return m_pausePolling; }
    // Brings the window forward on a case (a clicked notification).
    void showCase(const QString &receipt);

signals:
    void settingsRequested();
    void webhookRequested();
    void aboutRequested();

public slots:
    void newProfile();
    void editProfile();
    void removeProfile();
    void addCases();
    void editCase();
    void removeCases();
    void checkNow();
    void togglePolling(bool paused);
    // Reads the files (PDFs, folders) and opens the review; `profileId` 0 lets each notice
    // suggest its profile.
    void importFiles(const QStringList &paths, qint64 profileId);
    // Re-reads what is shown (another desktop on a shared database changed something).
    void refreshFromDatabase() { scheduleCaseReload(); }
    void scheduleCaseReload();
    void reloadProfiles();

private:
    void createActions();
    void reloadCases();
    void updateActions();
    void showError(const QString &title, const Error &error);
    QList<qint64> selectedCaseIds() const;

    void showTimeline();

    ProfileStore &m_profiles;
    CaseStore &m_cases;
    ObservationStore &m_observations;
    TimelineView *m_timeline;

    QLineEdit *m_search;
    QTreeView *m_profileView;
    QStandardItemModel *m_profileModel;
    QLabel *m_profileHeader;
    QTableView *m_caseView;
    CaseTableModel *m_caseModel;

    QAction *m_newProfile = nullptr;
    QAction *m_editProfile = nullptr;
    QAction *m_removeProfile = nullptr;
    QAction *m_addCases = nullptr;
    QAction *m_editCase = nullptr;
    QAction *m_removeCases = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_checkNow = nullptr;
    QAction *m_settings = nullptr;
    QLabel *m_environmentLabel = nullptr;
    void showPollerStatus(const PollerStatus &status);

    QPointer<Poller> m_poller;
    QString m_pollerUnavailable;
    QAction *m_pausePolling = nullptr;
    PollerStatusBar *m_pollerStatus = nullptr;
    bool m_reloadPending = false;
};

} // namespace cw
