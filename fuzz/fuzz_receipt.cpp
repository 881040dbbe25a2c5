// libFuzzer target: receipt-number parsing, list splitting and the OCR-tolerant scanner.
#include "domain/ReceiptNumber.h"
#include "import/ReceiptScanner.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)cw::ReceiptNumber::parse(text);
    for (const QString &piece : cw::ReceiptNumber::splitList(text))
        (void)cw::ReceiptNumber::parse(piece);
    for (const auto &found : cw::ReceiptScanner::scan(text)) {
        if (!found.receipt.isValid())
            __builtin_trap(); // the scanner only returns numbers that parse
    }
    return 0;
}
