// Which profile a notice's names point to: word order, accents, middle names, initials, Spanish
// particles, company suffixes; two clients with similar names; a notice that matches no profile or
// shows no name. Never a guess, never the first profile in the list by default.
#include "import/ProfileMatcher.h"

#include <QTest>

using namespace cw;

namespace {

Profile profile(qint64 id, const QString &name, ProfileKind kind = ProfileKind::Applicant)
{
    Profile p;
    p.id = id;
    p.name = name;
    p.kind = kind;
    return p;
}

I797Notice notice(const QStringList &applicants, const QStringList &petitioners = {},
                  const QStringList &beneficiaries = {})
{
    I797Notice n;
    n.applicants = applicants;
    n.petitioners = petitioners;
    n.beneficiaries = beneficiaries;
    return n;
}

} // namespace

class TestProfileMatcher final : public QObject
{
    Q_OBJECT

private slots:
    void namesFit_data();
    void namesFit();
    void closerNameWins();
    void equallyGoodNamesAreNotGuessed();
    void noMatchSuggestsANewProfileNamedOnTheNotice();
    void noNameAsksForAChoice();
    void droppedOnAProfileWins();
    void beneficiaryOnlyWhenPartiesMatchNobody();
};

void TestProfileMatcher::namesFit_data()
{
    QTest::addColumn<QString>("onNotice");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("fits");
    QTest::newRow("order, accents, middle name") << u"MARIA ELENA GARCIA LOPEZ"_qs << u"María López García"_qs << true;
    QTest::newRow("surname first with comma") << u"LOPEZ GARCIA, MARIA"_qs << u"María López García"_qs << true;
    QTest::newRow("same words") << u"MARIA LOPEZ GARCIA"_qs << u"maría lópez garcía"_qs << true;
    QTest::newRow("company punctuation") << u"ACME ROBOTICS LLC"_qs << u"Acme Robotics, LLC"_qs << true;
    QTest::newRow("L.L.C. spelled out") << u"ACME ROBOTICS L.L.C."_qs << u"Acme Robotics LLC"_qs << true;
    QTest::newRow("Inc. and Incorporated") << u"GLOBEX INCORPORATED"_qs << u"Globex Inc."_qs << true;
    QTest::newRow("company without its suffix") << u"ACME ROBOTICS LLC"_qs << u"Acme Robotics"_qs << true;
    QTest::newRow("another legal form") << u"ACME ROBOTICS LLC"_qs << u"Acme Robotics Inc"_qs << false;
    QTest::newRow("another company") << u"ACME FOODS LLC"_qs << u"Acme Robotics LLC"_qs << false;
    QTest::newRow("one shared word") << u"ACME LLC"_qs << u"Acme Robotics LLC"_qs << false;
    QTest::newRow("middle initial") << u"JOHN Q PUBLIC"_qs << u"John Quincy Public"_qs << true;
    QTest::newRow("particles") << u"JUAN DE LA CRUZ"_qs << u"Juan Cruz"_qs << true;
    QTest::newRow("hyphenated surnames") << u"ANA GARCIA-LOPEZ"_qs << u"Ana García López"_qs << true;
    QTest::newRow("similar names differ") << u"MARIA LOPEZ GARCIA"_qs << u"María López Hernández"_qs << false;
    QTest::newRow("first name alone") << u"MARIA"_qs << u"María López"_qs << false;
    QTest::newRow("one word each, the same") << u"GOOGLE"_qs << u"Google"_qs << true;
    QTest::newRow("apostrophe") << u"SEAN O'BRIEN"_qs << u"Sean OBrien"_qs << true;
    QTest::newRow("particle as a surname") << u"DO THI LAN"_qs << u"Thi Lan Nguyen"_qs << false;
    QTest::newRow("short surnames kept") << u"DU WEI"_qs << u"Da Wei"_qs << false;
    QTest::newRow("a surname like a legal form") << u"MARIA CO"_qs << u"Maria"_qs << false;
    QTest::newRow("particle between surnames") << u"JOAO DA SILVA"_qs << u"João Silva"_qs << true;
}

void TestProfileMatcher::namesFit()
{
    QFETCH(QString, onNotice);
    QFETCH(QString, profile);
    QFETCH(bool, fits);
    QCOMPARE(ProfileMatcher::fit(onNotice, profile) > 0, fits);
    QCOMPARE(ProfileMatcher::fit(profile, onNotice) > 0, fits); // either way round
}

