#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/ProfileStore.h"

#include <QTest>

using namespace cw;

namespace {
ReceiptNumber rn(const char16_t *text)
{
    return ReceiptNumber::parse(text).value();
}
} // namespace

class TestCaseStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addAndGet();
    void receiptIsUniqueAcrossProfiles();
    void addToMissingProfile();
    void addListReportsEachBadEntry();
    void addListIsOneTransaction();
    void updateMovesAndArchives();
    void removeByIdAndAudit();
    void listFilters();

private:
    std::unique_ptr<test::TempDatabase> m_t;
    qint64 m_maria = 0;
    qint64 m_acme = 0;
};

void TestCaseStore::init()
{
    m_t = std::make_unique<test::TempDatabase>();
    ProfileStore profiles(*m_t->db);
    m_maria = profiles.add(test::profile(ProfileKind::Applicant, u"Maria Lopez"_qs))->id;
    m_acme = profiles.add(test::profile(ProfileKind::Petitioner, u"Acme Robotics"_qs))->id;
}

void TestCaseStore::cleanup()
{
    m_t.reset();
}

void TestCaseStore::addAndGet()
{
    CaseStore store(*m_t->db);
    auto added = store.add(m_maria, {rn(u"IOE0912345678"), u" I-485 "_qs, u"Adjustment"_qs});
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QCOMPARE(added->formType, u"I-485"_qs);
    auto got = store.get(added->id);
    QVERIFY(got);
    QCOMPARE(got->receipt.toString(), u"IOE0912345678"_qs);
    QCOMPARE(got->profileName, u"Maria Lopez"_qs);
    QCOMPARE(got->label, u"Adjustment"_qs);
    QVERIFY(!got->archived);
    auto found = store.findByReceipt(rn(u"ioe-0912-345-678"));
    QVERIFY(found && found.value());
    QCOMPARE(found.value()->id, added->id);
    auto absent = store.findByReceipt(rn(u"EAC9999103402"));
    QVERIFY(absent && !absent.value());
}

void TestCaseStore::receiptIsUniqueAcrossProfiles()
{
    CaseStore store(*m_t->db);
    QVERIFY(store.add(m_maria, {rn(u"EAC9999103402"), {}, {}}));
    auto again = store.add(m_acme, {rn(u"eac 99 991 03402"), {}, {}});
    QVERIFY(!again);
    QCOMPARE(again.error().code, u"case.duplicate"_qs);
    QVERIFY(again.error().message.contains(u"Maria Lopez"));
    QCOMPARE(store.list()->size(), 1);
    // The database itself enforces it too, whatever the code above does.
    auto raw = execSql(
        *m_t->db, u"INSERT INTO cases (profile_id, receipt_number, created_at, updated_at) VALUES (?, ?, '', '')"_qs,
        {m_acme, u"EAC9999103402"_qs});
    QVERIFY(!raw);
}

void TestCaseStore::addToMissingProfile()
{
    CaseStore store(*m_t->db);
    auto added = store.add(999, {rn(u"EAC9999103402"), {}, {}});
    QVERIFY(!added);
    QCOMPARE(added.error().code, u"profile.not_found"_qs);
    const auto items = store.addList(999, {u"EAC9999103402"_qs, u"bad"_qs});
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].error->code, u"profile.not_found"_qs);
    QCOMPARE(items[1].error->code, u"receipt.too_short"_qs);
    QCOMPARE(store.list()->size(), 0);
}

void TestCaseStore::addListReportsEachBadEntry()
{
    CaseStore store(*m_t->db);
    QVERIFY(store.add(m_acme, {rn(u"LIN9999106498"), {}, {}}));
    const QStringList inputs{u"EAC9999103402"_qs, u"eac-9999-103403"_qs, u"EAC99991034"_qs,  u"LIN9999106498"_qs,
                             u"EAC9999103402"_qs, u"ZAR123456789"_qs,    u"QQQ1234567890"_qs};
    const auto items = store.addList(m_maria, inputs, u"I-130"_qs, u"family"_qs);
    QCOMPARE(items.size(), inputs.size());
    QVERIFY(items[0].added);
    QVERIFY(items[1].added);
    QCOMPARE(items[1].added->receipt.toString(), u"EAC9999103403"_qs);
    QCOMPARE(items[2].error->code, u"receipt.too_short"_qs);
    QCOMPARE(items[3].error->code, u"case.duplicate"_qs);
    QCOMPARE(items[4].error->code, u"case.duplicate_in_list"_qs);
    QCOMPARE(items[5].error->code, u"receipt.asylum"_qs);
    QVERIFY(items[6].added);
    QVERIFY(!items[6].warning.isEmpty());
    for (const auto &item : items)
        QVERIFY(item.added.has_value() != item.error.has_value());

    auto mine = store.list(CaseFilter{m_maria, true});
    QCOMPARE(mine->size(), 3);
    QCOMPARE(mine->first().formType, u"I-130"_qs);
    QCOMPARE(mine->first().label, u"family"_qs);
}

