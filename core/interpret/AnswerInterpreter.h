#pragma once

#include "domain/CaseSnapshot.h"
#include "domain/Deadline.h"
#include "domain/Policies.h"

#include <QDate>

namespace cw {

class StatusNormalizer;

// What one USCIS answer means, decided once (docs/ARCHITECTURE.md §3): the category of the current
// status and of every history entry, and the deadlines the status opens or closes. Pure: no
// database, no clock (today is passed in). Storage only records the result.
class AnswerInterpreter final
{
public:
    // Fills in the categories (the English title decides whenever USCIS sent one; a generic title is
    // read with its description).
    static void categorize(CaseSnapshot &snapshot, const StatusNormalizer &normalizer);

    // The deadlines a categorized status opens and closes. A response received meets the RFE/NOID
    // deadline; a decision (or a case ended without one) closes every response deadline and
    // appointment (superseded by it); a completed, cancelled or rescheduled interview or biometrics appointment closes
    // or moves its appointment. Dates written in the description win; else the firm's days count
    // from the notice's date (its description's first date, USCIS's modified date, else today).
    static DeadlineChanges deadlines(const CaseSnapshot &categorized, const QDate &today, const DeadlinePolicy &policy);

    // Both steps.
    static DeadlineChanges interpret(CaseSnapshot &snapshot, const StatusNormalizer &normalizer, const QDate &today,
                                     const DeadlinePolicy &policy)
    {
        categorize(snapshot, normalizer);
        return deadlines(snapshot, today, policy);
    }
};

} // namespace cw
