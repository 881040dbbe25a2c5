#pragma once

// Notices as pictures, for the tests and the benchmark: a phone photo (perspective, shadow, noise,
// JPEG), the same photo stored sideways with an EXIF orientation, a fax's cover sheet, a
// multi-page Group 4 TIFF (made with libtiff's tiffcp), and a scanned PDF turned a quarter or half
// turn. Builds on NoticeFactory.h.
#include "NoticeFactory.h"

#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPolygonF>
#include <QProcess>
#include <QTemporaryDir>

namespace cw::test {

// A phone photo of one notice page on a desk: 3024 × 4032 (12 MP) unless `size` says otherwise,
// the page seen at an angle (perspective), a shadow across it, sensor noise.
inline QImage photoImage(const NoticeSpec &n, Layout layout, QSize size = {3024, 4032}, quint32 seed = 7)
{
    const QImage page = scanImage(n, layout, 0, 250, 0, 0);
    QImage photo(size, QImage::Format_RGB32);
    photo.fill(QColor(96, 82, 70)); // a wooden desk
    {
        QPainter p(&photo);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.setRenderHint(QPainter::Antialiasing);
        const double w = size.width();
        const double h = size.height();
        const QPolygonF quad{QPointF(0.10 * w, 0.09 * h), QPointF(0.91 * w, 0.11 * h), QPointF(0.95 * w, 0.93 * h),
                             QPointF(0.06 * w, 0.90 * h)};
        const QRectF r(page.rect());
        QTransform t;
        if (!QTransform::quadToQuad(QPolygonF{r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()}, quad, t))
            return {};
        p.setTransform(t);
        p.drawImage(0, 0, page);
        p.resetTransform();
        // The phone's shadow from the left, fading out.
        QLinearGradient shadow(0, 0, w * 0.6, 0);
        shadow.setColorAt(0, QColor(0, 0, 0, 120));
        shadow.setColorAt(1, QColor(0, 0, 0, 0));
        p.fillRect(photo.rect(), shadow);
    }
    QRandomGenerator rng(seed);
    for (int y = 0; y < photo.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(photo.scanLine(y));
        for (int x = 0; x < photo.width(); ++x) {
            const int noise = int(rng.bounded(25u)) - 12;
            const QRgb c = line[x];
            line[x] = qRgb(std::clamp(qRed(c) + noise, 0, 255), std::clamp(qGreen(c) + noise, 0, 255),
                           std::clamp(qBlue(c) + noise, 0, 255));
        }
    }
    return photo;
}

inline QByteArray jpegBytes(const QImage &image, int quality = 85)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.write(image);
    return bytes;
}

// A JPEG whose pixels are stored turned a quarter turn anticlockwise, with the EXIF orientation 6
// ("turn 90° clockwise to show") a phone writes when held upright.
inline QByteArray jpegWithExifOrientation6(const QImage &upright, int quality = 85)
{
    QByteArray jpeg = jpegBytes(upright.transformed(QTransform().rotate(-90)), quality);
    // APP1 "Exif": a big-endian TIFF header and one IFD entry, Orientation (0x0112) = 6.
    const QByteArray tiff = QByteArray::fromHex("4d4d002a00000008"
                                                "0001"
                                                "011200030000000100060000"
                                                "00000000");
    QByteArray app1 = QByteArray::fromHex("ffe1");
    const int length = 2 + 6 + int(tiff.size());
    app1.append(char(length >> 8)).append(char(length & 0xff)).append("Exif\0\0", 6).append(tiff);
    jpeg.insert(2, app1); // right after the start-of-image marker
    return jpeg;
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A fax cover sheet: phone and fax numbers, file and account numbers — none of them a receipt.
inline QList<Row> coverSheetRows()
{
    return {Row{{40, QStringLiteral("FACSIMILE TRANSMITTAL")}},
            Row{},
            Row{{40, QStringLiteral("To: Law Office of Rivera & Associates")}},
            Row{{40, QStringLiteral("Fax: (305) 555-0143    Phone: (305) 555-0100")}},
            Row{{40, QStringLiteral("From: Maria Lopez Garcia")}},
            Row{{40, QStringLiteral("Pages: 3 (including this cover)")}},
            Row{{40, QStringLiteral("Re: Client file no. LOP-2026-0457, A# 212-345-678")}},
            Row{{40, QStringLiteral("Account 1234567890, matter MIA20260457, ref IOE-2026-11")}},
            Row{},
            Row{{40, QStringLiteral("Please find attached the notice we received from USCIS.")}},
            Row{{40, QStringLiteral("CONFIDENTIAL: intended only for the person named above.")}}};
}

// One fax page as a bilevel picture at fax "fine" resolution (204 × 196 dpi), stored with it.
inline QImage faxPage(const QList<Row> &rows)
{
    const double dpiX = 204;
    const double dpiY = 196;
    QImage img(int(8.5 * dpiX), int(11 * dpiY), QImage::Format_Grayscale8);
    img.fill(255);
    {
        QPainter p(&img);
        p.scale(dpiX / 72.0, dpiY / 72.0);
        paintRows(p, rows, 1.0);
    }
    QImage mono = img.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither);
    mono.setDotsPerMeterX(qRound(dpiX / 0.0254));
    mono.setDotsPerMeterY(qRound(dpiY / 0.0254));
    return mono;
}

// A multi-page TIFF compressed as faxes are (CCITT Group 4): each page written by Qt, joined and
// compressed by libtiff's tiffcp. Empty string on success, else what went wrong.
inline QString writeGroup4Tiff(const QString &path, const QList<QImage> &pages)
{
    QTemporaryDir dir;
    QStringList args{QStringLiteral("-c"), QStringLiteral("g4")};
    for (int i = 0; i < pages.size(); ++i) {
        const QString page = dir.filePath(QStringLiteral("page-%1.tif").arg(i));
        QImageWriter writer(page, "tiff");
        if (!writer.write(pages[i]))
            return writer.errorString();
        args << page;
    }
    args << path;
    QProcess tiffcp;
    tiffcp.start(QStringLiteral("tiffcp"), args);
    if (!tiffcp.waitForFinished(60000) || tiffcp.exitStatus() != QProcess::NormalExit || tiffcp.exitCode() != 0)
        return QStringLiteral("tiffcp failed: ") + QString::fromLocal8Bit(tiffcp.readAllStandardError())
               + tiffcp.errorString();
    return {};
}

// A scanned notice fed into the scanner turned `degrees` (90, 180, 270) clockwise: an image-only
// PDF whose page is landscape for a quarter turn.
inline bool writeTurnedScanPdf(const QString &path, const NoticeSpec &n, Layout layout, int dpi, int degrees)
{
    const QImage scan = scanImage(n, layout, 0, dpi, 0, 0.0003).transformed(QTransform().rotate(degrees));
    QPdfWriter writer(path);
    const bool landscape = degrees % 180 != 0;
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    writer.setResolution(dpi);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p(&writer);
    p.drawImage(QRectF(QPointF(0, 0), QSizeF(scan.size())), scan);
    return p.end();
}

} // namespace cw::test
