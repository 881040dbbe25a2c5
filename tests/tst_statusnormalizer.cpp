#include "domain/StatusCategory.h"
#include "normalize/StatusNormalizer.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace cw;

namespace {

// Rows of a tab-separated file under tests/data/ (header line first; '#' lines are comments).
QList<QStringList> readTsv(const QString &name, int columns)
{
    QList<QStringList> rows;
    QFile file(QStringLiteral(CASEWATCH_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    bool header = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        if (std::exchange(header, false))
            continue;
        QStringList cols = line.split(u'\t');
        while (cols.size() < columns)
            cols << QString();
        rows << cols;
    }
    return rows;
}

QList<QStringList> realCorpus()
{
    return readTsv(QStringLiteral("uscis_titles.tsv"), 4);
}

} // namespace

class TestStatusNormalizer final : public QObject
{
    Q_OBJECT

private slots:
    void categoryTableIsConsistent();
    void builtInTableLoads();
    void titles_data();
    void titles();
    void corpusIsLargeAndDistinct();
    void realTitles_data();
    void realTitles();
    void spanishRenderings_data();
    void spanishRenderings();
    void inventedTitlesAreRightOrOther();
    void englishTitleDecides();
    void genericTitleReadsTheDescription();
    void firmRulesComeFirst();
    void unknownTitleIsOtherAndNeverGuessed();
    void badTablesAreRefused();
};

void TestStatusNormalizer::categoryTableIsConsistent()
{
    const auto all = categories::all();
    QCOMPARE(qsizetype(all.size()), qsizetype(Category::Other) + 1);
    QSet<QString> ids;
    for (std::size_t i = 0; i < all.size(); ++i) {
        QCOMPARE(std::size_t(all[i].category), i); // rows in enum order: traits() indexes by it
        ids.insert(QString::fromLatin1(all[i].id));
        QCOMPARE(categories::find(QString::fromLatin1(all[i].id)), &all[i]);
    }
    QCOMPARE(ids.size(), qsizetype(all.size()));
    // What needs a person and is not a stage alerts by default; UPDATED needs nobody.
    for (const char *id : {"MAIL_RETURNED", "INTERVIEW_CANCELLED", "REQUEST_DECIDED"}) {
        QVERIFY2(categories::find(QString::fromLatin1(id))->alertsByDefault, id);
        QVERIFY2(categories::find(QString::fromLatin1(id))->needsAction, id);
        QVERIFY2(!categories::find(QString::fromLatin1(id))->isStage, id);
    }
    QVERIFY(!categories::find(u"UPDATED")->needsAction);
    QVERIFY(!categories::find(u"UPDATED")->alertsByDefault);
    QVERIFY(categories::alertingByDefault().contains(u"APPROVED"_qs));
    QCOMPARE(categories::find(u"NOPE"), nullptr);
}

void TestStatusNormalizer::builtInTableLoads()
{
    StatusNormalizer n;
    QVERIFY(n.isValid());
    QCOMPARE(StatusNormalizer::categories().size(), 28);
}

void TestStatusNormalizer::titles_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("source");
    QTest::newRow("received") << u"Case Was Received"_qs << u"RECEIVED"_qs << u"en"_qs << u"table"_qs;
    QTest::newRow("received, shouting") << u"CASE WAS RECEIVED"_qs << u"RECEIVED"_qs << u"en"_qs << u"table"_qs;
    QTest::newRow("received, spaces and period")
        << u"  Case   was received. "_qs << u"RECEIVED"_qs << u"en"_qs << u"table"_qs;
    QTest::newRow("rfe sent") << u"Request for Additional Evidence Was Sent"_qs << u"RFE_ISSUED"_qs << u"en"_qs
                              << u"table"_qs;
    QTest::newRow("rfe response, curly apostrophe") << u"Response To USCIS\u2019 Request For Evidence Was Received"_qs
                                                    << u"RFE_RECEIVED"_qs << u"en"_qs << u"table"_qs;
    QTest::newRow("approved") << u"Case Was Approved"_qs << u"APPROVED"_qs << u"en"_qs << u"table"_qs;
    QTest::newRow("fingerprints") << u"Case Was Updated To Show Fingerprints Were Taken"_qs
                                  << u"BIOMETRICS_COMPLETED"_qs << u"en"_qs << u"table"_qs;
    QTest::newRow("duplicate card approved is not an approval")
        << u"Request for a Duplicate Card Was Approved"_qs << u"REQUEST_DECIDED"_qs << u"en"_qs << u"table"_qs;
    QTest::newRow("expedite denied") << u"Expedite Request Denied"_qs << u"REQUEST_DECIDED"_qs << u"en"_qs
                                     << u"table"_qs;
    QTest::newRow("card returned") << u"Card Was Returned To USCIS"_qs << u"MAIL_RETURNED"_qs << u"en"_qs
                                   << u"table"_qs;
    QTest::newRow("returned card received is not RECEIVED")
        << u"Card Was Received By USCIS Along With My Letter"_qs << u"MAIL_RETURNED"_qs << u"en"_qs << u"table"_qs;
    QTest::newRow("interview cancelled") << u"Interview Cancelled And Notice Ordered"_qs << u"INTERVIEW_CANCELLED"_qs
                                         << u"en"_qs << u"table"_qs;
    // Titles no table row knows: the phrase rules.
    QTest::newRow("rule: appeal sustained")
        << u"Your Appeal Was Sustained By The AAO"_qs << u"APPROVED"_qs << u"en"_qs << u"rule"_qs;
    QTest::newRow("rule: expedite approved")
        << u"Request To Expedite My Case Was Approved"_qs << u"REQUEST_DECIDED"_qs << u"en"_qs << u"rule"_qs;
    QTest::newRow("rule: updated to show returned")
        << u"Case Was Updated To Show That The Card Was Returned As Undeliverable"_qs << u"MAIL_RETURNED"_qs << u"en"_qs
        << u"rule"_qs;
    QTest::newRow("rule: updated to show paperwork")
        << u"Case Was Updated To Show Address Was Changed"_qs << u"UPDATED"_qs << u"en"_qs << u"rule"_qs;
    QTest::newRow("rule: a denial withdrawn is not a denial")
        << u"Denial Was Withdrawn"_qs << u"OTHER"_qs << u"en"_qs << u"rule"_qs;
    QTest::newRow("es received") << u"Caso Fue Recibido"_qs << u"RECEIVED"_qs << u"es"_qs << u"table"_qs;
    QTest::newRow("es rfe, no accents") << u"se envio solicitud de evidencia adicional"_qs << u"RFE_ISSUED"_qs
                                        << u"es"_qs << u"table"_qs;
    QTest::newRow("es rule: expedite approved")
        << u"La Solicitud Urgente Fue Aprobada"_qs << u"REQUEST_DECIDED"_qs << u"es"_qs << u"rule"_qs;
}

