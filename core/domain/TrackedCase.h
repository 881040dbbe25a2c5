#pragma once

#include "domain/FormType.h"
#include "domain/ReceiptNumber.h"

#include <QDateTime>
#include <QString>

namespace cw {

// A receipt number the firm follows, belonging to exactly one profile.
struct TrackedCase
{
    qint64 id = 0;
    qint64 profileId = 0;
    QString profileName; // filled by list queries
    ReceiptNumber receipt;
    QString formType; // as recorded by a person (or USCIS's, until someone sets one)
    QString uscisFormType; // as USCIS last reported it
    QString label;
    bool archived = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    // What USCIS last said (filled once the case has been checked).
    QString category;
    QString statusEn;
    QString statusEs;
    QString descriptionEn; // raw, as USCIS sent it
    QString descriptionEs;
    QString modifiedDate; // USCIS's, ISO 8601
    bool needsReview = false;
    QDateTime lastCheckedAt;
    QDateTime lastChangedAt;
    QString lastErrorCode;
    QString lastErrorMessage;

    bool formMismatch() const { return formsDiffer(formType, uscisFormType); }
};

} // namespace cw
