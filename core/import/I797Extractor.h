#pragma once

#include "Result.h"
#include "import/I797Notice.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace cw {

class OcrEngine;

// What came out of one file.
struct ImportedFile
{
    QString path;
    QString fileName;
    QByteArray sha256; // hex; the document's identity (the same file is recognised next time)
    int pages = 0;
    int ocrPages = 0;
    qint64 largestRenderedPixels = 0; // the largest page rendered for OCR
    int skippedPages = 0; // scanned pages past the limit of what one file may cost (not read)
    QList<I797Notice> notices;
    std::optional<Error> error;

    QString method() const { return ocrPages > 0 ? QStringLiteral("ocr") : QStringLiteral("text"); }
    QStringList receipts() const;
};

// Reads I-797 notices from PDF files: the text layer page by page (QtPdf), and where a page has
// no usable text — a scan — the page rendered and read by Tesseract. A bad file (not a PDF, an
// image renamed .pdf, empty, damaged, password-protected, far too long) comes back with an error
// that says what is wrong with it and what to do; it never throws or crashes the batch.
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
    Options m_options;
    std::unique_ptr<OcrEngine> m_ocr; // created on the first scanned page
};

} // namespace cw

Q_DECLARE_METATYPE(cw::ImportedFile)
