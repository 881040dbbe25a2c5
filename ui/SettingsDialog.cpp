#include "SettingsDialog.h"

#include "secrets/ApiCredentials.h"
#include "secrets/CredentialStore.h"
#include "settings/Settings.h"
#include "uscis/ApiEnvironment.h"

#include "normalize/StatusNormalizer.h"

#include <QComboBox>
#include <QFileDialog>
#include <QListWidget>
#include <QTabWidget>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QPointer>
#include <QVBoxLayout>

namespace cw {

SettingsDialog::SettingsDialog(Settings &settings, CredentialStore &credentials, ConnectionTester tester,
                               QWidget *parent)
    : QDialog(parent), m_settings(settings), m_credentials(credentials), m_tester(std::move(tester)),
      m_environment(new QComboBox(this)), m_apiBase(new QLineEdit(this)), m_tokenUrl(new QLineEdit(this)),
      m_rateLimit(new QDoubleSpinBox(this)), m_dailyQuota(new QSpinBox(this)), m_clientId(new QLineEdit(this)),
      m_clientSecret(new QLineEdit(this)), m_save(new QPushButton(tr("Sa&ve Credentials"), this)),
      m_remove(new QPushButton(tr("Re&move"), this)), m_test(new QPushButton(tr("&Test Connection"), this)),
      m_status(new QLabel(this)), m_language(new QComboBox(this)), m_hotHours(new QSpinBox(this)),
      m_normalHours(new QSpinBox(this)), m_coldDays(new QSpinBox(this)), m_databaseUrl(new QLineEdit(this)),
      m_databasePassword(new QLineEdit(this)), m_databasePath(new QLineEdit(this)), m_notify(new QListWidget(this)),
      m_rfeDays(new QSpinBox(this)), m_noidDays(new QSpinBox(this)), m_reminderDays(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    m_environment->addItem(tr("Offline demo (built-in USCIS simulator)"), QStringLiteral("demo"));
    m_environment->addItem(tr("USCIS sandbox (test data)"), QStringLiteral("sandbox"));
    m_environment->addItem(tr("USCIS production"), QStringLiteral("production"));
    m_environment->addItem(tr("Custom server"), QStringLiteral("custom"));
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(settings.environment())));
    m_apiBase->setObjectName(QStringLiteral("apiBaseEdit"));
    m_apiBase->setText(settings.value(Settings::Key::CustomApiBase).toString());
    m_apiBase->setPlaceholderText(QStringLiteral("https://api.example.com/case-status"));
    m_tokenUrl->setObjectName(QStringLiteral("tokenUrlEdit"));
    m_tokenUrl->setText(settings.value(Settings::Key::CustomTokenUrl).toString());
    m_tokenUrl->setPlaceholderText(QStringLiteral("https://api.example.com/oauth/accesstoken"));
    m_rateLimit->setObjectName(QStringLiteral("rateLimitSpin"));
    m_rateLimit->setRange(0, 1000);
    m_rateLimit->setDecimals(1);
    m_rateLimit->setSpecialValueText(tr("As the environment allows"));
    m_rateLimit->setSuffix(tr(" requests/s"));
    m_rateLimit->setValue(settings.value(Settings::Key::RateLimit).toDouble());
    m_dailyQuota->setObjectName(QStringLiteral("dailyQuotaSpin"));
    m_dailyQuota->setRange(0, 10'000'000);
    m_dailyQuota->setSpecialValueText(tr("As the environment allows"));
    m_dailyQuota->setSuffix(tr(" requests/day"));
    m_dailyQuota->setValue(settings.value(Settings::Key::DailyQuota).toInt());

    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientSecret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setAccessibleName(tr("Client secret"));
    m_clientId->setAccessibleName(tr("Client id"));
    m_save->setObjectName(QStringLiteral("saveCredentialsButton"));
    m_remove->setObjectName(QStringLiteral("removeCredentialsButton"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_status->setObjectName(QStringLiteral("credentialsStatus"));
    m_status->setWordWrap(true);

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));

    auto *server = new QGroupBox(tr("USCIS Case Status API"), this);
    auto *serverForm = new QFormLayout(server);
    serverForm->addRow(tr("&Environment:"), m_environment);
    serverForm->addRow(tr("API &address:"), m_apiBase);
    serverForm->addRow(tr("T&oken address:"), m_tokenUrl);
    serverForm->addRow(tr("&Rate limit:"), m_rateLimit);
    serverForm->addRow(tr("&Daily quota:"), m_dailyQuota);

    auto *creds = new QGroupBox(tr("The firm's API credentials (kept in the system keychain)"), this);
    auto *credsForm = new QFormLayout(creds);
    credsForm->addRow(tr("Client &id:"), m_clientId);
    credsForm->addRow(tr("Client &secret:"), m_clientSecret);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_test);
    buttons->addStretch();
    credsForm->addRow(buttons);

    const std::tuple<QSpinBox *, const char *, Settings::Key, int> tiers[] = {
        {m_hotHours, "hotHoursSpin", Settings::Key::PollHotHours, 168},
        {m_normalHours, "normalHoursSpin", Settings::Key::PollNormalHours, 720},
        {m_coldDays, "coldDaysSpin", Settings::Key::PollColdDays, 90}};
    for (const auto &[spin, name, key, maximum] : tiers) {
        spin->setObjectName(QString::fromLatin1(name));
        spin->setRange(1, maximum);
        spin->setValue(settings.value(key).toInt());
    }
    m_hotHours->setSuffix(tr(" hours"));
    m_normalHours->setSuffix(tr(" hours"));
    m_coldDays->setSuffix(tr(" days"));
    auto *polling = new QGroupBox(tr("How often each case is checked"), this);
    auto *pollingForm = new QFormLayout(polling);
    pollingForm->addRow(tr("Just changed, or about to move:"), m_hotHours);
    pollingForm->addRow(tr("Other open cases:"), m_normalHours);
    pollingForm->addRow(tr("Final decisions (approved card delivered, denied…):"), m_coldDays);

    auto *general = new QWidget(this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("Langu&age:"), m_language);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &SettingsDialog::environmentChanged);
    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::saveCredentials);
    connect(m_remove, &QPushButton::clicked, this, &SettingsDialog::removeCredentials);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);

    auto *uscis = new QWidget(this);
    auto *uscisLayout = new QVBoxLayout(uscis);
    uscisLayout->addWidget(server);
    uscisLayout->addWidget(creds);
    uscisLayout->addStretch(1);
    auto *checking = new QWidget(this);
    auto *checkingLayout = new QVBoxLayout(checking);
    checkingLayout->addWidget(polling);
    checkingLayout->addStretch(1);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->addTab(uscis, tr("&USCIS"));
    tabs->addTab(checking, tr("&Checking"));
    tabs->addTab(notificationsPage(), tr("&Notifications"));
    tabs->addTab(deadlinesPage(), tr("Dead&lines"));
    tabs->addTab(databasePage(), tr("Data&base"));
    tabs->addTab(general, tr("&General"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_status);
    layout->addWidget(box);
    resize(680, 560);
    environmentChanged();
}

