#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QDir>

using namespace cw;

class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void createsFolderAndFile();
    void refusesForeignFileUntouched_data();
    void refusesForeignFileUntouched();
    void damagedSqliteFileUntouched();
    void lockedDatabaseGivesClearMessage();
    void newerSchemaIsRefused();
    void folderInsteadOfFile();
    void connectionPerThread();
    void fullDiskAndReadOnlyGiveClearErrors();
};

void TestDatabase::createsFolderAndFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a/b/c/casewatch.sqlite"_qs);
    auto db = Database::openSqlite(path);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    QVERIFY(QFile::exists(path));
}

void TestDatabase::refusesForeignFileUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text file") << QByteArray("name,receipt\nMaria,EAC9999103402\n");
    QTest::newRow("png image") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(4000, '\x7f');
    QTest::newRow("random bytes") << QByteArray::fromHex("deadbeef00112233445566778899aabbccddeeff").repeated(300);
}

void TestDatabase::refusesForeignFileUntouched()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"clients.sqlite"_qs);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const QByteArray before = test::sha256Of(path);

    auto db = Database::openSqlite(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, u"db.not_sqlite"_qs);
    QVERIFY(db.error().message.contains(u"clients.sqlite"));
    QVERIFY(db.error().message.contains(u"untouched"));
    QCOMPARE(test::sha256Of(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"clients.sqlite"_qs}); // no -wal/-shm left
}

void TestDatabase::damagedSqliteFileUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"damaged.sqlite"_qs);
    {
        auto db = Database::openSqlite(path);
        QVERIFY(db);
        QVERIFY(ProfileStore(*db.value()).add(test::profile(ProfileKind::Applicant, u"Someone"_qs)));
        QVERIFY(execSql(*db.value(), u"PRAGMA wal_checkpoint(TRUNCATE)"_qs));
    }
    // Keep SQLite's header, scramble the rest of the first page (the schema lives there).
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(100);
    f.write(QByteArray(3000, '\xA5'));
    f.close();
    QFile::remove(path + u"-wal"_qs);
    QFile::remove(path + u"-shm"_qs);
    const QByteArray before = test::sha256Of(path);

    auto db = Database::openSqlite(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, u"db.corrupt"_qs);
    QVERIFY(db.error().message.contains(u"damaged"));
    QCOMPARE(test::sha256Of(path), before);
}

void TestDatabase::lockedDatabaseGivesClearMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"locked.sqlite"_qs);
    {
        auto db = Database::openSqlite(path);
        QVERIFY(db);
    }
    // Another program holds an exclusive lock on the file (as a backup tool or a second copy
    // of the app in exclusive mode would).
    QProcess holder;
    holder.setProgram(u"sqlite3"_qs);
    holder.setArguments({path});
    holder.start();
    QVERIFY(holder.waitForStarted());
    holder.write("PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; SELECT 'locked';\n");
    QVERIFY(holder.waitForReadyRead(5000));
    QVERIFY(holder.readAllStandardOutput().trimmed().endsWith("locked"));
    const QByteArray before = test::sha256Of(path);

    Database::Options options;
    options.busyTimeoutMs = 200;
    auto db = Database::openSqlite(path, options);
    QVERIFY(!db);
    QCOMPARE(db.error().code, u"db.locked"_qs);
    QVERIFY(db.error().message.contains(u"locked by another program"));
    QCOMPARE(test::sha256Of(path), before);

    holder.write("ROLLBACK;\n.quit\n");
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(5000));
    auto reopened = Database::openSqlite(path);
    QVERIFY(reopened);
}

void TestDatabase::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.sqlite"_qs);
    {
        auto db = Database::openSqlite(path);
        QVERIFY(db);
        QVERIFY(execSql(*db.value(), u"PRAGMA user_version = 999"_qs));
    }
    const QByteArray before = test::sha256Of(path);
    auto db = Database::openSqlite(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, u"db.too_new"_qs);
    QVERIFY(db.error().message.contains(u"newer version"));
    QCOMPARE(test::sha256Of(path), before);
}

void TestDatabase::folderInsteadOfFile()
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.path());
    QVERIFY(!db);
    QCOMPARE(db.error().code, u"db.not_a_file"_qs);
}

void TestDatabase::connectionPerThread()
{
    test::TempDatabase t;
    QVERIFY(ProfileStore(*t.db).add(test::profile(ProfileKind::Applicant, u"Main thread"_qs)));
    int countInThread = -1;
    QString nameInThread;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        countInThread = int(ProfileStore(*t.db).list()->size());
        nameInThread = t.db->connection().connectionName();
        t.db->releaseThreadConnection();
    }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QCOMPARE(countInThread, 1);
    QVERIFY(nameInThread != t.db->connection().connectionName());
}

void TestDatabase::fullDiskAndReadOnlyGiveClearErrors()
{
    test::TempDatabase t;
    ProfileStore profiles(*t.db);
    QVERIFY(profiles.add(test::profile(ProfileKind::Applicant, u"Kept"_qs)));
    // A full disk, as SQLite sees it: no page may be added.
    auto pages = execSql(*t.db, u"PRAGMA page_count"_qs);
    QVERIFY(pages && pages.value().next());
    QVERIFY(execSql(*t.db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages.value().value(0).toInt())));
    pages.value().finish();
    std::optional<Error> full;
    for (int i = 0; i < 2000 && !full; ++i) {
        auto added =
            profiles.add(test::profile(ProfileKind::Applicant, QStringLiteral("Filler %1 ").arg(i).repeated(20)));
        if (!added)
            full = added.error();
    }
    QVERIFY(full.has_value());
    QCOMPARE(full->code, u"db.disk_full"_qs);
    QVERIFY2(full->message.contains(u"full") && full->message.contains(u"nothing already saved was lost"),
             qPrintable(full->message));
    QVERIFY(execSql(*t.db, u"PRAGMA max_page_count = 1073741823"_qs));
    bool kept = false;
    const auto all = profiles.list(); // kept: a range-for over .value() of a temporary would dangle
    QVERIFY(all);
    for (const Profile &p : all.value())
        kept = kept || p.name == u"Kept";
    QVERIFY(kept); // what was saved before the disk filled up is still there

    // A database that may not be written (a read-only share, a locked-down file).
    QVERIFY(execSql(*t.db, u"PRAGMA query_only = ON"_qs));
    const auto refused = profiles.add(test::profile(ProfileKind::Applicant, u"Not written"_qs));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"db.read_only"_qs);
    QVERIFY(refused.error().message.contains(u"read-only"));
    QVERIFY(execSql(*t.db, u"PRAGMA query_only = OFF"_qs));
    QVERIFY(profiles.list()->size() >= 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
