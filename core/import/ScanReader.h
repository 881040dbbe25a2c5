#pragma once

#include "Result.h"

#include <QImage>
#include <QString>

#include <functional>

namespace cw {

class OcrEngine;

// Reads one scanned page the right way up. Scanners feed pages sideways or upside down and phones
// photograph them in landscape: Tesseract's orientation detection says which way is up (about a
// quarter of a page's OCR time), the page is turned, then read. Where detection is unsure (too
// little text, or the "osd" data missing) and the reading as it came finds no receipt number, the
// other three turns are tried in turn, the first that finds one kept; where it was sure of a turn
// that then finds none, the page as it came is read too.
class ScanReader final
{
public:
    struct Text
    {
        QString text;
        int turned = 0; // degrees clockwise the page was turned before reading
        QString how; // "osd" (detected), "tries" (found by trying turns), "" (read as it came)
    };

    explicit ScanReader(OcrEngine &ocr) : m_ocr(ocr) { }

    // `gray`: 8-bit gray at `dpi`. Errors are OcrEngine's (cancelled, deadline passed, no data).
    Result<Text> read(const QImage &gray, int dpi, const std::function<bool()> &stop, int deadlineMs);

    static QImage turn(const QImage &gray, int degrees);

private:
    OcrEngine &m_ocr;
};

} // namespace cw
