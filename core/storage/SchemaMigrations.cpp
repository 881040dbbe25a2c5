#include "storage/SchemaMigrations.h"

#include "storage/Database.h"

namespace cw {

namespace {

// ${ID}: surrogate key; ${REF}: a column that refers to one; ${NOW}: not used in DDL on purpose
// (timestamps are written by the code, as ISO 8601 UTC text, so both engines sort them alike).
const char *const kV1[] = {
    R"(CREATE TABLE profiles (
        id ${ID},
        kind TEXT NOT NULL CHECK (kind IN ('applicant', 'petitioner')),
        name TEXT NOT NULL,
        organization TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        a_number TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",  "CREATE INDEX profiles_kind_name ON profiles (kind, name)",
    R"(CREATE TABLE cases (
        id ${ID},
        profile_id ${REF} NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
        receipt_number TEXT NOT NULL UNIQUE,
        form_type TEXT NOT NULL DEFAULT '',
        label TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",     "CREATE INDEX cases_profile ON cases (profile_id)",
    R"(CREATE TABLE audit_log (
        id ${ID},
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        details TEXT NOT NULL DEFAULT ''))",
};

// Version 2: what the USCIS client records.
const char *const kV2[] = {
    "ALTER TABLE cases ADD COLUMN category TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN status_en TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN status_es TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN description_en TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN description_es TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN submitted_date TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN modified_date TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN last_checked_at TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN last_changed_at TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN last_error_code TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN last_error_message TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN tier TEXT NOT NULL DEFAULT 'normal'",
    "ALTER TABLE cases ADD COLUMN next_poll_at TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0",
    R"(CREATE TABLE observations (
        id ${ID},
        case_id ${REF} NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        fetched_at TEXT NOT NULL,
        environment TEXT NOT NULL,
        http_status INTEGER NOT NULL,
        error_code TEXT NOT NULL DEFAULT '',
        raw_payload TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX observations_case ON observations (case_id, fetched_at)",
    R"(CREATE TABLE history_entries (
        id ${ID},
        case_id ${REF} NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        entry_date TEXT NOT NULL,
        status_en TEXT NOT NULL DEFAULT '',
        status_es TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        UNIQUE (case_id, entry_date, status_en)))",
    R"(CREATE TABLE status_events (
        id ${ID},
        case_id ${REF} NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        occurred_at TEXT NOT NULL,
        previous_category TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL,
        status_en TEXT NOT NULL DEFAULT '',
        status_es TEXT NOT NULL DEFAULT '',
        modified_date TEXT NOT NULL DEFAULT '',
        event_kind TEXT NOT NULL DEFAULT 'status',
        notified_at TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX status_events_case ON status_events (case_id, id)",
    R"(CREATE TABLE api_usage (
        usage_day TEXT NOT NULL,
        environment TEXT NOT NULL,
        requests INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (usage_day, environment)))",
};

// Version 3: the poller's due-case query.
const char *const kV3[] = {
    "CREATE INDEX cases_due ON cases (archived, last_error_code, next_poll_at)",
};

// Version 4: deadlines (RFE and NOID responses, interviews, biometrics).
const char *const kV4[] = {
    R"(CREATE TABLE deadlines (
        id ${ID},
        case_id ${REF} NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        due_date TEXT NOT NULL,
        source TEXT NOT NULL,
        created_at TEXT NOT NULL,
        reminded_days INTEGER NOT NULL DEFAULT -1,
        done INTEGER NOT NULL DEFAULT 0,
        UNIQUE (case_id, kind, due_date)))",
    "CREATE INDEX deadlines_due ON deadlines (done, due_date)",
};

// Version 5: the webhook outbox (one row per event to deliver, its payload frozen when queued so
// every retry sends the same bytes) and small shared state (the outbox cursor, a pause).
const char *const kV5[] = {
    R"(CREATE TABLE webhook_outbox (
        id ${ID},
        event_id TEXT NOT NULL UNIQUE,
        status_event_id ${REF} UNIQUE REFERENCES status_events (id) ON DELETE SET NULL,
        event_type TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL DEFAULT '',
        lease_until TEXT NOT NULL DEFAULT '',
        last_error TEXT NOT NULL DEFAULT '',
        delivered_at TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX webhook_outbox_pending ON webhook_outbox (delivered_at, id)",
    R"(CREATE TABLE app_state (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL))",
};

// Version 6: imported I-797 documents, so the same file is recognised when dropped again.
const char *const kV6[] = {
    R"(CREATE TABLE documents (
        id ${ID},
        sha256 TEXT NOT NULL UNIQUE,
        file_name TEXT NOT NULL,
        profile_id ${REF} REFERENCES profiles (id) ON DELETE SET NULL,
        method TEXT NOT NULL,
        pages INTEGER NOT NULL DEFAULT 0,
        receipts TEXT NOT NULL DEFAULT '',
        extracted TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL))",
};

