// libFuzzer target: the I-797 extractor on arbitrary files (through QtPdf, with OCR switched off
// by a page limit on rendering) and the notice parser on arbitrary text.
#include "import/I797Extractor.h"
#include "import/I797Parser.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {
QTemporaryDir *g_dir = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    g_dir = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)cw::I797Parser::parse({cw::I797Parser::Page{QString::fromUtf8(bytes), false}});
    const QString path = g_dir->filePath(QStringLiteral("input.pdf"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(bytes);
    }
    cw::I797Extractor::Options options;
    options.maxPages = 20;
    options.minTextChars = 0; // every page counts as text: the fuzzer explores parsing, not OCR
    cw::I797Extractor extractor(options);
    (void)extractor.extract(path);
    return 0;
}
