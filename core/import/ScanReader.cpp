#include "import/ScanReader.h"

#include "import/OcrEngine.h"
#include "import/ReceiptScanner.h"

#include <QTransform>

namespace cw {

namespace {

// Tesseract's orientation confidence above which its answer is taken; below, a page is read as it
// came and other turns are tried only if that finds no receipt number.
constexpr float kSureOrientation = 2.0f;
// Orientation needs the shapes of letters, not fine detail: it is detected on the page scaled to
// about 150 dpi.
constexpr int kOrientationDpi = 150;
// A page with less text than this is blank or nearly (a cover sheet's rest): no turn will find
// a receipt on it.
constexpr int kWorthTurning = 40;

int significantChars(const QString &text)
{
    int n = 0;
    for (QChar c : text)
        n += c.isLetterOrNumber() ? 1 : 0;
    return n;
}

} // namespace

QImage ScanReader::turn(const QImage &gray, int degrees)
{
    if (degrees % 360 == 0)
        return gray;
    return gray.transformed(QTransform().rotate(degrees));
}

Result<ScanReader::Text> ScanReader::read(const QImage &gray, int dpi, const std::function<bool()> &stop,
                                          int deadlineMs)
{
    const auto recognise = [&](int degrees) {
        const QImage page = turn(gray, degrees);
        return m_ocr.recognize(page.constBits(), page.width(), page.height(), int(page.bytesPerLine()), dpi, stop,
                               deadlineMs);
    };
    Text out;
    // Detected on the page scaled to about kOrientationDpi (a page already that coarse as it is).
    const double f = dpi > kOrientationDpi * 3 / 2 ? double(kOrientationDpi) / dpi : 1.0;
    const QImage probe = f < 1.0 ? gray.scaled(qRound(gray.width() * f), qRound(gray.height() * f),
                                               Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                 : gray;
    const std::optional<OcrEngine::Orientation> orientation = m_ocr.detectOrientation(
        probe.constBits(), probe.width(), probe.height(), int(probe.bytesPerLine()), qRound(dpi * f));
    const bool sure = orientation && orientation->confidence >= kSureOrientation;
    if (sure && orientation->turn != 0) {
        out.turned = orientation->turn;
        out.how = QStringLiteral("osd");
    }
    auto text = recognise(out.turned);
    if (!text)
        return text.error();
    out.text = text.value();
    if (!ReceiptScanner::scan(out.text).isEmpty() || significantChars(out.text) < kWorthTurning)
        return out;
    if (sure && out.turned != 0) {
        // Detection was sure, and wrong or unlucky: the page as it came gets one reading too.
        auto asItCame = recognise(0);
        if (!asItCame)
            return asItCame.error();
        if (!ReceiptScanner::scan(asItCame.value()).isEmpty()) {
            out.text = asItCame.value();
            out.turned = 0;
            out.how.clear();
        }
        return out;
    }
    if (sure)
        return out;
    for (int degrees : {180, 90, 270}) {
        auto tried = recognise(degrees);
        if (!tried)
            return tried.error();
        if (!ReceiptScanner::scan(tried.value()).isEmpty()) {
            out.text = tried.value();
            out.turned = degrees;
            out.how = QStringLiteral("tries");
            break;
        }
    }
    return out;
}

} // namespace cw
