// The Webhook dialog against the real keychain (a throwaway gnome-keyring in the suite's D-Bus
// session), a real database and the receiver process on loopback.
#include "webhook/FirmWebhook.h"
#include "TestSupport.h"
#include "WebhookDialog.h"
#include "WebhookReceiver.h"

#include "domain/Clock.h"
#include "secrets/KeychainCredentialStore.h"
#include "settings/Settings.h"
#include "webhook/WebhookDispatcher.h"
#include "webhook/WebhookOutbox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

class TestWebhookDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusesPlainHttpToAnotherMachine();
    void generatedSecretGoesToTheKeychainAndIsNotShownAgain();
    void testEventUsesTheStoredSecret();
    void pausedDeliveryCanBeResumed();

private:
    QString readKeychain()
    {
        QString out;
        bool done = false;
        QObject context;
        m_keychain.read(WebhookDispatcher::secretKey(), &context, [&](Result<std::optional<QString>> r) {
            out = r && r.value() ? *r.value() : QString();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("keychain read did not finish");
        return out;
    }
    void save(WebhookDialog &dialog)
    {
        auto *box = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<test::TempDatabase> m_t;
    KeychainCredentialStore m_keychain{u"CaseWatch-tests"_qs};
    SystemClock m_clock;
};

void TestWebhookDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(
        std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_qs), QSettings::IniFormat));
    m_t = std::make_unique<test::TempDatabase>();
}

void TestWebhookDialog::refusesPlainHttpToAnotherMachine()
{
    WebhookDialog dialog(*m_settings, m_keychain, *m_t->db, m_clock);
    dialog.show();
    dialog.findChild<QLineEdit *>(u"webhookUrlEdit"_qs)->setText(u"http://crm.example.com/hook"_qs);
    dialog.findChild<QCheckBox *>(u"webhookEnabledCheck"_qs)->setChecked(true);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"webhookSecretEdit"_qs), u"0123456789abcdefXYZ"_qs);
    save(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>(u"webhookStatus"_qs)->text().contains(u"https"));
    QCOMPARE(m_settings->value(Settings::Key::WebhookUrl).toString(), QString());
}

void TestWebhookDialog::generatedSecretGoesToTheKeychainAndIsNotShownAgain()
{
    QString generated;
    {
        WebhookDialog dialog(*m_settings, m_keychain, *m_t->db, m_clock);
        dialog.show();
        dialog.findChild<QLineEdit *>(u"webhookUrlEdit"_qs)->setText(u"https://crm.example.com/hooks/casewatch"_qs);
        dialog.findChild<QCheckBox *>(u"webhookEnabledCheck"_qs)->setChecked(true);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"generateSecretButton"_qs), Qt::LeftButton);
        auto *secret = dialog.findChild<QLineEdit *>(u"webhookSecretEdit"_qs);
        generated = secret->text();
        QVERIFY(generated.size() >= 40);
        QCOMPARE(secret->echoMode(), QLineEdit::Normal); // shown once, to be copied to the receiver
        save(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
        QVERIFY(secret->text().isEmpty());
    }
    QCOMPARE(readKeychain(), generated);
    QCOMPARE(m_settings->value(Settings::Key::WebhookUrl).toString(), u"https://crm.example.com/hooks/casewatch"_qs);
    QCOMPARE(m_settings->value(Settings::Key::WebhookEnabled).toBool(), true);
    // The firm's, in the database: address, switch, and a fingerprint that matches the new secret.
    auto firm = FirmWebhook::load(*m_t->db);
    QVERIFY(firm && firm->has_value());
    QCOMPARE(firm->value().url, QUrl(u"https://crm.example.com/hooks/casewatch"_qs));
    QVERIFY(firm->value().enabled);
    QVERIFY(FirmWebhook::matches(firm->value().fingerprint, generated));
    QFile ini(m_dir->filePath(u"settings.ini"_qs));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(generated.toUtf8()));

    WebhookDialog again(*m_settings, m_keychain, *m_t->db, m_clock);
    again.show();
    auto *secret = again.findChild<QLineEdit *>(u"webhookSecretEdit"_qs);
    QTRY_VERIFY(secret->placeholderText().contains(u"keychain"));
    QVERIFY(secret->text().isEmpty());
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
}

void TestWebhookDialog::testEventUsesTheStoredSecret()
{
    bool written = false;
    QObject context;
    m_keychain.write(WebhookDispatcher::secretKey(), test::kSecret, &context, [&](Status s) { written = s.ok(); });
    QTRY_VERIFY(written);
    QTemporaryDir dir;
    test::Receiver receiver(dir.filePath(u"received.jsonl"_qs));
    QVERIFY(receiver.start(0));

    WebhookDialog dialog(*m_settings, m_keychain, *m_t->db, m_clock);
    dialog.show();
    dialog.findChild<QLineEdit *>(u"webhookUrlEdit"_qs)->setText(receiver.url().toString());
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"sendTestEventButton"_qs), Qt::LeftButton);
    auto *status = dialog.findChild<QLabel *>(u"webhookStatus"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"accepted"), 10000);
    QCOMPARE(receiver.accepted().size(), 1);
    QCOMPARE(receiver.accepted().first().value(u"event_type").toString(), u"webhook.test"_qs);

    // A wrong secret typed in the dialog: the receiver refuses, and the dialog says how.
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"webhookSecretEdit"_qs), u"not-the-receivers-secret"_qs);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"sendTestEventButton"_qs), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"401"), 10000);
}

void TestWebhookDialog::pausedDeliveryCanBeResumed()
{
    const WebhookOutbox outbox(*m_t->db);
    QVERIFY(outbox.pause(QDateTime::currentDateTimeUtc(),
                         u"Delivery paused after 8 failed attempts in a row: HTTP 503"_qs));
    WebhookDialog dialog(*m_settings, m_keychain, *m_t->db, m_clock);
    dialog.show();
    auto *label = dialog.findChild<QLabel *>(u"webhookOutboxLabel"_qs);
    auto *resume = dialog.findChild<QPushButton *>(u"resumeDeliveryButton"_qs);
    QVERIFY(label->text().contains(u"paused"));
    QVERIFY(resume->isEnabled());
    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(!outbox.stats()->pausedAt.isValid());
    QVERIFY(!resume->isEnabled());
}

QTEST_MAIN(TestWebhookDialog)
#include "tst_webhookdialog.moc"
