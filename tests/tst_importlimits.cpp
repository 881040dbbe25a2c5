// What one untrusted file may cost an import (core/import/I797Extractor.h, Options): a page larger
// than the pixel limit is rendered at a lower resolution, scanned pages past the limit are not read,
// a page that takes too long to read and a file over its time budget are stopped with a message —
// and `casewatch-cli import` stops cleanly on Ctrl+C, leaving documents and cases that agree.
#include "NoticeFactory.h"
#include "TestSupport.h"

#include "import/I797Extractor.h"
#include "storage/Database.h"

#include <QDir>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_UNIX)
#include <csignal>
#endif

using namespace cw;
using namespace cw::test;

class TestImportLimits final : public QObject
{
    Q_OBJECT

private slots:
    void hugePageIsRenderedWithinThePixelLimit();
    void scannedPagesPastTheLimitAreNotRead();
    void slowPageAndSlowFileAreStopped();
    void commandLineImportStopsOnCtrlC();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestImportLimits::hugePageIsRenderedWithinThePixelLimit()
{
    // A few KB of PDF whose one page is 200 × 200 inches: 3.6 gigapixels at 300 dpi.
    const QString file = path(u"huge.pdf"_qs);
    {
        QPdfWriter w(file);
        w.setPageSize(QPageSize(QSizeF(14400, 14400), QPageSize::Point));
        QPainter p(&w);
        p.drawLine(0, 0, 10, 10);
    }
    QVERIFY(QFileInfo(file).size() < 20000);
    I797Extractor::Options options;
    options.maxPagePixels = 4'000'000;
    I797Extractor extractor(options);
    const ImportedFile out = extractor.extract(file);
    QVERIFY(out.error);
    QCOMPARE(out.error->code, u"import.no_receipts"_qs);
    QCOMPARE(out.ocrPages, 1);
    QVERIFY2(out.largestRenderedPixels > 0 && out.largestRenderedPixels <= options.maxPagePixels,
             qPrintable(QString::number(out.largestRenderedPixels)));
}

void TestImportLimits::scannedPagesPastTheLimitAreNotRead()
{
    NoticeSpec blank;
    blank.noticeTitle = u"Fax cover sheet"_qs;
    blank.body = QStringList{u"Pages: 3"_qs};
    const QString file = path(u"three-scans.pdf"_qs);
    QVERIFY(writeScannedPdf(file, {blank, blank, blank}, Layout::Labelled, 150));
    I797Extractor::Options options;
    options.maxOcrPages = 2;
    I797Extractor extractor(options);
    const ImportedFile out = extractor.extract(file);
    QVERIFY(out.error);
    QCOMPARE(out.error->code, u"import.ocr_limit"_qs);
    QCOMPARE(out.ocrPages, 2);
    QCOMPARE(out.skippedPages, 1);
    QVERIFY2(out.error->message.contains(u"three-scans.pdf"_qs), qPrintable(out.error->message));
}

void TestImportLimits::slowPageAndSlowFileAreStopped()
{
    const QString file = path(u"scan.pdf"_qs);
    QVERIFY(writeScannedPdf(file, {sampleNotices().at(0)}, Layout::Boxed, 300));
    {
        I797Extractor::Options options;
        options.ocrPageDeadlineMs = 1; // no page is read that fast
        const ImportedFile out = I797Extractor(options).extract(file);
        QVERIFY(out.error);
        QCOMPARE(out.error->code, u"import.ocr_timeout"_qs);
        QVERIFY2(out.error->message.contains(u"Page 1 of scan.pdf"_qs), qPrintable(out.error->message));
    }
    {
        I797Extractor::Options options;
        options.fileBudgetMs = 1;
        const ImportedFile out = I797Extractor(options).extract(file);
        QVERIFY(out.error);
        QCOMPARE(out.error->code, u"import.time_budget"_qs);
        QVERIFY(out.receipts().isEmpty());
    }
    // Within the limits, the same file reads.
    QCOMPARE(I797Extractor().extract(file).receipts(), QStringList{sampleNotices().at(0).receipt});
}

void TestImportLimits::commandLineImportStopsOnCtrlC()
{
#if !defined(Q_OS_UNIX)
    QSKIP("Sends SIGINT.");
#else
    QDir().mkpath(path(u"inbox"_qs));
    for (int i = 0; i < 8; ++i) {
        NoticeSpec n = sampleNotices().at(0);
        n.receipt = QStringLiteral("EAC26900000%1").arg(i, 2, 10, QLatin1Char('0'));
        QVERIFY(writeScannedPdf(path(QStringLiteral("inbox/scan-%1.pdf").arg(i)), {n}, Layout::Boxed, 300));
    }
    const QString db = path(u"cli.sqlite"_qs);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_qs, path(u"data"_qs));
    env.insert(u"XDG_CONFIG_HOME"_qs, path(u"config"_qs));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CASEWATCH_CLI), {u"--db"_qs, db, u"profiles"_qs, u"add"_qs, u"--name"_qs, u"Client"_qs});
    QVERIFY(p.waitForFinished(30000) && p.exitCode() == 0);
    p.start(QStringLiteral(CASEWATCH_CLI), {u"--db"_qs, db, u"import"_qs, u"--profile"_qs, u"1"_qs, path(u"inbox"_qs)});
    // Ctrl+C once the first file is in (each scan takes about a second to read).
    QVERIFY(QTest::qWaitFor([&] { return p.canReadLine() || p.state() == QProcess::NotRunning; }, 60000));
    QVERIFY(p.state() == QProcess::Running);
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(15000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit); // stopped by itself, not killed by the signal
    QCOMPARE(p.exitCode(), 1);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("Interrupted"), err.constData());
    const int linesOut = int(p.readAllStandardOutput().count('\n'));
    QVERIFY2(linesOut >= 1 && linesOut < 8, qPrintable(QString::number(linesOut)));
    // Documents and cases agree: every file read whole, none half-recorded.
    auto opened = Database::openSqlite(db);
    QVERIFY(opened);
    auto count = [&](const QString &sql) {
        auto q = execSql(*opened.value(), sql);
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    };
    QCOMPARE(count(u"SELECT count(*) FROM documents"_qs), linesOut);
    QCOMPARE(count(u"SELECT count(*) FROM cases"_qs), linesOut);
#endif
}

QTEST_MAIN(TestImportLimits)
#include "tst_importlimits.moc"
