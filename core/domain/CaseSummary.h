#pragma once

#include <QString>

namespace cw {

// One row of the case table: just what the desk shows, sorts and filters on, kept small because a
// high-volume firm holds 100,000 of them in memory. Times are UTC milliseconds since the epoch
// (0 = never), dates are Julian days (0 = unknown).
struct CaseSummary
{
    qint64 id = 0;
    qint64 profileId = 0;
    QString profileName;
    QString receipt;
    QString formType;
    QString uscisFormType; // as USCIS reports it
    QString label;
    QString category;
    QString statusEn;
    QString statusEs;
    QString errorMessage;
    qint64 lastChangedMs = 0; // when CaseWatch saw the status change
    qint64 nextCheckMs = 0; // when the poller will ask again
    qint64 statusSinceDay = 0; // USCIS's date for the current status, else the change we saw
    qint64 expectedDay = 0; // median expected decision (estimate/DecisionEstimator), 0 = none
    bool petitioner = false;
    bool archived = false;
    bool needsReview = false;
    bool formMismatch = false; // the recorded form differs from USCIS's (domain/FormType.h)
};

} // namespace cw
