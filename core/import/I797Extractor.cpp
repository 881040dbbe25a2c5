#include "import/I797Extractor.h"

#include "import/I797Parser.h"
#include "import/ImageFile.h"
#include "import/OcrEngine.h"
#include "import/ReceiptScanner.h"
#include "import/ScanReader.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPdfDocument>
#include <QPdfSelection>

#include <cmath>

namespace cw {

namespace {

int significantChars(const QString &text)
{
    int n = 0;
    for (QChar c : text)
        n += c.isLetterOrNumber() ? 1 : 0;
    return n;
}

} // namespace

// One file's reading: what it produced so far, the clock of its budget, how to stop.
struct I797Extractor::Run
{
    ImportedFile &out;
    const std::function<bool()> &cancelled;
    QElapsedTimer spent;
    QList<I797Parser::Page> pages;
    std::function<bool()> stop;
    bool overBudget(int budgetMs) const { return budgetMs > 0 && spent.elapsed() > budgetMs; }
    bool isCancelled() const { return cancelled && cancelled(); }
    void fail(const char *code, const QString &message) { out.error = Error{QString::fromLatin1(code), message}; }
    void fail(const Error &error) { out.error = error; }
};

QStringList ImportedFile::receipts() const
{
    QStringList out;
    for (const I797Notice &n : notices) {
        for (const QString &r : n.receipts) {
            if (!out.contains(r))
                out << r;
        }
    }
    return out;
}

QList<int> ImportedFile::pagesWithoutReceipts() const
{
    QList<int> out;
    for (int i = 0; i < pageReads.size(); ++i) {
        if (pageReads[i].receipts == 0 && !pageReads[i].skipped && pageReads[i].problem.isEmpty())
            out << i + 1;
    }
    return out;
}

I797Extractor::I797Extractor() : I797Extractor(Options{}) { }
I797Extractor::I797Extractor(Options options) : m_options(options) { }
I797Extractor::~I797Extractor() = default;

ImportedFile I797Extractor::extract(const QString &path, const std::function<bool()> &cancelled)
{
    ImportedFile out;
    out.path = path;
    out.fileName = QFileInfo(path).fileName();
    auto fail = [&](const char *code, const QString &message) {
        out.error = Error{QString::fromLatin1(code), message};
        return out;
    };

    QFile file(path);
    if (!QFileInfo(path).isFile())
        return fail("import.not_found", tr("%1 was not found or is not a file.").arg(out.fileName));
    if (!file.open(QIODevice::ReadOnly))
        return fail("import.unreadable",
                    tr("%1 cannot be read (%2). Check that you may open it.").arg(out.fileName, file.errorString()));
    if (file.size() == 0)
        return fail("import.empty", tr("%1 is empty (0 bytes). Save or scan the notice again.").arg(out.fileName));
    if (file.size() > m_options.maxFileBytes)
        return fail("import.too_large",
                    tr("%1 is too large (%2 MB) to be a notice.").arg(out.fileName).arg(file.size() / (1024 * 1024)));
    const QByteArray head = file.peek(1024);
    out.format = head.contains("%PDF-") ? QStringLiteral("PDF") : ImageFile::kindOf(head);
    if (out.format.isEmpty())
        return fail("import.not_notice",
                    tr("%1 is neither a PDF nor a picture. CaseWatch reads I-797 notices saved "
                       "or scanned as PDF, and photos or scans of them (JPEG, PNG, TIFF and other common picture "
                       "formats).")
                        .arg(out.fileName));
    // The hash of the file as it was dropped (not of what was decoded from it): the same photo or
    // PDF dropped again is recognised.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fail("import.unreadable",
                    tr("%1 cannot be read to the end (%2).").arg(out.fileName, file.errorString()));
    out.sha256 = hash.result().toHex();
    file.close();

    Run run{out, cancelled, {}, {}, {}};
    run.spent.start();
    run.stop = [&run, this] { return run.isCancelled() || run.overBudget(m_options.fileBudgetMs); };
    if (out.format == u"PDF")
        readPdf(run);
    else
        readImage(run);
    if (out.error)
        return out;

