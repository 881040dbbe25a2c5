// libFuzzer target: everything the USCIS API can send back — success bodies (both shapes, with
// the invalid-JSON repair), error bodies, HTML, dates, and a Retry-After header (seconds or an HTTP
// date, capped).
#include "uscis/CaseStatusParser.h"
#include "uscis/UscisClient.h"

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
    const int wait = cw::UscisClient::retryAfterMs(body.left(64));
    if (wait < -1 || wait > cw::UscisClient::kMaxRetryAfterMs)
        __builtin_trap(); // never negative beyond "absent", never past the cap
    return 0;
}
