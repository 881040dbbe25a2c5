// Notices as they really arrive, made by the test itself: a phone photo (perspective, shadow,
// noise), the same photo stored sideways with EXIF orientation 6, a PNG, a three-page Group 4 fax
// TIFF whose first page is a cover sheet, a 48-megapixel photo, scans fed at 90° and 180° — and
// the same upside-down page without Tesseract's orientation data (the four turns tried instead).
// Every receipt is found, no decoy is taken, the turn used is reported.
#include "NoticeImages.h"
#include "TestSupport.h"

#include "import/DocumentStore.h"
#include "import/I797Extractor.h"
#include "import/I797Importer.h"
#include "import/ImageFile.h"
#include "import/OcrEngine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QGuiApplication>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace cw;
using namespace cw::test;

class TestNoticeImages final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void phonePhoto();
    void exifOrientationIsHonoured();
    void pngScan();
    void faxTiffWithCoverSheet();
    void turnedScans_data();
    void turnedScans();
    void turnsAreTriedWithoutOrientationData();
    void largePhotoIsScaledBeforeOcr();
    void samePhotoTwiceIsRecognised();
    void heicSaysWhatToDo();
    void kindsFromFirstBytes();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static ImportedFile read(const QString &file)
    {
        I797Extractor extractor;
        QElapsedTimer timer;
        timer.start();
        ImportedFile out = extractor.extract(file);
        qInfo("%s: %d page(s) by OCR in %.2f s, largest %lld px", qPrintable(out.fileName), out.ocrPages,
              timer.elapsed() / 1000.0, out.largestRenderedPixels);
        return out;
    }
    QTemporaryDir m_dir;
    NoticeSpec m_aos;
    NoticeSpec m_h1b;
};

void TestNoticeImages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_aos = sampleNotices().at(0);
    m_h1b = sampleNotices().at(1);
    QVERIFY2(QImageReader::supportedImageFormats().contains("tiff"),
             "Qt's TIFF plugin is missing (Debian: qt6-image-formats-plugins)");
}

void TestNoticeImages::phonePhoto()
{
    const QString file = path(u"photo.jpg"_qs);
    QVERIFY(writeBytes(file, jpegBytes(photoImage(m_aos, Layout::Boxed))));
    const ImportedFile out = read(file);
    QVERIFY2(!out.error, out.error ? qPrintable(out.error->message) : "");
    QCOMPARE(out.format, u"JPEG"_qs);
    QCOMPARE(out.receipts(), QStringList{m_aos.receipt}); // and none of the decoys
    QCOMPARE(out.method(), u"ocr"_qs);
    QCOMPARE(out.pageReads.size(), 1);
    QCOMPARE(out.pageReads[0].turned, 0);
    QCOMPARE(out.notices.first().formType, u"I-485"_qs);
    QCOMPARE(out.sha256, sha256Of(file)); // the file as dropped, not the decoded pixels
}

void TestNoticeImages::exifOrientationIsHonoured()
{
    // Pixels stored sideways, EXIF saying "turn 90° clockwise": read upright straight away. Were
    // the EXIF tag ignored, the page would need turning (and the report would say so).
    const QString file = path(u"photo-exif6.jpg"_qs);
    QVERIFY(writeBytes(file, jpegWithExifOrientation6(photoImage(m_aos, Layout::Boxed))));
    QImageReader raw(file);
    QVERIFY(raw.size().width() > raw.size().height()); // stored landscape
    QCOMPARE(raw.transformation(), QImageIOHandler::TransformationRotate90);
    const ImportedFile out = read(file);
    QVERIFY2(!out.error, out.error ? qPrintable(out.error->message) : "");
    QCOMPARE(out.receipts(), QStringList{m_aos.receipt});
    QCOMPARE(out.pageReads[0].turned, 0);
}

void TestNoticeImages::pngScan()
{
    QImage scan = scanImage(m_h1b, Layout::Boxed, 0, 300, 0.6, 0.0005);
    scan.setDotsPerMeterX(qRound(300 / 0.0254));
    scan.setDotsPerMeterY(qRound(300 / 0.0254));
    const QString file = path(u"scan.png"_qs);
    QVERIFY(scan.save(file, "PNG"));
    const ImportedFile out = read(file);
    QVERIFY2(!out.error, out.error ? qPrintable(out.error->message) : "");
    QCOMPARE(out.format, u"PNG"_qs);
    QCOMPARE(out.receipts(), QStringList{m_h1b.receipt});
    QCOMPARE(out.notices.first().petitioners, QStringList{m_h1b.name});
    QCOMPARE(out.largestRenderedPixels, qint64(scan.width()) * scan.height()); // 300 dpi stated: kept
}