QWidget *SettingsDialog::notificationsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("A desktop notification when a case moves into one of these:"), page);
    intro->setWordWrap(true);
    m_notify->setObjectName(QStringLiteral("notifyList"));
    m_notify->setAccessibleName(tr("Categories that notify"));
    const QStringList chosen = m_settings.value(Settings::Key::NotifyCategories).toStringList();
    for (const QString &category : StatusNormalizer::categories()) {
        auto *item = new QListWidgetItem(StatusNormalizer::displayName(category), m_notify);
        item->setData(Qt::UserRole, category);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(category) ? Qt::Checked : Qt::Unchecked);
    }
    auto *webhook = new QPushButton(tr("&Webhook…"), page);
    webhook->setObjectName(QStringLiteral("webhookButton"));
    webhook->setToolTip(tr("Also send every status change, signed, to the firm's own system"));
    connect(webhook, &QPushButton::clicked, this, &SettingsDialog::webhookRequested);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Every status change to the firm's own systems:"), page));
    row->addWidget(webhook);
    row->addStretch(1);
    layout->addWidget(intro);
    layout->addWidget(m_notify, 1);
    layout->addLayout(row);
    return page;
}

QWidget *SettingsDialog::deadlinesPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_rfeDays->setObjectName(QStringLiteral("rfeDaysSpin"));
    m_noidDays->setObjectName(QStringLiteral("noidDaysSpin"));
    for (QSpinBox *spin : {m_rfeDays, m_noidDays}) {
        spin->setRange(1, 365);
        spin->setSuffix(tr(" days"));
    }
    m_rfeDays->setValue(m_settings.value(Settings::Key::RfeResponseDays).toInt());
    m_noidDays->setValue(m_settings.value(Settings::Key::NoidResponseDays).toInt());
    m_reminderDays->setObjectName(QStringLiteral("reminderDaysEdit"));
    m_reminderDays->setText(m_settings.value(Settings::Key::ReminderDays).toStringList().join(QStringLiteral(", ")));
    m_reminderDays->setPlaceholderText(tr("for example 14, 3"));
    auto *note = new QLabel(tr("When USCIS's notice gives a response date, that date is used; these count from the "
                               "notice otherwise."),
                            page);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("Respond to an &RFE within:"), m_rfeDays);
    form->addRow(tr("Respond to an &intent to deny within:"), m_noidDays);
    form->addRow(tr("Re&mind this many days before:"), m_reminderDays);
    return page;
}

