// I-797 extraction from PDFs the test writes itself: text notices in two layouts, multi-page and
// multi-notice files, decoy numbers, image-only scans at 200 and 300 dpi (turned and speckled),
// and every kind of bad file. Every expected receipt is found, and nothing else.
#include "NoticeImages.h"
#include "TestSupport.h"

#include "import/DocumentStore.h"
#include "import/I797Extractor.h"
#include "import/I797Parser.h"
#include "storage/CaseStore.h"
#include "storage/ProfileStore.h"

#include <QElapsedTimer>
#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;
using namespace cw::test;

class TestI797Extractor final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textNoticesBothLayouts_data();
    void textNoticesBothLayouts();
    void multiNoticeFileSplitsNotices();
    void namesInEveryHeaderLayout_data();
    void namesInEveryHeaderLayout();
    void namesAreNotGuessed_data();
    void namesAreNotGuessed();
    void scannedNotices_data();
    void scannedNotices();
    void badFilesGiveClearErrors_data();
    void badFilesGiveClearErrors();
    void documentIsRecognisedByItsHash();
    void commandLineImport();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestI797Extractor::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestI797Extractor::textNoticesBothLayouts_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("layout");
    const QList<NoticeSpec> notices = sampleNotices();
    for (int i = 0; i < notices.size(); ++i) {
        QTest::addRow("%s boxed", qPrintable(notices[i].receipt)) << i << int(Layout::Boxed);
        QTest::addRow("%s labelled", qPrintable(notices[i].receipt)) << i << int(Layout::Labelled);
    }
}

void TestI797Extractor::textNoticesBothLayouts()
{
    QFETCH(int, index);
    QFETCH(int, layout);
    const NoticeSpec spec = sampleNotices().at(index);
    const QString file = path(QStringLiteral("text-%1-%2.pdf").arg(index).arg(layout));
    QVERIFY(writeTextPdf(file, {spec}, Layout(layout)));
    I797Extractor extractor;
    const ImportedFile out = extractor.extract(file);
    QVERIFY2(!out.error, out.error ? qPrintable(out.error->message) : "");
    QCOMPARE(out.method(), u"text"_qs);
    QCOMPARE(out.receipts(), QStringList{spec.receipt}); // and none of the decoys
    QCOMPARE(out.notices.size(), 1);
    const I797Notice &n = out.notices.first();
    QCOMPARE(n.lastPage - n.firstPage, spec.extraPages);
    QCOMPARE(n.formType, I797Parser::normalizeFormType(spec.caseType));
    QCOMPARE(n.noticeType, I797Parser::noticeType(spec.noticeTitle));
    QCOMPARE(n.receivedDate, I797Parser::parseDate(spec.receivedDate));
    QCOMPARE(n.noticeDate, I797Parser::parseDate(spec.noticeDate));
    QCOMPARE(n.priorityDate, I797Parser::parseDate(spec.priorityDate));
    QVERIFY2(n.names().contains(spec.name), qPrintable(n.names().join(u" | ")));
    if (!spec.beneficiary.isEmpty())
        QCOMPARE(n.beneficiaries, QStringList{spec.beneficiary});
    QCOMPARE(out.sha256, test::sha256Of(file));
}

void TestI797Extractor::multiNoticeFileSplitsNotices()
{
    const QList<NoticeSpec> specs = sampleNotices();
    const QString file = path(u"batch.pdf"_qs);
    QVERIFY(writeTextPdf(file, specs, Layout::Boxed));
    I797Extractor extractor;
    const ImportedFile out = extractor.extract(file);
    QVERIFY(!out.error);
    QCOMPARE(out.pages, 5); // the H-1B approval has two pages
    QCOMPARE(out.notices.size(), 4);
    QStringList expected;
    for (int i = 0; i < specs.size(); ++i) {
        expected << specs[i].receipt;
        QCOMPARE(out.notices[i].receipts, QStringList{specs[i].receipt});
        QCOMPARE(out.notices[i].formType, I797Parser::normalizeFormType(specs[i].caseType));
    }
    QCOMPARE(out.receipts(), expected);
    QCOMPARE(out.notices[1].firstPage, 1);
    QCOMPARE(out.notices[1].lastPage, 2);
    QCOMPARE(out.notices[2].noticeType, u"rfe"_qs);
}

