#pragma once

#include <QObject>
#include <QSettings>
#include <QVariant>

#include "domain/Policies.h"

#include <memory>

namespace cw {

// The one typed way to read and write preferences: a table of keys with their defaults, a
// version, and a `changed` signal. It holds no secret, ever: credentials live in the keychain.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key {
        Environment, // sandbox | production | demo | custom
        CustomApiBase,
        CustomTokenUrl,
        RateLimit, // requests per second; 0 = the environment's
        DailyQuota, // requests per USCIS day; 0 = the environment's
        Language, // "" = the system's, "en", "es"
        PollHotHours, // how often hot cases are fetched
        PollNormalHours,
        PollColdDays,
        NotifyCategories, // the categories whose changes alert (a list)
        RfeResponseDays, // default RFE deadline when USCIS's text gives none
        NoidResponseDays,
        ReminderDays, // reminders this many days before a deadline (a list)
        WebhookUrl, // the firm's endpoint; its signing secret is in the keychain
        WebhookEnabled,
        DatabaseUrl, // "" = this computer's SQLite file; postgresql://… = a shared database
        DatabasePath, // "" = the platform's data folder; else this SQLite file
        WindowGeometry, // the desk's window, splitters and case columns, as Qt saves them
        WindowState,
        MainSplitter,
        CaseSplitter,
        CaseColumns,
    };
    Q_ENUM(Key)

    static constexpr int kVersion = 2;

    // `backend` defaults to the platform's place for CaseWatch's settings.
    explicit Settings(std::unique_ptr<QSettings> backend = {}, QObject *parent = nullptr);

    QVariant value(Key key) const;
    // Whether the key was ever written (a first run has no environment chosen yet).
    bool contains(Key key) const;
    void setValue(Key key, const QVariant &value);

    QString environment() const { return value(Key::Environment).toString(); }
    QString language() const { return value(Key::Language).toString(); }
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    QString fileName() const { return m_settings->fileName(); }
    // The keychain entry that holds a shared database's password.
    static QString databasePasswordKey(const QString &url);
    // The poll tiers as configured (core/poller/PollSchedule.cpp).
    PollIntervals pollIntervals() const;
    DeadlinePolicy deadlinePolicy() const;

signals:
    void changed(cw::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace cw
