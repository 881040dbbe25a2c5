#pragma once

#include "Result.h"
#include "storage/StaffStore.h"

#include <QCoreApplication>
#include <QString>

namespace cw {

class Database;

// Roles enforced by the shared database itself, so that no desktop — nor SQL typed by hand — can
// bypass them (PostgreSQL only). Four group roles: casewatch_admin (everything: the firm's
// webhook and other firm-wide settings, status and task rules, letter templates, staff),
// casewatch_attorney and casewatch_paralegal (cases, profiles, tasks, deadlines, imports, what
// polling records — not the firm's settings or rules), casewatch_readonly (reads only). The
// firm-wide rows of app_state ("firm_…") are guarded by row-level security: other rows (a
// delivery cursor, the client-letter start) stay writable by staff. Each person logs in with
// their own login, a member of one group.
class DatabaseRoles final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRoles)

public:
    // Creates the group roles if missing and (re)grants everything: run by the tables' owner (or a
    // superuser) after installing and after each upgrade. Idempotent.
    static Status setup(const Database &db);
    // Creates a login for a person (no password: the office manager sets it with psql's
    // \password, which never sends it in clear), puts it in the role's group, and adds the person
    // to the firm's staff list linked to that login.
    static Result<qint64> addPerson(const Database &db, const QString &login, StaffStore::Role role,
                                    const QString &name, const QString &email);
    // A refusal by the database turned into a sentence ("Your role may not change …").
    static bool isRefusal(const Error &error);
    static Error refusal(const QString &what);
};

} // namespace cw