void TestI797Extractor::namesInEveryHeaderLayout_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("layout");
    QTest::addColumn<bool>("scanned");
    const std::pair<const char *, Layout> layouts[] = {{"label above", Layout::Boxed},
                                                       {"label beside NOTICE DATE", Layout::BoxedBeside},
                                                       {"label over an A-number", Layout::BoxedANumber},
                                                       {"Label: value", Layout::Labelled}};
    for (const auto &[name, layout] : layouts) {
        for (int index : {0, 1}) { // an applicant; a petitioner with a beneficiary
            QTest::addRow("%s, %s, text", name, index ? "petitioner" : "applicant") << index << int(layout) << false;
            if (layout != Layout::Labelled)
                QTest::addRow("%s, %s, scan", name, index ? "petitioner" : "applicant") << index << int(layout) << true;
        }
    }
}

void TestI797Extractor::namesInEveryHeaderLayout()
{
    QFETCH(int, index);
    QFETCH(int, layout);
    QFETCH(bool, scanned);
    NoticeSpec spec = sampleNotices().at(index);
    spec.extraPages = 0;
    const QString file = path(QStringLiteral("names-%1-%2-%3.pdf").arg(index).arg(layout).arg(scanned));
    QVERIFY(scanned ? writeScannedPdf(file, {spec}, Layout(layout), 300, 0.4, 0.0003)
                    : writeTextPdf(file, {spec}, Layout(layout)));
    I797Extractor extractor;
    const ImportedFile out = extractor.extract(file);
    QVERIFY2(!out.error, out.error ? qPrintable(out.error->message) : "");
    QCOMPARE(out.notices.size(), 1);
    const I797Notice &n = out.notices.first();
    QCOMPARE(index == 0 ? n.applicants : n.petitioners, QStringList{spec.name});
    QCOMPARE(index == 0 ? n.petitioners : n.applicants, QStringList{});
    QCOMPARE(n.beneficiaries, spec.beneficiary.isEmpty() ? QStringList{} : QStringList{spec.beneficiary});
    QCOMPARE(n.noticeDate, I797Parser::parseDate(spec.noticeDate));
}

void TestI797Extractor::namesAreNotGuessed_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("applicants");
    QTest::addColumn<QStringList>("petitioners");
    QTest::addColumn<QStringList>("beneficiaries");
    QTest::newRow("a page number under the label")
        << u"APPLICANT\nPage 1 of 2"_qs << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("a spelled-out date beside") << u"NOTICE DATE   APPLICANT\nJanuary 20, 2026   MARIA LOPEZ"_qs
                                               << QStringList{u"MARIA LOPEZ"_qs} << QStringList{} << QStringList{};
    QTest::newRow("two parties in columns")
        << u"PETITIONER          BENEFICIARY\nACME ROBOTICS LLC   CHEN WEI"_qs << QStringList{}
        << QStringList{u"ACME ROBOTICS LLC"_qs} << QStringList{u"CHEN WEI"_qs};
    QTest::newRow("two parties, columns lost")
        << u"PETITIONER BENEFICIARY\nACME ROBOTICS LLC CHEN WEI"_qs << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("a sentence of the body") << u"APPLICANT\nThe applicant must appear at the office below"_qs
                                            << QStringList{} << QStringList{} << QStringList{};
    QString farBelow = u"APPLICANT\n\n"_qs;
    for (int i = 0; i < 45; ++i)
        farBelow += u"Body line %1 of the notice.\n"_qs.arg(i);
    farBelow += u"APPLICANT: JOHN DOE"_qs;
    QTest::newRow("only the header block") << farBelow << QStringList{} << QStringList{} << QStringList{};
}

void TestI797Extractor::namesAreNotGuessed()
{
    QFETCH(QString, header);
    QFETCH(QStringList, applicants);
    QFETCH(QStringList, petitioners);
    QFETCH(QStringList, beneficiaries);
    const QList<I797Notice> notices = I797Parser::parse({{u"RECEIPT NUMBER IOE0912345678\n"_qs + header, false}});
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices[0].applicants, applicants);
    QCOMPARE(notices[0].petitioners, petitioners);
    QCOMPARE(notices[0].beneficiaries, beneficiaries);
}

void TestI797Extractor::scannedNotices_data()
{
    QTest::addColumn<int>("dpi");
    QTest::addColumn<double>("degrees");
    QTest::addColumn<double>("speckle");
    QTest::newRow("300 dpi straight") << 300 << 0.0 << 0.0;
    QTest::newRow("300 dpi turned 1.5 degrees, speckled") << 300 << 1.5 << 0.002;
    QTest::newRow("200 dpi turned -1 degree, speckled") << 200 << -1.0 << 0.002;
}