void TestStatusNormalizer::titles()
{
    QFETCH(QString, title);
    QFETCH(QString, category);
    QFETCH(QString, language);
    QFETCH(QString, source);
    StatusNormalizer n;
    const auto m = n.normalize(title);
    QCOMPARE(m.category, category);
    QCOMPARE(m.language, language);
    QCOMPARE(m.known, category != u"OTHER");
    QCOMPARE(StatusNormalizer::sourceId(m.source), source);
}

void TestStatusNormalizer::corpusIsLargeAndDistinct()
{
    QSet<QString> distinct;
    QStringList repeated;
    for (const QStringList &row : realCorpus()) {
        QVERIFY2(!row[2].isEmpty(), qPrintable(u"no source: "_qs + row[0]));
        if (distinct.contains(StatusNormalizer::normalizedText(row[0])))
            repeated << row[0];
        distinct.insert(StatusNormalizer::normalizedText(row[0]));
    }
    QVERIFY2(repeated.isEmpty(), qPrintable(repeated.join(u", ")));
    qInfo("real English titles in the corpus: %lld", qlonglong(distinct.size()));
    // Every real title the public sources we could read hold (see the README's "Status categories");
    // the floor keeps the corpus from shrinking. Issue #15 asks for 400: not reached, no source held more.
    QVERIFY2(distinct.size() >= 174, qPrintable(QString::number(distinct.size())));
}

void TestStatusNormalizer::realTitles_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("category");
    const auto rows = realCorpus();
    QVERIFY(!rows.isEmpty());
    for (const QStringList &row : rows) {
        QVERIFY2(categories::find(row[1]), qPrintable(row[1]));
        QTest::newRow(qPrintable(row[0])) << row[0] << row[1];
    }
}

