#include "settings/Settings.h"

#include "domain/StatusCategory.h"

#include <QUrl>

namespace cw {

namespace {

struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const Entry &entry(Settings::Key key)
{
    static const Entry kTable[] = {
        {Settings::Key::Environment, "api/environment", QStringLiteral("demo")},
        {Settings::Key::CustomApiBase, "api/customApiBase", QString()},
        {Settings::Key::CustomTokenUrl, "api/customTokenUrl", QString()},
        {Settings::Key::RateLimit, "api/rateLimit", 0.0},
        {Settings::Key::DailyQuota, "api/dailyQuota", 0},
        {Settings::Key::Language, "ui/language", QString()},
        {Settings::Key::PollHotHours, "poll/hotHours", 4},
        {Settings::Key::PollNormalHours, "poll/normalHours", 24},
        {Settings::Key::PollColdDays, "poll/coldDays", 7},
        {Settings::Key::NotifyCategories, "notify/categories", categories::alertingByDefault()},
        {Settings::Key::RfeResponseDays, "deadlines/rfeResponseDays", 87},
        {Settings::Key::NoidResponseDays, "deadlines/noidResponseDays", 33},
        {Settings::Key::ReminderDays, "deadlines/reminderDays", QStringList{QStringLiteral("14"), QStringLiteral("3")}},
        {Settings::Key::WebhookUrl, "webhook/url", QString()},
        {Settings::Key::WebhookEnabled, "webhook/enabled", false},
        {Settings::Key::DatabaseUrl, "database/url", QString()},
        {Settings::Key::DatabasePath, "database/path", QString()},
        {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::WindowState, "window/state", QByteArray()},
        {Settings::Key::MainSplitter, "window/mainSplitter", QByteArray()},
        {Settings::Key::CaseSplitter, "window/caseSplitter", QByteArray()},
        {Settings::Key::CaseColumns, "window/caseColumns", QByteArray()},
    };
    for (const Entry &e : kTable) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings(std::unique_ptr<QSettings> backend, QObject *parent)
    : QObject(parent),
      m_settings(backend ? std::move(backend)
                         : std::make_unique<QSettings>(QSettings::UserScope, QStringLiteral("CaseWatch"),
                                                       QStringLiteral("CaseWatch")))
{
    const int stored = m_settings->value(QStringLiteral("settings/version")).toInt();
    if (stored < 2 && contains(Key::NotifyCategories)) {
        // Version 2 split what needs a person out of "Updated" (mail returned, an appointment
        // cancelled, a side request decided): a firm that chose its alerts before gets them too.
        QStringList chosen = value(Key::NotifyCategories).toStringList();
        for (const char *added : {"MAIL_RETURNED", "INTERVIEW_CANCELLED", "REQUEST_DECIDED"}) {
            if (!chosen.contains(QLatin1String(added)))
                chosen << QString::fromLatin1(added);
        }
        m_settings->setValue(keyName(Key::NotifyCategories), chosen);
    }
    if (stored != kVersion)
        m_settings->setValue(QStringLiteral("settings/version"), kVersion);
}

QString Settings::databasePasswordKey(const QString &url)
{
    return QStringLiteral("postgresql/") + QUrl(url).toString(QUrl::RemovePassword | QUrl::RemoveQuery);
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

bool Settings::contains(Key key) const
{
    return m_settings->contains(keyName(key));
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

PollIntervals Settings::pollIntervals() const
{
    PollIntervals intervals;
    intervals.hotSeconds = std::max(1, value(Key::PollHotHours).toInt()) * qint64(3600);
    intervals.normalSeconds = std::max(1, value(Key::PollNormalHours).toInt()) * qint64(3600);
    intervals.coldSeconds = std::max(1, value(Key::PollColdDays).toInt()) * qint64(86400);
    return intervals;
}

DeadlinePolicy Settings::deadlinePolicy() const
{
    DeadlinePolicy policy;
    policy.rfeResponseDays = std::max(1, value(Key::RfeResponseDays).toInt());
    policy.noidResponseDays = std::max(1, value(Key::NoidResponseDays).toInt());
    policy.reminderDaysBefore.clear();
    for (const QString &days : value(Key::ReminderDays).toStringList()) {
        bool ok = false;
        const int n = days.toInt(&ok);
        if (ok && n >= 0)
            policy.reminderDaysBefore << n;
    }
    return policy;
}

void Settings::setValue(Key key, const QVariant &value)
{
    // Written even when it equals the default: a choice made is remembered as made (a first run
    // is one where no environment was ever chosen).
    const bool same = m_settings->value(keyName(key), defaultValue(key)) == value;
    if (same && m_settings->contains(keyName(key)))
        return;
    m_settings->setValue(keyName(key), value);
    m_settings->sync();
    if (!same)
        emit changed(key);
}

} // namespace cw
