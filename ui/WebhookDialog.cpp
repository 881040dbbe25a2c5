#include "WebhookDialog.h"

#include "secrets/CredentialStore.h"
#include "settings/Settings.h"
#include "webhook/FirmWebhook.h"
#include "webhook/WebhookDispatcher.h"
#include "webhook/WebhookOutbox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

namespace cw {

WebhookDialog::WebhookDialog(Settings &settings, CredentialStore &credentials, const Database &db, const Clock &clock,
                             QWidget *parent)
    : QDialog(parent), m_settings(settings), m_credentials(credentials), m_db(db), m_clock(clock),
      m_url(new QLineEdit(this)), m_enabled(new QCheckBox(tr("&Send every status change to this address"), this)),
      m_secret(new QLineEdit(this)), m_generate(new QPushButton(tr("&Generate"), this)),
      m_test(new QPushButton(tr("Send &Test Event"), this)), m_resume(new QPushButton(tr("&Resume Delivery"), this)),
      m_outbox(new QLabel(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Webhook"));
    m_url->setObjectName(QStringLiteral("webhookUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://crm.example.com/hooks/casewatch"));
    // The firm's webhook, in the database (webhook/FirmWebhook.h); this desktop's old settings
    // only when the database has none.
    auto firm = FirmWebhook::load(db);
    const bool inDatabase = firm && firm->has_value();
    m_url->setText(inDatabase ? firm->value().url.toString() : settings.value(Settings::Key::WebhookUrl).toString());
    m_enabled->setObjectName(QStringLiteral("webhookEnabledCheck"));
    m_enabled->setChecked(inDatabase ? firm->value().enabled : settings.value(Settings::Key::WebhookEnabled).toBool());
    m_secret->setObjectName(QStringLiteral("webhookSecretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Signing secret"));
    m_generate->setObjectName(QStringLiteral("generateSecretButton"));
    m_test->setObjectName(QStringLiteral("sendTestEventButton"));
    m_resume->setObjectName(QStringLiteral("resumeDeliveryButton"));
    m_outbox->setObjectName(QStringLiteral("webhookOutboxLabel"));
    m_outbox->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("webhookStatus"));
    m_status->setWordWrap(true);

    auto *intro = new QLabel(tr("CaseWatch POSTs each status change as JSON to your firm's system (a CRM, a case "
                                "management system, an automation service), signed with HMAC-SHA256 so the "
                                "receiver can check it came from here. Events wait in the database while the "
                                "receiver is unreachable."),
                             this);
    intro->setWordWrap(true);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_generate);
    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_url);
    form->addRow(QString(), m_enabled);
    auto *secretLabel = new QLabel(tr("Signing s&ecret:"), this);
    secretLabel->setBuddy(m_secret); // a row holding a layout gets no buddy by itself
    form->addRow(secretLabel, secretRow);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_test);
    actions->addWidget(m_resume);
    actions->addStretch();
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &WebhookDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &WebhookDialog::reject);
    connect(m_generate, &QPushButton::clicked, this, &WebhookDialog::generateSecret);
    connect(m_test, &QPushButton::clicked, this, &WebhookDialog::sendTest);
    connect(m_resume, &QPushButton::clicked, this, &WebhookDialog::resumeDelivery);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_outbox);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(box);
    resize(640, 320);

    m_credentials.read(WebhookDispatcher::secretKey(), this, [this](Result<std::optional<QString>> stored) {
        if (!stored) {
            showStatus(stored.error().message, true);
            return;
        }
        m_secretStored = stored.value().has_value();
        m_secret->setPlaceholderText(m_secretStored ? tr("Stored in the keychain; enter a new one to replace it")
                                                    : tr("At least 16 characters; the receiver needs the same"));
    });
    refreshState();
}

WebhookDialog::~WebhookDialog() = default;

void WebhookDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020") : QString());
}

