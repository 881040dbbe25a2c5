#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace tesseract {
class TessBaseAPI;
}

namespace cw {

// Tesseract, in-process, for pages that have no text layer (scans). One engine per thread: the
// engine is not shareable, and loading the English model takes a moment, so a worker keeps its own.
class OcrEngine final
{
    Q_DECLARE_TR_FUNCTIONS(OcrEngine)

public:
    OcrEngine();
    ~OcrEngine();
    Q_DISABLE_COPY_MOVE(OcrEngine)

    // Where the language data is looked for: TESSDATA_PREFIX, a "tessdata" folder beside the
    // program (Windows and macOS installers), else Tesseract's own default.
    static QString dataPath();

    // Text of an 8-bit grayscale image; `cancelled` is asked now and then during recognition, and
    // recognition stops after `deadlineMs` (0: none) with the error "import.ocr_timeout".
    Result<QString> recognize(const unsigned char *pixels, int width, int height, int bytesPerLine, int dpi,
                              const std::function<bool()> &cancelled = {}, int deadlineMs = 0);

    // Which way up a page is (Tesseract's orientation detection, the "osd" data installed beside
    // "eng"): the clockwise turn, in degrees, that makes the page upright, and how sure Tesseract is
    // (its own scale; above ~2 it is rarely wrong). No value: the data is missing or the page has too
    // little text to tell.
    struct Orientation
    {
        int turn = 0; // 0, 90, 180, 270
        float confidence = 0;
    };
    std::optional<Orientation> detectOrientation(const unsigned char *pixels, int width, int height, int bytesPerLine,
                                                 int dpi);

private:
    Status ensureStarted();

    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    std::unique_ptr<tesseract::TessBaseAPI> m_osd;
    bool m_started = false;
    bool m_osdTried = false;
};

} // namespace cw
