#include "session/Session.h"

#include "domain/Clock.h"
#include "normalize/StatusNormalizer.h"
#include "notify/NotificationRules.h"
#include "poller/Poller.h"
#include "storage/AuditLog.h"
#include "settings/Settings.h"
#include "storage/ChangeWatcher.h"
#include "storage/Database.h"
#include "storage/DeadlineStore.h"
#include "storage/ObservationStore.h"
#include "storage/ProfileStore.h"
#include "storage/StatusRuleStore.h"
#include "webhook/FirmWebhook.h"
#include "webhook/WebhookDispatcher.h"

#include <QLoggingCategory>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcSession, "casewatch.core.session")

namespace cw {

SessionConfig SessionConfig::fromSettings(const Settings &settings)
{
    SessionConfig c;
    c.intervals = settings.pollIntervals();
    c.deadlines = settings.deadlinePolicy();
    c.notifyCategories = settings.value(Settings::Key::NotifyCategories).toStringList();
    c.localWebhookUrl = QUrl(settings.value(Settings::Key::WebhookUrl).toString());
    c.localWebhookEnabled = settings.value(Settings::Key::WebhookEnabled).toBool();
    return c;
}

bool SessionConfig::needsRestartFrom(const SessionConfig &before) const
{
    return !intervals.sameTiers(before.intervals) || !deadlines.sameDays(before.deadlines);
}

Session::Session(std::unique_ptr<Database> db, SessionConfig config, const Clock &clock, QObject *parent)
    : QObject(parent), m_ownedDb(std::move(db)), m_db(*m_ownedDb), m_config(std::move(config)), m_clock(clock)
{
    build();
}

Session::Session(Database &db, SessionConfig config, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_config(std::move(config)), m_clock(clock)
{
    build();
}

Session::~Session()
{
    // Destroyed while a shutdown waits for a webhook delivery: whoever asked still hears of it.
    if (m_shutdownDone && *m_shutdownDone)
        std::exchange(*m_shutdownDone, nullptr)();
    // The poller before the database it writes to.
    m_poller.reset();
    m_watcher.reset();
    if (m_webhook)
        m_webhook->stop();
}

void Session::build()
{
    qRegisterMetaType<cw::SessionChange>();
    m_normalizer = std::make_unique<StatusNormalizer>();
    m_profiles = std::make_unique<ProfileStore>(m_db);
    m_cases = std::make_unique<CaseStore>(m_db);
    m_observations = std::make_unique<ObservationStore>(m_db);
    m_deadlines = std::make_unique<DeadlineStore>(m_db);
    m_rules = std::make_unique<NotificationRules>(m_config.notifyCategories);
    m_webhook = std::make_unique<WebhookDispatcher>(m_db, m_clock);
    connect(m_webhook.get(), &WebhookDispatcher::stateChanged, this, &Session::webhookState);
    if (Status adopted = FirmWebhook::adoptLocal(m_db, m_config.localWebhookUrl, m_config.localWebhookEnabled);
        !adopted)
        qCWarning(lcSession) << "could not record this desktop's webhook as the firm's:" << adopted.error().code;
    loadFirmRules();

    // Many events arrive together: one look for all of them.
    m_alertTimer.setSingleShot(true);
    m_alertTimer.setInterval(500);
    connect(&m_alertTimer, &QTimer::timeout, this, [this] {
        m_webhook->kick();
        if (!m_alertsEnabled)
            return;
        auto pending = m_rules->takePending(m_db);
        if (!pending) {
            emit problem(pending.error().message);
            return;
        }
        if (!pending->isEmpty())
            emit alertsReady(pending.value());
    });
    m_reminderTimer.setInterval(3600 * 1000);
    connect(&m_reminderTimer, &QTimer::timeout, this, &Session::checkReminders);
    // The poller checks cases one by one: their rows are shown again together.
    m_pollerCaseTimer.setSingleShot(true);
    m_pollerCaseTimer.setInterval(300);
    connect(&m_pollerCaseTimer, &QTimer::timeout, this, [this] {
        emitChange(SessionChange{std::exchange(m_polledCases, {}), false, true});
    });
}

void Session::loadFirmRules()
{
    if (auto rules = StatusRuleStore(m_db).map())
        m_normalizer->setFirmRules(std::move(rules.value()));
    else
        emit problem(rules.error().message);
}

void Session::emitChange(SessionChange change)
{
    if (!change.isEmpty())
        emit changed(change);
}

Result<Profile> Session::addProfile(const Profile &profile)
{
    auto added = m_profiles->add(profile);
    if (added)
        emitChange(SessionChange{{}, true, false});
    return added;
}

Status Session::updateProfile(const Profile &profile)
{
    Status saved = m_profiles->update(profile);
    if (saved)
        emitChange(SessionChange{{}, true, true}); // the client's name is on every one of their rows
    return saved;
}

Status Session::removeProfile(qint64 id)
{
    Status removed = m_profiles->remove(id);
    if (removed)
        emitChange(SessionChange{{}, true, true}); // with its cases and their deadlines
    return removed;
}

QList<CaseStore::BatchItem> Session::addCases(qint64 profileId, const QStringList &inputs, const QString &formType,
                                              const QString &label)
{
    auto results = m_cases->addList(profileId, inputs, formType, label);
    SessionChange change;
    change.profiles = true;
    for (const CaseStore::BatchItem &item : std::as_const(results))
        if (item.added)
            change.caseIds.append(item.added->id);
    emitChange(change);
    return results;
}

Status Session::updateCase(const TrackedCase &trackedCase)
{
    Status saved = m_cases->update(trackedCase);
    if (saved)
        emitChange(SessionChange{{trackedCase.id}, false, true, true});
    return saved;
}

Status Session::removeCases(const QList<qint64> &ids)
{
    Status first;
    SessionChange change;
    change.deadlines = true;
    change.profiles = true;
    for (qint64 id : ids) {
        if (Status removed = m_cases->remove(id); !removed) {
            if (first)
                first = removed;
        } else {
            change.caseIds.append(id);
        }
    }
    if (!change.caseIds.isEmpty())
        emitChange(change);
    return first;
}

void Session::casesImported(const QList<qint64> &caseIds, bool profilesAdded)
{
    emitChange(SessionChange{caseIds, profilesAdded, false, true});
}

void Session::responsibilityChanged(const QList<qint64> &caseIds)
{
    emitChange(SessionChange{caseIds, caseIds.isEmpty(), false, false});
}

Status Session::setDeadlineDone(qint64 deadlineId, bool done)
{
    Status set = m_deadlines->setDone(deadlineId, done);
    if (set) {
        // Audited: who closed or reopened it; and other desktops' change watchers see the edit.
        (void)AuditLog::record(m_db, done ? QStringLiteral("deadline.done") : QStringLiteral("deadline.reopen"),
                               QString::number(deadlineId));
        emitChange(SessionChange{{}, false, true});
    }
    return set;
}

void Session::firmRulesChanged()
{
    // Cases and history entries were re-categorized in the database (the poller reads the rules
    // itself as each cycle starts): show them, and raise what now alerts.
    loadFirmRules();
    emitChange(SessionChange{{}, true, true});
    lookForAlerts();
}

bool Session::applyConfig(const SessionConfig &config)
{
    const bool restart = config.needsRestartFrom(m_config);
    if (config.notifyCategories != m_config.notifyCategories)
        m_rules = std::make_unique<NotificationRules>(config.notifyCategories); // applies to the next change
    m_config = config;
    return restart;
}

PollerOptions Session::pollerOptions() const
{
    PollerOptions options;
    options.intervals = m_config.intervals;
    options.deadlines = m_config.deadlines;
    return options;
}

Poller *Session::startPolling(const ApiEnvironment &environment, const ApiCredentials &credentials,
                              const PollerOptions &options)
{
    m_poller.reset();
    m_poller = std::make_unique<Poller>(m_db, *m_normalizer, m_clock, environment, credentials, options);
    connect(m_poller.get(), &Poller::eventRecorded, this, &Session::lookForAlerts);
    connect(m_poller.get(), &Poller::statusChanged, this, &Session::pollerStatus);
    connect(m_poller.get(), &Poller::caseChecked, this, [this](qint64 caseId) {
        m_polledCases.append(caseId);
        if (!m_pollerCaseTimer.isActive())
            m_pollerCaseTimer.start();
    });
    connect(m_poller.get(), &Poller::cycleFinished, this, [this](const CycleStats &stats) {
        emitChange(SessionChange{{}, false, true});
        emit cycleFinished(stats);
    });
    return m_poller.get();
}

void Session::watchOtherDesktops(int intervalMs)
{
    if (m_db.engine() != Database::Engine::PostgreSql)
        return;
    m_watcher = std::make_unique<ChangeWatcher>(m_db, intervalMs);
    connect(m_watcher.get(), &ChangeWatcher::changed, this, [this] {
        loadFirmRules(); // an edit may be a status rule taught on another desktop
        emitChange(SessionChange{{}, true, true});
        lookForAlerts();
    });
    connect(m_watcher.get(), &ChangeWatcher::casesChanged, this, [this](const QList<qint64> &ids) {
        emitChange(SessionChange{ids, false, true});
        lookForAlerts();
    });
    m_watcher->start();
}

void Session::checkOtherDesktopsNow()
{
    if (m_watcher)
        m_watcher->check();
}

void Session::startReminders(int firstDelayMs)
{
    m_reminderTimer.start();
    QTimer::singleShot(firstDelayMs, this, &Session::checkReminders);
}

void Session::checkReminders()
{
    auto due = m_deadlines->takeReminders(m_clock.nowUtc().toLocalTime().date(), m_config.deadlines);
    if (!due)
        emit problem(due.error().message);
    else if (!due->isEmpty())
        emit remindersDue(due.value());
}

Result<std::optional<FirmWebhookConfig>> Session::firmWebhook() const
{
    return FirmWebhook::load(m_db);
}

Status Session::startWebhook(const QString &secret)
{
    m_webhook->stop();
    auto firm = FirmWebhook::load(m_db);
    if (!firm)
        return firm.error();
    if (!firm->has_value() || !firm->value().enabled)
        return Error{QStringLiteral("webhook.not_configured"), tr("The firm has no webhook switched on.")};
    if (Status configured = m_webhook->configure(firm->value().url, secret); !configured)
        return configured;
    m_webhook->start();
    return {};
}

void Session::stopWebhook()
{
    m_webhook->stop();
}

void Session::enableAlerts()
{
    m_alertsEnabled = true;
}

void Session::lookForAlerts()
{
    if (!m_alertTimer.isActive())
        m_alertTimer.start();
}

void Session::shutdown(int waitMs, std::function<void()> done)
{
    m_poller.reset();
    m_watcher.reset();
    m_alertTimer.stop();
    m_reminderTimer.stop();
    QNetworkReply *inFlight = m_webhook->stopKeepingDelivery();
    if (!inFlight) {
        QTimer::singleShot(0, this, std::move(done));
        return;
    }
    // Whichever comes first: the delivery's end (its acknowledgement recorded) or the time limit.
    auto once = std::make_shared<std::function<void()>>(std::move(done));
    m_shutdownDone = once;
    const auto finish = [once] {
        if (*once)
            std::exchange(*once, nullptr)();
    };
    connect(inFlight, &QNetworkReply::finished, this, finish, Qt::QueuedConnection);
    QTimer::singleShot(waitMs, this, finish);
}

} // namespace cw
