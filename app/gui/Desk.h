#pragma once

#include "ApiConnection.h"
#include "Result.h"
#include "SettingsDialog.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QDockWidget;
class QTimer;

namespace cw {

class CredentialStore;
class Database;
class DeadlinesView;
class DesktopNotifier;
class MainWindow;
class Poller;
class Session;
class Settings;
class SystemClock;
class TrayIcon;
class WelcomePage;

struct DeskOptions
{
    QString databasePath; // --db: this SQLite file, whatever the settings say
    QString openReceipt; // --case: open on this case
    QString dataDirectory; // where the SQLite files live ("" = the platform's data folder)
    int demoStepSeconds = 60; // the demo's cases move about once a minute
};

// The desktop application's composition root: builds the session (core/session/Session.h: the
// database, stores, poller, watcher, alerts, webhook) and the windows, and wires the windows to the
// session's change feed. It holds no policy of its own. A first run (no environment ever chosen) opens on the offline demo with
// the welcome page on top; choosing the firm's credentials there builds the desk again on the
// firm's environment and database.
class Desk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Desk)

public:
    Desk(Settings &settings, CredentialStore &credentials, DeskOptions options, QObject *parent = nullptr);
    ~Desk() override;

    // Opens the desk (on a first run: on the offline demo, with the welcome page on top). False
    // when CaseWatch cannot start (the reason was shown).
    bool start();

    MainWindow *window() const { return m_window.get(); }
    WelcomePage *welcome() const;
    Poller *poller() const;
    Session *session() const { return m_session.get(); }
    DesktopNotifier *notifier() const { return m_notifier.get(); }
    TrayIcon *tray() const { return m_tray.get(); }
    QString databaseLocation() const;

signals:
    // A desk window is up (again after the welcome page switched to the firm's environment).
    void opened();
    // Started but could not go on (the database is unreachable and the user chose to quit).
    void quitRequested(int exitCode);
    // Quitting: polling stopped, a webhook delivery in the air finished (or its time ran out).
    void readyToQuit();

public slots:
    // Stops the session's work (waiting up to two seconds for a webhook delivery in the air), then
    // quits the application. The tray's Quit, the last window closed and a restart come here.
    void quit();

private:
    // Opens the desk on an environment's database (a shared one once its password is read from the
    // keychain: then true at once, and quitRequested() if it cannot open).
    bool openDesk(const QString &environment);
    bool openDeskOn(bool demo, const QString &password);
    bool usesSharedDatabase(bool demo) const;
    void closeDesk();
    void showWelcome();
    Result<std::unique_ptr<Database>> openDatabase(bool demo, const QString &password);
    QString sqlitePath(bool demo) const;
    void chooseCredentials();
    void buildAlerts();
    void buildDeadlines();
    void buildTeam(); // app/gui/DeskTeam.cpp
    void configureWebhook();
    void startPolling();
    void showSettings();
    void testConnection(const QString &environment, std::function<void(Status)> done);
    SettingsDialog::ConnectionTester tester();
    ApiConnection::Request connectionRequest(const QString &environment) const;
    void saveLayout();

    Settings &m_settings;
    CredentialStore &m_credentials;
    DeskOptions m_options;
    QString m_environment;

    // Declared in the order they must be built; destroyed in reverse (the window before the
    // session it shows).
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ApiConnection> m_connection;
    QString m_connectionError;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<TrayIcon> m_tray;
    QPointer<DeadlinesView> m_deadlinesView;
    bool m_webhookWasPaused = false;
    bool m_quitting = false;
    QPointer<WelcomePage> m_welcome;
};

} // namespace cw
