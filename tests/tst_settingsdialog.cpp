#include "SettingsDialog.h"

#include "sandbox/SandboxServer.h"
#include "secrets/ApiCredentials.h"
#include "secrets/KeychainCredentialStore.h"
#include "settings/Settings.h"
#include "normalize/StatusNormalizer.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QSignalSpy>
#include <QUuid>

using namespace cw;

// The settings dialog against the real keychain (the suite runs in its own D-Bus session with a
// throwaway gnome-keyring) and a settings file of its own.
class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void savesCredentialsInTheKeychainAndNeverShowsTheSecret();
    void demoNeedsNoCredentials();
    void customEnvironmentIsValidatedBeforeSaving();
    void settingsAreWritten();
    void sharedDatabasePasswordGoesToTheKeychain();
    void notificationsDeadlinesAndDatabaseFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    KeychainCredentialStore m_keychain{u"CaseWatch-tests"_qs};
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(
        std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_qs), QSettings::IniFormat));
}

void TestSettingsDialog::savesCredentialsInTheKeychainAndNeverShowsTheSecret()
{
    m_settings->setValue(Settings::Key::Environment, u"sandbox"_qs);
    const QString secret = u"dialog-secret-"_qs + QUuid::createUuid().toString(QUuid::Id128);
    {
        SettingsDialog dialog(*m_settings, m_keychain, {});
        dialog.show();
        auto *status = dialog.findChild<QLabel *>(u"credentialsStatus"_qs);
        QTRY_VERIFY(!status->text().contains(u"Reading"));
        auto *id = dialog.findChild<QLineEdit *>(u"clientIdEdit"_qs);
        auto *secretEdit = dialog.findChild<QLineEdit *>(u"clientSecretEdit"_qs);
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        id->setText(u"firm-client-id"_qs);
        QTest::keyClicks(secretEdit, secret);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveCredentialsButton"_qs), Qt::LeftButton);
        QVERIFY(secretEdit->text().isEmpty()); // cleared at once
        QTRY_VERIFY(status->text().contains(u"stored"));
    }
    std::optional<Result<std::optional<ApiCredentials>>> loaded;
    QObject context;
    ApiCredentials::load(m_keychain, u"sandbox"_qs, &context, [&](auto r) { loaded = r; });
    QTRY_VERIFY(loaded.has_value());
    QVERIFY(loaded->ok() && loaded->value());
    QCOMPARE(loaded->value()->clientSecret, secret);
    QCOMPARE(loaded->value()->clientId, u"firm-client-id"_qs);

    // Reopened: the id is shown, the secret is not.
    SettingsDialog again(*m_settings, m_keychain, {});
    again.show();
    auto *id = again.findChild<QLineEdit *>(u"clientIdEdit"_qs);
    QTRY_COMPARE(id->text(), u"firm-client-id"_qs);
    QVERIFY(again.findChild<QLineEdit *>(u"clientSecretEdit"_qs)->text().isEmpty());
    QVERIFY(!again.findChild<QLineEdit *>(u"clientSecretEdit"_qs)->placeholderText().contains(secret));
    QFile file(m_dir->filePath(u"settings.ini"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret.toUtf8()));

    QTest::mouseClick(again.findChild<QPushButton *>(u"removeCredentialsButton"_qs), Qt::LeftButton);
    QTRY_VERIFY(again.findChild<QLabel *>(u"credentialsStatus"_qs)->text().contains(u"No credentials"));
}

void TestSettingsDialog::demoNeedsNoCredentials()
{
    SettingsDialog dialog(*m_settings, m_keychain, {});
    QCOMPARE(dialog.selectedEnvironment(), u"demo"_qs);
    QVERIFY(!dialog.findChild<QLineEdit *>(u"clientSecretEdit"_qs)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"credentialsStatus"_qs)->text().contains(u"needs no credentials"));
}

void TestSettingsDialog::customEnvironmentIsValidatedBeforeSaving()
{
    SettingsDialog dialog(*m_settings, m_keychain, {});
    dialog.show();
    auto *env = dialog.findChild<QComboBox *>(u"environmentCombo"_qs);
    env->setCurrentIndex(env->findData(u"custom"_qs));
    dialog.findChild<QLineEdit *>(u"apiBaseEdit"_qs)->setText(u"http://uscis.example.net/case-status"_qs);
    dialog.findChild<QLineEdit *>(u"tokenUrlEdit"_qs)->setText(u"http://uscis.example.net/oauth/accesstoken"_qs);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QTRY_VERIFY(dialog.findChild<QLabel *>(u"credentialsStatus"_qs)->text().contains(u"plain http"));
    QCOMPARE(m_settings->environment(), u"demo"_qs); // nothing saved
}

