#include "import/I797Extractor.h"

#include "import/I797Parser.h"
#include "import/OcrEngine.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfSelection>

#include <cmath>

namespace cw {

namespace {

// What an image renamed .pdf really is, from its first bytes.
QString imageKind(const QByteArray &head)
{
    if (head.startsWith("\x89PNG"))
        return QStringLiteral("PNG");
    if (head.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("JPEG");
    if (head.startsWith("II*\x00") || head.startsWith("MM\x00*"))
        return QStringLiteral("TIFF");
    if (head.startsWith("GIF8"))
        return QStringLiteral("GIF");
    if (head.startsWith("BM"))
        return QStringLiteral("BMP");
    return {};
}

int significantChars(const QString &text)
{
    int n = 0;
    for (QChar c : text)
        n += c.isLetterOrNumber() ? 1 : 0;
    return n;
}

} // namespace

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
    if (!head.contains("%PDF-")) {
        const QString image = imageKind(head);
        if (!image.isEmpty())
            return fail("import.not_pdf", tr("%1 is a %2 image, not a PDF. Scan the notice to PDF (or print the image "
                                             "to PDF) and drop that.")
                                              .arg(out.fileName, image));
        return fail(
            "import.not_pdf",
            tr("%1 is not a PDF file. CaseWatch reads I-797 notices saved or scanned as PDF.").arg(out.fileName));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fail("import.unreadable",
                    tr("%1 cannot be read to the end (%2).").arg(out.fileName, file.errorString()));
    out.sha256 = hash.result().toHex();
    file.close();

    QPdfDocument doc;
    switch (doc.load(path)) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return fail("import.password", tr("%1 is protected with a password. Open it, save a copy without the password, "
                                          "and drop that.")
                                           .arg(out.fileName));
    default:
        return fail("import.damaged", tr("%1 is damaged or incomplete and cannot be opened as a PDF. Download or scan "
                                         "it again.")
                                          .arg(out.fileName));
    }
    out.pages = doc.pageCount();
    if (out.pages <= 0)
        return fail("import.damaged", tr("%1 has no pages. Download or scan it again.").arg(out.fileName));
    if (out.pages > m_options.maxPages)
        return fail("import.too_many_pages", tr("%1 has %2 pages; an I-797 notice has a few. Split the file into its "
                                                "notices (at most %3 pages each) and drop those.")
                                                 .arg(out.fileName)
                                                 .arg(out.pages)
                                                 .arg(m_options.maxPages));

    QList<I797Parser::Page> pages;
    QElapsedTimer spent;
    spent.start();
    const auto overBudget = [&] { return m_options.fileBudgetMs > 0 && spent.elapsed() > m_options.fileBudgetMs; };
    const std::function<bool()> stop = [&] { return (cancelled && cancelled()) || overBudget(); };
    auto budgetError = [&] {
        return fail("import.time_budget", tr("Reading %1 took longer than %n second(s), so it was stopped. If it is "
                                             "a notice, scan it again at 300 dpi or add the receipt by hand.",
                                             nullptr, m_options.fileBudgetMs / 1000)
                                              .arg(out.fileName));
    };
    for (int p = 0; p < out.pages; ++p) {
        if (cancelled && cancelled())
            return fail("import.cancelled", tr("Reading %1 was cancelled.").arg(out.fileName));
        if (overBudget())
            return budgetError();
        I797Parser::Page page;
        page.text = doc.getAllText(p).text();
        if (significantChars(page.text) < m_options.minTextChars) {
            // No text layer worth the name: a scan. Render it in gray at OCR resolution — or lower,
            // for a page so large that it would cost more than maxPagePixels.
            if (out.ocrPages >= m_options.maxOcrPages) {
                ++out.skippedPages;
                continue;
            }
            const QSizeF points = doc.pagePointSize(p);
            double dpi = m_options.ocrDpi;
            const double area = points.width() * points.height() * (dpi / 72.0) * (dpi / 72.0);
            if (!(area > 0)) // empty, negative or not a number
                continue;
            if (area > double(m_options.maxPagePixels))
                dpi *= std::sqrt(double(m_options.maxPagePixels) / area);
            const QSize pixels = (points * dpi / 72.0).toSize();
            if (pixels.isEmpty())
                continue;
            // QtPdf hands a page over as a QImage (declared by its own header): the one GUI type
            // core touches, confined to this function, and only as a buffer of gray pixels.
            const QImage image = doc.render(p, pixels).convertToFormat(QImage::Format_Grayscale8);
            if (image.isNull())
                return fail("import.damaged", tr("Page %1 of %2 cannot be rendered.").arg(p + 1).arg(out.fileName));
            out.largestRenderedPixels = std::max(out.largestRenderedPixels, qint64(image.width()) * image.height());
            if (!m_ocr)
                m_ocr = std::make_unique<OcrEngine>();
            auto text = m_ocr->recognize(image.constBits(), image.width(), image.height(), int(image.bytesPerLine()),
                                         int(dpi), stop, m_options.ocrPageDeadlineMs);
            if (!text) {
                if (overBudget() && !(cancelled && cancelled()))
                    return budgetError();
                out.error = text.error();
                if (text.error().code == u"import.cancelled")
                    out.error->message = tr("Reading %1 was cancelled.").arg(out.fileName);
                else if (text.error().code == u"import.ocr_timeout")
                    out.error->message = tr("Page %1 of %2 took too long to read, so reading stopped. Scan it again "
                                            "at 300 dpi, or add the receipt by hand.")
                                             .arg(p + 1)
                                             .arg(out.fileName);
                return out;
            }
            page.text = text.value();
            page.fromOcr = true;
            ++out.ocrPages;
        }
        pages.append(page);
    }
    out.notices = I797Parser::parse(pages);
    if ((out.notices.isEmpty() || out.receipts().isEmpty()) && out.skippedPages > 0)
        return fail("import.ocr_limit", tr("No USCIS receipt number was found in the first %1 scanned pages of %2 (it "
                                           "has %3 more). Split the file into its notices and drop those.")
                                            .arg(m_options.maxOcrPages)
                                            .arg(out.fileName)
                                            .arg(out.skippedPages));
    if (out.notices.isEmpty() || out.receipts().isEmpty())
        return fail("import.no_receipts", tr("No USCIS receipt number was found in %1. If it is an I-797 notice, check "
                                             "that the scan is straight and readable, or add the receipt by hand.")
                                              .arg(out.fileName));
    return out;
}

} // namespace cw
