#pragma once

#include "Result.h"

#include <QString>

namespace cw {

class CaseStore;
class ProfileStore;

// Sample clients for the offline demo: a few applicants and petitioners whose cases are the
// documented sandbox receipts. Only ever written into the demo's own database.
class DemoData final
{
public:
    // Adds the samples when the database has no profile yet; returns how many cases it added.
    static Result<int> seedIfEmpty(ProfileStore &profiles, CaseStore &cases);
    // The form the demo records for one of its receipts ("" for the others): the simulator
    // describes that receipt with the same form.
    static QString formOf(const QString &receipt);
};

} // namespace cw