void TestStatusNormalizer::realTitles()
{
    QFETCH(QString, title);
    QFETCH(QString, category);
    StatusNormalizer n;
    const auto m = n.normalize(title);
    QCOMPARE(m.category, category);
    QCOMPARE(m.language, u"en"_qs);
    // Capitalization, spacing and punctuation do not matter.
    QCOMPARE(n.normalize(u"  "_qs + title.toUpper() + u"."_qs).category, category);
}

void TestStatusNormalizer::spanishRenderings_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("category");
    const auto rows = readTsv(QStringLiteral("spanish_renderings.tsv"), 2);
    QVERIFY(rows.size() >= 40);
    for (const QStringList &row : rows)
        QTest::newRow(qPrintable(row[0])) << row[0] << row[1];
}

void TestStatusNormalizer::spanishRenderings()
{
    QFETCH(QString, title);
    QFETCH(QString, category);
    StatusNormalizer n;
    const auto m = n.normalizeStatus(QString(), title);
    QCOMPARE(m.category, category);
    QCOMPARE(m.language, u"es"_qs);
}

// Titles USCIS might coin tomorrow: each must land in the right category or in OTHER, never in a
// wrong one. The test counts both and fails on a single wrong guess.
void TestStatusNormalizer::inventedTitlesAreRightOrOther()
{
    const auto rows = readTsv(QStringLiteral("invented_titles.tsv"), 3);
    QVERIFY(rows.size() >= 60);
    StatusNormalizer n;
    int right = 0;
    int other = 0;
    QStringList wrong;
    for (const QStringList &row : rows) {
        QVERIFY2(categories::find(row[1]), qPrintable(row[1]));
        const auto m = n.normalize(row[0]);
        if (m.category == row[1])
            ++right;
        else if (m.category == u"OTHER")
            ++other;
        else
            wrong << QStringLiteral("\"%1\": %2, expected %3 or OTHER").arg(row[0], m.category, row[1]);
    }
    qInfo("invented titles: %d right, %d OTHER, %lld wrong of %lld", right, other, qlonglong(wrong.size()),
          qlonglong(rows.size()));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"\n")));
}

void TestStatusNormalizer::englishTitleDecides()
{
    StatusNormalizer n;
    // A Spanish title that would say otherwise does not override USCIS's English one.
    auto m = n.normalizeStatus(u"Case Was Approved"_qs, u"Caso Fue Denegado"_qs);
    QCOMPARE(m.category, u"APPROVED"_qs);
    QCOMPARE(m.language, u"en"_qs);
    // An English title nothing knows stays OTHER even when the Spanish one is known.
    m = n.normalizeStatus(u"Something Entirely New Happened"_qs, u"Caso Fue Aprobado"_qs);
    QCOMPARE(m.category, u"OTHER"_qs);
    // No English title: the Spanish one is the fallback.
    m = n.normalizeStatus(QString(), u"Caso Fue Aprobado"_qs);
    QCOMPARE(m.category, u"APPROVED"_qs);
    QCOMPARE(m.language, u"es"_qs);
}

void TestStatusNormalizer::genericTitleReadsTheDescription()
{
    StatusNormalizer n;
    const QString title = u"Case Was Updated"_qs;
    auto m = n.normalize(title);
    QCOMPARE(m.category, u"UPDATED"_qs);
    QVERIFY(!m.fromDescription);
    m = n.normalize(title, u"<p>On May 2, 2026, the Post Office returned your new card to us because it could not "
                           "be delivered. Please <a href=\"https://egov.uscis.gov/\">update your address</a>.</p>"_qs);
    QCOMPARE(m.category, u"MAIL_RETURNED"_qs);
    QCOMPARE(m.source, StatusNormalizer::Source::Rule);
    QVERIFY(m.fromDescription);
    m = n.normalize(title, u"On May 2, 2026, we rescheduled your interview. We will mail you a new notice."_qs);
    QCOMPARE(m.category, u"INTERVIEW_CANCELLED"_qs);
    // A description that says nothing known leaves the generic answer.
    QCOMPARE(n.normalize(title, u"We updated your case."_qs).category, u"UPDATED"_qs);
    // A specific title is not second-guessed by its description.
    QCOMPARE(n.normalize(u"Case Was Approved"_qs, u"the post office returned your card to us"_qs).category,
             u"APPROVED"_qs);
}

