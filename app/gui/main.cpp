// casewatch: the desktop application. This is the composition root: the services are built here
// once and handed to the windows through their constructors.
#include "ApiConnection.h"
#include "SharedDatabase.h"
#include "AboutDialog.h"
#include "DeadlinesView.h"
#include "DesktopNotifier.h"
#include "TrayIcon.h"
#include "WebhookDialog.h"
#include "MainWindow.h"
#include "SettingsDialog.h"

#include "i18n/Translations.h"
#include "normalize/StatusNormalizer.h"
#include "notify/NotificationRules.h"
#include "sandbox/DemoData.h"
#include "secrets/KeychainCredentialStore.h"
#include "settings/Settings.h"
#include "storage/CaseStore.h"
#include "storage/ChangeWatcher.h"
#include "storage/Database.h"
#include "storage/ObservationStore.h"
#include "storage/ProfileStore.h"
#include "poller/Clock.h"
#include "poller/Poller.h"
#include "uscis/TokenProvider.h"
#include "webhook/WebhookDispatcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QEventLoop>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace {

struct Gui
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

cw::ApiConnection::Request connectionRequest(const cw::Settings &settings, const QString &environment)
{
    cw::ApiConnection::Request request;
    request.environmentId = environment;
    request.apiBase = QUrl(settings.value(cw::Settings::Key::CustomApiBase).toString());
    request.tokenUrl = QUrl(settings.value(cw::Settings::Key::CustomTokenUrl).toString());
    request.rateLimit = settings.value(cw::Settings::Key::RateLimit).toDouble();
    request.dailyQuota = settings.value(cw::Settings::Key::DailyQuota).toInt();
    request.demoStepSeconds = 60; // the demo's cases move about once a minute
    return request;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Debug output only when asked for (QT_LOGGING_RULES="casewatch.*.debug=true").
    QLoggingCategory::setFilterRules(QStringLiteral("casewatch.*.debug=false"));
    QApplication::setApplicationName(QStringLiteral("CaseWatch"));
    QApplication::setApplicationDisplayName(QStringLiteral("CaseWatch"));
    QApplication::setApplicationVersion(QStringLiteral(CASEWATCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.casewatch.CaseWatch"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/casewatch/icons/casewatch.svg")));

    cw::Settings settings;
    const QString forcedLanguage = qEnvironmentVariable("CASEWATCH_LANGUAGE");
    cw::Translations::install(app, forcedLanguage.isEmpty() ? settings.language() : forcedLanguage);

    QCommandLineParser parser;
    parser.setApplicationDescription(Gui::tr("Track USCIS cases for your clients."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), Gui::tr("The SQLite database file to open."),
                                      QStringLiteral("PATH"));
    parser.addOption(dbOption);
    const QCommandLineOption caseOption(QStringLiteral("case"), Gui::tr("Open on this case (a receipt number)."),
                                        QStringLiteral("RECEIPT"));
    parser.addOption(caseOption);
    parser.process(app);

    const QString environment = settings.environment();
    const bool demo = environment == u"demo";
    // The demo's data never mixes with the firm's: it has its own file.
    const QString path = parser.isSet(dbOption)
                             ? parser.value(dbOption)
                             : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                   + (demo ? QStringLiteral("/casewatch-demo.sqlite") : QStringLiteral("/casewatch.sqlite"));
    cw::KeychainCredentialStore credentials;
    // A shared PostgreSQL database when the firm set one up (never for the demo, never with --db).
    const QString sharedUrl = settings.value(cw::Settings::Key::DatabaseUrl).toString();
    auto openDatabase = [&]() -> cw::Result<std::unique_ptr<cw::Database>> {
        if (demo || parser.isSet(dbOption) || sharedUrl.isEmpty())
            return cw::Database::openSqlite(path);
        return cw::openSharedDatabase(sharedUrl, credentials);
    };
    auto opened = openDatabase();
    while (!opened && !sharedUrl.isEmpty() && !demo && !parser.isSet(dbOption)) {
        QMessageBox box(QMessageBox::Warning, Gui::tr("The shared database is not available"), opened.error().message);
        QPushButton *retry = box.addButton(Gui::tr("&Retry"), QMessageBox::AcceptRole);
        QPushButton *local = box.addButton(Gui::tr("Use &This Computer's Database"), QMessageBox::ActionRole);
        box.addButton(Gui::tr("&Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == retry) {
            opened = openDatabase();
        } else if (box.clickedButton() == local) {
            opened = cw::Database::openSqlite(path);
            break;
        } else {
            return 2;
        }
    }
    if (!opened) {
        QMessageBox::critical(nullptr, Gui::tr("CaseWatch cannot start"), opened.error().message);
        return 2;
    }
    const std::unique_ptr<cw::Database> db = std::move(opened).value();
    cw::ProfileStore profiles(*db);
    cw::CaseStore cases(*db);
    if (demo)
        (void)cw::DemoData::seedIfEmpty(profiles, cases);

    const cw::StatusNormalizer normalizer;
    auto connection = cw::ApiConnection::create(connectionRequest(settings, environment), &credentials, normalizer, *db);

    cw::ObservationStore observations(*db);
    cw::MainWindow window(profiles, cases, observations);
    // Alerts: the rules claim each event once (in the database), the notifier tells the desktop.
    const cw::NotificationRules rules(settings.value(cw::Settings::Key::NotifyCategories).toStringList());
    cw::DesktopNotifier notifier;
    std::unique_ptr<cw::TrayIcon> tray;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        tray = std::make_unique<cw::TrayIcon>(window.pausePollingAction());
        QObject::connect(tray.get(), &cw::TrayIcon::openRequested, &window, [&] {
            tray->setUnread(0);
            window.showNormal();
            window.raise();
            window.activateWindow();
        });
        QObject::connect(tray.get(), &cw::TrayIcon::quitRequested, &app, &QApplication::quit);
        tray->show();
        notifier.setTray(tray.get());
    }
    QObject::connect(&notifier, &cw::DesktopNotifier::openRequested, &window, [&](const QString &receipt) {
        if (tray)
            tray->setUnread(0);
        window.showCase(receipt);
    });
    QObject::connect(&notifier, &cw::DesktopNotifier::shownInWindow, &window,
                     [&window](const QString &summary, const QString &body) {
                         window.statusBar()->showMessage(summary + QStringLiteral(" — ") + body, 30000);
                     });
    // Webhook: the dispatcher delivers the outbox while the app runs; it is configured from the
    // settings and the keychain, and again whenever the Webhook dialog closes.
    cw::SystemClock clock;
    cw::WebhookDispatcher webhook(*db, clock);
    bool webhookWasPaused = false;
    QObject::connect(&webhook, &cw::WebhookDispatcher::stateChanged, &window, [&](const cw::WebhookState &s) {
        if (s.paused && !webhookWasPaused)
            window.statusBar()->showMessage(Gui::tr("Webhook paused: %1").arg(s.pauseReason), 60000);
        webhookWasPaused = s.paused;
    });
    auto configureWebhook = [&] {
        webhook.stop();
        const QUrl url(settings.value(cw::Settings::Key::WebhookUrl).toString());
        if (!settings.value(cw::Settings::Key::WebhookEnabled).toBool() || url.isEmpty())
            return;
        credentials.read(cw::WebhookDispatcher::secretKey(), &window, [&, url](cw::Result<std::optional<QString>> secret) {
            const cw::Status configured = secret ? webhook.configure(url, secret.value().value_or(QString()))
                                                 : cw::Status(secret.error());
            if (!configured) {
                window.statusBar()->showMessage(Gui::tr("Webhook not started: %1").arg(configured.error().message), 60000);
                return;
            }
            webhook.start();
        });
    };
    configureWebhook();
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &webhook, [&webhook] { webhook.drain(2000); });
    QObject::connect(&window, &cw::MainWindow::webhookRequested, &window, [&] {
        cw::WebhookDialog dialog(settings, credentials, *db, clock, &window);
        dialog.exec();
        configureWebhook(); // a new address or secret, a resumed pause, or switched off
    });

    QTimer alertTimer; // many events arrive together: one look for all of them
    alertTimer.setSingleShot(true);
    alertTimer.setInterval(500);
    QObject::connect(&alertTimer, &QTimer::timeout, &window, [&] {
        webhook.kick();
        auto pending = rules.takePending(*db);
        if (!pending || pending->isEmpty())
            return;
        notifier.notify(pending.value());
        if (tray)
            tray->setUnread(tray->unread() + int(pending->size()));
    });
    alertTimer.start(); // whatever changed while CaseWatch was closed

    // Deadlines: a dock beside the cases, and reminders (checked at start and every hour).
    const cw::DeadlinePolicy deadlinePolicy = settings.deadlinePolicy();
    cw::DeadlineStore deadlineStore(*db);
    auto *deadlinesDock = new QDockWidget(Gui::tr("Deadlines"), &window);
    deadlinesDock->setObjectName(QStringLiteral("deadlinesDock"));
    auto *deadlinesView = new cw::DeadlinesView(deadlineStore, deadlinesDock);
    deadlinesDock->setWidget(deadlinesView);
    window.addDockWidget(Qt::BottomDockWidgetArea, deadlinesDock);
    window.resizeDocks({deadlinesDock}, {140}, Qt::Vertical);
    QObject::connect(deadlinesView, &cw::DeadlinesView::openRequested, &window, &cw::MainWindow::showCase);
    auto checkReminders = [&] {
        auto due = deadlineStore.takeReminders(QDate::currentDate(), deadlinePolicy);
        if (due && !due->isEmpty())
            notifier.remind(due.value());
    };
    QTimer reminderTimer;
    reminderTimer.setInterval(3600 * 1000);
    QObject::connect(&reminderTimer, &QTimer::timeout, &window, checkReminders);
    reminderTimer.start();
    QTimer::singleShot(2000, &window, checkReminders);

    // On a shared database other desktops record changes too: look for them now and then.
    cw::ChangeWatcher watcher(*db);
    if (db->engine() == cw::Database::Engine::PostgreSql) {
        QObject::connect(&watcher, &cw::ChangeWatcher::changed, &window, [&] {
            window.refreshFromDatabase();
            deadlinesView->reload();
            alertTimer.start();
        });
        watcher.start();
    }

    std::unique_ptr<cw::Poller> poller; // declared after the database: stopped before it closes
    if (connection) {
        window.setEnvironmentName(connection.value()->environment().displayName());
        window.setPoller(nullptr, Gui::tr("Reading the USCIS credentials…"));
        connection.value()->loadCredentials(&window, [&](cw::Result<cw::ApiCredentials> loaded) {
            if (!loaded) {
                window.setPoller(nullptr, loaded.error().message);
                return;
            }
            cw::PollerOptions options;
            options.intervals = settings.pollIntervals();
            options.deadlines = settings.deadlinePolicy();
            poller = std::make_unique<cw::Poller>(*db, normalizer, clock, connection.value()->environment(),
                                                  loaded.value(), options);
            window.setPoller(poller.get());
            QObject::connect(poller.get(), &cw::Poller::eventRecorded, &alertTimer, qOverload<>(&QTimer::start));
            QObject::connect(poller.get(), &cw::Poller::cycleFinished, deadlinesView, &cw::DeadlinesView::reload);
            poller->start(true);
        });
    } else {
        window.setPoller(nullptr, connection.error().message);
        window.setEnvironmentName(Gui::tr("not connected"));
    }

    // Signs in to an environment with its stored credentials, for the Settings dialog's test.
    auto tester = [&](const QString &env, std::function<void(cw::Status)> done) {
        auto probe = cw::ApiConnection::create(connectionRequest(settings, env), &credentials, normalizer, *db);
        if (!probe) {
            done(probe.error());
            return;
        }
        cw::ApiConnection *raw = probe.value().release();
        raw->tokens().token([raw, done](cw::Result<QString> token) {
            done(token ? cw::Status() : cw::Status(token.error()));
            raw->deleteLater();
        });
    };
    QObject::connect(&window, &cw::MainWindow::settingsRequested, &window, [&] {
        const QString languageBefore = settings.language();
        const QString databaseBefore = settings.value(cw::Settings::Key::DatabaseUrl).toString();
        const cw::PollIntervals tiersBefore = settings.pollIntervals();
        cw::SettingsDialog dialog(settings, credentials, tester, &window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const cw::PollIntervals tiers = settings.pollIntervals();
        const bool tiersChanged = tiers.hotSeconds != tiersBefore.hotSeconds || tiers.normalSeconds != tiersBefore.normalSeconds
                                  || tiers.coldSeconds != tiersBefore.coldSeconds;
        const bool databaseChanged = settings.value(cw::Settings::Key::DatabaseUrl).toString() != databaseBefore;
        if (dialog.selectedEnvironment() == environment && settings.language() == languageBefore && !tiersChanged
            && !databaseChanged)
            return;
        // Another environment means another database (the demo's is separate); a new language or
        // new tiers apply to every window and the poller: start afresh.
        QMessageBox::information(&window, Gui::tr("Applying the settings"),
                                 Gui::tr("CaseWatch will restart to apply the new settings."));
        QProcess::startDetached(QApplication::applicationFilePath(), QApplication::arguments().mid(1));
        QApplication::quit();
    });
    QObject::connect(&window, &cw::MainWindow::aboutRequested, &window, [&] {
        cw::AboutDialog about({db->location(), settings.fileName(),
                               connection ? connection.value()->environment().displayName() : Gui::tr("not connected")},
                              &window);
        about.exec();
    });
    window.show();
    if (parser.isSet(caseOption)) {
        const QString receipt = parser.value(caseOption);
        if (!window.openCase(receipt))
            window.statusBar()->showMessage(Gui::tr("%1 is not tracked in this database.").arg(receipt), 10000);
        if (poller) // show it again once the first round of checks has filled the timeline
            QObject::connect(poller.get(), &cw::Poller::cycleFinished, &window,
                             [&window, receipt] { window.openCase(receipt); }, Qt::SingleShotConnection);
    }
    return QApplication::exec();
}