    out.notices = I797Parser::parse(run.pages);
    for (int p = 0; p < run.pages.size() && p < out.pageReads.size(); ++p)
        out.pageReads[p].receipts = int(ReceiptScanner::scan(run.pages[p].text).size());
    const QString noReceipt =
        out.format == u"PDF"
            ? tr("No USCIS receipt number was found in %1. If it is an I-797 notice, check that the scan is "
                 "readable, or add the receipt by hand.")
            : tr("No USCIS receipt number was found in %1. If it is a photo of an I-797 notice, take it again "
                 "straight above the page in good light, or add the receipt by hand.");
    if ((out.notices.isEmpty() || out.receipts().isEmpty()) && out.skippedPages > 0)
        return fail("import.ocr_limit", tr("No USCIS receipt number was found in the first %1 scanned pages of %2 (it "
                                           "has %3 more). Split the file into its notices and drop those.")
                                            .arg(m_options.maxOcrPages)
                                            .arg(out.fileName)
                                            .arg(out.skippedPages));
    if (out.notices.isEmpty() || out.receipts().isEmpty())
        return fail("import.no_receipts", noReceipt.arg(out.fileName));
    return out;
}

bool I797Extractor::readScan(Run &run, const QImage &gray, int dpi, int pageIndex, I797Parser::Page &page)
{
    ImportedFile &out = run.out;
    if (gray.isNull())
        return true;
    out.largestRenderedPixels = std::max(out.largestRenderedPixels, qint64(gray.width()) * gray.height());
    if (!m_ocr)
        m_ocr = std::make_unique<OcrEngine>();
    auto text = ScanReader(*m_ocr).read(gray, dpi, run.stop, m_options.ocrPageDeadlineMs);
    if (!text) {
        if (run.overBudget(m_options.fileBudgetMs) && !run.isCancelled())
            return mayGoOn(run); // says why
        out.error = text.error();
        if (text.error().code == u"import.cancelled")
            out.error->message = tr("Reading %1 was cancelled.").arg(out.fileName);
        else if (text.error().code == u"import.ocr_timeout")
            out.error->message = tr("Page %1 of %2 took too long to read, so reading stopped. Scan it again "
                                    "at 300 dpi, or add the receipt by hand.")
                                     .arg(pageIndex + 1)
                                     .arg(out.fileName);
        return false;
    }
    page.text = text->text;
    page.fromOcr = true;
    page.turned = text->turned;
    out.pageReads[pageIndex].ocr = true;
    out.pageReads[pageIndex].turned = text->turned;
    out.pageReads[pageIndex].turnedBy = text->how;
    ++out.ocrPages;
    return true;
}

// Before each page: stopped by the person, or out of the file's time? False: stop reading.
bool I797Extractor::mayGoOn(Run &run) const
{
    if (run.isCancelled()) {
        run.fail("import.cancelled", tr("Reading %1 was cancelled.").arg(run.out.fileName));
        return false;
    }
    if (run.overBudget(m_options.fileBudgetMs)) {
        run.fail("import.time_budget", tr("Reading %1 took longer than %n second(s), so it was stopped. If it is a "
                                          "notice, scan it again at 300 dpi or add the receipt by hand.",
                                          nullptr, m_options.fileBudgetMs / 1000)
                                           .arg(run.out.fileName));
        return false;
    }
    return true;
}

