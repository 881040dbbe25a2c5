#include "storage/AuditLog.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSysInfo>

namespace cw {

QString AuditLog::currentActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    QString host = QSysInfo::machineHostName();
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    return user + u'@' + host;
}

Status AuditLog::record(const Database &db, const QString &action, const QString &subject, const QString &details)
{
    auto q = execSql(db,
                     QStringLiteral("INSERT INTO audit_log (at, actor, action, subject, details) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {sql::now(), currentActor(), action, subject, details});
    if (!q)
        return q.error();
    return {};
}

Result<QList<AuditLog::Entry>> AuditLog::recent(const Database &db, int limit)
{
    auto q = execSql(db,
                     QStringLiteral("SELECT id, at, actor, action, subject, details FROM audit_log "
                                    "ORDER BY id DESC LIMIT ?"),
                     {limit});
    if (!q)
        return q.error();
    QList<Entry> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append(Entry{r.value(0).toLongLong(), sql::toDateTime(r.value(1)), r.value(2).toString(),
                         r.value(3).toString(), r.value(4).toString(), r.value(5).toString()});
    }
    return out;
}

} // namespace cw
