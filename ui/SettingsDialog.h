#pragma once

#include "Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace cw {

class CredentialStore;
class Settings;

// Environment, limits, the firm's USCIS API credentials and the language. The client secret is
// written to the keychain and never shown again: the field only ever holds what is being typed.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // Signs in to an environment with its stored credentials and reports the outcome.
    using ConnectionTester = std::function<void(const QString &environmentId, std::function<void(Status)>)>;

    SettingsDialog(Settings &settings, CredentialStore &credentials, ConnectionTester tester,
                   QWidget *parent = nullptr);

    void accept() override;
    QString selectedEnvironment() const;
    // Pre-selects an environment (the welcome page's "enter credentials" starts on the sandbox).
    void preferEnvironment(const QString &environmentId);

signals:
    // "Webhook…" on the Notifications page: the webhook has its own dialog.
    void webhookRequested();

private:
    void environmentChanged();
    void loadCredentials();
    void saveCredentials();
    void removeCredentials();
    void testConnection();
    void showStatus(const QString &text, bool problem);
    void saveAndClose();
    QWidget *notificationsPage();
    QWidget *deadlinesPage();
    QWidget *databasePage();

    Settings &m_settings;
    CredentialStore &m_credentials;
    ConnectionTester m_tester;
    QComboBox *m_environment;
    QLineEdit *m_apiBase;
    QLineEdit *m_tokenUrl;
    QDoubleSpinBox *m_rateLimit;
    QSpinBox *m_dailyQuota;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QPushButton *m_save;
    QPushButton *m_remove;
    QPushButton *m_test;
    QLabel *m_status;
    QComboBox *m_language;
    QSpinBox *m_hotHours;
    QSpinBox *m_normalHours;
    QSpinBox *m_coldDays;
    QLineEdit *m_databaseUrl;
    QLineEdit *m_databasePassword;
    QLineEdit *m_databasePath;
    QListWidget *m_notify;
    QSpinBox *m_rfeDays;
    QSpinBox *m_noidDays;
    QLineEdit *m_reminderDays;
    QStringList m_reminders;
    int m_generation = 0; // of the keychain and connection actions: only the latest one reports
};

} // namespace cw
