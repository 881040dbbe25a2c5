#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cw {

class Clock;
class CredentialStore;
class Database;
class Settings;
class WebhookDispatcher;

// Settings ▸ Webhook: where status changes are POSTed, the signing secret (kept in the keychain,
// never shown again once saved), a signed test event, and the state of the outbox with a way out
// of a pause. Saving writes the secret first and the address only when the keychain took it.
class WebhookDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDialog)

public:
    WebhookDialog(Settings &settings, CredentialStore &credentials, const Database &db, const Clock &clock,
                  QWidget *parent = nullptr);
    ~WebhookDialog() override;

    void accept() override;

private:
    void generateSecret();
    void sendTest();
    void resumeDelivery();
    void refreshState();
    void showStatus(const QString &text, bool problem);
    // Runs `then` with the secret to use: the one typed, else the one in the keychain.
    void withSecret(std::function<void(const QString &)> then);

    Settings &m_settings;
    CredentialStore &m_credentials;
    const Database &m_db;
    const Clock &m_clock;
    QLineEdit *m_url;
    QCheckBox *m_enabled;
    QLineEdit *m_secret;
    QPushButton *m_generate;
    QPushButton *m_test;
    QPushButton *m_resume;
    QLabel *m_outbox;
    QLabel *m_status;
    bool m_secretStored = false;
    std::unique_ptr<WebhookDispatcher> m_tester;
};

} // namespace cw