void TestNoticeImages::faxTiffWithCoverSheet()
{
    // Page 1: the firm's cover sheet (phone, fax, file and account numbers); pages 2–3: a two-page
    // approval notice. Fine-mode fax resolution, CCITT Group 4 like a fax server's TIFF.
    const QString file = path(u"fax.tif"_qs);
    const QString made = writeGroup4Tiff(file, {faxPage(coverSheetRows()), faxPage(noticeRows(m_h1b, Layout::Boxed, 0)),
                                                faxPage(noticeRows(m_h1b, Layout::Boxed, 1))});
    QVERIFY2(made.isEmpty(), qPrintable(made));
    QProcess info;
    info.start(u"tiffinfo"_qs, {file});
    QVERIFY(info.waitForFinished(30000));
    const QByteArray described = info.readAllStandardOutput();
    QCOMPARE(described.count("CCITT Group 4"), 3);
    const ImportedFile out = read(file);
    QVERIFY2(!out.error, out.error ? qPrintable(out.error->message) : "");
    QCOMPARE(out.format, u"TIFF"_qs);
    QCOMPARE(out.pages, 3);
    QCOMPARE(out.ocrPages, 3);
    QCOMPARE(out.receipts(), QStringList{m_h1b.receipt}); // nothing from the cover sheet
    QCOMPARE(out.pagesWithoutReceipts(), QList<int>{1});
    QCOMPARE(out.notices.size(), 1);
    QCOMPARE(out.notices.first().firstPage, 1);
    QCOMPARE(out.notices.first().lastPage, 2);
    const QJsonObject json = DocumentStore::toJson(out);
    QCOMPARE(json[u"pages_without_receipts"_qs].toArray(), QJsonArray{1});
    QCOMPARE(json[u"format"_qs].toString(), u"TIFF"_qs);
}

void TestNoticeImages::turnedScans_data()
{
    QTest::addColumn<int>("fedAt");
    QTest::addColumn<int>("turnedBack");
    QTest::newRow("fed a quarter turn clockwise") << 90 << 270;
    QTest::newRow("fed upside down") << 180 << 180;
    QTest::newRow("fed a quarter turn anticlockwise") << 270 << 90;
}

void TestNoticeImages::turnedScans()
{
    QFETCH(int, fedAt);
    QFETCH(int, turnedBack);
    const QString file = path(QStringLiteral("turned-%1.pdf").arg(fedAt));
    QVERIFY(writeTurnedScanPdf(file, m_aos, Layout::Boxed, 300, fedAt));
    const ImportedFile out = read(file);
    QVERIFY2(!out.error, out.error ? qPrintable(out.error->message) : "");
    QCOMPARE(out.receipts(), QStringList{m_aos.receipt});
    QCOMPARE(out.pageReads[0].turned, turnedBack);
    QCOMPARE(out.pageReads[0].turnedBy, u"osd"_qs);
    QCOMPARE(out.notices.first().turned, turnedBack);
    QCOMPARE(out.notices.first().noticeDate, QDate(2026, 1, 20));
}

void TestNoticeImages::turnsAreTriedWithoutOrientationData()
{
    // Tesseract's data folder with the English model only (no "osd"): detection is unavailable,
    // so the page is read as it came, and — no receipt upright — turned until one is found.
    QTemporaryDir data;
    QString english;
    QStringList places{OcrEngine::dataPath()};
    for (const QString &root :
         {u"/usr/share/tesseract-ocr"_qs, u"/usr/share"_qs, u"/usr/local/share"_qs, u"/opt/homebrew/share"_qs}) {
        places << root + u"/tessdata"_qs;
        for (const QString &version : QDir(root).entryList({u"[0-9]*"_qs}, QDir::Dirs))
            places << root + u'/' + version + u"/tessdata"_qs;
    }
    for (const QString &place : places) {
        if (english.isEmpty() && !place.isEmpty() && QFileInfo::exists(place + u"/eng.traineddata"_qs))
            english = place + u"/eng.traineddata"_qs;
    }
    QVERIFY2(!english.isEmpty(), "Tesseract's English data was not found");
    QVERIFY(QFile::copy(english, data.filePath(u"eng.traineddata"_qs)));
    const bool hadPrefix = qEnvironmentVariableIsSet("TESSDATA_PREFIX");
    const QByteArray before = qgetenv("TESSDATA_PREFIX");
    const auto restore = qScopeGuard([&] {
        if (hadPrefix)
            qputenv("TESSDATA_PREFIX", before);
        else
            qunsetenv("TESSDATA_PREFIX");
    });
    qputenv("TESSDATA_PREFIX", data.path().toLocal8Bit());
    const QString file = path(u"upside-down-no-osd.pdf"_qs);
    QVERIFY(writeTurnedScanPdf(file, m_aos, Layout::Boxed, 300, 180));
    const ImportedFile out = read(file);
    QVERIFY2(!out.error, out.error ? qPrintable(out.error->message) : "");
    QCOMPARE(out.receipts(), QStringList{m_aos.receipt});
    QCOMPARE(out.pageReads[0].turned, 180);
    QCOMPARE(out.pageReads[0].turnedBy, u"tries"_qs);
}