void WebhookDialog::refreshState()
{
    auto stats = WebhookOutbox(m_db).stats();
    if (!stats) {
        m_outbox->setText(stats.error().message);
        return;
    }
    QString text = tr("Waiting: %1 · delivered: %2").arg(stats->pending).arg(stats->delivered);
    if (stats->pausedAt.isValid())
        text += u'\n' + stats->pauseReason;
    else if (!stats->lastError.isEmpty())
        text += u'\n' + tr("Last attempt: %1").arg(stats->lastError);
    m_outbox->setText(text);
    m_resume->setEnabled(stats->pausedAt.isValid());
}

void WebhookDialog::generateSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    m_secret->setEchoMode(QLineEdit::Normal); // to be copied to the receiver now: it is not shown again
    m_secret->setText(
        QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    m_secret->selectAll();
    m_secret->setFocus();
    showStatus(tr("Copy this secret to the receiver now. Once saved it stays in the keychain and is not shown again."),
               false);
}

void WebhookDialog::withSecret(std::function<void(const QString &)> then)
{
    const QString typed = m_secret->text().trimmed();
    if (!typed.isEmpty()) {
        then(typed);
        return;
    }
    m_credentials.read(WebhookDispatcher::secretKey(), this, [this, then](Result<std::optional<QString>> stored) {
        if (!stored)
            showStatus(stored.error().message, true);
        else
            then(stored.value().value_or(QString()));
    });
}

void WebhookDialog::sendTest()
{
    withSecret([this](const QString &secret) {
        m_tester = std::make_unique<WebhookDispatcher>(m_db, m_clock);
        if (Status s = m_tester->configure(QUrl(m_url->text().trimmed()), secret); !s) {
            showStatus(s.error().message, true);
            return;
        }
        connect(m_tester.get(), &WebhookDispatcher::testFinished, this, [this](bool ok, const QString &message) {
            m_test->setEnabled(true);
            showStatus(message, !ok);
        });
        m_test->setEnabled(false);
        showStatus(tr("Sending a signed test event…"), false);
        m_tester->sendTest();
    });
}

void WebhookDialog::resumeDelivery()
{
    if (Status s = WebhookOutbox(m_db).resume(); !s)
        showStatus(s.error().message, true);
    else
        showStatus(tr("Delivery resumed: the waiting events are sent now."), false);
    refreshState();
}

void WebhookDialog::accept()
{
    const QUrl url(m_url->text().trimmed());
    const QString typed = m_secret->text().trimmed();
    const bool enabled = m_enabled->isChecked();
    if (enabled || !url.isEmpty()) {
        if (Status valid = WebhookDispatcher::validateEndpoint(url); !valid) {
            showStatus(valid.error().message, true);
            return;
        }
    }
    if (!typed.isEmpty() && typed.size() < 16) {
        showStatus(tr("The signing secret must be at least 16 characters. Use Generate for a strong one."), true);
        return;
    }
    if (enabled && typed.isEmpty() && !m_secretStored) {
        showStatus(tr("Enter or generate a signing secret: the receiver uses it to check each event."), true);
        return;
    }
    auto finish = [this, url, enabled](const QString &newSecret) {
        // For every desktop on this database: the address, the switch, the secret's fingerprint.
        if (Status saved = FirmWebhook::save(m_db, url, enabled, newSecret); !saved) {
            showStatus(saved.error().message, true);
            return;
        }
        m_settings.setValue(Settings::Key::WebhookUrl, url.toString());
        m_settings.setValue(Settings::Key::WebhookEnabled, enabled);
        QDialog::accept();
    };
    if (typed.isEmpty()) {
        finish({});
        return;
    }
    m_secret->clear(); // never kept in the widget longer than needed
    showStatus(tr("Saving to the keychain…"), false);
    m_credentials.write(WebhookDispatcher::secretKey(), typed, this, [this, finish, typed](Status saved) {
        if (!saved) {
            showStatus(saved.error().message, true);
            return;
        }
        m_secretStored = true;
        finish(typed);
    });
}

} // namespace cw
