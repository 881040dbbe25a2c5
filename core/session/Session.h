#pragma once

#include "webhook/FirmWebhook.h"
#include "Result.h"
#include "domain/Deadline.h"
#include "domain/Policies.h"
#include "domain/Profile.h"
#include "domain/StatusEvent.h"
#include "domain/TrackedCase.h"
#include "poller/PollerTypes.h"
#include "storage/CaseStore.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace cw {

struct ApiEnvironment;
class ChangeWatcher;
class Clock;
class Database;
class DeadlineStore;
class NotificationRules;
class ObservationStore;
class Poller;
class ProfileStore;
class Settings;
class StatusNormalizer;
class WebhookDispatcher;
struct ApiCredentials;
struct WebhookState;

// What a session is configured with, read from Settings in one place (the GUI and the CLI alike).
struct SessionConfig
{
    PollIntervals intervals;
    DeadlinePolicy deadlines;
    QStringList notifyCategories;
    // This desktop's own webhook settings from before the firm's webhook was kept in the database
    // (webhook/FirmWebhook.h): adopted as the firm's when the database has none.
    QUrl localWebhookUrl;
    bool localWebhookEnabled = false;

    static SessionConfig fromSettings(const Settings &settings);
    // Whether going from `before` to this needs the poller and the windows built again (the tiers
    // or the deadline days changed); the alert categories apply at once.
    bool needsRestartFrom(const SessionConfig &before) const;
};

// One entry of the change feed: what to show again.
struct SessionChange
{
    QList<qint64> caseIds; // these cases' rows
    bool everything = false; // every row and the profile list (a profile edit, another desktop's edit)
    bool deadlines = false; // the deadlines panel
    bool profiles = false; // the profile list (case counts; a case moved to another profile)
    bool isEmpty() const { return caseIds.isEmpty() && !everything && !deadlines && !profiles; }
};

// One session of the firm's work (docs/ARCHITECTURE.md §1): owns the database and its stores, the
// status normalizer with the firm's rules, the notification rules, the webhook dispatcher, the
// change watcher (shared database) and the poller, configured from Settings. Every edit goes
// through it, and everything that changes — a local edit, a poll result, another desktop's change —
// comes out of one main-thread feed (`changed`, `alertsReady`, `remindersDue`, `pollerStatus`).
// Windows only show the feed; the command line uses the same object.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    Session(std::unique_ptr<Database> db, SessionConfig config, const Clock &clock, QObject *parent = nullptr);
    // A session over a database owned elsewhere (tests, tools).
    Session(Database &db, SessionConfig config, const Clock &clock, QObject *parent = nullptr);
    ~Session() override;

    Database &database() const { return m_db; }
    ProfileStore &profiles() const { return *m_profiles; }
    CaseStore &cases() const { return *m_cases; }
    ObservationStore &observations() const { return *m_observations; }
    DeadlineStore &deadlines() const { return *m_deadlines; }
    StatusNormalizer &normalizer() const { return *m_normalizer; }
    const NotificationRules &notificationRules() const { return *m_rules; }
    WebhookDispatcher &webhook() const { return *m_webhook; }
    const Clock &clock() const { return m_clock; }
    const SessionConfig &config() const { return m_config; }
    Poller *poller() const { return m_poller.get(); }

    // ---- Edits (each reported on the feed) ----
    Result<Profile> addProfile(const Profile &profile);
    Status updateProfile(const Profile &profile);
    Status removeProfile(qint64 id);
    QList<CaseStore::BatchItem> addCases(qint64 profileId, const QStringList &inputs, const QString &formType = {},
                                         const QString &label = {});
    Status updateCase(const TrackedCase &trackedCase);
    // Removes each; returns the first failure (the others are still removed).
    Status removeCases(const QList<qint64> &ids);
    // Notices were imported (cases added, maybe profiles too).
    void casesImported(const QList<qint64> &caseIds, bool profilesAdded);
    // Someone else became responsible for these cases (their open tasks moved).
    void responsibilityChanged(const QList<qint64> &caseIds);
    Status setDeadlineDone(qint64 deadlineId, bool done);
    // The firm's status rules changed (cases were re-categorized in the database).
    void firmRulesChanged();
    // New settings: the alert categories apply now; true when the rest needs a restart.
    bool applyConfig(const SessionConfig &config);

    // ---- Services ----
    // The poller's options from the configuration.
    PollerOptions pollerOptions() const;
    Poller *startPolling(const ApiEnvironment &environment, const ApiCredentials &credentials,
                         const PollerOptions &options);
    // On a shared database: notice what other desktops record (every `intervalMs`).
    void watchOtherDesktops(int intervalMs = 15000);
    void checkOtherDesktopsNow();
    // Reminders at start (after `firstDelayMs`) and every hour.
    void startReminders(int firstDelayMs = 2000);
    void checkReminders();
    // The firm's webhook (in the database; none set: std::nullopt).
    Result<std::optional<FirmWebhookConfig>> firmWebhook() const;
    // Starts webhook delivery to the firm's endpoint with this desktop's signing secret (from the
    // keychain); an error says why not.
    Status startWebhook(const QString &secret);
    void stopWebhook();
    // Alerts are claimed (once per event, for the whole firm) only by a session that shows them:
    // the desk turns this on; a command-line poll leaves them to the desktops.
    void enableAlerts();
    // Looks for new alerts (soon: many events arriving together are one look).
    void lookForAlerts();
    // Stops polling and watching; lets a webhook delivery in the air finish for up to `waitMs`,
    // then calls `done` (from the event loop: no nested loop).
    void shutdown(int waitMs, std::function<void()> done);

signals:
    void changed(const cw::SessionChange &change);
    void alertsReady(const QList<cw::StatusEventInfo> &events);
    void remindersDue(const QList<cw::Deadline> &deadlines);
    void pollerStatus(const cw::PollerStatus &status);
    void cycleFinished(const cw::CycleStats &stats);
    void webhookState(const cw::WebhookState &state);
    // Something went wrong in the background; a sentence for a person.
    void problem(const QString &message);

private:
    void build();
    void loadFirmRules();
    void emitChange(SessionChange change);

    std::unique_ptr<Database> m_ownedDb;
    Database &m_db;
    SessionConfig m_config;
    const Clock &m_clock;
    std::unique_ptr<StatusNormalizer> m_normalizer;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CaseStore> m_cases;
    std::unique_ptr<ObservationStore> m_observations;
    std::unique_ptr<DeadlineStore> m_deadlines;
    std::unique_ptr<NotificationRules> m_rules;
    std::unique_ptr<WebhookDispatcher> m_webhook;
    std::unique_ptr<ChangeWatcher> m_watcher;
    std::unique_ptr<Poller> m_poller;
    QTimer m_alertTimer;
    QTimer m_reminderTimer;
    QTimer m_pollerCaseTimer;
    QList<qint64> m_polledCases;
    bool m_alertsEnabled = false;
    std::shared_ptr<std::function<void()>> m_shutdownDone;
};

} // namespace cw

Q_DECLARE_METATYPE(cw::SessionChange)
