#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/ProfileStore.h"

#include <QTest>

using namespace cw;

class TestProfileStore final : public QObject
{
    Q_OBJECT

private slots:
    void addGetUpdate();
    void validation_data();
    void validation();
    void listFiltersByKindAndSearch();
    void removeCascadesToCases();
    void missingProfile();
    void everyWriteIsAudited();
};

void TestProfileStore::addGetUpdate()
{
    test::TempDatabase t;
    ProfileStore store(*t.db);
    Profile input;
    input.kind = ProfileKind::Petitioner;
    input.name = u"  Acme   Robotics LLC "_qs;
    input.email = u"hr@acme.example"_qs;
    input.phone = u"+1 555 0100"_qs;
    input.notes = u"H-1B sponsor"_qs;
    auto added = store.add(input);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QVERIFY(added->id > 0);
    QCOMPARE(added->name, u"Acme Robotics LLC"_qs);

    auto got = store.get(added->id);
    QVERIFY(got);
    QCOMPARE(got->kind, ProfileKind::Petitioner);
    QCOMPARE(got->email, u"hr@acme.example"_qs);
    QCOMPARE(got->notes, u"H-1B sponsor"_qs);
    QVERIFY(got->createdAt.isValid());

    Profile edited = got.value();
    edited.name = u"Acme Robotics Inc."_qs;
    edited.aNumber = u"a-12345678"_qs;
    QVERIFY(store.update(edited));
    auto again = store.get(added->id);
    QCOMPARE(again->name, u"Acme Robotics Inc."_qs);
    QCOMPARE(again->aNumber, u"A012345678"_qs);
}

void TestProfileStore::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("aNumber");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("ok") << u"Maria"_qs << u"m@example.com"_qs << u"A123456789"_qs << QString();
    QTest::newRow("ok, empty optional fields") << u"Maria"_qs << QString() << QString() << QString();
    QTest::newRow("ok, A-number with spaces") << u"Maria"_qs << QString() << u"A 123 456 789"_qs << QString();
    QTest::newRow("no name") << u"   "_qs << QString() << QString() << u"profile.name_missing"_qs;
    QTest::newRow("bad email") << u"Maria"_qs << u"maria at example"_qs << QString() << u"profile.bad_email"_qs;
    QTest::newRow("A-number too long") << u"Maria"_qs << QString() << u"A1234567890"_qs << u"profile.bad_a_number"_qs;
    QTest::newRow("A-number with letters") << u"Maria"_qs << QString() << u"A12345X78"_qs << u"profile.bad_a_number"_qs;
}

void TestProfileStore::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QString, aNumber);
    QFETCH(QString, errorCode);
    test::TempDatabase t;
    Profile p;
    p.name = name;
    p.email = email;
    p.aNumber = aNumber;
    auto added = ProfileStore(*t.db).add(p);
    if (errorCode.isEmpty()) {
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    } else {
        QVERIFY(!added);
        QCOMPARE(added.error().code, errorCode);
        QCOMPARE(ProfileStore(*t.db).list()->size(), 0); // nothing half-written
    }
}

void TestProfileStore::listFiltersByKindAndSearch()
{
    test::TempDatabase t;
    ProfileStore store(*t.db);
    QVERIFY(store.add(test::profile(ProfileKind::Applicant, u"Zoe Chen"_qs)));
    QVERIFY(store.add(test::profile(ProfileKind::Applicant, u"ana Ruiz"_qs, u"Acme"_qs)));
    QVERIFY(store.add(test::profile(ProfileKind::Petitioner, u"Acme Robotics"_qs)));
    auto all = store.list();
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).name, u"ana Ruiz"_qs); // applicants first, by name, case-insensitive
    QCOMPARE(all->at(1).name, u"Zoe Chen"_qs);
    QCOMPARE(store.list(ProfileKind::Petitioner)->size(), 1);
    QCOMPARE(store.list(std::nullopt, u"acme"_qs)->size(), 2);
    QCOMPARE(store.list(ProfileKind::Applicant, u"ACME"_qs)->size(), 1);
    QCOMPARE(store.list(std::nullopt, u"nobody"_qs)->size(), 0);
}

void TestProfileStore::removeCascadesToCases()
{
    test::TempDatabase t;
    ProfileStore profiles(*t.db);
    CaseStore cases(*t.db);
    auto keep = profiles.add(test::profile(ProfileKind::Applicant, u"Keep"_qs));
    auto drop = profiles.add(test::profile(ProfileKind::Applicant, u"Drop"_qs));
    QVERIFY(cases.add(keep->id, {ReceiptNumber::parse(u"EAC9999103402").value(), {}, {}}));
    QVERIFY(cases.add(drop->id, {ReceiptNumber::parse(u"EAC9999103403").value(), {}, {}}));
    QVERIFY(cases.add(drop->id, {ReceiptNumber::parse(u"EAC9999103404").value(), {}, {}}));
    QCOMPARE(profiles.get(drop->id)->caseCount, 2);

    QVERIFY(profiles.remove(drop->id));
    QVERIFY(!profiles.get(drop->id));
    auto left = cases.list();
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->first().receipt.toString(), u"EAC9999103402"_qs);
    // The receipt is free again once its profile is gone.
    QVERIFY(cases.add(keep->id, {ReceiptNumber::parse(u"EAC9999103403").value(), {}, {}}));
}

void TestProfileStore::missingProfile()
{
    test::TempDatabase t;
    ProfileStore store(*t.db);
    QCOMPARE(store.get(42).error().code, u"profile.not_found"_qs);
    QCOMPARE(store.remove(42).error().code, u"profile.not_found"_qs);
    Profile ghost = test::profile(ProfileKind::Applicant, u"Ghost"_qs);
    ghost.id = 42;
    QCOMPARE(store.update(ghost).error().code, u"profile.not_found"_qs);
}

void TestProfileStore::everyWriteIsAudited()
{
    test::TempDatabase t;
    ProfileStore store(*t.db);
    auto p = store.add(test::profile(ProfileKind::Applicant, u"Audited"_qs));
    Profile edited = p.value();
    edited.phone = u"555"_qs;
    QVERIFY(store.update(edited));
    QVERIFY(store.remove(p->id));
    auto log = AuditLog::recent(*t.db, 10);
    QVERIFY(log);
    QCOMPARE(log->size(), 3);
    QCOMPARE(log->at(0).action, u"profile.remove"_qs);
    QCOMPARE(log->at(1).action, u"profile.update"_qs);
    QCOMPARE(log->at(2).action, u"profile.add"_qs);
    QCOMPARE(log->at(2).actor, AuditLog::currentActor());
    QVERIFY(log->at(2).actor.contains(u'@'));
    QVERIFY(log->at(0).at.isValid());
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
