#include "Desk.h"

#include "AboutDialog.h"
#include "ApiConnection.h"
#include "DeadlinesView.h"
#include "DesktopNotifier.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "SharedDatabase.h"
#include "TrayIcon.h"
#include "StatusReviewDialog.h"
#include "UpdatesDialog.h"
#include "WebhookDialog.h"
#include "WelcomePage.h"

#include "domain/Clock.h"
#include "notify/NotificationRules.h"
#include "poller/Poller.h"
#include "sandbox/DemoData.h"
#include "secrets/CredentialStore.h"
#include "session/Session.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/StaffStore.h"
#include "uscis/TokenProvider.h"
#include "webhook/WebhookDispatcher.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace cw {

Desk::Desk(Settings &settings, CredentialStore &credentials, DeskOptions options, QObject *parent)
    : QObject(parent), m_settings(settings), m_credentials(credentials), m_options(std::move(options)),
      m_clock(std::make_unique<SystemClock>())
{
    // Quitting goes through quit(): it lets a webhook delivery in the air finish first.
    // (the window's close, the tray's Quit, a restart; dialogs closing, or the demo's window
    // replaced by the firm's, never quit).
    QApplication::setQuitOnLastWindowClosed(false);
}

Desk::~Desk()
{
    closeDesk(); // saves the layout
}

Poller *Desk::poller() const
{
    return m_session ? m_session->poller() : nullptr;
}

void Desk::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    saveLayout();
    const auto done = [this] {
        emit readyToQuit();
        QCoreApplication::quit();
    };
    if (m_session)
        m_session->shutdown(2000, done);
    else
        QTimer::singleShot(0, this, done);
}

WelcomePage *Desk::welcome() const
{
    return m_welcome.data();
}

QString Desk::databaseLocation() const
{
    return m_session ? m_session->database().location() : QString();
}

bool Desk::start()
{
    // A first run (no environment ever chosen; an explicit --db means someone knows what they
    // want) opens on the offline demo, with the welcome page on top of it.
    const bool firstRun = !m_settings.contains(Settings::Key::Environment) && m_options.databasePath.isEmpty();
    if (!openDesk(firstRun ? QStringLiteral("demo") : m_settings.environment()))
        return false;
    if (firstRun)
        showWelcome();
    return true;
}

void Desk::showWelcome()
{
    m_welcome = new WelcomePage(m_window.get());
    m_welcome->setWindowFlag(Qt::Dialog);
    m_welcome->setWindowModality(Qt::WindowModal);
    m_welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_welcome, &WelcomePage::demoChosen, this, [this] {
        m_settings.setValue(Settings::Key::Environment, QStringLiteral("demo")); // the choice is remembered
        m_welcome->close();
    });
    connect(m_welcome, &WelcomePage::credentialsChosen, this, &Desk::chooseCredentials);
    // Over the middle of the demo's window.
    m_welcome->move(m_window->geometry().center() - m_welcome->rect().center());
    m_welcome->show();
}

void Desk::chooseCredentials()
{
    SettingsDialog dialog(m_settings, m_credentials, tester(), m_welcome);
    dialog.preferEnvironment(QStringLiteral("sandbox"));
    if (dialog.exec() != QDialog::Accepted)
        return; // still on the welcome page
    const QString chosen = dialog.selectedEnvironment();
    m_settings.setValue(Settings::Key::Environment, chosen);
    m_welcome->close();
    if (chosen == m_environment)
        return;
    // The firm's environment has its own database: build the desk again on it (once the welcome
    // page, a child of the demo's window, has returned from this click).
    QTimer::singleShot(0, this, [this, chosen] {
        closeDesk();
        if (!openDesk(chosen))
            emit quitRequested(2);
    });
}

void Desk::closeDesk()
{
    saveLayout();
    // The reverse of openDesk: the window before the session it shows (the session stops its
    // poller before its database).
    m_tray.reset();
    m_notifier.reset();
    m_window.reset();
    m_connection.reset();
    m_connectionError.clear();
    m_session.reset();
}

QString Desk::sqlitePath(bool demo) const
{
    if (!m_options.databasePath.isEmpty())
        return m_options.databasePath;
    const QString chosen = m_settings.value(Settings::Key::DatabasePath).toString();
    if (!demo && !chosen.isEmpty())
        return chosen;
    const QString folder = m_options.dataDirectory.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                               : m_options.dataDirectory;
    // The demo's data never mixes with the firm's: it has its own file.
    return QDir(folder).filePath(demo ? QStringLiteral("casewatch-demo.sqlite") : QStringLiteral("casewatch.sqlite"));
}