void TestCaseStore::addListIsOneTransaction()
{
    CaseStore store(*m_t->db);
    // Another connection holds the write lock: nothing of the batch may be half-added.
    auto other = Database::openSqlite(m_t->path());
    QVERIFY(other);
    QVERIFY(execSql(*other.value(), u"BEGIN IMMEDIATE"_qs));
    Database::Options quick;
    quick.busyTimeoutMs = 100;
    auto impatient = Database::openSqlite(m_t->path(), quick);
    QVERIFY(impatient);
    const auto items = CaseStore(*impatient.value()).addList(m_maria, {u"EAC9999103402"_qs, u"EAC9999103403"_qs});
    for (const auto &item : items) {
        QVERIFY(!item.added);
        QCOMPARE(item.error->code, u"db.locked"_qs);
    }
    QVERIFY(execSql(*other.value(), u"ROLLBACK"_qs));
    QCOMPARE(store.list()->size(), 0);
}

void TestCaseStore::updateMovesAndArchives()
{
    CaseStore store(*m_t->db);
    auto added = store.add(m_maria, {rn(u"WAC2190012345"), {}, {}});
    QVERIFY(execSql(*m_t->db, u"UPDATE cases SET last_error_code = 'uscis.not_found', last_error_message = 'x'"_qs));
    TrackedCase edited = store.get(added->id).value();
    QCOMPARE(edited.lastErrorCode, u"uscis.not_found"_qs);
    edited.profileId = m_acme;
    edited.formType = u"I-129"_qs;
    edited.archived = true;
    QVERIFY(store.update(edited));
    auto got = store.get(added->id);
    QCOMPARE(got->profileId, m_acme);
    QCOMPARE(got->profileName, u"Acme Robotics"_qs);
    QVERIFY(got->archived);
    QVERIFY(got->lastErrorCode.isEmpty()); // a person edited it: the poller may try again

    edited.profileId = 12345;
    QCOMPARE(store.update(edited).error().code, u"profile.not_found"_qs);
    edited.id = 999;
    edited.profileId = m_acme;
    QCOMPARE(store.update(edited).error().code, u"case.not_found"_qs);
}

void TestCaseStore::removeByIdAndAudit()
{
    CaseStore store(*m_t->db);
    auto added = store.add(m_maria, {rn(u"SRC9999102777"), {}, {}});
    QVERIFY(store.remove(added->id));
    QCOMPARE(store.get(added->id).error().code, u"case.not_found"_qs);
    QCOMPARE(store.remove(added->id).error().code, u"case.not_found"_qs);
    auto log = AuditLog::recent(*m_t->db, 1);
    QCOMPARE(log->first().action, u"case.remove"_qs);
    QCOMPARE(log->first().subject, u"SRC9999102777"_qs);
}

void TestCaseStore::listFilters()
{
    CaseStore store(*m_t->db);
    QVERIFY(store.add(m_maria, {rn(u"EAC9999103402"), {}, {}}));
    auto archived = store.add(m_maria, {rn(u"EAC9999103403"), {}, {}});
    QVERIFY(store.add(m_acme, {rn(u"LIN9999106498"), {}, {}}));
    TrackedCase a = archived.value();
    a.archived = true;
    QVERIFY(store.update(a));
    QCOMPARE(store.list()->size(), 3);
    QCOMPARE(store.list(CaseFilter{m_maria, true})->size(), 2);
    QCOMPARE(store.list(CaseFilter{m_maria, false})->size(), 1);
    QCOMPARE(store.list(CaseFilter{std::nullopt, false})->size(), 2);
}

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_casestore.moc"
