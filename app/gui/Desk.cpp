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

#include "normalize/StatusNormalizer.h"
#include "storage/StatusRuleStore.h"
#include "notify/NotificationRules.h"
#include "poller/Clock.h"
#include "poller/Poller.h"
#include "sandbox/DemoData.h"
#include "secrets/CredentialStore.h"
#include "settings/Settings.h"
#include "storage/CaseStore.h"
#include "storage/ChangeWatcher.h"
#include "storage/Database.h"
#include "storage/DeadlineStore.h"
#include "storage/ObservationStore.h"
#include "storage/ProfileStore.h"
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
      m_normalizer(std::make_unique<StatusNormalizer>()), m_clock(std::make_unique<SystemClock>())
{
}

Desk::~Desk()
{
    closeDesk(); // saves the layout, lets a webhook delivery in the air finish
}

WelcomePage *Desk::welcome() const
{
    return m_welcome.data();
}

QString Desk::databaseLocation() const
{
    return m_db ? m_db->location() : QString();
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
    if (m_webhook)
        m_webhook->drain(2000);
    // The reverse of openDesk: the poller before the database it writes to, the window before
    // the stores it shows.
    m_poller.reset();
    m_watcher.reset();
    m_webhook.reset();
    m_tray.reset();
    m_notifier.reset();
    m_alertTimer = nullptr; // a child of the window
    m_window.reset();
    m_connection.reset();
    m_connectionError.clear();
    m_rules.reset();
    m_deadlines.reset();
    m_observations.reset();
    m_cases.reset();
    m_profiles.reset();
    m_db.reset();
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

Result<std::unique_ptr<Database>> Desk::openDatabase(bool demo)
{
    const QString sharedUrl = m_settings.value(Settings::Key::DatabaseUrl).toString();
    // A shared PostgreSQL database when the firm set one up (never for the demo, never with --db).
    const bool shared = !demo && m_options.databasePath.isEmpty() && !sharedUrl.isEmpty();
    auto opened = shared ? openSharedDatabase(sharedUrl, m_credentials) : Database::openSqlite(sqlitePath(demo));
    while (!opened && shared) {
        QMessageBox box(QMessageBox::Warning, tr("The shared database is not available"), opened.error().message);
        QPushButton *retry = box.addButton(tr("&Retry"), QMessageBox::AcceptRole);
        QPushButton *local = box.addButton(tr("Use &This Computer's Database"), QMessageBox::ActionRole);
        box.addButton(tr("&Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == retry)
            opened = openSharedDatabase(sharedUrl, m_credentials);
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
    auto database = openDatabase(demo);
    if (!database) {
        if (database.error().code != u"app.quit")
            QMessageBox::critical(nullptr, tr("CaseWatch cannot start"), database.error().message);
        return false;
    }
    m_db = std::move(database).value();
    m_profiles = std::make_unique<ProfileStore>(*m_db);
    m_cases = std::make_unique<CaseStore>(*m_db);
    m_observations = std::make_unique<ObservationStore>(*m_db);
    m_deadlines = std::make_unique<DeadlineStore>(*m_db);
    m_rules = std::make_unique<NotificationRules>(m_settings.value(Settings::Key::NotifyCategories).toStringList());
    if (demo)
        (void)DemoData::seedIfEmpty(*m_profiles, *m_cases);

    loadFirmRules();
    if (auto connection = ApiConnection::create(connectionRequest(m_environment), &m_credentials, *m_normalizer, *m_db))
        m_connection = std::move(connection).value();
    else
        m_connectionError = connection.error().message;

    m_window = std::make_unique<MainWindow>(*m_profiles, *m_cases, *m_observations);
    buildAlerts();
    buildDeadlines();
    configureWebhook();
    connect(m_window.get(), &MainWindow::webhookRequested, this, [this] {
        WebhookDialog dialog(m_settings, m_credentials, *m_db, *m_clock, m_window.get());
        dialog.exec();
        configureWebhook(); // a new address or secret, a resumed pause, or switched off
    });
    connect(m_window.get(), &MainWindow::statusReviewRequested, this, [this] {
        StatusReviewDialog dialog(*m_db, *m_normalizer, m_window.get());
        connect(&dialog, &StatusReviewDialog::rulesChanged, this, &Desk::firmRulesChanged);
        dialog.exec();
    });
    connect(m_window.get(), &MainWindow::updatesRequested, this, [this] {
        UpdatesDialog dialog(*m_db, m_rules->categories(), m_window.get());
        dialog.exec();
    });
    connect(m_window.get(), &MainWindow::settingsRequested, this, &Desk::showSettings);
    connect(m_window.get(), &MainWindow::aboutRequested, this, [this] {
        AboutDialog about({m_db->location(), m_settings.fileName(),
                           m_connection ? m_connection->environment().displayName() : tr("not connected")},
                          m_window.get());
        about.exec();
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, &Desk::saveLayout, Qt::UniqueConnection);

    // On a shared database other desktops record changes too: look for them now and then.
    if (m_db->engine() == Database::Engine::PostgreSql) {
        m_watcher = std::make_unique<ChangeWatcher>(*m_db);
        const auto alsoDeadlinesAndAlerts = [this] {
            if (m_deadlinesView)
                m_deadlinesView->reload();
            m_alertTimer->start();
        };
        connect(m_watcher.get(), &ChangeWatcher::changed, this, [this, alsoDeadlinesAndAlerts] {
            loadFirmRules(); // an edit may be a status rule taught on another desktop
            m_window->refreshFromDatabase();
            alsoDeadlinesAndAlerts();
        });
        connect(m_watcher.get(), &ChangeWatcher::casesChanged, this,
                [this, alsoDeadlinesAndAlerts](const QList<qint64> &ids) {
                    m_window->applyCaseChanges(ids);
                    alsoDeadlinesAndAlerts();
                });
        m_watcher->start();
    }
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

void Desk::loadFirmRules()
{
    if (auto rules = StatusRuleStore(*m_db).map())
        m_normalizer->setFirmRules(std::move(rules.value()));
    else if (m_window)
        m_window->statusBar()->showMessage(rules.error().message, 30000);
}

void Desk::firmRulesChanged()
{
    // Cases and history entries were re-categorized in the database (the poller reads the rules
    // itself as each cycle starts): show them, and raise what now alerts.
    loadFirmRules();
    m_window->refreshFromDatabase();
    if (m_deadlinesView)
        m_deadlinesView->reload();
    m_alertTimer->start();
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
        connect(m_tray.get(), &TrayIcon::quitRequested, qApp, &QApplication::quit);
        m_tray->show();
        m_notifier->setTray(m_tray.get());
    }
    connect(m_notifier.get(), &DesktopNotifier::openRequested, window, [this, window](const QString &receipt) {
        if (m_tray)
            m_tray->setUnread(0);
        window->showCase(receipt);
    });
    connect(m_notifier.get(), &DesktopNotifier::shownInWindow, window, [window](const QString &summary, const QString &body) {
        window->statusBar()->showMessage(summary + QStringLiteral(" — ") + body, 30000);
    });
    m_webhook = std::make_unique<WebhookDispatcher>(*m_db, *m_clock);
    connect(m_webhook.get(), &WebhookDispatcher::stateChanged, window, [this, window](const WebhookState &s) {
        if (s.paused && !m_webhookWasPaused)
            window->statusBar()->showMessage(tr("Webhook paused: %1").arg(s.pauseReason), 60000);
        m_webhookWasPaused = s.paused;
    });
    m_alertTimer = new QTimer(window); // many events arrive together: one look for all of them
    m_alertTimer->setSingleShot(true);
    m_alertTimer->setInterval(500);
    connect(m_alertTimer, &QTimer::timeout, window, [this] {
        m_webhook->kick();
        auto pending = m_rules->takePending(*m_db);
        if (!pending || pending->isEmpty())
            return;
        m_notifier->notify(pending.value());
        if (m_tray)
            m_tray->setUnread(m_tray->unread() + int(pending->size()));
    });
    m_alertTimer->start(); // whatever changed while CaseWatch was closed
}

void Desk::buildDeadlines()
{
    // A dock beside the cases, and reminders (checked at start and every hour).
    auto *dock = new QDockWidget(tr("Deadlines"), m_window.get());
    dock->setObjectName(QStringLiteral("deadlinesDock"));
    m_deadlinesView = new DeadlinesView(*m_deadlines, dock);
    dock->setWidget(m_deadlinesView);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    m_window->resizeDocks({dock}, {140}, Qt::Vertical);
    connect(m_deadlinesView, &DeadlinesView::openRequested, m_window.get(), &MainWindow::showCase);
    auto checkReminders = [this] {
        auto due = m_deadlines->takeReminders(QDate::currentDate(), m_settings.deadlinePolicy());
        if (due && !due->isEmpty())
            m_notifier->remind(due.value());
    };
    auto *hourly = new QTimer(m_window.get());
    hourly->setInterval(3600 * 1000);
    connect(hourly, &QTimer::timeout, m_window.get(), checkReminders);
    hourly->start();
    QTimer::singleShot(2000, m_window.get(), checkReminders);
}

void Desk::configureWebhook()
{
    m_webhook->stop();
    const QUrl url(m_settings.value(Settings::Key::WebhookUrl).toString());
    if (!m_settings.value(Settings::Key::WebhookEnabled).toBool() || url.isEmpty())
        return;
    m_credentials.read(WebhookDispatcher::secretKey(), m_window.get(), [this, url](Result<std::optional<QString>> secret) {
        const Status configured = secret ? m_webhook->configure(url, secret.value().value_or(QString())) : Status(secret.error());
        if (!configured) {
            m_window->statusBar()->showMessage(tr("Webhook not started: %1").arg(configured.error().message), 60000);
            return;
        }
        m_webhook->start();
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
        if (!loaded) {
            m_window->setPoller(nullptr, loaded.error().message);
            return;
        }
        PollerOptions options;
        options.intervals = m_settings.pollIntervals();
        if (m_connection->environment().kind == ApiEnvironment::Kind::Demo && m_options.demoStepSeconds > 0) {
            // The demo's cases move every step: check them that often, so the timelines visibly grow.
            options.intervals.hotSeconds = options.intervals.normalSeconds = options.intervals.coldSeconds =
                m_options.demoStepSeconds;
        }
        options.deadlines = m_settings.deadlinePolicy();
        m_poller = std::make_unique<Poller>(*m_db, *m_normalizer, *m_clock, m_connection->environment(), loaded.value(), options);
        m_window->setPoller(m_poller.get());
        connect(m_poller.get(), &Poller::eventRecorded, m_alertTimer, qOverload<>(&QTimer::start));
        if (m_deadlinesView)
            connect(m_poller.get(), &Poller::cycleFinished, m_deadlinesView.data(), &DeadlinesView::reload);
        if (!m_options.openReceipt.isEmpty()) // again once the first round of checks has filled the timeline
            connect(m_poller.get(), &Poller::cycleFinished, m_window.get(),
                    [this, receipt = m_options.openReceipt] { m_window->openCase(receipt); }, Qt::SingleShotConnection);
        m_poller->start(true);
    });
}

void Desk::testConnection(const QString &environment, std::function<void(Status)> done)
{
    // Signs in to an environment with its stored credentials, for the Settings dialog's test. The
    // desk is always open by then (a first run shows the demo's behind the welcome page).
    auto probe = ApiConnection::create(connectionRequest(environment), &m_credentials, *m_normalizer, *m_db);
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
    const PollIntervals tiersBefore = m_settings.pollIntervals();
    const DeadlinePolicy deadlinesBefore = m_settings.deadlinePolicy();
    const QStringList notifyBefore = m_settings.value(Settings::Key::NotifyCategories).toStringList();
    SettingsDialog dialog(m_settings, m_credentials, tester(), m_window.get());
    connect(&dialog, &SettingsDialog::webhookRequested, m_window.get(), &MainWindow::webhookRequested);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PollIntervals tiers = m_settings.pollIntervals();
    const bool tiersChanged = tiers.hotSeconds != tiersBefore.hotSeconds || tiers.normalSeconds != tiersBefore.normalSeconds
                              || tiers.coldSeconds != tiersBefore.coldSeconds;
    const DeadlinePolicy deadlines = m_settings.deadlinePolicy();
    const bool deadlinesChanged = deadlines.rfeResponseDays != deadlinesBefore.rfeResponseDays
                                  || deadlines.noidResponseDays != deadlinesBefore.noidResponseDays;
    const bool databaseChanged = m_settings.value(Settings::Key::DatabaseUrl).toString() != databaseBefore
                                 || m_settings.value(Settings::Key::DatabasePath).toString() != pathBefore;
    const QStringList notify = m_settings.value(Settings::Key::NotifyCategories).toStringList();
    if (notify != notifyBefore)
        m_rules = std::make_unique<NotificationRules>(notify); // applies to the next change
    if (dialog.selectedEnvironment() == m_environment && m_settings.language() == languageBefore && !tiersChanged
        && !databaseChanged && !deadlinesChanged)
        return;
    // Another environment means another database (the demo's is separate); a new language or new
    // tiers apply to every window and the poller: start afresh.
    QMessageBox::information(m_window.get(), tr("Applying the settings"), tr("CaseWatch will restart to apply the new settings."));
    saveLayout();
    QProcess::startDetached(QApplication::applicationFilePath(), QApplication::arguments().mid(1));
    QApplication::quit();
}

void Desk::saveLayout()
{
    if (m_window)
        m_window->saveLayout(m_settings);
}

} // namespace cw
