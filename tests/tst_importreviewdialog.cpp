// Dropping I-797 PDFs on the main window (a real QDropEvent carrying file URLs): the files are read
// in the background and the review dialog lists what each holds; adding puts the cases under the
// suggested profiles and records the documents.
#include "ImportReviewDialog.h"
#include "MainWindow.h"
#include "NoticeImages.h"
#include "TestSupport.h"

#include "i18n/Translations.h"
#include "import/DocumentStore.h"
#include "domain/Clock.h"
#include "session/Session.h"
#include "storage/CaseStore.h"
#include "storage/ObservationStore.h"
#include "storage/ProfileStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QTest>

using namespace cw;
using namespace cw::test;

class TestImportReviewDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(*QCoreApplication::instance(), u"en"_qs); } // as the app does
    void droppedFilesAreReviewedAndAdded();
    void dropOnAProfileFilesThemThere();
    void unsettledNoticesAskForAChoice();
    void droppedPhotoIsRead();

private:
    static void drop(QWidget *target, const QStringList &files, QPoint at = {20, 20})
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &f : files)
            urls << QUrl::fromLocalFile(f);
        mime.setUrls(urls);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropEvent);
        QVERIFY(dropEvent.isAccepted());
    }
    static QTreeWidgetItem *row(QTreeWidget *rows, const QString &receiptOrFile)
    {
        for (int i = 0; i < rows->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = rows->topLevelItem(i);
            if (item->text(ImportReviewDialog::Receipt) == receiptOrFile
                || item->text(ImportReviewDialog::File) == receiptOrFile
                || item->toolTip(ImportReviewDialog::Receipt).endsWith(receiptOrFile))
                return item;
        }
        return nullptr;
    }
};

void TestImportReviewDialog::droppedFilesAreReviewedAndAdded()
{
    TempDatabase t;
    ProfileStore profiles(*t.db);
    CaseStore cases(*t.db);
    ObservationStore observations(*t.db);
    const qint64 maria = profiles.add(profile(ProfileKind::Applicant, u"María López García"_qs))->id;
    const qint64 sofia = profiles.add(profile(ProfileKind::Applicant, u"Sofia Nguyen"_qs))->id;
    QVERIFY(cases.add(sofia, {ReceiptNumber::parse(u"EAC2612345678").value(), {}, {}})); // tracked already

    QTemporaryDir dir;
    const QList<NoticeSpec> specs = sampleNotices();
    const QString aos = dir.filePath(u"aos.pdf"_qs);
    const QString batch = dir.filePath(u"h1b-and-n400.pdf"_qs);
    const QString scan = dir.filePath(u"rfe-scan.pdf"_qs);
    const QString photo = dir.filePath(u"photo.pdf"_qs);
    QVERIFY(writeTextPdf(aos, {specs[0]}, Layout::Boxed));
    QVERIFY(writeTextPdf(batch, {specs[1], specs[3]}, Layout::Labelled));
    QVERIFY(writeScannedPdf(scan, {specs[2]}, Layout::Boxed, 300, 0.7, 0.0005));
    QImage img(30, 30, QImage::Format_RGB32);
    img.fill(Qt::white);
    QVERIFY(img.save(photo, "PNG"));

    SystemClock clock;
    Session session(*t.db, {}, clock);
    MainWindow window(session);
    window.show();
    drop(&window, {aos, batch, scan, photo});
    ImportReviewDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ImportReviewDialog *>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReading(), 60000);
    auto *rows = dialog->findChild<QTreeWidget *>(u"importRows"_qs);
    QCOMPARE(rows->topLevelItemCount(), 5); // four receipts and one unreadable file

    QTreeWidgetItem *a = row(rows, u"IOE0912345678"_qs);
    QVERIFY(a);
    QCOMPARE(a->text(ImportReviewDialog::File), u"aos.pdf"_qs);
    QCOMPARE(a->text(ImportReviewDialog::Form), u"I-485"_qs);
    QCOMPARE(a->text(ImportReviewDialog::Notice), u"Receipt notice"_qs);
    QCOMPARE(a->text(ImportReviewDialog::Names), u"MARIA LOPEZ GARCIA"_qs);
    QCOMPARE(a->text(ImportReviewDialog::Source), u"Text"_qs);
    QCOMPARE(a->checkState(ImportReviewDialog::Receipt), Qt::Checked);
    auto *aProfile = qobject_cast<QComboBox *>(rows->itemWidget(a, ImportReviewDialog::ProfileColumn));
    QCOMPARE(aProfile->currentData().toLongLong(), maria); // suggested by the name on the notice
    QCOMPARE(a->data(ImportReviewDialog::Why, Qt::UserRole).toString(), u"name_matches"_qs);
    QCOMPARE(a->text(ImportReviewDialog::Why),
             u"“MARIA LOPEZ GARCIA” on the notice matches the profile “María López García”."_qs);

    QTreeWidgetItem *h1b = row(rows, u"WAC2690012345"_qs);
    QCOMPARE(h1b->text(ImportReviewDialog::Form), u"I-129"_qs);
    QCOMPARE(h1b->text(ImportReviewDialog::Notice), u"Approval notice"_qs);
    auto *hProfile = qobject_cast<QComboBox *>(rows->itemWidget(h1b, ImportReviewDialog::ProfileColumn));
    QVERIFY(hProfile->currentText().contains(u"ACME ROBOTICS LLC")); // a new petitioner, from the notice
    QCOMPARE(h1b->data(ImportReviewDialog::Why, Qt::UserRole).toString(), u"no_match"_qs);

    QTreeWidgetItem *tracked = row(rows, u"EAC2612345678"_qs);
    QCOMPARE(tracked->checkState(ImportReviewDialog::Receipt), Qt::Unchecked);
    QVERIFY(!(tracked->flags() & Qt::ItemIsUserCheckable));
    QVERIFY(tracked->text(ImportReviewDialog::Remark).contains(u"Already tracked"));

    QTreeWidgetItem *ocr = row(rows, u"MSC2591234567"_qs);
    QVERIFY(ocr);
    QVERIFY(ocr->text(ImportReviewDialog::Source).startsWith(u"OCR"));

    QTreeWidgetItem *bad = row(rows, u"photo.pdf"_qs);
    // A blank picture: the row says what is wrong.
    QVERIFY(bad->text(ImportReviewDialog::Receipt).contains(u"No USCIS receipt number was found in photo.pdf"));
    QVERIFY(bad->isFirstColumnSpanned());
    QVERIFY(!(bad->flags() & Qt::ItemIsUserCheckable));

    auto *add = dialog->findChild<QPushButton *>(u"addCasesButton"_qs);
    QCOMPARE(add->text(), u"&Add 3 Cases"_qs);
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<ImportReviewDialog *>());

    QCOMPARE(cases.findByReceipt(ReceiptNumber::parse(u"IOE0912345678").value()).value()->profileId, maria);
    QCOMPARE(cases.findByReceipt(ReceiptNumber::parse(u"IOE0912345678").value()).value()->formType, u"I-485"_qs);
    const auto acme = profiles.list(ProfileKind::Petitioner).value();
    QCOMPARE(acme.size(), 2); // ACME (the H-1B) and JOSE RAMIREZ (the I-130 petition)
    QVERIFY(cases.findByReceipt(ReceiptNumber::parse(u"WAC2690012345").value()).value().has_value());
    QCOMPARE(cases.findByReceipt(ReceiptNumber::parse(u"EAC2612345678").value()).value()->profileId,
             sofia); // untouched
    const DocumentStore documents(*t.db);
    QVERIFY(documents.findBySha256(QString::fromLatin1(sha256Of(aos))).value().has_value());
    QVERIFY(documents.findBySha256(QString::fromLatin1(sha256Of(scan))).value().has_value());
}