QWidget *SettingsDialog::databasePage()
{
    m_databasePath->setObjectName(QStringLiteral("databasePathEdit"));
    m_databasePath->setText(m_settings.value(Settings::Key::DatabasePath).toString());
    m_databasePath->setPlaceholderText(tr("Empty: CaseWatch's data folder on this computer"));
    m_databasePath->setAccessibleName(tr("Database file"));
    auto *browse = new QPushButton(tr("B&rowse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Database File"), m_databasePath->text(),
                                                          tr("CaseWatch databases (*.sqlite)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_databasePath->setText(file);
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_databasePath, 1);
    fileRow->addWidget(browse);
    m_databaseUrl->setObjectName(QStringLiteral("databaseUrlEdit"));
    m_databaseUrl->setText(m_settings.value(Settings::Key::DatabaseUrl).toString());
    m_databaseUrl->setPlaceholderText(tr("Empty: the database file above"));
    m_databaseUrl->setToolTip(
        tr("Several desktops share one PostgreSQL database: postgresql://user@server:5432/casewatch"));
    m_databaseUrl->setAccessibleName(tr("Shared database address"));
    m_databasePassword->setObjectName(QStringLiteral("databasePasswordEdit"));
    m_databasePassword->setEchoMode(QLineEdit::Password);
    m_databasePassword->setPlaceholderText(tr("Kept in the system keychain; leave empty to keep the stored one"));
    m_databasePassword->setAccessibleName(tr("Database password"));
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto *note = new QLabel(tr("One computer: a database file. Several desktops: one shared PostgreSQL database "
                               "(the offline demo always keeps its own file)."),
                            page);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("Database &file:"), fileRow);
    form->addRow(tr("Shared &database:"), m_databaseUrl);
    form->addRow(tr("Pass&word:"), m_databasePassword);
    return page;
}

void SettingsDialog::preferEnvironment(const QString &environmentId)
{
    const int index = m_environment->findData(environmentId);
    if (index >= 0)
        m_environment->setCurrentIndex(index);
}

QString SettingsDialog::selectedEnvironment() const
{
    return m_environment->currentData().toString();
}

void SettingsDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020") : QString());
}

void SettingsDialog::environmentChanged()
{
    const QString env = selectedEnvironment();
    const bool custom = env == u"custom";
    const bool demo = env == u"demo";
    m_apiBase->setEnabled(custom);
    m_tokenUrl->setEnabled(custom);
    for (QWidget *w : std::initializer_list<QWidget *>{m_clientId, m_clientSecret, m_save, m_remove})
        w->setEnabled(!demo);
    m_clientSecret->clear();
    m_clientId->clear();
    if (demo) {
        showStatus(tr("The offline demo needs no credentials."), false);
        return;
    }
    loadCredentials();
}

void SettingsDialog::loadCredentials()
{
    const QString env = selectedEnvironment();
    showStatus(tr("Reading the keychain…"), false);
    const int generation = ++m_generation;
    ApiCredentials::load(
        m_credentials, env, this, [this, env, generation](Result<std::optional<ApiCredentials>> loaded) {
            // A later action (another environment, a save, a test) has the last word.
            if (generation != m_generation || env != selectedEnvironment())
                return;
            if (!loaded) {
                showStatus(loaded.error().message, true);
            } else if (loaded.value()) {
                m_clientId->setText(loaded.value()->clientId);
                m_clientSecret->setPlaceholderText(tr("Stored in the keychain; type a new one to replace it"));
                showStatus(tr("Credentials are stored for this environment."), false);
            } else {
                m_clientSecret->setPlaceholderText(QString());
                showStatus(tr("No credentials are stored for this environment yet. Get a client id and secret on "
                              "developer.uscis.gov."),
                           false);
            }
        });
}

void SettingsDialog::saveCredentials()
{
    const ApiCredentials credentials{m_clientId->text().trimmed(), m_clientSecret->text().trimmed()};
    if (!credentials.isComplete()) {
        showStatus(tr("Enter both the client id and the client secret."), true);
        return;
    }
    m_clientSecret->clear(); // never kept in the widget longer than needed
    showStatus(tr("Saving to the keychain…"), false);
    const int generation = ++m_generation;
    ApiCredentials::save(m_credentials, selectedEnvironment(), credentials, this, [this, generation](Status saved) {
        if (generation != m_generation)
            return;
        if (!saved)
            showStatus(saved.error().message, true);
        else
            loadCredentials();
    });
}