void TestI797Extractor::scannedNotices()
{
    QFETCH(int, dpi);
    QFETCH(double, degrees);
    QFETCH(double, speckle);
    const QList<NoticeSpec> specs{sampleNotices().at(0), sampleNotices().at(2)};
    const QString file = path(QStringLiteral("scan-%1-%2.pdf").arg(dpi).arg(degrees));
    QVERIFY(writeScannedPdf(file, specs, Layout::Boxed, dpi, degrees, speckle));
    I797Extractor extractor;
    QElapsedTimer timer;
    timer.start();
    const ImportedFile out = extractor.extract(file);
    qInfo("%d pages by OCR in %.2f s", out.ocrPages, timer.elapsed() / 1000.0);
    QVERIFY2(!out.error, out.error ? qPrintable(out.error->message) : "");
    QCOMPARE(out.method(), u"ocr"_qs);
    QCOMPARE(out.ocrPages, 2);
    QCOMPARE(out.receipts(), (QStringList{specs[0].receipt, specs[1].receipt}));
    QCOMPARE(out.notices.size(), 2);
    QVERIFY(out.notices[0].fromOcr);
    // Fields are read where the scan allows and never made up: at 300 dpi all of them; at 200 dpi
    // with speckles over a field, that field may stay empty, but is never wrong.
    const QStringList forms{u"I-485"_qs, u"I-130"_qs};
    const QList<QDate> noticeDates{QDate(2026, 1, 20), QDate(2026, 2, 14)};
    for (int i = 0; i < 2; ++i) {
        const I797Notice &n = out.notices[i];
        if (dpi >= 300 || !n.formType.isEmpty())
            QCOMPARE(n.formType, forms[i]);
        if (dpi >= 300 || n.noticeDate.isValid())
            QCOMPARE(n.noticeDate, noticeDates[i]);
    }
}

void TestI797Extractor::badFilesGiveClearErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("not a PDF") << u"notes.pdf"_qs << u"import.not_notice"_qs << u"neither a PDF nor a picture"_qs;
    // A picture is read whatever it is called: this one is blank.
    QTest::newRow("blank picture renamed") << u"photo.pdf"_qs << u"import.no_receipts"_qs << u"photo"_qs;
    QTest::newRow("empty") << u"empty.pdf"_qs << u"import.empty"_qs << u"empty"_qs;
    QTest::newRow("truncated") << u"truncated.pdf"_qs << u"import.damaged"_qs << u"damaged"_qs;
    QTest::newRow("password") << u"locked.pdf"_qs << u"import.password"_qs << u"password"_qs;
    QTest::newRow("500 pages") << u"long.pdf"_qs << u"import.too_many_pages"_qs << u"500 pages"_qs;
    QTest::newRow("no receipt") << u"letter.pdf"_qs << u"import.no_receipts"_qs << u"No USCIS receipt number"_qs;
    QTest::newRow("missing") << u"gone.pdf"_qs << u"import.not_found"_qs << u"not found"_qs;
}

void TestI797Extractor::badFilesGiveClearErrors()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    QFETCH(QString, says);
    const QString file = path(name);
    auto write = [&](const QByteArray &bytes) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    if (name == u"notes.pdf") {
        write("Receipt IOE0912345678 — just a text file\n");
    } else if (name == u"photo.pdf") {
        QImage img(50, 50, QImage::Format_RGB32);
        img.fill(Qt::white);
        QVERIFY(img.save(file, "PNG"));
    } else if (name == u"empty.pdf") {
        write({});
    } else if (name == u"truncated.pdf") {
        const QString whole = path(u"whole.pdf"_qs);
        QVERIFY(writeTextPdf(whole, sampleNotices(), Layout::Boxed));
        QFile f(whole);
        QVERIFY(f.open(QIODevice::ReadOnly));
        write(f.readAll().left(700));
    } else if (name == u"locked.pdf") {
        // A real notice, locked with a user password by qpdf (what a firm's "secure PDF" export does).
        const QString plain = path(u"plain.pdf"_qs);
        QVERIFY(writeTextPdf(plain, {sampleNotices().at(0)}, Layout::Boxed));
        QCOMPARE(QProcess::execute(u"qpdf"_qs,
                                   {u"--encrypt"_qs, u"user-pw"_qs, u"owner-pw"_qs, u"256"_qs, u"--"_qs, plain, file}),
                 0);
    } else if (name == u"long.pdf") {
        QPdfWriter w(file);
        QPainter p(&w);
        for (int i = 0; i < 500; ++i) {
            if (i)
                w.newPage();
            p.drawText(100, 100, QString::number(i));
        }
    } else if (name == u"letter.pdf") {
        NoticeSpec letter;
        letter.noticeTitle = u"Dear client, your appointment is confirmed for Monday."_qs;
        letter.body = QStringList{u"Call us at 555-123-4567. Matter 2026-0042."_qs};
        QVERIFY(writeTextPdf(file, {letter}, Layout::Labelled));
    }
    I797Extractor extractor;
    const ImportedFile out = extractor.extract(file);
    QVERIFY(out.error.has_value());
    QCOMPARE(out.error->code, code);
    QVERIFY2(out.error->message.contains(says), qPrintable(out.error->message));
    QVERIFY(out.error->message.contains(name));
    QVERIFY(out.receipts().isEmpty());
}

