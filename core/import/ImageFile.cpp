#include "import/ImageFile.h"

#include <QFile>
#include <QImageReader>
#include <QTransform>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {

// What a picture may hold before it is decoded: a 48-megapixel phone photo passes, a letter page at
// 800 dpi too; more is no notice. (Qt's own allocation limit, 256 MB by default, also refuses any
// decoded image larger than that.) A progressive JPEG keeps all its coefficients in memory while
// it decodes, several bytes a pixel, so its limit is lower.
constexpr qint64 kMaxSourcePixels = 64'000'000;
constexpr qint64 kMaxProgressiveJpegPixels = 24'000'000;
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

// Whether a JPEG is progressive (its frame header is SOF2, or another progressive SOF), from its
// markers before the first scan.
bool isProgressiveJpeg(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(256 * 1024);
    qsizetype i = 2;
    while (i + 4 <= head.size()) {
        if (uchar(head[i]) != 0xFF) {
            ++i;
            continue;
        }
        const uchar marker = uchar(head[i + 1]);
        if (marker == 0xFF) {
            ++i;
            continue;
        }
        if (marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE)
            return true;
        if (marker == 0xDA || (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC))
            return false; // a scan began, or a baseline/sequential frame
        const int length = (uchar(head[i + 2]) << 8) | uchar(head[i + 3]);
        i += 2 + length;
    }
    return false;
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
        return Error{
            QStringLiteral("import.damaged"),
            tr("Page %1 of %2 cannot be read. Save or scan it again.").arg(QString::number(index + 1), m_fileName)};
    Page page;
    const QSize stored = m_reader->size();
    page.sourcePixels = stored.isValid() ? qint64(stored.width()) * stored.height() : 0;
    const qint64 limit = m_kind == u"JPEG" && isProgressiveJpeg(m_path) ? kMaxProgressiveJpegPixels : kMaxSourcePixels;
    if (!stored.isValid() || page.sourcePixels > limit)
        return Error{QStringLiteral("import.too_large"),
                     tr("%1 is a picture of %2 megapixels, more than a notice needs or than CaseWatch reads. Take "
                        "the photo again at the camera's normal size, or scan the notice at 300 dpi.")
                         .arg(m_fileName, QString::number(page.sourcePixels / 1'000'000))};
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
    page.decodedPixels = qint64(image.width()) * image.height();
    const bool scaledByDecoder = m_reader->scaledSize().isValid();

    // The resolution the picture states, if it makes sense for a sheet of paper (faxes state a
    // different one across and down, 204 × 98 dpi); else a photo's, the page assumed to span it.
    const double dpiX = image.dotsPerMeterX() * 0.0254;
    const double dpiY = image.dotsPerMeterY() * 0.0254;
    const auto plausible = [&](double dpi) { return dpi >= 90 && dpi <= 1200; };
    double sx = 0;
    double sy = 0;
    if (!scaledByDecoder && plausible(dpiX) && plausible(dpiY)) {
        const double inches = std::max(image.width() / dpiX, image.height() / dpiY);
        if (inches >= 3 && inches <= 17) {
            sx = targetDpi / dpiX;
            sy = targetDpi / dpiY;
        }
    }
    if (sx <= 0) {
        sx = sy = targetDpi / (std::max(image.width(), image.height()) / kPageLongSideInches);
        page.dpiEstimated = true;
    }
    // One scale to OCR's resolution (squaring a fax's pixels on the way): a photo or a fine scan
    // scaled down, a coarse fax up (at most 4×: a smaller picture holds no readable page) — and
    // never past the pixel limit, whatever the two resolutions say.
    sx = std::min(sx, 4.0);
    sy = std::min(sy, 4.0);
    double dpi = targetDpi;
    const double out = double(image.width()) * sx * double(image.height()) * sy;
    if (out > double(maxPixels)) {
        const double f = std::sqrt(double(maxPixels) / out);
        sx *= f;
        sy *= f;
        dpi *= f;
    }
    // Gray first where that is smaller (colour photos), after scaling where it is not (1-bit faxes).
    if (image.depth() > 8)
        image = image.convertToFormat(QImage::Format_Grayscale8);
    if (std::abs(sx - 1.0) > 0.05 || std::abs(sy - 1.0) > 0.05)
        image = image.scaled(std::max(1, qRound(image.width() * sx)), std::max(1, qRound(image.height() * sy)),
                             Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (image.format() != QImage::Format_Grayscale8)
        image = image.convertToFormat(QImage::Format_Grayscale8);
    if (page.dpiEstimated) // a photo, not a scan: light from one side, shadows
        image = evenLighting(image);
    page.gray = image;
    page.dpi = std::max(1, qRound(dpi));
    return page;
}

} // namespace cw