void I797Extractor::readPdf(Run &run)
{
    ImportedFile &out = run.out;
    QPdfDocument doc;
    switch (doc.load(out.path)) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return run.fail("import.password", tr("%1 is protected with a password. Open it, save a copy without the "
                                              "password, and drop that.")
                                               .arg(out.fileName));
    default:
        return run.fail("import.damaged", tr("%1 is damaged or incomplete and cannot be opened as a PDF. Download or "
                                             "scan it again.")
                                              .arg(out.fileName));
    }
    out.pages = doc.pageCount();
    if (out.pages <= 0)
        return run.fail("import.damaged", tr("%1 has no pages. Download or scan it again.").arg(out.fileName));
    if (out.pages > m_options.maxPages)
        return run.fail("import.too_many_pages", tr("%1 has %2 pages; an I-797 notice has a few. Split the file into "
                                                    "its notices (at most %3 pages each) and drop those.")
                                                     .arg(out.fileName)
                                                     .arg(out.pages)
                                                     .arg(m_options.maxPages));
    for (int p = 0; p < out.pages; ++p) {
        if (!mayGoOn(run))
            return;
        I797Parser::Page page;
        out.pageReads.append(PageRead{});
        page.text = doc.getAllText(p).text();
        if (significantChars(page.text) < m_options.minTextChars) {
            // No text layer worth the name: a scan. Render it in gray at OCR resolution — or lower,
            // for a page so large that it would cost more than maxPagePixels.
            if (out.ocrPages >= m_options.maxOcrPages) {
                ++out.skippedPages;
                out.pageReads.last().skipped = true;
                run.pages.append(page);
                continue;
            }
            const QSizeF points = doc.pagePointSize(p);
            double dpi = m_options.ocrDpi;
            const double area = points.width() * points.height() * (dpi / 72.0) * (dpi / 72.0);
            if (!(area > 0)) { // empty, negative or not a number
                run.pages.append(page);
                continue;
            }
            if (area > double(m_options.maxPagePixels))
                dpi *= std::sqrt(double(m_options.maxPagePixels) / area);
            const QSize pixels = (points * dpi / 72.0).toSize();
            if (pixels.isEmpty()) {
                run.pages.append(page);
                continue;
            }
            const QImage image = doc.render(p, pixels).convertToFormat(QImage::Format_Grayscale8);
            if (image.isNull())
                return run.fail("import.damaged", tr("Page %1 of %2 cannot be rendered.").arg(p + 1).arg(out.fileName));
            if (!readScan(run, image, int(dpi), p, page))
                return;
        }
        run.pages.append(page);
    }
}

void I797Extractor::readImage(Run &run)
{
    ImportedFile &out = run.out;
    ImageFile image(out.path, out.fileName, out.format);
    if (Status opened = image.open(); !opened)
        return run.fail(opened.error());
    out.pages = image.pageCount();
    if (out.pages > m_options.maxPages)
        return run.fail("import.too_many_pages", tr("%1 has %2 pages; an I-797 notice has a few. Split the file into "
                                                    "its notices (at most %3 pages each) and drop those.")
                                                     .arg(out.fileName)
                                                     .arg(out.pages)
                                                     .arg(m_options.maxPages));
    std::optional<Error> firstProblem;
    for (int p = 0; p < out.pages; ++p) {
        if (!mayGoOn(run))
            return;
        I797Parser::Page page;
        out.pageReads.append(PageRead{});
        if (out.ocrPages >= m_options.maxOcrPages) {
            ++out.skippedPages;
            out.pageReads.last().skipped = true;
            run.pages.append(page);
            continue;
        }
        auto frame = image.readPage(p, m_options.ocrDpi, m_options.maxPagePixels);
        if (!frame) {
            // One bad page of several: the others are still read (and what they hold kept); the
            // page says why it was not.
            if (out.pages == 1)
                return run.fail(frame.error());
            out.pageReads.last().problem = frame.error().message;
            firstProblem = firstProblem.value_or(frame.error());
            run.pages.append(page);
            continue;
        }
        out.largestDecodedPixels = std::max(out.largestDecodedPixels, frame->decodedPixels);
        if (!readScan(run, frame->gray, frame->dpi, p, page))
            return;
        run.pages.append(page);
    }
    // Nothing read at all: the first page's trouble is the file's.
    if (firstProblem && out.ocrPages == 0)
        run.fail(*firstProblem);
}

} // namespace cw
