// Updates to send and the template editor, as a paralegal uses them: the letter for an approval
// is listed in the client's language, edited, saved as .eml, marked as sent once; a Spanish letter
// without USCIS's Spanish says so; a template with a misspelt placeholder is refused at once.
#include "TestSupport.h"

#include "TemplatesDialog.h"
#include "UpdatesDialog.h"
#include "domain/StatusCategory.h"
#include "storage/CaseStore.h"
#include "storage/ObservationStore.h"
#include "storage/ProfileStore.h"
#include "storage/SqlValues.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

class TestUpdatesDialog final : public QObject
{
    Q_OBJECT

private slots:
    void lettersAreListedEditedAndSentOnce();
    void templateEditorRefusesUnknownPlaceholders();
};

void TestUpdatesDialog::lettersAreListedEditedAndSentOnce()
{
    test::TempDatabase t;
    Profile m = test::profile(ProfileKind::Applicant, u"María López"_qs);
    m.language = u"es"_qs;
    m.email = u"maria@example.com"_qs;
    const qint64 maria = ProfileStore(*t.db).add(m)->id;
    const qint64 caseId =
        CaseStore(*t.db).add(maria, {ReceiptNumber::parse(u"EAC9999103403").value(), u"I-485"_qs, {}})->id;
    auto record = [&](const QString &en, const QString &es, const QString &category) {
        CaseSnapshot s;
        s.statusEn = en;
        s.statusEs = es;
        s.category = category;
        s.modifiedDate = u"2026-11-20"_qs;
        QVERIFY(ObservationStore(*t.db).recordSnapshot(caseId, u"demo"_qs, 200, "{}", s));
    };
    record(u"Case Was Received"_qs, u"Caso Fue Recibido"_qs, u"RECEIVED"_qs);
    const QStringList alerting = categories::alertingByDefault();
    {
        UpdatesDialog first(*t.db, alerting);
        QCOMPARE(first.list()->count(), 0);
    } // updates begin now
    record(u"Case Was Approved"_qs, QString(), u"APPROVED"_qs); // USCIS sent no Spanish

    UpdatesDialog dialog(*t.db, alerting);
    QCOMPARE(dialog.list()->count(), 1);
    QVERIFY(dialog.list()->item(0)->text().contains(u"María López"_qs));
    ClientUpdate shown = dialog.current();
    QCOMPARE(shown.language, u"es"_qs);
    QVERIFY(shown.spanishFallback);
    auto *warning = dialog.findChildren<QLabel *>().value(0);
    bool warned = false;
    for (QLabel *l : dialog.findChildren<QLabel *>())
        warned = warned || (l->isVisibleTo(&dialog) && l->text().contains(u"no Spanish text"_qs));
    Q_UNUSED(warning);
    QVERIFY(warned);
    // In English instead: re-drafted, no warning.
    auto *language = dialog.findChild<QComboBox *>();
    language->setCurrentIndex(0);
    emit language->activated(0);
    QCOMPARE(dialog.current().language, u"en"_qs);
    QVERIFY(dialog.current().body.contains(u"Case Was Approved"_qs));
    // The paralegal edits the subject; the .eml carries the edit, privately.
    auto *subject = dialog.findChild<QLineEdit *>();
    subject->setText(u"Approved!"_qs);
    QTemporaryDir dir;
    const QString eml = dir.filePath(u"letter.eml"_qs);
    QVERIFY(dialog.saveCurrentEml(eml));
    QFile file(eml);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Subject: Approved!\r\n"));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    QVERIFY(dialog.markCurrentSent());
    QCOMPARE(dialog.list()->count(), 0);
    auto q = execSql(*t.db, u"SELECT subject, language, sent_at FROM client_updates"_qs);
    QVERIFY(q && q.value().next());
    QCOMPARE(q.value().value(0).toString(), u"Approved!"_qs);
    QCOMPARE(q.value().value(1).toString(), u"en"_qs);
    QVERIFY(!q.value().value(2).toString().isEmpty());
    QVERIFY(!q.value().next()); // one letter, recorded once
    auto last = ClientUpdates(*t.db).lastSent(caseId); // what the case's details show
    QVERIFY(last && !last->sentAt.isEmpty());
    QCOMPARE(last->language, u"en"_qs);
    UpdatesDialog again(*t.db, alerting);
    QCOMPARE(again.list()->count(), 0);
    // A weekly digest on request.
    again.addWeeklyDigests(QDate::currentDate().addDays(-7));
    QCOMPARE(again.list()->count(), 1);
    QCOMPARE(again.current().kind, u"digest"_qs);
}

void TestUpdatesDialog::templateEditorRefusesUnknownPlaceholders()
{
    test::TempDatabase t;
    TemplatesDialog dialog(*t.db);
    dialog.setTexts(u"RFE_ISSUED"_qs, u"RFE on {receipt_number}"_qs, u"Dear {client}, ..."_qs,
                    u"Solicitud de Evidencia"_qs, u"Estimado/a {client_name}:"_qs);
    QVERIFY(!dialog.saveShown());
    QVERIFY2(dialog.problem().contains(u"{client}"_qs), qPrintable(dialog.problem()));
    dialog.setTexts(u"RFE_ISSUED"_qs, u"RFE on {receipt_number}"_qs, u"Dear {client_name}, ..."_qs, QString(),
                    QString());
    QVERIFY(!dialog.saveShown()); // no Spanish
    QVERIFY(!dialog.problem().isEmpty());
    dialog.setTexts(u"RFE_ISSUED"_qs, u"RFE on {receipt_number}"_qs, u"Dear {client_name}, ..."_qs,
                    u"Solicitud de Evidencia"_qs, u"Estimado/a {client_name}:"_qs);
    QVERIFY(dialog.saveShown());
    QVERIFY(dialog.problem().isEmpty());
    QCOMPARE(ClientUpdates(*t.db).templateFor(u"RFE_ISSUED"_qs, u"es"_qs)->body, u"Estimado/a {client_name}:"_qs);
}

QTEST_MAIN(TestUpdatesDialog)
#include "tst_updatesdialog.moc"