bool Desk::usesSharedDatabase(bool demo) const
{
    // A shared PostgreSQL database when the firm set one up (never for the demo, never with --db).
    return !demo && m_options.databasePath.isEmpty()
           && !m_settings.value(Settings::Key::DatabaseUrl).toString().isEmpty();
}

Result<std::unique_ptr<Database>> Desk::openDatabase(bool demo, const QString &password)
{
    const QString sharedUrl = m_settings.value(Settings::Key::DatabaseUrl).toString();
    const bool shared = usesSharedDatabase(demo);
    auto opened = shared ? openSharedDatabase(sharedUrl, password) : Database::openSqlite(sqlitePath(demo));
    while (!opened && shared) {
        QMessageBox box(QMessageBox::Warning, tr("The shared database is not available"), opened.error().message);
        QPushButton *retry = box.addButton(tr("&Retry"), QMessageBox::AcceptRole);
        QPushButton *local = box.addButton(tr("Use &This Computer's Database"), QMessageBox::ActionRole);
        box.addButton(tr("&Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == retry)
            opened = openSharedDatabase(sharedUrl, password);
        else if (box.clickedButton() == local)
            return Database::openSqlite(sqlitePath(demo));
        else
            return Error{QStringLiteral("app.quit"), QString()};
    }
    return opened;
}

bool Desk::openDesk(const QString &environment)
{
    m_environment = environment;
    const bool demo = m_environment == u"demo";
    if (!usesSharedDatabase(demo))
        return openDeskOn(demo, QString());
    // The shared database's password comes from the keychain: the desk opens when it is read.
    readSharedDatabasePassword(m_settings.value(Settings::Key::DatabaseUrl).toString(), m_credentials, this,
                               [this, demo](const QString &password) {
                                   if (!openDeskOn(demo, password))
                                       emit quitRequested(2);
                               });
    return true;
}

bool Desk::openDeskOn(bool demo, const QString &password)
{
    auto database = openDatabase(demo, password);
    if (!database) {
        if (database.error().code != u"app.quit")
            QMessageBox::critical(nullptr, tr("CaseWatch cannot start"), database.error().message);
        return false;
    }
    m_session =
        std::make_unique<Session>(std::move(database).value(), SessionConfig::fromSettings(m_settings), *m_clock);
    if (demo)
        (void)DemoData::seedIfEmpty(m_session->profiles(), m_session->cases());

    if (auto connection = ApiConnection::create(connectionRequest(m_environment), &m_credentials,
                                                m_session->normalizer(), m_session->database()))
        m_connection = std::move(connection).value();
    else
        m_connectionError = connection.error().message;

    m_window = std::make_unique<MainWindow>(*m_session);
    connect(m_window.get(), &MainWindow::closeRequested, this, &Desk::quit);
    connect(m_session.get(), &Session::problem, m_window.get(),
            [this](const QString &message) { m_window->statusBar()->showMessage(message, 30000); });
    buildAlerts();
    buildDeadlines();
    buildTeam();
    configureWebhook();
    connect(m_window.get(), &MainWindow::webhookRequested, this, [this] {
        WebhookDialog dialog(m_settings, m_credentials, m_session->database(), *m_clock, m_window.get());
        dialog.exec();
        configureWebhook(); // a new address or secret, a resumed pause, or switched off
    });
    connect(m_window.get(), &MainWindow::statusReviewRequested, this, [this] {
        StatusReviewDialog dialog(m_session->database(), m_session->normalizer(), m_window.get());
        connect(&dialog, &StatusReviewDialog::rulesChanged, m_session.get(), &Session::firmRulesChanged);
        dialog.exec();
    });
    connect(m_window.get(), &MainWindow::updatesRequested, this, [this] {
        UpdatesDialog dialog(m_session->database(), m_session->notificationRules().categories(), m_window.get());
        dialog.exec();
    });
    connect(m_window.get(), &MainWindow::settingsRequested, this, &Desk::showSettings);
    connect(m_window.get(), &MainWindow::aboutRequested, this, [this] {
        AboutDialog about({m_session->database().location(), m_settings.fileName(),
                           m_connection ? m_connection->environment().displayName() : tr("not connected")},
                          m_window.get());
        about.exec();
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, &Desk::saveLayout, Qt::UniqueConnection);

    // On a shared database other desktops record changes too: the session looks for them.
    m_session->watchOtherDesktops();
    startPolling();
    m_window->restoreLayout(m_settings);
    m_window->show();
    if (!m_options.openReceipt.isEmpty()) {
        const QString receipt = m_options.openReceipt;
        if (!m_window->openCase(receipt))
            m_window->statusBar()->showMessage(tr("%1 is not tracked in this database.").arg(receipt), 10000);
    }
    emit opened();
    return true;
}

void Desk::buildAlerts()
{
    // The rules claim each event once (in the database), the notifier tells the desktop.
    m_notifier = std::make_unique<DesktopNotifier>();
    MainWindow *window = m_window.get();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = std::make_unique<TrayIcon>(window->pausePollingAction());
        connect(m_tray.get(), &TrayIcon::openRequested, window, [this, window] {
            m_tray->setUnread(0);
            window->showNormal();
            window->raise();
            window->activateWindow();
        });
        connect(m_tray.get(), &TrayIcon::quitRequested, this, &Desk::quit);
        m_tray->show();
        m_notifier->setTray(m_tray.get());
    }
    connect(m_notifier.get(), &DesktopNotifier::openRequested, window, [this, window](const QString &receipt) {
        if (m_tray)
            m_tray->setUnread(0);
        window->showCase(receipt);
    });
    connect(m_notifier.get(), &DesktopNotifier::shownInWindow, window,
            [window](const QString &summary, const QString &body) {
                window->statusBar()->showMessage(summary + QStringLiteral(" — ") + body, 30000);
            });
    connect(m_session.get(), &Session::webhookState, window, [this, window](const WebhookState &s) {
        if (s.paused && !m_webhookWasPaused)
            window->statusBar()->showMessage(tr("Webhook paused: %1").arg(s.pauseReason), 60000);
        m_webhookWasPaused = s.paused;
    });
    connect(m_session.get(), &Session::alertsReady, window, [this](const QList<StatusEventInfo> &events) {
        m_notifier->notify(events);
        if (m_tray)
            m_tray->setUnread(m_tray->unread() + int(events.size()));
    });
    connect(m_session.get(), &Session::remindersDue, window,
            [this](const QList<Deadline> &due) { m_notifier->remind(due); });
    m_session->enableAlerts();
    m_session->lookForAlerts(); // whatever changed while CaseWatch was closed
}

void Desk::buildDeadlines()
{
    // A dock beside the cases, and reminders (checked at start and every hour).
    auto *dock = new QDockWidget(tr("Deadlines"), m_window.get());
    dock->setObjectName(QStringLiteral("deadlinesDock"));
    m_deadlinesView = new DeadlinesView(*m_session, dock);
    dock->setWidget(m_deadlinesView);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    m_window->resizeDocks({dock}, {140}, Qt::Vertical);
    connect(m_deadlinesView, &DeadlinesView::openRequested, m_window.get(), &MainWindow::showCase);
    m_session->startReminders();
}

void Desk::configureWebhook()
{
    m_session->stopWebhook();
    // The webhook dialog writes Settings: the session reads the address and switch again.
    (void)m_session->applyConfig(SessionConfig::fromSettings(m_settings));
    // The firm's webhook, in the database (webhook/FirmWebhook.h).
    auto firm = m_session->firmWebhook();
    if (!firm || !firm->has_value() || !firm->value().enabled || firm->value().url.isEmpty())
        return;
    m_credentials.read(WebhookDispatcher::secretKey(), m_window.get(), [this](Result<std::optional<QString>> secret) {
        const Status started =
            secret ? m_session->startWebhook(secret.value().value_or(QString())) : Status(secret.error());
        if (!started)
            m_window->statusBar()->showMessage(tr("Webhook not started: %1").arg(started.error().message), 60000);
    });
}

void Desk::startPolling()
{
    if (!m_connection) {
        m_window->setPoller(nullptr, m_connectionError);
        m_window->setEnvironmentName(tr("not connected"));
        return;
    }
    m_window->setEnvironmentName(m_connection->environment().displayName());
    m_window->setPoller(nullptr, tr("Reading the USCIS credentials…"));
    m_connection->loadCredentials(m_window.get(), [this](Result<ApiCredentials> loaded) {
        PollerOptions options = m_session->pollerOptions();
        if (!loaded) {
            // On a shared database the firm's credentials need only be where polling runs (the
            // polling server, or one desktop): without them this desktop follows whoever polls.
            const bool shared = m_session->database().engine() == Database::Engine::PostgreSql;
            if (!shared || loaded.error().code != u"uscis.no_credentials") {
                m_window->setPoller(nullptr, loaded.error().message);
                return;
            }
            options.followOnly = true;
            loaded = ApiCredentials{};
        }
        // A read-only person's desktop records nothing, polling results included: it follows.
        if (m_session->database().engine() == Database::Engine::PostgreSql) {
            if (auto me = StaffStore(m_session->database()).me(); !me || !me->mayEditCases())
                options.followOnly = true;
        }
        if (m_connection->environment().kind == ApiEnvironment::Kind::Demo && m_options.demoStepSeconds > 0) {
            // The demo's cases move every step: check them that often, so the timelines visibly grow.
            options.intervals.hotSeconds = options.intervals.normalSeconds = options.intervals.coldSeconds =
                m_options.demoStepSeconds;
        }
        Poller *poller = m_session->startPolling(m_connection->environment(), loaded.value(), options);
        m_window->setPoller(poller);
        if (!m_options.openReceipt.isEmpty()) // again once the first round of checks has filled the timeline
            connect(
                m_session.get(), &Session::cycleFinished, m_window.get(),
                [this, receipt = m_options.openReceipt] { m_window->openCase(receipt); }, Qt::SingleShotConnection);
        poller->start(true);
    });
}

void Desk::testConnection(const QString &environment, std::function<void(Status)> done)
{
    // Signs in to an environment with its stored credentials, for the Settings dialog's test. The
    // desk is always open by then (a first run shows the demo's behind the welcome page).
    auto probe = ApiConnection::create(connectionRequest(environment), &m_credentials, m_session->normalizer(),
                                       m_session->database());
    if (!probe) {
        done(probe.error());
        return;
    }
    ApiConnection *raw = probe.value().release();
    raw->tokens().token([raw, done](Result<QString> token) {
        done(token ? Status() : Status(token.error()));
        raw->deleteLater();
    });
}

ApiConnection::Request Desk::connectionRequest(const QString &environment) const
{
    ApiConnection::Request request;
    request.environmentId = environment;
    request.apiBase = QUrl(m_settings.value(Settings::Key::CustomApiBase).toString());
    request.tokenUrl = QUrl(m_settings.value(Settings::Key::CustomTokenUrl).toString());
    request.rateLimit = m_settings.value(Settings::Key::RateLimit).toDouble();
    request.dailyQuota = m_settings.value(Settings::Key::DailyQuota).toInt();
    request.demoStepSeconds = m_options.demoStepSeconds;
    return request;
}

SettingsDialog::ConnectionTester Desk::tester()
{
    return [this](const QString &env, std::function<void(Status)> done) { testConnection(env, std::move(done)); };
}

void Desk::showSettings()
{
    const QString languageBefore = m_settings.language();
    const QString databaseBefore = m_settings.value(Settings::Key::DatabaseUrl).toString();
    const QString pathBefore = m_settings.value(Settings::Key::DatabasePath).toString();
    SettingsDialog dialog(m_settings, m_credentials, tester(), m_window.get());
    connect(&dialog, &SettingsDialog::webhookRequested, m_window.get(), &MainWindow::webhookRequested);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool databaseChanged = m_settings.value(Settings::Key::DatabaseUrl).toString() != databaseBefore
                                 || m_settings.value(Settings::Key::DatabasePath).toString() != pathBefore;
    // The session applies what it can at once (alert categories) and says whether the rest needs
    // the poller and the windows built again.
    const bool sessionNeedsRestart = m_session->applyConfig(SessionConfig::fromSettings(m_settings));
    if (dialog.selectedEnvironment() == m_environment && m_settings.language() == languageBefore && !sessionNeedsRestart
        && !databaseChanged)
        return;
    // Another environment means another database (the demo's is separate); a new language or new
    // tiers apply to every window and the poller: start afresh.
    QMessageBox::information(m_window.get(), tr("Applying the settings"),
                             tr("CaseWatch will restart to apply the new settings."));
    connect(this, &Desk::readyToQuit, this,
            [] { QProcess::startDetached(QApplication::applicationFilePath(), QApplication::arguments().mid(1)); });
    quit();
}

void Desk::saveLayout()
{
    if (m_window)
        m_window->saveLayout(m_settings);
}

} // namespace cw