// Version 7: the firm's own status assignments (shared by every desktop on a shared database), and
// indexes that let an assignment find a title's history entries and cases without a table scan.
const char *const kV7[] = {
    R"(CREATE TABLE status_rules (
        title_key TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        category TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL))",
    "CREATE INDEX history_entries_status ON history_entries (status_en, status_es)",
    "CREATE INDEX cases_status ON cases (status_en, status_es)",
};

// Version 8: client updates — each profile's language, the firm's own letter templates (one per
// category and language, shared by every desktop), and the letters drafted and sent.
const char *const kV8[] = {
    "ALTER TABLE profiles ADD COLUMN language TEXT NOT NULL DEFAULT 'en'",
    R"(CREATE TABLE message_templates (
        category TEXT NOT NULL,
        language TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        PRIMARY KEY (category, language)))",
    R"(CREATE TABLE client_updates (
        id ${ID},
        case_id ${REF} NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        status_event_id ${REF} UNIQUE REFERENCES status_events (id) ON DELETE SET NULL,
        kind TEXT NOT NULL DEFAULT 'status',
        language TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        spanish_fallback INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        sent_at TEXT NOT NULL DEFAULT '',
        sent_by TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX client_updates_case ON client_updates (case_id, sent_at)",
};

// Version 9: the deadline lifecycle (open, met, cancelled, superseded; what closed it) and a
// sequence number for calendars. `done` stays, true for every closed deadline.
const char *const kV9[] = {
    "ALTER TABLE deadlines ADD COLUMN state TEXT NOT NULL DEFAULT 'open'",
    "ALTER TABLE deadlines ADD COLUMN closed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE deadlines ADD COLUMN closed_at TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE deadlines ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0",
    "UPDATE deadlines SET state = 'met', closed_by = 'person' WHERE done = 1",
    // The form USCIS reports, beside the one a person recorded (a mismatch is flagged).
    "ALTER TABLE cases ADD COLUMN uscis_form_type TEXT NOT NULL DEFAULT ''",
    "UPDATE cases SET uscis_form_type = form_type WHERE last_checked_at IS NOT NULL AND last_checked_at <> ''",
};

// Version 10: one poller at a time per USCIS environment (poller/PollLeadership.h), the cases
// each poller has claimed (so that a poller taking over can give back a dead one's), and the
// checks a desktop that does not poll asks the polling one to make now.
const char *const kV10[] = {
    R"(CREATE TABLE poll_leader (
        environment TEXT PRIMARY KEY,
        holder TEXT NOT NULL DEFAULT '',
        label TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        lease_until DOUBLE PRECISION NOT NULL DEFAULT 0,
        handoff_to TEXT NOT NULL DEFAULT '',
        since TEXT NOT NULL DEFAULT ''))",
    "ALTER TABLE cases ADD COLUMN claimed_by TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX cases_claimed ON cases (claimed_by)",
    R"(CREATE TABLE check_requests (
        case_id ${REF} PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
        requested_at TEXT NOT NULL,
        requested_by TEXT NOT NULL))",
};

