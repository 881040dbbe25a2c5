#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>

class QImageReader;

namespace cw {

// A notice that arrives as a picture rather than a PDF: a phone photo (JPEG, HEIC), a PNG, a fax
// or a scanner's TIFF (every page of a multi-page one). Each page comes out as what OCR needs —
// 8-bit gray, square pixels, about `targetDpi` — honouring the EXIF orientation phones write, and
// never decoded larger than needed: a 48-megapixel photo is scaled while it is decoded (JPEG) or
// right after, and a picture whose decoded size would pass Qt's allocation limit is refused.
class ImageFile final
{
    Q_DECLARE_TR_FUNCTIONS(ImageFile)

public:
    struct Page
    {
        QImage gray; // Format_Grayscale8
        int dpi = 0; // of `gray`
        bool dpiEstimated = false; // the picture said nothing usable: a letter page was assumed
        qint64 sourcePixels = 0; // as stored in the file
        qint64 decodedPixels = 0; // as decoded (a JPEG is decoded scaled)
    };

    // "JPEG", "PNG", "TIFF", "HEIC", "GIF", "BMP", "WEBP" from a file's first bytes; empty if none.
    static QString kindOf(const QByteArray &head);

    ImageFile(const QString &path, const QString &fileName, const QString &kind);
    ~ImageFile();
    Q_DISABLE_COPY_MOVE(ImageFile)

    // Whether this computer's image plugins read the format at all (HEIC needs one that Qt ships
    // on macOS only); the error says what to do instead.
    Status open();
    int pageCount() const;
    Result<Page> readPage(int index, int targetDpi, qint64 maxPixels);

private:
    QString m_path;
    QString m_fileName;
    QString m_kind;
    std::unique_ptr<QImageReader> m_reader;
    int m_pages = 0;
};

} // namespace cw
