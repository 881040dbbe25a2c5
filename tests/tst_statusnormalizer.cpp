#include "normalize/StatusNormalizer.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace cw;

class TestStatusNormalizer final : public QObject
{
    Q_OBJECT

private slots:
    void builtInTableLoads();
    void titles_data();
    void titles();
    void realTitles_data();
    void realTitles();
    void unknownTitleIsOtherAndNeverGuessed();
    void badTablesAreRefused();
};

void TestStatusNormalizer::builtInTableLoads()
{
    StatusNormalizer n;
    QVERIFY(n.isValid());
    QCOMPARE(StatusNormalizer::categories().size(), 24);
}

void TestStatusNormalizer::titles_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("language");
    QTest::newRow("received") << u"Case Was Received"_qs << u"RECEIVED"_qs << u"en"_qs;
    QTest::newRow("received, shouting") << u"CASE WAS RECEIVED"_qs << u"RECEIVED"_qs << u"en"_qs;
    QTest::newRow("received, spaces and period") << u"  Case   was received. "_qs << u"RECEIVED"_qs << u"en"_qs;
    QTest::newRow("rfe sent") << u"Request for Additional Evidence Was Sent"_qs << u"RFE_ISSUED"_qs << u"en"_qs;
    QTest::newRow("initial evidence") << u"Request for Initial Evidence Was Sent"_qs << u"RFE_ISSUED"_qs << u"en"_qs;
    QTest::newRow("rfe response, apostrophe") << u"Response To USCIS' Request For Evidence Was Received"_qs << u"RFE_RECEIVED"_qs << u"en"_qs;
    QTest::newRow("rfe response, curly apostrophe") << u"Response To USCIS\u2019 Request For Evidence Was Received"_qs << u"RFE_RECEIVED"_qs << u"en"_qs;
    QTest::newRow("approved") << u"Case Was Approved"_qs << u"APPROVED"_qs << u"en"_qs;
    QTest::newRow("interview") << u"Interview Was Scheduled"_qs << u"INTERVIEW_SCHEDULED"_qs << u"en"_qs;
    QTest::newRow("card mailed") << u"Card Was Mailed To Me"_qs << u"CARD_MAILED"_qs << u"en"_qs;
    QTest::newRow("fingerprints") << u"Case Was Updated To Show Fingerprints Were Taken"_qs << u"BIOMETRICS_COMPLETED"_qs << u"en"_qs;
    QTest::newRow("es received") << u"Caso Fue Recibido"_qs << u"RECEIVED"_qs << u"es"_qs;
    QTest::newRow("es rfe") << u"Se Envió Solicitud de Evidencia Adicional"_qs << u"RFE_ISSUED"_qs << u"es"_qs;
    QTest::newRow("es rfe, no accents") << u"se envio solicitud de evidencia adicional"_qs << u"RFE_ISSUED"_qs << u"es"_qs;
    QTest::newRow("es approved") << u"Caso Fue Aprobado"_qs << u"APPROVED"_qs << u"es"_qs;
    QTest::newRow("es active review") << u"Caso Está Siendo Revisado Activamente Por USCIS"_qs << u"IN_REVIEW"_qs << u"es"_qs;
}

void TestStatusNormalizer::titles()
{
    QFETCH(QString, title);
    QFETCH(QString, category);
    QFETCH(QString, language);
    StatusNormalizer n;
    const auto m = n.normalize(title);
    QCOMPARE(m.category, category);
    QCOMPARE(m.language, language);
    QVERIFY(m.known);
}

void TestStatusNormalizer::realTitles_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("language");
    QFile file(QStringLiteral(CASEWATCH_FIXTURES "/uscis_titles.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    int rows = 0;
    QSet<QString> english;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cols = line.split(u'\t');
        QCOMPARE(cols.size(), 3);
        QVERIFY2(StatusNormalizer::categories().contains(cols[1]), qPrintable(cols[1]));
        QTest::newRow(qPrintable(cols[0])) << cols[0] << cols[1] << cols[2];
        ++rows;
        if (cols[2] == u"en")
            english.insert(StatusNormalizer::normalizedText(cols[0]));
    }
    QVERIFY2(rows >= 150, qPrintable(QString::number(rows)));
    QVERIFY2(english.size() > 100, qPrintable(QString::number(english.size()))); // distinct English titles
}

void TestStatusNormalizer::realTitles()
{
    QFETCH(QString, title);
    QFETCH(QString, category);
    QFETCH(QString, language);
    StatusNormalizer n;
    const auto m = n.normalize(title);
    QCOMPARE(m.category, category);
    QCOMPARE(m.language, language);
    QVERIFY(m.known);
    // Capitalization, spacing and punctuation do not matter.
    QCOMPARE(n.normalize(u"  "_qs + title.toUpper() + u"."_qs).category, category);
}

void TestStatusNormalizer::unknownTitleIsOtherAndNeverGuessed()
{
    StatusNormalizer n;
    for (const QString &t : {u"Case Was Approved By The Moon"_qs, u"Something new happened"_qs, u"Caso fue algo nuevo"_qs}) {
        const auto m = n.normalize(t);
        QCOMPARE(m.category, u"OTHER"_qs);
        QVERIFY(!m.known);
    }
    QCOMPARE(n.normalize(u"Caso fue algo nuevo"_qs).language, u"es"_qs);
    QCOMPARE(n.normalize(QString()).category, u"OTHER"_qs);
}

void TestStatusNormalizer::badTablesAreRefused()
{
    const QByteArray unknownCategory = "{\"rules\":[{\"category\":\"MAYBE\",\"en\":[\"x\"]}]}";
    const QByteArray badPattern = "{\"rules\":[{\"category\":\"OTHER\",\"en\":[\"[unclosed\"]}]}";
    const QByteArray noRules = "{\"rules\":[]}";
    const QByteArray yay = "{\"rules\":[{\"category\":\"APPROVED\",\"en\":[\"yay\"]}]}";
    QCOMPARE(StatusNormalizer::fromJson("{").error().code, u"normalize.bad_table"_qs);
    QCOMPARE(StatusNormalizer::fromJson(unknownCategory).error().code, u"normalize.bad_category"_qs);
    QCOMPARE(StatusNormalizer::fromJson(badPattern).error().code, u"normalize.bad_pattern"_qs);
    QCOMPARE(StatusNormalizer::fromJson(noRules).error().code, u"normalize.empty_table"_qs);
    auto custom = StatusNormalizer::fromJson(yay);
    QVERIFY(custom);
    QCOMPARE(custom->normalize(u"Yay!"_qs).category, u"APPROVED"_qs);
}

QTEST_GUILESS_MAIN(TestStatusNormalizer)
#include "tst_statusnormalizer.moc"
