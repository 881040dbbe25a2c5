#include "TestSupport.h"

#include "storage/Database.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

// Client data files are private on Unix: the data folder CaseWatch creates is 0700; the database,
// its WAL and shared-memory files, backups and exports are 0600 — checked after a real poll, a
// backup and an export by the command line, whatever the umask.
class TestFileModes final : public QObject
{
    Q_OBJECT

private slots:
    void afterPollBackupAndExport();
    void anOlderPublicFileIsMadePrivate();
};

namespace {

QString mode(const QString &path)
{
    const QFileDevice::Permissions p = QFileInfo(path).permissions();
    int m = 0;
    for (const auto &[flag, bit] : {std::pair{QFileDevice::ReadOwner, 0400},
                                    {QFileDevice::WriteOwner, 0200},
                                    {QFileDevice::ExeOwner, 0100},
                                    {QFileDevice::ReadGroup, 040},
                                    {QFileDevice::WriteGroup, 020},
                                    {QFileDevice::ExeGroup, 010},
                                    {QFileDevice::ReadOther, 04},
                                    {QFileDevice::WriteOther, 02},
                                    {QFileDevice::ExeOther, 01}})
        if (p & flag)
            m |= bit;
    return QString::number(m, 8).rightJustified(4, u'0');
}

} // namespace

void TestFileModes::afterPollBackupAndExport()
{
#ifndef Q_OS_UNIX
    QSKIP("file modes are a Unix matter");
#endif
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"data/CaseWatch"_qs); // does not exist yet
    const QString db = folder + u"/casewatch.sqlite"_qs;
    const auto cli = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_qs, dir.filePath(u"config"_qs));
        p.setProcessEnvironment(env);
        // A permissive umask, as a shared workstation may have: the modes must not depend on it.
        p.setProgram(u"/bin/sh"_qs);
        p.setArguments(QStringList{u"-c"_qs, u"umask 022; exec \"$0\" \"$@\""_qs, QStringLiteral(CASEWATCH_CLI),
                                   u"--db"_qs, db, u"--environment"_qs, u"demo"_qs}
                       + args);
        p.start();
        p.waitForFinished(60000);
        if (p.exitCode() != 0)
            qWarning("%s", p.readAllStandardError().constData());
        return p.exitCode();
    };
    QCOMPARE(cli({u"profiles"_qs, u"add"_qs, u"--name"_qs, u"Ana"_qs}), 0);
    QCOMPARE(cli({u"cases"_qs, u"add"_qs, u"--profile"_qs, u"1"_qs, u"EAC9999103403"_qs}), 0);
    QCOMPARE(cli({u"poll"_qs, u"--once"_qs}), 0);
    QCOMPARE(mode(folder), u"0700"_qs);
    QCOMPARE(mode(db), u"0600"_qs);
    for (const QString &side : {db + u"-wal"_qs, db + u"-shm"_qs})
        if (QFileInfo::exists(side))
            QCOMPARE(mode(side), u"0600"_qs);
    const QString backup = dir.filePath(u"backup.sqlite"_qs);
    QCOMPARE(cli({u"backup"_qs, backup}), 0);
    QCOMPARE(mode(backup), u"0600"_qs);
    for (const char *format : {"csv", "json", "ics"}) {
        const QString out = dir.filePath(u"export."_qs + QLatin1String(format));
        QCOMPARE(cli({u"export"_qs, u"--format"_qs, QLatin1String(format), u"--output"_qs, out}), 0);
        QCOMPARE(mode(out), u"0600"_qs);
    }
}

void TestFileModes::anOlderPublicFileIsMadePrivate()
{
#ifndef Q_OS_UNIX
    QSKIP("file modes are a Unix matter");
#endif
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_qs);
    {
        auto db = Database::openSqlite(path);
        QVERIFY(db);
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                            | QFileDevice::ReadOther));
    QCOMPARE(mode(path), u"0644"_qs);
    auto again = Database::openSqlite(path);
    QVERIFY(again);
    QCOMPARE(mode(path), u"0600"_qs);
}

QTEST_GUILESS_MAIN(TestFileModes)
#include "tst_filemodes.moc"
