#include "import/OcrEngine.h"

#include <QDir>
#include <QFileInfo>

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>

#include <leptonica/allheaders.h>

#if __has_include(<omp.h>)
#include <omp.h>
#define CASEWATCH_HAVE_OPENMP 1
#endif

namespace cw {

OcrEngine::OcrEngine() = default;

OcrEngine::~OcrEngine()
{
    if (m_api)
        m_api->End();
    if (m_osd)
        m_osd->End();
}

QString OcrEngine::dataPath()
{
    const QString fromEnv = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // Installed with the app: next to the executable (Windows), in the bundle's Resources (macOS).
    const QString app = QCoreApplication::applicationDirPath();
    for (const QString &dir : {app + QStringLiteral("/tessdata"), app + QStringLiteral("/../Resources/tessdata")}) {
        if (QFileInfo::exists(dir + QStringLiteral("/eng.traineddata")))
            return QDir::cleanPath(dir);
    }
    return {}; // Tesseract's own default (the system's data, on Linux)
}

Status OcrEngine::ensureStarted()
{
    if (m_started)
        return {};
    m_api = std::make_unique<tesseract::TessBaseAPI>();
    const QByteArray path = QFile::encodeName(dataPath());
    if (m_api->Init(path.isEmpty() ? nullptr : path.constData(), "eng", tesseract::OEM_LSTM_ONLY) != 0) {
        m_api.reset();
        return Error{QStringLiteral("import.ocr_unavailable"),
                     tr("Text recognition (OCR) is not available: Tesseract's English language data was not found. "
                        "Install the \"tesseract-ocr-eng\" package (or reinstall CaseWatch), or set TESSDATA_PREFIX.")};
    }
    // Notices are mostly printed blocks and tables: let Tesseract find them itself.
    m_api->SetPageSegMode(tesseract::PSM_AUTO);
    m_started = true;
    return {};
}

Result<QString> OcrEngine::recognize(const unsigned char *pixels, int width, int height, int bytesPerLine, int dpi,
                                     const std::function<bool()> &cancelled, int deadlineMs)
{
    if (Status started = ensureStarted(); !started)
        return started.error();
#ifdef CASEWATCH_HAVE_OPENMP
    // Tesseract's own threads fight each other (and the rest of the app) on a desktop's few
    // cores: one page on one core is faster, and a batch runs files side by side instead.
    omp_set_num_threads(1);
    omp_set_max_active_levels(0); // parallel regions that ask for a thread count run on this one
#endif
    m_api->SetImage(pixels, width, height, 1, bytesPerLine);
    m_api->SetSourceResolution(dpi);
    tesseract::ETEXT_DESC monitor;
    std::function<bool()> ask = cancelled;
    if (ask) {
        monitor.cancel = [](void *self, int) { return (*static_cast<std::function<bool()> *>(self))(); };
        monitor.cancel_this = &ask;
    }
    if (deadlineMs > 0)
        monitor.set_deadline_msecs(deadlineMs);
    if (m_api->Recognize(&monitor) != 0 || (ask && ask()) || monitor.deadline_exceeded()) {
        m_api->Clear();
        if (monitor.deadline_exceeded() && !(ask && ask()))
            return Error{QStringLiteral("import.ocr_timeout"),
                         tr("Reading a scanned page took longer than %n second(s), so it was stopped.", nullptr,
                            deadlineMs / 1000)};
        return Error{QStringLiteral("import.cancelled"), tr("Reading was cancelled.")};
    }
    std::unique_ptr<char[]> text(m_api->GetUTF8Text());
    m_api->Clear();
    return text ? QString::fromUtf8(text.get()) : QString();
}

std::optional<OcrEngine::Orientation> OcrEngine::detectOrientation(const unsigned char *pixels, int width, int height,
                                                                   int bytesPerLine, int dpi)
{
    if (!m_osdTried) {
        m_osdTried = true;
        auto api = std::make_unique<tesseract::TessBaseAPI>();
        const QByteArray path = QFile::encodeName(dataPath());
        // The orientation model is Tesseract's legacy one; without its data there is no detection
        // (the caller then tries the page's four turns instead).
        if (api->Init(path.isEmpty() ? nullptr : path.constData(), "osd", tesseract::OEM_TESSERACT_ONLY) == 0) {
            api->SetPageSegMode(tesseract::PSM_OSD_ONLY);
            m_osd = std::move(api);
        }
    }
    if (!m_osd)
        return std::nullopt;
#ifdef CASEWATCH_HAVE_OPENMP
    omp_set_num_threads(1);
    omp_set_max_active_levels(0);
#endif
    // Handed over as a Leptonica image carrying its resolution: detection reads it from there (and
    // complains on stderr when it is missing).
    Pix *pix = pixCreate(width, height, 8);
    if (!pix)
        return std::nullopt;
    pixSetResolution(pix, dpi, dpi);
    l_uint32 *data = pixGetData(pix);
    const int wpl = pixGetWpl(pix);
    for (int y = 0; y < height; ++y) {
        const unsigned char *in = pixels + qsizetype(y) * bytesPerLine;
        l_uint32 *line = data + qsizetype(y) * wpl;
        for (int x = 0; x < width; ++x)
            SET_DATA_BYTE(line, x, in[x]);
    }
    m_osd->SetImage(pix);
    m_osd->SetSourceResolution(dpi);
    int degrees = 0;
    float confidence = 0;
    const char *script = nullptr;
    float scriptConfidence = 0;
    const bool found = m_osd->DetectOrientationScript(&degrees, &confidence, &script, &scriptConfidence);
    m_osd->Clear();
    pixDestroy(&pix);
    if (!found)
        return std::nullopt;
    // Tesseract reports how far the page is turned clockwise; turning it back is the rest of a
    // full turn.
    return Orientation{(360 - degrees % 360) % 360, confidence};
}

} // namespace cw
