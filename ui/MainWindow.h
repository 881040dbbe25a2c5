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

class CaseChecker;
class CaseStore;
class CaseTableModel;
class ProfileStore;
struct Error;

// Lays out the desk and routes actions to the stores; it does no SQL or HTTP itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ProfileStore &profiles, CaseStore &cases, QWidget *parent = nullptr);

    qint64 selectedProfileId() const;
    void selectProfile(qint64 id);
    void selectCase(qint64 id);
    // The service behind "Check Now"; null while no USCIS environment is usable.
    void setChecker(CaseChecker *checker, const QString &unavailableReason = {});
    void setEnvironmentName(const QString &name);

signals:
    void settingsRequested();

public slots:
    void newProfile();
    void editProfile();
    void removeProfile();
    void addCases();
    void editCase();
    void removeCases();
    void checkNow();
    void reloadProfiles();

private:
    void createActions();
    void reloadCases();
    void updateActions();
    void showError(const QString &title, const Error &error);
    QList<qint64> selectedCaseIds() const;

    ProfileStore &m_profiles;
    CaseStore &m_cases;

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
    QPointer<CaseChecker> m_checker;
    QString m_checkerUnavailable;
    int m_checksRunning = 0;
};

} // namespace cw