void TestStatusNormalizer::firmRulesComeFirst()
{
    StatusNormalizer n;
    QCOMPARE(n.normalize(u"Case Sent For Further Processing"_qs).category, u"OTHER"_qs);
    n.setFirmRules({{StatusNormalizer::normalizedText(u"Case Sent For Further Processing"_qs), u"IN_REVIEW"_qs},
                    {StatusNormalizer::normalizedText(u"Case Was Approved"_qs), u"UPDATED"_qs}});
    auto m = n.normalize(u"CASE SENT FOR FURTHER PROCESSING."_qs);
    QCOMPARE(m.category, u"IN_REVIEW"_qs);
    QCOMPARE(StatusNormalizer::sourceId(m.source), u"firm"_qs);
    QVERIFY(m.known);
    // The firm's word wins over the table too.
    QCOMPARE(n.normalize(u"Case Was Approved"_qs).category, u"UPDATED"_qs);
    // A copy carries the rules; a fresh normalizer does not.
    const StatusNormalizer copy = n;
    QCOMPARE(copy.normalize(u"Case Sent For Further Processing"_qs).category, u"IN_REVIEW"_qs);
    QCOMPARE(StatusNormalizer().normalize(u"Case Was Approved"_qs).category, u"APPROVED"_qs);
}

void TestStatusNormalizer::unknownTitleIsOtherAndNeverGuessed()
{
    StatusNormalizer n;
    for (const QString &t : {u"Something new happened"_qs, u"Caso fue algo nuevo"_qs}) {
        const auto m = n.normalize(t);
        QCOMPARE(m.category, u"OTHER"_qs);
        QVERIFY(!m.known);
        QCOMPARE(m.source, StatusNormalizer::Source::None);
    }
    QCOMPARE(n.normalize(u"Caso fue algo nuevo"_qs).language, u"es"_qs);
    QCOMPARE(n.normalize(QString()).category, u"OTHER"_qs);
}

void TestStatusNormalizer::badTablesAreRefused()
{
    const QByteArray unknownCategory = R"({"table":[{"category":"MAYBE","en":["x"]}]})";
    const QByteArray badPattern = R"({"table":[{"category":"OTHER","en":["[unclosed"]}]})";
    const QByteArray badRule =
        R"({"table":[{"category":"APPROVED","en":["x"]}],"rules":[{"category":"APPROVED","any":["(unclosed"]}]})";
    const QByteArray emptyRule = R"({"table":[{"category":"APPROVED","en":["x"]}],"rules":[{"category":"APPROVED"}]})";
    const QByteArray noRules = R"({"table":[]})";
    const QByteArray yay = R"({"table":[{"category":"APPROVED","en":["yay"]}],
                              "rules":[{"category":"DENIED","any":["boo"],"none":["not"]}]})";
    QCOMPARE(StatusNormalizer::fromJson("{").error().code, u"normalize.bad_table"_qs);
    QCOMPARE(StatusNormalizer::fromJson(unknownCategory).error().code, u"normalize.bad_category"_qs);
    QCOMPARE(StatusNormalizer::fromJson(badPattern).error().code, u"normalize.bad_pattern"_qs);
    QCOMPARE(StatusNormalizer::fromJson(badRule).error().code, u"normalize.bad_pattern"_qs);
    QCOMPARE(StatusNormalizer::fromJson(emptyRule).error().code, u"normalize.bad_rule"_qs);
    QCOMPARE(StatusNormalizer::fromJson(noRules).error().code, u"normalize.empty_table"_qs);
    auto custom = StatusNormalizer::fromJson(yay);
    QVERIFY(custom);
    QCOMPARE(custom->normalize(u"Yay!"_qs).category, u"APPROVED"_qs);
    QCOMPARE(custom->normalize(u"A big boo today"_qs).category, u"DENIED"_qs);
    QCOMPARE(custom->normalize(u"A big boo, not today"_qs).category, u"OTHER"_qs);
}

QTEST_GUILESS_MAIN(TestStatusNormalizer)
#include "tst_statusnormalizer.moc"
