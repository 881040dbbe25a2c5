#include "storage/DatabaseCopier.h"

#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlRecord>

namespace cw {

QStringList DatabaseCopier::tables()
{
    return {QStringLiteral("staff"),           QStringLiteral("profiles"),
            QStringLiteral("cases"),           QStringLiteral("observations"),
            QStringLiteral("history_entries"), QStringLiteral("status_events"),
            QStringLiteral("api_usage"),       QStringLiteral("audit_log"),
            QStringLiteral("deadlines"),       QStringLiteral("webhook_outbox"),
            QStringLiteral("app_state"),       QStringLiteral("documents"),
            QStringLiteral("status_rules"),    QStringLiteral("message_templates"),
            QStringLiteral("client_updates"),  QStringLiteral("task_rules"),
            QStringLiteral("tasks"),           QStringLiteral("poll_tally")};
}

namespace {

Result<qint64> count(const Database &db, const QString &table)
{
    auto q = execSql(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

} // namespace

Result<QList<DatabaseCopier::TableCount>> DatabaseCopier::copy(const Database &from, const Database &to)
{
    if (from.schemaVersion() != to.schemaVersion())
        return Error{QStringLiteral("migrate.schema_mismatch"),
                     tr("The two databases are at different schema versions (%1 and %2). Open both with this "
                        "version of CaseWatch first.")
                         .arg(from.schemaVersion())
                         .arg(to.schemaVersion())};
    for (const QString &table : tables()) {
        auto n = count(to, table);
        if (!n)
            return n.error();
        // A new database holds the firm's first task rules (schema v11): replaced by the copy's.
        if (table == u"task_rules") {
            auto own = count(to, QStringLiteral("task_rules WHERE updated_by <> 'CaseWatch'"));
            if (!own)
                return own.error();
            if (own.value() == 0)
                continue;
        }
        if (n.value() > 0)
            return Error{QStringLiteral("migrate.target_not_empty"),
                         tr("The target database already holds data (table %1). Copy only into an empty "
                            "database, so that nothing there is mixed or overwritten.")
                             .arg(table)};
    }
    QList<TableCount> counts;
    Transaction tx(to);
    if (!tx.begun())
        return tx.begun().error();
    if (auto q = execSql(to, QStringLiteral("DELETE FROM task_rules")); !q)
        return q.error();
    for (const QString &table : tables()) {
        auto rows = execSql(from, QStringLiteral("SELECT * FROM %1").arg(table));
        if (!rows)
            return rows.error();
        TableCount c{table, 0, 0};
        QStringList columns;
        QString insert;
        while (rows.value().next()) {
            const QSqlRecord record = rows.value().record();
            if (insert.isEmpty()) {
                for (int i = 0; i < record.count(); ++i)
                    columns << record.fieldName(i);
                insert =
                    QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(table, columns.join(u", "), QStringList(columns.size(), QStringLiteral("?")).join(u", "));
            }
            QVariantList values;
            // A NULL stays NULL (the schema's nullable columns are all references: ids), not ''.
            for (int i = 0; i < record.count(); ++i)
                values << (record.isNull(i) ? QVariant(QMetaType::fromType<qint64>()) : record.value(i));
            if (auto ins = execSql(to, insert, values); !ins)
                return ins.error();
            ++c.source;
        }
        counts.append(c);
        // Ids were copied as they are: move each sequence past them so new rows do not collide.
        if (to.engine() == Database::Engine::PostgreSql && columns.contains(u"id")) {
            auto seq = execSql(to, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                  "COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                                       .arg(table));
            if (!seq)
                return seq.error();
        }
    }
    if (Status c = tx.commit(); !c)
        return c.error();
    for (TableCount &c : counts) {
        auto n = count(to, c.table);
        if (!n)
            return n.error();
        c.copied = n.value();
        if (c.copied != c.source)
            return Error{QStringLiteral("migrate.count_mismatch"),
                         tr("Table %1: %2 rows in the source but %3 in the copy. The copy is not usable; the "
                            "source is unchanged.")
                             .arg(c.table)
                             .arg(c.source)
                             .arg(c.copied)};
    }
    return counts;
}

Status DatabaseCopier::backupSqlite(const Database &db, const QString &file)
{
    if (db.engine() != Database::Engine::Sqlite)
        return Error{QStringLiteral("backup.not_sqlite"),
                     tr("backup copies a SQLite database file. Back up a PostgreSQL database with pg_dump.")};
    if (QFileInfo::exists(file))
        return Error{QStringLiteral("backup.exists"),
                     tr("%1 already exists. Choose a new file name; an existing file is never overwritten.")
                         .arg(QDir::toNativeSeparators(file))};
    if (auto q = execSql(db, QStringLiteral("VACUUM INTO ?"), {QFileInfo(file).absoluteFilePath()}); !q)
        return q.error();
    auto copy = Database::openSqlite(file);
    if (!copy)
        return copy.error();
    auto check = execSql(*copy.value(), QStringLiteral("PRAGMA integrity_check"));
    if (!check)
        return check.error();
    if (!check.value().next() || check.value().value(0).toString() != u"ok")
        return Error{
            QStringLiteral("backup.damaged"),
            tr("The backup %1 failed its integrity check; do not rely on it.").arg(QDir::toNativeSeparators(file))};
    return {};
}

} // namespace cw
