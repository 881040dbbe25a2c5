#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cw {

class Database;

// Who (OS user@host) did what to the firm's data. Rows are written inside the caller's
// transaction, so an audit row exists exactly when the change it describes does.
class AuditLog final
{
public:
    struct Entry
    {
        qint64 id = 0;
        QDateTime at;
        QString actor;
        QString action;
        QString subject;
        QString details;
    };

    static QString currentActor();
    static Status record(const Database &db, const QString &action, const QString &subject,
                         const QString &details = {});
    static Result<QList<Entry>> recent(const Database &db, int limit);
};

} // namespace cw
