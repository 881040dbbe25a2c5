#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace cw {

class Database;

// The schema, as an ordered list of cumulative migrations written once for both engines.
// Each migration runs in one transaction together with the version bump, so a failure leaves the
// database at the version it had.
class SchemaMigrations final
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrations)

public:
    static int latestVersion();
    static Status migrate(const Database &db, int fromVersion, int toVersion);
    // The statements of one migration for the database's engine (placeholders substituted).
    static QStringList statements(int version, bool postgres);
};

} // namespace cw
