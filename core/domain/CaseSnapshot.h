#pragma once

#include "domain/ReceiptNumber.h"

#include <QList>
#include <QString>

namespace cw {

// One step of a case's USCIS history ("hist_case_status" / "historicalCaseStatuses").
struct HistoryEntry
{
    QString date; // ISO 8601 (YYYY-MM-DD, or with a time when USCIS gives one)
    QString statusEn;
    QString statusEs;
    QString category;
};

// One line of a case's timeline: a history entry, or (last) the current status with its
// descriptions.
struct TimelineEntry
{
    QString date;
    QString category;
    QString titleEn;
    QString titleEs;
    QString descriptionEn; // current status only
    QString descriptionEs;
    bool current = false;
};

// What USCIS said about one receipt, parsed from either response shape.
struct CaseSnapshot
{
    QString receiptNumber;
    QString formType;
    QString submittedDate; // ISO 8601, empty when USCIS left it out (IOE receipts)
    QString modifiedDate; // ISO 8601
    QString statusEn;
    QString statusEs;
    QString descriptionEn; // raw, as USCIS sent it (may contain HTML)
    QString descriptionEs;
    QList<HistoryEntry> history;
    QString message; // the API's top-level "message", if any
    bool recovered = false; // the body was invalid JSON that could be repaired unambiguously

    // Filled by the normalizer.
    QString category;
    bool needsReview = false;
};

// What an error means for the poller: the kinds that steer retries (docs/ARCHITECTURE.md §4).
enum class ApiErrorKind {
    Transient, // network, timeout, 5xx, a garbled body: retry with backoff
    RateLimited, // 429: wait (Retry-After or one backoff step), then retry
    Unauthorized, // 401: sign in again once, then stop
    CredentialsProblem, // no credentials, USCIS refused them, or the server redirects (the credentials
    // would leave): stop until someone acts
    Permanent, // the case itself (not found, a bad receipt): recorded, not retried
};

// Reads an error code (uscis.*) as its kind; `transient` decides for codes of no special kind.
ApiErrorKind apiErrorKind(const QString &code, bool transient);

// An answer that is not a usable snapshot.
struct ApiError
{
    QString code; // uscis.network, uscis.rate_limited, uscis.not_found, …
    QString message; // translated, for a person
    bool transient = false;
    int httpStatus = 0;
    int retryAfterMs = -1; // from Retry-After, when the server sent one

    ApiErrorKind kind() const { return apiErrorKind(code, transient); }
};

} // namespace cw