void TestSettingsDialog::settingsAreWritten()
{
    QSignalSpy changed(m_settings.get(), &Settings::changed);
    SettingsDialog dialog(*m_settings, m_keychain, {});
    auto *env = dialog.findChild<QComboBox *>(u"environmentCombo"_qs);
    env->setCurrentIndex(env->findData(u"production"_qs));
    auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_qs);
    language->setCurrentIndex(language->findData(u"es"_qs));
    dialog.findChild<QSpinBox *>(u"hotHoursSpin"_qs)->setValue(2);
    dialog.findChild<QSpinBox *>(u"coldDaysSpin"_qs)->setValue(14);
    dialog.accept();
    QCOMPARE(m_settings->pollIntervals().hotSeconds, 2 * 3600);
    QCOMPARE(m_settings->pollIntervals().normalSeconds, 24 * 3600);
    QCOMPARE(m_settings->pollIntervals().coldSeconds, 14 * 86400);
    QCOMPARE(m_settings->environment(), u"production"_qs);
    QCOMPARE(m_settings->language(), u"es"_qs);
    QVERIFY(changed.count() >= 2);
    Settings reread(std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_qs), QSettings::IniFormat));
    QCOMPARE(reread.environment(), u"production"_qs);
}

void TestSettingsDialog::sharedDatabasePasswordGoesToTheKeychain()
{
    const QString url = u"postgresql://paralegal@db.firm.example:5432/casewatch"_qs;
    const QString password = u"pg-"_qs + QUuid::createUuid().toString(QUuid::Id128);
    {
        SettingsDialog dialog(*m_settings, m_keychain, {});
        dialog.show();
        auto *urlEdit = dialog.findChild<QLineEdit *>(u"databaseUrlEdit"_qs);
        auto *passwordEdit = dialog.findChild<QLineEdit *>(u"databasePasswordEdit"_qs);
        QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
        urlEdit->setText(u"postgresql://paralegal:hunter2@db.firm.example/casewatch"_qs);
        dialog.accept();
        QVERIFY(dialog.isVisible()); // a password in the address is refused
        QVERIFY(dialog.findChild<QLabel *>(u"credentialsStatus"_qs)->text().contains(u"Password field"));
        urlEdit->setText(url);
        QTest::keyClicks(passwordEdit, password);
        dialog.accept();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(passwordEdit->text().isEmpty());
    }
    QCOMPARE(m_settings->value(Settings::Key::DatabaseUrl).toString(), url);
    QString stored;
    bool done = false;
    m_keychain.read(Settings::databasePasswordKey(url), this, [&](Result<std::optional<QString>> r) {
        stored = r && r.value() ? *r.value() : QString();
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(stored, password);
    QFile ini(m_dir->filePath(u"settings.ini"_qs));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(password.toUtf8()));
}

void TestSettingsDialog::notificationsDeadlinesAndDatabaseFile()
{
    SettingsDialog dialog(*m_settings, m_keychain, {});
    // One page per subject.
    auto *tabs = dialog.findChild<QTabWidget *>(u"settingsTabs"_qs);
    QCOMPARE(tabs->count(), 6);
    // Notifications: every category, the default ones ticked; untick approvals, tick transfers.
    auto *notify = dialog.findChild<QListWidget *>(u"notifyList"_qs);
    QCOMPARE(notify->count(), int(StatusNormalizer::categories().size()));
    auto item = [&](const QString &category) -> QListWidgetItem * {
        for (int i = 0; i < notify->count(); ++i) {
            if (notify->item(i)->data(Qt::UserRole).toString() == category)
                return notify->item(i);
        }
        return nullptr;
    };
    QCOMPARE(item(u"APPROVED"_qs)->checkState(), Qt::Checked);
    QCOMPARE(item(u"TRANSFERRED"_qs)->checkState(), Qt::Unchecked);
    item(u"APPROVED"_qs)->setCheckState(Qt::Unchecked);
    item(u"TRANSFERRED"_qs)->setCheckState(Qt::Checked);
    QSignalSpy webhook(&dialog, &SettingsDialog::webhookRequested);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"webhookButton"_qs), Qt::LeftButton);
    QCOMPARE(webhook.count(), 1);
    // Deadlines: a bad reminder list is refused with a message, nothing is written.
    dialog.findChild<QSpinBox *>(u"rfeDaysSpin"_qs)->setValue(90);
    auto *reminders = dialog.findChild<QLineEdit *>(u"reminderDaysEdit"_qs);
    QCOMPARE(reminders->text(), u"14, 3"_qs);
    reminders->setText(u"30, soon"_qs);
    dialog.accept();
    QVERIFY(dialog.findChild<QLabel *>(u"credentialsStatus"_qs)->text().contains(u"reminder days"));
    QCOMPARE(m_settings->deadlinePolicy().rfeResponseDays, 87);
    reminders->setText(u"30, 7,1"_qs);
    dialog.findChild<QLineEdit *>(u"databasePathEdit"_qs)->setText(m_dir->filePath(u"firm/cases.sqlite"_qs));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QStringList categories = m_settings->value(Settings::Key::NotifyCategories).toStringList();
    QVERIFY(!categories.contains(u"APPROVED"_qs));
    QVERIFY(categories.contains(u"TRANSFERRED"_qs));
    QVERIFY(categories.contains(u"RFE_ISSUED"_qs));
    QCOMPARE(m_settings->deadlinePolicy().rfeResponseDays, 90);
    QCOMPARE(m_settings->deadlinePolicy().reminderDaysBefore, (QList<int>{30, 7, 1}));
    QCOMPARE(m_settings->value(Settings::Key::DatabasePath).toString(), m_dir->filePath(u"firm/cases.sqlite"_qs));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