void SettingsDialog::removeCredentials()
{
    const int generation = ++m_generation;
    m_credentials.remove(ApiCredentials::keyFor(selectedEnvironment()), this, [this, generation](Status removed) {
        if (generation != m_generation)
            return;
        if (!removed)
            showStatus(removed.error().message, true);
        else
            loadCredentials();
    });
}

void SettingsDialog::testConnection()
{
    if (!m_tester)
        return;
    m_test->setEnabled(false);
    showStatus(tr("Signing in to USCIS…"), false);
    const int generation = ++m_generation;
    m_tester(selectedEnvironment(), [guard = QPointer<SettingsDialog>(this), generation](Status status) {
        if (!guard)
            return;
        guard->m_test->setEnabled(true);
        if (generation != guard->m_generation)
            return;
        if (status)
            guard->showStatus(tr("USCIS accepted the credentials."), false);
        else
            guard->showStatus(status.error().message, true);
    });
}

void SettingsDialog::accept()
{
    const QString env = selectedEnvironment();
    if (env == u"custom") {
        auto custom = ApiEnvironment::custom(QUrl(m_apiBase->text().trimmed()), QUrl(m_tokenUrl->text().trimmed()));
        if (!custom) {
            showStatus(custom.error().message, true);
            return;
        }
    }
    QStringList reminders;
    for (const QString &part : m_reminderDays->text().split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int days = part.trimmed().toInt(&ok);
        if (!ok || days < 0 || days > 365) {
            showStatus(tr("Write the reminder days as numbers from 0 to 365 separated by commas, for example 14, 3."),
                       true);
            return;
        }
        reminders << QString::number(days);
    }
    m_reminders = reminders;
    const QString databaseUrl = m_databaseUrl->text().trimmed();
    if (!databaseUrl.isEmpty()) {
        const QUrl url(databaseUrl);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2
            || (url.scheme() != u"postgresql" && url.scheme() != u"postgres")) {
            showStatus(tr("Write the shared database as postgresql://user@server:5432/database."), true);
            return;
        }
        if (!url.password().isEmpty()) {
            showStatus(tr("Leave the password out of the address: enter it in the Password field (it goes to the "
                          "keychain)."),
                       true);
            return;
        }
    }
    const QString password = m_databasePassword->text();
    m_databasePassword->clear();
    if (!databaseUrl.isEmpty() && !password.isEmpty()) {
        showStatus(tr("Saving to the keychain…"), false);
        m_credentials.write(Settings::databasePasswordKey(databaseUrl), password, this, [this](Status saved) {
            if (!saved)
                showStatus(saved.error().message, true);
            else
                saveAndClose();
        });
        return;
    }
    saveAndClose();
}

void SettingsDialog::saveAndClose()
{
    const QString env = selectedEnvironment();
    m_settings.setValue(Settings::Key::DatabaseUrl, m_databaseUrl->text().trimmed());
    m_settings.setValue(Settings::Key::CustomApiBase, m_apiBase->text().trimmed());
    m_settings.setValue(Settings::Key::CustomTokenUrl, m_tokenUrl->text().trimmed());
    m_settings.setValue(Settings::Key::RateLimit, m_rateLimit->value());
    m_settings.setValue(Settings::Key::DailyQuota, m_dailyQuota->value());
    m_settings.setValue(Settings::Key::Language, m_language->currentData().toString());
    m_settings.setValue(Settings::Key::PollHotHours, m_hotHours->value());
    m_settings.setValue(Settings::Key::PollNormalHours, m_normalHours->value());
    m_settings.setValue(Settings::Key::PollColdDays, m_coldDays->value());
    QStringList notify;
    for (int i = 0; i < m_notify->count(); ++i) {
        if (m_notify->item(i)->checkState() == Qt::Checked)
            notify << m_notify->item(i)->data(Qt::UserRole).toString();
    }
    m_settings.setValue(Settings::Key::NotifyCategories, notify);
    m_settings.setValue(Settings::Key::RfeResponseDays, m_rfeDays->value());
    m_settings.setValue(Settings::Key::NoidResponseDays, m_noidDays->value());
    m_settings.setValue(Settings::Key::ReminderDays, m_reminders);
    m_settings.setValue(Settings::Key::DatabasePath, m_databasePath->text().trimmed());
    m_settings.setValue(Settings::Key::Environment, env);
    QDialog::accept();
}

} // namespace cw
