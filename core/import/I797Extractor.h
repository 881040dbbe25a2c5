#pragma once

#include "Result.h"
#include "import/I797Notice.h"
#include "import/I797Parser.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QImage;

namespace cw {

class OcrEngine;

// How one page of a file was read.
struct PageRead
{
    bool ocr = false;
    int turned = 0; // degrees clockwise a scanned page was turned to read it upright
    QString turnedBy; // "osd" | "tries" | ""
    int receipts = 0; // receipt numbers found on the page (0: a cover sheet, a blank page, …)
    bool skipped = false; // past the limit of scanned pages read per file
    QString problem; // the page could not be read (the file's other pages were)
};

// What came out of one file.
struct ImportedFile
{
    QString path;
    QString fileName;
    QString format; // "PDF", "JPEG", "PNG", "TIFF", …
    QByteArray sha256; // hex, of the file's bytes as dropped; the document's identity (the same
        // file is recognised next time)
    int pages = 0;
    QList<PageRead> pageReads; // one per page read
    int ocrPages = 0;
    qint64 largestRenderedPixels = 0; // the largest page rendered for OCR
    int skippedPages = 0; // scanned pages past the limit of what one file may cost (not read)
    QList<I797Notice> notices;
    std::optional<Error> error;

    QString method() const { return ocrPages > 0 ? QStringLiteral("ocr") : QStringLiteral("text"); }
    QStringList receipts() const;
    QList<int> pagesWithoutReceipts() const; // 1-based: read, and no receipt on them
    qint64 largestDecodedPixels = 0; // the largest picture as decoded (before scaling for OCR)
};

// Reads I-797 notices from PDF files — the text layer page by page (QtPdf), and where a page has
// no usable text (a scan) the page rendered and read by Tesseract — and from pictures: phone
// photos, PNGs, fax TIFFs (every page), HEIC where the platform reads it (ImageFile). Scanned
// pages are turned upright first (ScanReader). A bad file (empty, damaged, password-protected,
// far too long, a format that is no notice) comes back with an error that says what is wrong with
// it and what to do; it never throws or crashes the batch.
class I797Extractor final
{
    Q_DECLARE_TR_FUNCTIONS(I797Extractor)

public:
    struct Options
    {
        int maxPages = 200; // notices are a few pages; a longer file is something else
        int ocrDpi = 300;
        int minTextChars = 40; // fewer letters/digits than this on a page: treat it as a scan
        qint64 maxFileBytes = 200LL * 1024 * 1024;
        // What one untrusted file may cost: a page is rendered at no more than this many pixels (a
        // larger page at a lower resolution), at most this many scanned pages are read, each for
        // at most this long, and the whole file gets this long.
        qint64 maxPagePixels = 40'000'000;
        int maxOcrPages = 12;
        int ocrPageDeadlineMs = 30'000;
        int fileBudgetMs = 120'000;
    };

    I797Extractor();
    explicit I797Extractor(Options options);
    ~I797Extractor();
    Q_DISABLE_COPY_MOVE(I797Extractor)

    // `cancelled` is polled between pages and during OCR.
    ImportedFile extract(const QString &path, const std::function<bool()> &cancelled = {});

private:
    struct Run;
    void readPdf(Run &run);
    void readImage(Run &run);
    bool mayGoOn(Run &run) const;
    // OCR of one scanned page (turned upright), into `page`; false when the file must stop.
    bool readScan(Run &run, const QImage &gray, int dpi, int pageIndex, I797Parser::Page &page);

    Options m_options;
    std::unique_ptr<OcrEngine> m_ocr; // created on the first scanned page
};

} // namespace cw

Q_DECLARE_METATYPE(cw::ImportedFile)