void TestNoticeImages::largePhotoIsScaledBeforeOcr()
{
    // 6000 × 8000 = 48 megapixels: decoded scaled (libjpeg's own scaling, never at full size), read
    // at about OCR resolution.
    const QString file = path(u"photo-48mp.jpg"_qs);
    QVERIFY(writeBytes(file, jpegBytes(photoImage(m_h1b, Layout::Boxed, {6000, 8000}, 11), 80)));
    const ImportedFile out = read(file);
    QVERIFY2(!out.error, out.error ? qPrintable(out.error->message) : "");
    QCOMPARE(out.receipts(), QStringList{m_h1b.receipt});
    QVERIFY2(out.largestDecodedPixels <= 16'000'000, qPrintable(QString::number(out.largestDecodedPixels)));
    QVERIFY2(out.largestRenderedPixels <= 9'000'000, qPrintable(QString::number(out.largestRenderedPixels)));
}

void TestNoticeImages::samePhotoTwiceIsRecognised()
{
    TempDatabase t;
    const QString file = path(u"again.jpg"_qs);
    QVERIFY(writeBytes(file, jpegBytes(photoImage(m_aos, Layout::Boxed, {1512, 2016}, 3))));
    const ImportedFile first = read(file);
    QVERIFY2(!first.error, first.error ? qPrintable(first.error->message) : "");
    auto done = I797Importer(*t.db).commit(first, 0, first.receipts());
    QVERIFY(done);
    QVERIFY(QFile::copy(file, path(u"IMG_2041.jpg"_qs))); // dropped again under another name
    const ImportedFile second = read(path(u"IMG_2041.jpg"_qs));
    auto known = DocumentStore(*t.db).findBySha256(QString::fromLatin1(second.sha256));
    QVERIFY(known && known.value());
    QCOMPARE(known.value()->id, done->documentId);
    QCOMPARE(known.value()->fileName, u"again.jpg"_qs);
}

void TestNoticeImages::heicSaysWhatToDo()
{
    // An iPhone's HEIC header. Where no image plugin reads HEIC (Linux, Windows), the message
    // says what to do instead; where one does (macOS), this broken file is called damaged.
    QByteArray heic = QByteArray::fromHex("00000018") + "ftypheic" + QByteArray::fromHex("00000000") + "mif1heic";
    heic.append(QByteArray(2000, '\x01'));
    const QString file = path(u"IMG_0001.HEIC"_qs);
    QVERIFY(writeBytes(file, heic));
    const ImportedFile out = read(file);
    QVERIFY(out.error);
    QCOMPARE(out.format, u"HEIC"_qs);
    if (QImageReader::supportedImageFormats().contains("heic")) {
        QCOMPARE(out.error->code, u"import.damaged"_qs);
    } else {
        QCOMPARE(out.error->code, u"import.image_unsupported"_qs);
        QVERIFY(out.error->message.contains(u"JPEG"_qs));
        QVERIFY(out.error->message.contains(u"IMG_0001.HEIC"_qs));
    }
}

void TestNoticeImages::kindsFromFirstBytes()
{
    QCOMPARE(ImageFile::kindOf(QByteArray::fromHex("ffd8ffe0") + "JFIF"), u"JPEG"_qs);
    QCOMPARE(ImageFile::kindOf("\x89PNG\r\n"), u"PNG"_qs);
    QCOMPARE(ImageFile::kindOf(QByteArray("II*\0", 4)), u"TIFF"_qs);
    QCOMPARE(ImageFile::kindOf(QByteArray("MM\0*", 4)), u"TIFF"_qs);
    QCOMPARE(ImageFile::kindOf(QByteArray::fromHex("00000018") + "ftypheix"), u"HEIC"_qs);
    QCOMPARE(ImageFile::kindOf(QByteArray::fromHex("00000018") + "ftypisom"), QString()); // a video
    QCOMPARE(ImageFile::kindOf("%PDF-1.7"), QString());
}

QTEST_MAIN(TestNoticeImages)

#include "tst_noticeimages.moc"
