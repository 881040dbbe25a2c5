#include "import/ImageFile.h"

#include <QImageReader>
#include <QTransform>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {

// Decoding stops here whatever the format: 1 GB of pixels is no notice. Qt's own allocation limit
// (256 MB by default) refuses most such files before this; this also covers formats whose size
// is known only once decoding began.
constexpr qint64 kMaxSourcePixels = 250'000'000;
constexpr int kAllocationLimitMb = 256;
// A letter page's long side: what a photo of a notice is assumed to span when it says nothing
// usable about its resolution (phones write 72 dpi, or nothing).
constexpr double kPageLongSideInches = 11.0;

// A photo's uneven light (the phone's shadow, a lamp to one side) evened out: each pixel divided by
// the paper's brightness around it, estimated on a coarse grid (the brightest nearby cell, which
// is paper, not ink). Tesseract's global threshold otherwise turns the shadowed side black.
QImage evenLighting(const QImage &gray)
{
    constexpr int kCell = 24;
    const int cw = std::max(1, gray.width() / kCell);
    const int ch = std::max(1, gray.height() / kCell);
    QImage coarse = gray.scaled(cw, ch, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    for (int pass = 0; pass < 2; ++pass) { // the brightest of each cell's neighbours: ink gone
        const QImage from = coarse.copy();
        for (int y = 0; y < ch; ++y) {
            uchar *out = coarse.scanLine(y);
            for (int x = 0; x < cw; ++x) {
                uchar best = 0;
                for (int dy = -1; dy <= 1; ++dy) {
                    const int yy = std::clamp(y + dy, 0, ch - 1);
                    const uchar *in = from.constScanLine(yy);
                    for (int dx = -1; dx <= 1; ++dx)
                        best = std::max(best, in[std::clamp(x + dx, 0, cw - 1)]);
                }
                out[x] = best;
            }
        }
    }
    const QImage paper = coarse.scaled(gray.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage out(gray.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *in = gray.constScanLine(y);
        const uchar *bg = paper.constScanLine(y);
        uchar *o = out.scanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            o[x] = uchar(std::min(255, in[x] * 255 / std::max(1, int(bg[x]))));
    }
    out.setDotsPerMeterX(gray.dotsPerMeterX());
    out.setDotsPerMeterY(gray.dotsPerMeterY());
    return out;
}

} // namespace

QString ImageFile::kindOf(const QByteArray &head)
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
    if (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return QStringLiteral("WEBP");
    // ISO base media: "....ftypheic" and its relatives (iPhones' photos).
    if (head.mid(4, 4) == "ftyp") {
        const QByteArray brand = head.mid(8, 4);
        for (const char *b : {"heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif"}) {
            if (brand == b)
                return QStringLiteral("HEIC");
        }
    }
    return {};
}

ImageFile::ImageFile(const QString &path, const QString &fileName, const QString &kind)
    : m_path(path), m_fileName(fileName), m_kind(kind)
{
}

ImageFile::~ImageFile() = default;

Status ImageFile::open()
{
    QImageReader::setAllocationLimit(kAllocationLimitMb);
    m_reader = std::make_unique<QImageReader>(m_path);
    m_reader->setAutoTransform(true); // EXIF orientation: how the phone was held
    m_reader->setDecideFormatFromContent(true);
    if (!m_reader->canRead()) {
        if (m_kind == u"HEIC")
            return Error{QStringLiteral("import.image_unsupported"),
                         tr("%1 is a HEIC photo, which this computer cannot read. On the phone, share the photo as "
                            "JPEG (\"Most Compatible\"), or save it as PDF, and drop that.")
                             .arg(m_fileName)};
        return Error{QStringLiteral("import.damaged"),
                     tr("%1 looks like a %2 image but cannot be read (%3). Save or scan it again.")
                         .arg(m_fileName, m_kind, m_reader->errorString())};
    }
    m_pages = std::max(1, m_reader->imageCount());
    return {};
}

int ImageFile::pageCount() const
{
    return m_pages;
}

Result<ImageFile::Page> ImageFile::readPage(int index, int targetDpi, qint64 maxPixels)
{
    if (index > 0 && !m_reader->jumpToImage(index))
        return Error{QStringLiteral("import.damaged"),
                     tr("Page %1 of %2 cannot be read. Save or scan it again.").arg(index + 1).arg(m_fileName)};
    Page page;
    const QSize stored = m_reader->size();
    page.sourcePixels = stored.isValid() ? qint64(stored.width()) * stored.height() : 0;
    if (page.sourcePixels > kMaxSourcePixels)
        return Error{QStringLiteral("import.too_large"),
                     tr("%1 is a picture of %2 megapixels, far more than a notice needs. Take the photo again at the "
                        "camera's normal size, or scan the notice at 300 dpi.")
                         .arg(m_fileName)
                         .arg(page.sourcePixels / 1'000'000)};
    // A large picture is scaled while it is decoded where the format allows it (JPEG) — straight to
    // OCR's resolution, the page assumed to span it (what a photo's resolution is taken to be).
    if (stored.isValid() && m_reader->supportsOption(QImageIOHandler::ScaledSize)) {
        const double assumedDpi = std::max(stored.width(), stored.height()) / kPageLongSideInches;
        const double shrink = std::min(1.0, targetDpi / assumedDpi);
        if (shrink < 0.9)
            m_reader->setScaledSize((QSizeF(stored) * shrink).toSize());
        else
            m_reader->setScaledSize({});
    }
    QImage image = m_reader->read();
    if (image.isNull())
        return Error{QStringLiteral("import.damaged"),
                     tr("%1 cannot be read as a %2 image (%3). Save or scan it again.")
                         .arg(m_fileName, m_kind, m_reader->errorString())};
    if (page.sourcePixels == 0)
        page.sourcePixels = qint64(image.width()) * image.height();
    const bool scaledByDecoder = m_reader->scaledSize().isValid();
    image = image.convertToFormat(QImage::Format_Grayscale8);

    // The resolution the picture states, if it makes sense for a sheet of paper; faxes state a
    // different one across and down (204 × 98 dpi), which is squared here.
    const double dpiX = image.dotsPerMeterX() * 0.0254;
    const double dpiY = image.dotsPerMeterY() * 0.0254;
    const double longSide = std::max(image.width(), image.height());
    const auto plausible = [&](double dpi) { return dpi >= 90 && dpi <= 1200; };
    double dpi = 0;
    if (!scaledByDecoder && plausible(dpiX) && plausible(dpiY)) {
        const double inches = std::max(image.width() / dpiX, image.height() / dpiY);
        if (inches >= 3 && inches <= 17) {
            dpi = std::max(dpiX, dpiY);
            if (std::abs(dpiX - dpiY) > 1)
                image = image.scaled(qRound(image.width() * dpi / dpiX), qRound(image.height() * dpi / dpiY),
                                     Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        }
    }
    if (dpi <= 0) {
        dpi = longSide / kPageLongSideInches;
        page.dpiEstimated = true;
    }
    // OCR's resolution: a photo or a fine scan scaled down, a coarse fax scaled up — within the
    // pixel limit either way.
    // (Upscaling stops at 4×: a picture smaller than that holds no readable page.)
    double scale = std::min(4.0, targetDpi / dpi);
    const double pixels = double(image.width()) * image.height();
    if (pixels * scale * scale > double(maxPixels))
        scale = std::sqrt(double(maxPixels) / pixels);
    if (std::abs(scale - 1.0) > 0.05) {
        image = image.scaled(std::max(1, qRound(image.width() * scale)), std::max(1, qRound(image.height() * scale)),
                             Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        dpi *= scale;
    }
    if (image.format() != QImage::Format_Grayscale8)
        image = image.convertToFormat(QImage::Format_Grayscale8);
    if (page.dpiEstimated) // a photo, not a scan: light from one side, shadows
        image = evenLighting(image);
    page.gray = image;
    page.dpi = std::max(1, qRound(dpi));
    return page;
}

} // namespace cw
