#include "TestSupport.h"

#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "storage/SchemaMigrations.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

namespace {

QStringList tables(const Database &db)
{
    QStringList out;
    auto q = execSql(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (q && q.value().next())
        out << q.value().value(0).toString();
    return out;
}

QStringList columns(const Database &db, const QString &table)
{
    QStringList out;
    auto q = execSql(db, QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (q && q.value().next())
        out << q.value().value(1).toString();
    return out;
}

} // namespace

class TestSchemaMigrations final : public QObject
{
    Q_OBJECT

private slots:
    void emptyDatabaseReachesLatest();
    void eachMigrationStepByStep_data();
    void eachMigrationStepByStep();
    void upgradesCommittedVersion1Fixture();
    void reopeningIsIdempotent();
    void pragmasAreSet();
    void postgresStatementsUseItsTypes();
};

void TestSchemaMigrations::emptyDatabaseReachesLatest()
{
    test::TempDatabase t;
    QVERIFY(t.db);
    QCOMPARE(t.db->schemaVersion(), SchemaMigrations::latestVersion());
    const QStringList expected{u"api_usage"_qs,    u"audit_log"_qs, u"cases"_qs,        u"history_entries"_qs,
                               u"observations"_qs, u"profiles"_qs,  u"status_events"_qs};
    for (const QString &table : expected)
        QVERIFY2(tables(*t.db).contains(table), qPrintable(table));
    QVERIFY(columns(*t.db, u"cases"_qs).contains(u"category"_qs));
    QVERIFY(columns(*t.db, u"cases"_qs).contains(u"next_poll_at"_qs));
}

void TestSchemaMigrations::eachMigrationStepByStep_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v <= SchemaMigrations::latestVersion(); ++v)
        QTest::addRow("to v%d", v) << v;
}

void TestSchemaMigrations::eachMigrationStepByStep()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"step.sqlite"_qs);
    {
        // Climb to version-1 first, then take exactly one step, the way an old install upgrades.
        Database::Options options;
        options.targetVersion = version - 1;
        auto before = Database::openSqlite(path, options);
        QVERIFY(before);
        QCOMPARE(before.value()->schemaVersion(), version - 1);
    }
    Database::Options options;
    options.targetVersion = version;
    auto after = Database::openSqlite(path, options);
    QVERIFY2(after, after ? "" : qPrintable(after.error().message));
    QCOMPARE(after.value()->schemaVersion(), version);
    QVERIFY(!SchemaMigrations::statements(version, false).isEmpty());
}

void TestSchemaMigrations::upgradesCommittedVersion1Fixture()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_qs);
    QVERIFY(QFile::copy(QStringLiteral(CASEWATCH_FIXTURES "/schema-v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    auto opened = Database::openSqlite(path);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    const Database &db = *opened.value();
    QCOMPARE(db.schemaVersion(), SchemaMigrations::latestVersion());

    // Everything the old version stored is still there, with the new columns at their defaults.
    auto profiles = ProfileStore(db).list();
    QVERIFY(profiles);
    QCOMPARE(profiles->size(), 2);
    auto cases = CaseStore(db).list();
    QVERIFY(cases);
    QCOMPARE(cases->size(), 3);
    auto ioe = CaseStore(db).findByReceipt(ReceiptNumber::parse(u"IOE0912345678").value());
    QVERIFY(ioe && ioe.value());
    QCOMPARE(ioe.value()->formType, u"I-485"_qs);
    QCOMPARE(ioe.value()->profileName, u"Maria Lopez Garcia"_qs);
    QVERIFY(ioe.value()->category.isEmpty());
    auto archived = CaseStore(db).list(CaseFilter{std::nullopt, false});
    QCOMPARE(archived->size(), 2);
    auto tier = execSql(db, u"SELECT tier FROM cases WHERE id = 1"_qs);
    QVERIFY(tier && tier.value().next());
    QCOMPARE(tier.value().value(0).toString(), u"normal"_qs);

    // And the upgraded database takes new data.
    auto added = CaseStore(db).add(1, {ReceiptNumber::parse(u"EAC9999103404").value(), u"I-131"_qs, {}});
    QVERIFY(added);
}

void TestSchemaMigrations::reopeningIsIdempotent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"twice.sqlite"_qs);
    {
        auto first = Database::openSqlite(path);
        QVERIFY(first);
        QVERIFY(ProfileStore(*first.value()).add(test::profile(ProfileKind::Applicant, u"A"_qs)));
    }
    auto second = Database::openSqlite(path);
    QVERIFY(second);
    QCOMPARE(second.value()->schemaVersion(), SchemaMigrations::latestVersion());
    QCOMPARE(ProfileStore(*second.value()).list()->size(), 1);
}

void TestSchemaMigrations::pragmasAreSet()
{
    test::TempDatabase t;
    auto mode = execSql(*t.db, u"PRAGMA journal_mode"_qs);
    QVERIFY(mode && mode.value().next());
    QCOMPARE(mode.value().value(0).toString(), u"wal"_qs);
    auto fk = execSql(*t.db, u"PRAGMA foreign_keys"_qs);
    QVERIFY(fk && fk.value().next());
    QCOMPARE(fk.value().value(0).toInt(), 1);
    auto sync = execSql(*t.db, u"PRAGMA synchronous"_qs);
    QVERIFY(sync && sync.value().next());
    QCOMPARE(sync.value().value(0).toInt(), 1); // NORMAL
}

void TestSchemaMigrations::postgresStatementsUseItsTypes()
{
    const QString v1 = SchemaMigrations::statements(1, true).join(u'\n');
    QVERIFY(v1.contains(u"BIGSERIAL PRIMARY KEY"));
    QVERIFY(!v1.contains(u"AUTOINCREMENT"));
    QVERIFY(!v1.contains(u"${"));
    const QString sqlite = SchemaMigrations::statements(1, false).join(u'\n');
    QVERIFY(sqlite.contains(u"INTEGER PRIMARY KEY AUTOINCREMENT"));
}

QTEST_GUILESS_MAIN(TestSchemaMigrations)
#include "tst_schemamigrations.moc"