void TestImportReviewDialog::dropOnAProfileFilesThemThere()
{
    TempDatabase t;
    ProfileStore profiles(*t.db);
    CaseStore cases(*t.db);
    ObservationStore observations(*t.db);
    const qint64 firm = profiles.add(profile(ProfileKind::Petitioner, u"Global Hospital Group"_qs))->id;
    QTemporaryDir dir;
    const QString aos = dir.filePath(u"aos.pdf"_qs);
    QVERIFY(writeTextPdf(aos, {sampleNotices().at(0)}, Layout::Labelled));

    SystemClock clock;
    Session session(*t.db, {}, clock);
    MainWindow window(session);
    window.show();
    window.selectProfile(firm);
    auto *view = window.findChild<QTreeView *>(u"profileView"_qs);
    const QRect itemRect = view->visualRect(view->currentIndex());
    QVERIFY(itemRect.isValid());
    drop(view->viewport(), {aos, dir.filePath(u"notes.txt"_qs)}, itemRect.center());
    ImportReviewDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ImportReviewDialog *>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReading(), 30000);
    auto *rows = dialog->findChild<QTreeWidget *>(u"importRows"_qs);
    QCOMPARE(rows->topLevelItemCount(), 1); // the .txt was not taken
    auto *combo = qobject_cast<QComboBox *>(rows->itemWidget(rows->topLevelItem(0), ImportReviewDialog::ProfileColumn));
    QCOMPARE(combo->currentData().toLongLong(), firm); // the profile it was dropped on, over the name
    dialog->accept();
    QCOMPARE(cases.findByReceipt(ReceiptNumber::parse(u"IOE0912345678").value()).value()->profileId, firm);
}

