// libFuzzer target: everything the USCIS API can send back — success bodies (both shapes, with
// the invalid-JSON repair), error bodies, HTML, dates.
#include "uscis/CaseStatusParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)cw::CaseStatusParser::parseSuccess(body);
    (void)cw::CaseStatusParser::errorMessage(body);
    (void)cw::CaseStatusParser::repairJson(body);
    (void)cw::CaseStatusParser::looksLikeHtml(body);
    const QString text = QString::fromUtf8(body);
    (void)cw::CaseStatusParser::isoDate(text);
    (void)cw::CaseStatusParser::plainText(text);
    return 0;
}
