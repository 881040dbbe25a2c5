#pragma once

#include "domain/Profile.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace cw::test {

inline QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

inline Profile profile(ProfileKind kind, const QString &name, const QString &organization = {})
{
    Profile p;
    p.kind = kind;
    p.name = name;
    p.organization = organization;
    return p;
}

// A fresh SQLite database in a temporary folder, opened and migrated.
struct TempDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    TempDatabase()
    {
        auto opened = Database::openSqlite(path());
        if (opened)
            db = std::move(opened).value();
        else
            qWarning("cannot open test database: %s", qPrintable(opened.error().message));
    }
    QString path() const { return dir.filePath(QStringLiteral("casewatch.sqlite")); }
};

} // namespace cw::test