void TestImportReviewDialog::unsettledNoticesAskForAChoice()
{
    // Two clients whose names fit the notice's "JOSE RAMIREZ" equally, and a notice with no name
    // read: neither is filed under anyone until a person chooses; the first profile in the list is
    // never taken by default.
    TempDatabase t;
    ProfileStore profiles(*t.db);
    CaseStore cases(*t.db);
    const qint64 first = profiles.add(profile(ProfileKind::Applicant, u"Ana Aguilar"_qs))->id;
    const qint64 ortiz = profiles.add(profile(ProfileKind::Petitioner, u"José Ramírez Ortiz"_qs))->id;
    const qint64 luna = profiles.add(profile(ProfileKind::Petitioner, u"José Ramírez Luna"_qs))->id;
    QTemporaryDir dir;
    NoticeSpec i130 = sampleNotices().at(2); // PETITIONER JOSE RAMIREZ
    NoticeSpec unnamed = sampleNotices().at(3);
    unnamed.name.clear();
    const QString both = dir.filePath(u"two.pdf"_qs);
    QVERIFY(writeTextPdf(both, {i130, unnamed}, Layout::Boxed));

    ImportReviewDialog dialog(profiles, cases, {both}, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isReading(), 30000);
    auto *rows = dialog.findChild<QTreeWidget *>(u"importRows"_qs);
    QCOMPARE(rows->topLevelItemCount(), 2);
    QTreeWidgetItem *several = row(rows, i130.receipt);
    QTreeWidgetItem *noName = row(rows, unnamed.receipt);
    QCOMPARE(several->data(ImportReviewDialog::Why, Qt::UserRole).toString(), u"several_match"_qs);
    const QString why = several->text(ImportReviewDialog::Why);
    QVERIFY2(why.contains(u"José Ramírez Ortiz") && why.contains(u"José Ramírez Luna") && why.contains(u"JOSE RAMIREZ"),
             qPrintable(why));
    QCOMPARE(noName->data(ImportReviewDialog::Why, Qt::UserRole).toString(), u"no_name"_qs);
    auto *add = dialog.findChild<QPushButton *>(u"addCasesButton"_qs);
    for (QTreeWidgetItem *item : {several, noName}) {
        auto *combo = qobject_cast<QComboBox *>(rows->itemWidget(item, ImportReviewDialog::ProfileColumn));
        QVERIFY(!combo->currentData().isValid()); // "Choose a profile…", not the first profile
        QVERIFY(combo->findData(first) >= 0);
        QCOMPARE(item->checkState(ImportReviewDialog::Receipt), Qt::Unchecked);
    }
    QVERIFY(!add->isEnabled());
    noName->setCheckState(ImportReviewDialog::Receipt, Qt::Checked); // checked, no profile yet
    QVERIFY(!add->isEnabled());
    QVERIFY(add->toolTip().contains(u"Choose a profile"));

    auto choose = [&](QTreeWidgetItem *item, qint64 id) {
        auto *combo = qobject_cast<QComboBox *>(rows->itemWidget(item, ImportReviewDialog::ProfileColumn));
        combo->setCurrentIndex(combo->findData(id));
        emit combo->activated(combo->currentIndex()); // as a click on the entry does
    };
    choose(several, luna);
    choose(noName, first);
    QCOMPARE(several->checkState(ImportReviewDialog::Receipt), Qt::Checked);
    QCOMPARE(several->text(ImportReviewDialog::Why), u"Chosen by you."_qs);
    QVERIFY(add->isEnabled());
    dialog.accept();
    QCOMPARE(cases.findByReceipt(ReceiptNumber::parse(i130.receipt).value()).value()->profileId, luna);
    QCOMPARE(cases.findByReceipt(ReceiptNumber::parse(unnamed.receipt).value()).value()->profileId, first);
    QCOMPARE(profiles.list().value().size(), 3); // no profile made up
    Q_UNUSED(ortiz)
}

void TestImportReviewDialog::droppedPhotoIsRead()
{
    // A phone photo dropped on the window as it is (no PDF): read, reviewed, filed.
    TempDatabase t;
    ProfileStore profiles(*t.db);
    CaseStore cases(*t.db);
    const qint64 acme = profiles.add(profile(ProfileKind::Petitioner, u"Acme Robotics, LLC"_qs))->id;
    QTemporaryDir dir;
    const QString photo = dir.filePath(u"IMG_2041.JPG"_qs);
    QVERIFY(writeBytes(photo, jpegBytes(photoImage(sampleNotices().at(1), Layout::Boxed, {1512, 2016}, 9))));
    SystemClock clock;
    Session session(*t.db, {}, clock);
    MainWindow window(session);
    window.show();
    drop(&window, {photo});
    ImportReviewDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ImportReviewDialog *>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReading(), 60000);
    auto *rows = dialog->findChild<QTreeWidget *>(u"importRows"_qs);
    QTreeWidgetItem *item = row(rows, u"WAC2690012345"_qs);
    QVERIFY(item);
    QCOMPARE(item->text(ImportReviewDialog::Source), u"OCR (check it)"_qs);
    QCOMPARE(item->data(ImportReviewDialog::Why, Qt::UserRole).toString(), u"name_matches"_qs);
    dialog->accept();
    QCOMPARE(cases.findByReceipt(ReceiptNumber::parse(u"WAC2690012345").value()).value()->profileId, acme);
}

QTEST_MAIN(TestImportReviewDialog)
#include "tst_importreviewdialog.moc"
