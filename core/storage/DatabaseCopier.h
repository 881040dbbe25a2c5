#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cw {

class Database;

// Copies a whole CaseWatch database into another, empty one — SQLite to PostgreSQL when a firm
// moves to a shared database — keeping every id, then checks the row counts table by table.
class DatabaseCopier final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopier)

public:
    struct TableCount
    {
        QString table;
        qint64 source = 0;
        qint64 copied = 0;
    };

    static QStringList tables(); // in an order that satisfies the foreign keys
    static Result<QList<TableCount>> copy(const Database &from, const Database &to);
    // A consistent copy of a SQLite database while it is in use (VACUUM INTO), checked afterwards.
    static Status backupSqlite(const Database &db, const QString &file);
};

} // namespace cw
