#include "storage/DatabaseRoles.h"

#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace cw {

namespace {

// What staff (attorneys and paralegals) may change: the firm's work, and what polling and
// importing record. Everything else — status_rules, task_rules, message_templates, staff, and
// app_state's "firm_" rows — only administrators.
const char *const kStaffWrites[] = {
    "profiles",       "cases",     "observations",   "history_entries", "status_events",  "api_usage", "deadlines",
    "webhook_outbox", "documents", "client_updates", "poll_leader",     "check_requests", "tasks",     "poll_tally"};
const char *const kGroups[] = {"casewatch_admin", "casewatch_attorney", "casewatch_paralegal", "casewatch_readonly"};

Status run(const Database &db, const QString &sql)
{
    auto q = execSql(db, sql);
    if (!q)
        return q.error();
    return {};
}

} // namespace

Status DatabaseRoles::setup(const Database &db)
{
    if (db.engine() != Database::Engine::PostgreSql)
        return Error{QStringLiteral("roles.not_shared"),
                     tr("Roles are for a shared PostgreSQL database; a SQLite file has one user, its administrator.")};
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    QStringList statements;
    for (const char *group : kGroups)
        statements << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                                     "CREATE ROLE %1 NOLOGIN; END IF; END $$")
                          .arg(QLatin1String(group));
    const QString all = QStringLiteral("casewatch_admin, casewatch_attorney, casewatch_paralegal, casewatch_readonly");
    const QString staff = QStringLiteral("casewatch_attorney, casewatch_paralegal");
    statements
        << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(QStringLiteral("current_schema_placeholder"), all);
    statements << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA current_schema_placeholder FROM %1").arg(all)
               << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA current_schema_placeholder TO %1").arg(all)
               << QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA current_schema_placeholder TO casewatch_admin")
               << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA current_schema_placeholder TO "
                                 "casewatch_admin, %1")
                      .arg(staff);
    for (const char *table : kStaffWrites)
        statements << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(QLatin1String(table), staff);
    // The audit log is appended to, never rewritten (administrators included).
    statements << QStringLiteral("REVOKE UPDATE, DELETE ON audit_log FROM casewatch_admin")
               << QStringLiteral("GRANT INSERT ON audit_log TO casewatch_admin, %1").arg(staff)
               // app_state: firm-wide rows for administrators, the rest for staff too.
               << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON app_state TO %1").arg(staff)
               << QStringLiteral("ALTER TABLE app_state ENABLE ROW LEVEL SECURITY")
               << QStringLiteral("DROP POLICY IF EXISTS casewatch_read ON app_state")
               << QStringLiteral("DROP POLICY IF EXISTS casewatch_admin_all ON app_state")
               << QStringLiteral("DROP POLICY IF EXISTS casewatch_staff_rows ON app_state")
               << QStringLiteral("CREATE POLICY casewatch_read ON app_state FOR SELECT USING (true)")
               << QStringLiteral("CREATE POLICY casewatch_admin_all ON app_state FOR ALL TO casewatch_admin "
                                 "USING (true) WITH CHECK (true)")
               << QStringLiteral("CREATE POLICY casewatch_staff_rows ON app_state FOR ALL TO %1 "
                                 "USING (name NOT LIKE 'firm\\_%') WITH CHECK (name NOT LIKE 'firm\\_%')")
                      .arg(staff)
               // Tables a later CaseWatch adds: readable at once; `db-roles setup` again grants the rest.
               << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA current_schema_placeholder GRANT SELECT ON TABLES "
                                 "TO %1")
                      .arg(all);
    auto schema = execSql(db, QStringLiteral("SELECT current_schema()"));
    if (!schema)
        return schema.error();
    const QString name = schema.value().next() ? schema.value().value(0).toString() : QStringLiteral("public");
    schema.value().finish();
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (!identifier.match(name).hasMatch())
        return Error{QStringLiteral("roles.schema"), tr("The database schema \"%1\" has an unusual name; set the "
                                                        "roles up by hand.")
                                                         .arg(name)};
    for (QString sql : statements) {
        sql.replace(QStringLiteral("current_schema_placeholder"), u'"' + name + u'"');
        if (Status s = run(db, sql); !s)
            return s;
    }
    return tx.commit();
}

Result<qint64> DatabaseRoles::addPerson(const Database &db, const QString &login, StaffStore::Role role,
                                        const QString &name, const QString &email)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}$"));
    if (!identifier.match(login).hasMatch() || login.startsWith(u"casewatch_") || login == u"postgres"
        || login.startsWith(u"pg_"))
        return Error{QStringLiteral("roles.bad_login"),
                     tr("\"%1\" cannot be a login: use lower-case letters, digits, '.', '-' or '_' (for example "
                        "maria.lopez).")
                         .arg(login)};
    if (db.engine() != Database::Engine::PostgreSql)
        return Error{QStringLiteral("roles.not_shared"),
                     tr("Roles are for a shared PostgreSQL database; a SQLite file has one user, its administrator.")};
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    const QString quoted = u'"' + login + u'"';
    // An existing role that cannot log in is a group, not a person: never put it in a group.
    auto existing = execSql(db, QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), {login});
    if (!existing)
        return existing.error();
    if (existing.value().next() && !existing.value().value(0).toBool())
        return Error{QStringLiteral("roles.not_a_login"),
                     tr("\"%1\" is a group in the database, not a person's login.").arg(login)};
    existing.value().finish();
    if (Status s = run(db, QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') "
                                          "THEN CREATE ROLE %2 LOGIN; END IF; END $$")
                               .arg(login, quoted));
        !s)
        return s.error();
    for (const char *group : kGroups) {
        if (Status s = run(db, QStringLiteral("REVOKE %1 FROM %2").arg(QLatin1String(group), quoted)); !s)
            return s.error();
    }
    if (Status s = run(db, QStringLiteral("GRANT casewatch_%1 TO %2").arg(StaffStore::roleId(role), quoted)); !s)
        return s.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    // The staff list: the person linked to the login (their row updated if they were there).
    const StaffStore store(db);
    auto members = store.list(true);
    if (!members)
        return members.error();
    for (StaffStore::Member m : members.value()) {
        if (m.dbUser != login)
            continue;
        m.role = role;
        m.active = true;
        if (!name.isEmpty())
            m.name = name;
        if (!email.isEmpty())
            m.email = email;
        if (Status u = store.update(m); !u)
            return u.error();
        return m.id;
    }
    StaffStore::Member m;
    m.name = name.isEmpty() ? login : name;
    m.email = email;
    m.role = role;
    m.dbUser = login;
    return store.add(m);
}

bool DatabaseRoles::isRefusal(const Error &error)
{
    return error.code == u"db.refused";
}

Error DatabaseRoles::refusal(const QString &what)
{
    return Error{QStringLiteral("db.refused"),
                 tr("Your role may not %1. Ask the firm's CaseWatch administrator.").arg(what)};
}

} // namespace cw