void TestI797Extractor::documentIsRecognisedByItsHash()
{
    TempDatabase t;
    const QString file = path(u"doc.pdf"_qs);
    QVERIFY(writeTextPdf(file, {sampleNotices().at(0)}, Layout::Labelled));
    I797Extractor extractor;
    const ImportedFile out = extractor.extract(file);
    const DocumentStore store(*t.db);
    QVERIFY(!store.findBySha256(QString::fromLatin1(out.sha256)).value().has_value());
    const auto id = store.record(out, 0);
    QVERIFY(id && id.value() > 0);
    QVERIFY(QFile::rename(file, path(u"renamed.pdf"_qs)));
    const ImportedFile again = extractor.extract(path(u"renamed.pdf"_qs));
    auto found = store.findBySha256(QString::fromLatin1(again.sha256));
    QVERIFY(found && found.value());
    QCOMPARE(found.value()->fileName, u"doc.pdf"_qs);
    QCOMPARE(found.value()->receipts, QStringList{u"IOE0912345678"_qs});
    QCOMPARE(store.record(again, 0).value(), id.value()); // one row per document
}

void TestI797Extractor::commandLineImport()
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(u"inbox/sub"_qs));
    const QList<NoticeSpec> specs = sampleNotices();
    QVERIFY(writeTextPdf(dir.filePath(u"inbox/aos.pdf"_qs), {specs[0]}, Layout::Boxed));
    QVERIFY(writeScannedPdf(dir.filePath(u"inbox/sub/rfe-scan.pdf"_qs), {specs[2]}, Layout::Boxed, 300, 0.5, 0.0005));
    QImage img(40, 40, QImage::Format_RGB32);
    img.fill(Qt::white);
    QVERIFY(img.save(dir.filePath(u"inbox/photo.pdf"_qs), "PNG"));
    // A phone photo of the H-1B approval, found in the folder like the PDFs.
    QVERIFY(writeBytes(dir.filePath(u"inbox/sub/IMG_1001.jpg"_qs),
                       jpegBytes(photoImage(specs[1], Layout::Boxed, {1512, 2016}, 5))));
    const QString db = dir.filePath(u"cli.sqlite"_qs);
    auto cli = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_qs, dir.filePath(u"data"_qs));
        env.insert(u"XDG_CONFIG_HOME"_qs, dir.filePath(u"config"_qs));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CASEWATCH_CLI), QStringList{u"--db"_qs, db, u"--json"_qs} + args);
        p.waitForFinished(120000);
        return std::pair{p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).array()};
    };
    auto byName = [](const QJsonArray &results, const QString &name) {
        for (const QJsonValue &v : results) {
            if (v.toObject().value(u"file").toString().endsWith(name))
                return v.toObject();
        }
        return QJsonObject();
    };

    // A dry run reads a folder (and its subfolder) and reports; the bad file does not stop the rest.
    auto [dryRc, dry] = cli({u"import"_qs, u"--dry-run"_qs, dir.filePath(u"inbox"_qs)});
    QCOMPARE(dryRc, 1);
    QCOMPARE(dry.size(), 4);
    const QJsonObject jpeg = byName(dry, u"IMG_1001.jpg"_qs);
    QCOMPARE(jpeg.value(u"format").toString(), u"JPEG"_qs);
    QCOMPARE(jpeg.value(u"method").toString(), u"ocr"_qs);
    QCOMPARE(jpeg.value(u"receipts").toArray(), QJsonArray{u"WAC2690012345"_qs});
    const QJsonObject aos = byName(dry, u"aos.pdf"_qs);
    for (const char *key : {"file", "receipts", "form_type", "notice_type", "notice_date", "received_date",
                            "priority_date", "names", "method", "error"})
        QVERIFY2(aos.contains(QLatin1String(key)), key);
    QCOMPARE(aos.value(u"receipts").toArray(), QJsonArray{u"IOE0912345678"_qs});
    QCOMPARE(aos.value(u"form_type").toString(), u"I-485"_qs);
    QCOMPARE(aos.value(u"notice_type").toString(), u"receipt"_qs);
    QCOMPARE(aos.value(u"notice_date").toString(), u"2026-01-20"_qs);
    QCOMPARE(aos.value(u"received_date").toString(), u"2026-01-15"_qs);
    QVERIFY(aos.value(u"priority_date").isNull());
    QCOMPARE(aos.value(u"names").toArray(), QJsonArray{u"MARIA LOPEZ GARCIA"_qs});
    QCOMPARE(aos.value(u"method").toString(), u"text"_qs);
    QVERIFY(aos.value(u"error").isNull());
    const QJsonObject scan = byName(dry, u"rfe-scan.pdf"_qs);
    QCOMPARE(scan.value(u"method").toString(), u"ocr"_qs);
    QCOMPARE(scan.value(u"receipts").toArray(), QJsonArray{u"MSC2591234567"_qs});
    QCOMPARE(scan.value(u"notice_type").toString(), u"rfe"_qs);
    const QJsonObject photo = byName(dry, u"photo.pdf"_qs);
    QCOMPARE(photo.value(u"error").toObject().value(u"code").toString(), u"import.no_receipts"_qs); // blank
    QVERIFY(photo.value(u"receipts").toArray().isEmpty());
    {
        auto opened = Database::openSqlite(db);
        QVERIFY(opened);
        QCOMPARE(CaseStore(*opened.value()).list()->size(), 0); // a dry run adds nothing
    }

    // For real: each notice goes to a profile named as the notice says (created here).
    auto [rc, done] =
        cli({u"import"_qs, dir.filePath(u"inbox/aos.pdf"_qs), dir.filePath(u"inbox/sub/rfe-scan.pdf"_qs)});
    QCOMPARE(rc, 0);
    QCOMPARE(byName(done, u"aos.pdf"_qs).value(u"added").toArray(), QJsonArray{u"IOE0912345678"_qs});
    const QJsonObject why = byName(done, u"aos.pdf"_qs).value(u"profiles").toArray().first().toObject();
    QCOMPARE(why.value(u"why").toString(), u"no_match"_qs); // a new profile, named on the notice
    QVERIFY(why.value(u"explanation").toString().contains(u"MARIA LOPEZ GARCIA"));
    {
        auto opened = Database::openSqlite(db);
        const auto cases = CaseStore(*opened.value()).list().value();
        QCOMPARE(cases.size(), 2);
        const auto profiles = ProfileStore(*opened.value()).list().value();
        QStringList names;
        for (const Profile &p : profiles)
            names << p.name;
        names.sort();
        QCOMPARE(names, (QStringList{u"JOSE RAMIREZ"_qs, u"MARIA LOPEZ GARCIA"_qs}));
        auto aosCase = CaseStore(*opened.value()).findByReceipt(ReceiptNumber::parse(u"IOE0912345678").value());
        QCOMPARE(aosCase.value()->formType, u"I-485"_qs);
    }
    // The same file again: recognised, and its receipt already tracked.
    auto [againRc, again] = cli({u"import"_qs, u"--dry-run"_qs, dir.filePath(u"inbox/aos.pdf"_qs)});
    QCOMPARE(againRc, 0);
    QCOMPARE(again.first().toObject().value(u"imported_before").toBool(), true);
    QCOMPARE(again.first().toObject().value(u"already_tracked").toArray(), QJsonArray{u"IOE0912345678"_qs});

    // Another notice of hers, names in another order and layout: filed under the same profile.
    NoticeSpec second = specs[0];
    second.receipt = u"IOE0912345999"_qs;
    second.name = u"LOPEZ GARCIA, MARIA"_qs;
    QVERIFY(writeTextPdf(dir.filePath(u"second.pdf"_qs), {second}, Layout::BoxedBeside));
    auto [secondRc, secondDone] = cli({u"import"_qs, dir.filePath(u"second.pdf"_qs)});
    QCOMPARE(secondRc, 0);
    const QJsonObject matched = secondDone.first().toObject().value(u"profiles").toArray().first().toObject();
    QCOMPARE(matched.value(u"why").toString(), u"name_matches"_qs);
    auto opened = Database::openSqlite(db);
    QCOMPARE(ProfileStore(*opened.value()).list().value().size(), 2);
    QCOMPARE(
        CaseStore(*opened.value()).findByReceipt(ReceiptNumber::parse(second.receipt).value()).value()->profileId,
        CaseStore(*opened.value()).findByReceipt(ReceiptNumber::parse(u"IOE0912345678").value()).value()->profileId);
}

QTEST_MAIN(TestI797Extractor)
#include "tst_i797extractor.moc"