void TestProfileMatcher::closerNameWins()
{
    // Father and son: the notice's full name picks the son, the short one the father.
    const QList<Profile> profiles{profile(1, u"José Ramírez"_qs), profile(2, u"José Ramírez Ortiz"_qs)};
    auto son = ProfileMatcher::suggest(profiles, notice({u"JOSE RAMIREZ ORTIZ"_qs}));
    QCOMPARE(son.why, ProfileSuggestion::Why::NameMatches);
    QCOMPARE(son.profileId, 2);
    auto father = ProfileMatcher::suggest(profiles, notice({u"JOSE RAMIREZ"_qs}));
    QCOMPARE(father.why, ProfileSuggestion::Why::NameMatches);
    QCOMPARE(father.profileId, 1);
    QVERIFY(father.explanation().contains(u"JOSE RAMIREZ"));
    QVERIFY(father.explanation().contains(u"José Ramírez"));
}

void TestProfileMatcher::equallyGoodNamesAreNotGuessed()
{
    const QList<Profile> profiles{profile(1, u"Ana Aguilar"_qs), profile(2, u"José Ramírez Ortiz"_qs),
                                  profile(3, u"José Ramírez Luna"_qs)};
    auto s = ProfileMatcher::suggest(profiles, notice({}, {u"JOSE RAMIREZ"_qs}));
    QCOMPARE(s.why, ProfileSuggestion::Why::SeveralMatch);
    QCOMPARE(s.profileId, 0);
    QCOMPARE(s.candidateIds, (QList<qint64>{2, 3}));
    QCOMPARE(s.whyId(), u"several_match"_qs);
}

void TestProfileMatcher::noMatchSuggestsANewProfileNamedOnTheNotice()
{
    const QList<Profile> profiles{profile(1, u"Ana Aguilar"_qs), profile(2, u"Sofia Nguyen"_qs)};
    auto s = ProfileMatcher::suggest(profiles, notice({}, {u"ACME ROBOTICS LLC"_qs}, {u"CHEN WEI"_qs}));
    QCOMPARE(s.why, ProfileSuggestion::Why::NoMatch);
    QCOMPARE(s.profileId, 0);
    QCOMPARE(s.noticeName, u"ACME ROBOTICS LLC"_qs);
    QCOMPARE(s.newKind, ProfileKind::Petitioner);
    QVERIFY(s.explanation().contains(u"ACME ROBOTICS LLC"));
}

void TestProfileMatcher::noNameAsksForAChoice()
{
    const QList<Profile> profiles{profile(1, u"Ana Aguilar"_qs)};
    auto s = ProfileMatcher::suggest(profiles, notice({}));
    QCOMPARE(s.why, ProfileSuggestion::Why::NoName);
    QCOMPARE(s.profileId, 0); // not profile 1, the first in the list
}

void TestProfileMatcher::droppedOnAProfileWins()
{
    const QList<Profile> profiles{profile(1, u"María López García"_qs), profile(7, u"Global Hospital Group"_qs)};
    auto s = ProfileMatcher::suggest(profiles, notice({u"MARIA LOPEZ GARCIA"_qs}), 7);
    QCOMPARE(s.why, ProfileSuggestion::Why::DroppedOn);
    QCOMPARE(s.profileId, 7);
}

void TestProfileMatcher::beneficiaryOnlyWhenPartiesMatchNobody()
{
    const QList<Profile> profiles{profile(1, u"Chen Wei"_qs),
                                  profile(2, u"Acme Robotics LLC"_qs, ProfileKind::Petitioner)};
    auto employer = ProfileMatcher::suggest(profiles, notice({}, {u"ACME ROBOTICS LLC"_qs}, {u"CHEN WEI"_qs}));
    QCOMPARE(employer.profileId, 2);
    auto worker = ProfileMatcher::suggest(profiles, notice({}, {u"INITECH LLC"_qs}, {u"WEI CHEN"_qs}));
    QCOMPARE(worker.why, ProfileSuggestion::Why::NameMatches);
    QCOMPARE(worker.profileId, 1);
}

QTEST_GUILESS_MAIN(TestProfileMatcher)
#include "tst_profilematcher.moc"