// Version 11: who does what (storage/StaffStore.h, storage/TaskStore.h). The firm's staff, each
// linked to the database login and desktop user they work as; the attorney and paralegal
// responsible for a profile (its cases inherit them unless a case has its own); the firm's task
// rules and the tasks they made, one per status event and rule; and the poller's tally of
// outcomes per day, for the health of tracking (storage/HealthReport.h).
const char *const kV11[] = {
    R"(CREATE TABLE staff (
        id ${ID},
        name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL CHECK (role IN ('admin', 'attorney', 'paralegal', 'readonly')),
        db_user TEXT NOT NULL DEFAULT '',
        os_user TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL))",
    "CREATE UNIQUE INDEX staff_os_user ON staff (os_user) WHERE os_user <> ''",
    "ALTER TABLE profiles ADD COLUMN attorney_id ${REF} REFERENCES staff (id) ON DELETE SET NULL",
    "ALTER TABLE profiles ADD COLUMN paralegal_id ${REF} REFERENCES staff (id) ON DELETE SET NULL",
    "ALTER TABLE cases ADD COLUMN attorney_id ${REF} REFERENCES staff (id) ON DELETE SET NULL",
    "ALTER TABLE cases ADD COLUMN paralegal_id ${REF} REFERENCES staff (id) ON DELETE SET NULL",
    R"(CREATE TABLE task_rules (
        id ${ID},
        category TEXT NOT NULL,
        title TEXT NOT NULL,
        owner_role TEXT NOT NULL CHECK (owner_role IN ('attorney', 'paralegal')),
        anchor TEXT NOT NULL CHECK (anchor IN ('deadline', 'event')),
        offset_days INTEGER NOT NULL DEFAULT 0,
        enabled INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL))",
    R"(CREATE TABLE tasks (
        id ${ID},
        case_id ${REF} NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        status_event_id ${REF} REFERENCES status_events (id) ON DELETE SET NULL,
        rule_id ${REF} REFERENCES task_rules (id) ON DELETE SET NULL,
        category TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        owner_role TEXT NOT NULL,
        owner_id ${REF} REFERENCES staff (id) ON DELETE SET NULL,
        due_date TEXT NOT NULL,
        created_at TEXT NOT NULL,
        done_at TEXT NOT NULL DEFAULT '',
        done_by TEXT NOT NULL DEFAULT '',
        sequence INTEGER NOT NULL DEFAULT 0,
        UNIQUE (status_event_id, rule_id)))",
    "CREATE INDEX tasks_open ON tasks (done_at, due_date)",
    "CREATE INDEX tasks_case ON tasks (case_id)",
    // The firm's first rules (a title '' reads as the category's own, in the desk's language).
    "INSERT INTO task_rules (category, title, owner_role, anchor, offset_days, enabled, updated_at, updated_by) "
    "VALUES ('RFE_ISSUED', '', 'attorney', 'deadline', -14, 1, '', 'CaseWatch')",
    "INSERT INTO task_rules (category, title, owner_role, anchor, offset_days, enabled, updated_at, updated_by) "
    "VALUES ('NOID_ISSUED', '', 'attorney', 'deadline', -10, 1, '', 'CaseWatch')",
    "INSERT INTO task_rules (category, title, owner_role, anchor, offset_days, enabled, updated_at, updated_by) "
    "VALUES ('INTERVIEW_SCHEDULED', '', 'paralegal', 'deadline', -7, 1, '', 'CaseWatch')",
    "INSERT INTO task_rules (category, title, owner_role, anchor, offset_days, enabled, updated_at, updated_by) "
    "VALUES ('APPROVED', '', 'paralegal', 'event', 2, 1, '', 'CaseWatch')",
    "INSERT INTO task_rules (category, title, owner_role, anchor, offset_days, enabled, updated_at, updated_by) "
    "VALUES ('DENIED', '', 'attorney', 'event', 3, 1, '', 'CaseWatch')",
    R"(CREATE TABLE poll_tally (
        tally_day TEXT NOT NULL,
        environment TEXT NOT NULL,
        outcome TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (tally_day, environment, outcome)))",
};

struct Migration
{
    const char *const *statements;
    std::size_t count;
};

template<std::size_t N>
constexpr Migration migration(const char *const (&statements)[N])
{
    return Migration{statements, N};
}

const Migration kMigrations[] = {migration(kV1), migration(kV2),  migration(kV3), migration(kV4),
                                 migration(kV5), migration(kV6),  migration(kV7), migration(kV8),
                                 migration(kV9), migration(kV10), migration(kV11)};

} // namespace

int SchemaMigrations::latestVersion()
{
    return int(std::size(kMigrations));
}

QStringList SchemaMigrations::statements(int version, bool postgres)
{
    QStringList out;
    if (version < 1 || version > latestVersion())
        return out;
    const Migration &m = kMigrations[version - 1];
    for (std::size_t i = 0; i < m.count; ++i) {
        QString sql = QString::fromUtf8(m.statements[i]);
        sql.replace(QStringLiteral("${ID}"), postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                                      : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
        sql.replace(QStringLiteral("${REF}"), postgres ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER"));
        out << sql;
    }
    return out;
}

Status SchemaMigrations::migrate(const Database &db, int fromVersion, int toVersion)
{
    const bool postgres = db.engine() == Database::Engine::PostgreSql;
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        if (postgres) {
            // Desktops starting together on one shared database: one migrates, the others wait
            // for it and then find the work done.
            if (auto locked = execSql(db, QStringLiteral("SELECT pg_advisory_xact_lock(7286001)")); !locked)
                return locked.error();
            if (version == 1) {
                auto created = execSql(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version "
                                                          "(version INTEGER NOT NULL)"));
                if (!created)
                    return created.error();
            }
            auto done = execSql(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
            if (!done)
                return done.error();
            if (done.value().next() && done.value().value(0).toInt() >= version)
                continue;
        }
        for (const QString &sql : statements(version, postgres)) {
            if (auto q = execSql(db, sql); !q) {
                Error e = q.error();
                e.message = tr("Upgrading the database to schema %1 failed; it was left at schema %2. %3")
                                .arg(version)
                                .arg(version - 1)
                                .arg(e.message);
                return e;
            }
        }
        if (postgres) {
            if (auto q = execSql(db, QStringLiteral("DELETE FROM schema_version")); !q)
                return q.error();
            if (auto q = execSql(db, QStringLiteral("INSERT INTO schema_version VALUES (?)"), {version}); !q)
                return q.error();
        } else if (auto q = execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(version)); !q) {
            return q.error();
        }
        if (Status committed = tx.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace cw
