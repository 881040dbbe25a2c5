// bench_import: I-797 extraction speed and memory.
//  1. 200 text notices (generated here): files/s in-process, against `pdftotext FILE - | grep`
//     run per file in the same run (the goal: faster than that).
//  2. OCR seconds per page of a 300-dpi scan on one core (goal <= 1.5 s).
//  3. Peak memory reading a 20-page scanned file, measured in a child process that does only
//     that (goal <= 300 MB).
//  4. Seconds per phone photo (12 MP JPEG: perspective, shadow, noise) on one core (goal <= 2 s),
//     and the peak memory of reading a 48 MP photo in a child process.
//  5. An upside-down scanned page against the same page upright (goal <= 1.5x).
// It prints figures; it asserts nothing.
#include "PeakMemory.h"
#include "NoticeImages.h"

#include "import/I797Extractor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace {

cw::test::NoticeSpec numbered(const cw::test::NoticeSpec &base, int i)
{
    cw::test::NoticeSpec n = base;
    n.receipt = base.receipt.left(3) + QStringLiteral("%1").arg(2600000000LL + i, 10, 10, QLatin1Char('0'));
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    // The child: read one file, report its peak memory.
    if (argc == 3 && qstrcmp(argv[1], "--extract") == 0) {
        QCoreApplication app(argc, argv);
        cw::I797Extractor extractor;
        const cw::ImportedFile out = extractor.extract(QString::fromLocal8Bit(argv[2]));
        std::printf("%d %d %.1f\n", int(out.receipts().size()), out.ocrPages, cw::bench::peakRssMb());
        return out.error ? 1 : 0;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const QList<cw::test::NoticeSpec> samples = cw::test::sampleNotices();

    // 1. Text notices.
    const int count = 200;
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const QString path = dir.filePath(QStringLiteral("notice-%1.pdf").arg(i, 3, 10, QLatin1Char('0')));
        cw::test::writeTextPdf(path, {numbered(samples[i % samples.size()], i)},
                               i % 2 ? cw::test::Layout::Labelled : cw::test::Layout::Boxed);
        files << path;
    }
    cw::I797Extractor extractor;
    QElapsedTimer timer;
    timer.start();
    int found = 0;
    for (const QString &f : files)
        found += int(extractor.extract(f).receipts().size());
    const double ours = timer.nsecsElapsed() / 1e9;
    timer.restart();
    int grepped = 0;
    for (const QString &f : files) {
        QProcess sh;
        sh.start(QStringLiteral("sh"),
                 {QStringLiteral("-c"), QStringLiteral("pdftotext \"$1\" - | grep -oE '[A-Z]{3}[0-9]{10}'"),
                  QStringLiteral("sh"), f});
        sh.waitForFinished(-1);
        grepped += int(sh.readAllStandardOutput().count('\n'));
    }
    const double theirs = timer.nsecsElapsed() / 1e9;
    std::printf("text notices: %d files, %d receipts found; casewatch %.1f files/s (%.2f s), "
                "pdftotext|grep %.1f files/s (%.2f s, %d matches incl. decoys); speed-up %.1fx\n",
                count, found, count / ours, ours, count / theirs, theirs, grepped, theirs / ours);

    // 2. OCR per page at 300 dpi (one core: Tesseract's own threads are switched off by the engine).
    const QString scan = dir.filePath(QStringLiteral("scan-300.pdf"));
    cw::test::writeScannedPdf(scan, {samples[0], samples[1], samples[2]}, cw::test::Layout::Boxed, 300, 0.8, 0.0005);
    timer.restart();
    const cw::ImportedFile scanned = extractor.extract(scan);
    const double ocrSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("ocr 300 dpi: %d pages in %.2f s = %.2f s/page (goal <= 1.5), receipts %d of 3\n", scanned.ocrPages,
                ocrSeconds, ocrSeconds / std::max(1, scanned.ocrPages), int(scanned.receipts().size()) - 0);

    // 3. Peak memory for a 20-page scan, in a process of its own.
    QList<cw::test::NoticeSpec> twenty;
    for (int i = 0; i < 20; ++i) {
        twenty << numbered(samples[i % samples.size()], 1000 + i);
        twenty.last().extraPages = 0; // one page each: 20 pages in all
    }
    const QString big = dir.filePath(QStringLiteral("scan-20-pages.pdf"));
    cw::test::writeScannedPdf(big, twenty, cw::test::Layout::Boxed, 300, 0.5, 0.0003);
    QProcess child;
    timer.restart();
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--extract"), big});
    child.waitForFinished(-1);
    const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
    std::printf("20-page 300-dpi scan: %s receipts, %s pages by OCR in %.1f s, peak memory %s MB (goal <= 300)\n",
                parts.value(0).constData(), parts.value(1).constData(), timer.nsecsElapsed() / 1e9,
                parts.value(2).constData());

    // 4. Phone photos, one at a time.
    QStringList photos;
    for (int i = 0; i < 4; ++i) {
        const QString photo = dir.filePath(QStringLiteral("photo-%1.jpg").arg(i));
        cw::test::writeBytes(photo, cw::test::jpegBytes(cw::test::photoImage(samples[i], cw::test::Layout::Boxed,
                                                                             {3024, 4032}, quint32(20 + i))));
        photos << photo;
    }
    extractor.extract(photos.first()); // Tesseract's models loaded before timing, as in a running app
    int photoReceipts = 0;
    timer.restart();
    for (const QString &photo : photos)
        photoReceipts += int(extractor.extract(photo).receipts().size());
    const double perPhoto = timer.nsecsElapsed() / 1e9 / photos.size();
    const QString huge = dir.filePath(QStringLiteral("photo-48mp.jpg"));
    cw::test::writeBytes(
        huge, cw::test::jpegBytes(cw::test::photoImage(samples[1], cw::test::Layout::Boxed, {6000, 8000}, 99), 80));
    QProcess hugeChild;
    timer.restart();
    hugeChild.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--extract"), huge});
    hugeChild.waitForFinished(-1);
    const QList<QByteArray> hugeParts = hugeChild.readAllStandardOutput().trimmed().split(' ');
    std::printf("phone photos (12 MP JPEG): %.2f s per photo (goal <= 2), receipts %d of %d; 48 MP photo: %.1f s in "
                "its own process, peak memory %s MB\n",
                perPhoto, photoReceipts, int(photos.size()), timer.nsecsElapsed() / 1e9,
                hugeParts.value(2).constData());

    // 5. Upside down against upright: the same three pages, each way.
    double seconds[2] = {0, 0};
    int turnedFound[2] = {0, 0};
    for (int way = 0; way < 2; ++way) {
        for (int i = 0; i < 3; ++i) {
            const QString page = dir.filePath(QStringLiteral("way-%1-%2.pdf").arg(way).arg(i));
            cw::test::writeTurnedScanPdf(page, samples[i], cw::test::Layout::Boxed, 300, way == 0 ? 0 : 180);
            timer.restart();
            turnedFound[way] += int(extractor.extract(page).receipts().size());
            seconds[way] += timer.nsecsElapsed() / 1e9;
        }
    }
    std::printf("scanned page upright %.2f s, upside down %.2f s: %.2fx (goal <= 1.5x), receipts %d and %d of 3\n",
                seconds[0] / 3, seconds[1] / 3, seconds[1] / seconds[0], turnedFound[0], turnedFound[1]);
    return 0;
}
