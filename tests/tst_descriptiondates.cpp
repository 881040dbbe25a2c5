#include "interpret/DescriptionDates.h"

#include <QTest>

using namespace cw;
using Kind = DescriptionDates::Kind;

class TestDescriptionDates final : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void nothingToFind();
};

void TestDescriptionDates::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QDate>("date");
    QTest::newRow("interview")
        << u"On January 8, 2026, we scheduled an interview for your Form I-485, Receipt Number EAC9999103403. The interview will take place on March 5, 2026 at 9:30 AM."_qs
        << int(Kind::Interview) << QDate(2026, 3, 5);
    QTest::newRow("rfe due")
        << u"On February 1, 2026, we sent a request for additional evidence. Please submit the requested evidence by <b>April 28, 2026</b>."_qs
        << int(Kind::ResponseDue) << QDate(2026, 4, 28);
    QTest::newRow("noid respond")
        << u"We sent you a notice that we intend to deny your Form I-130. You may respond no later than May 3, 2026."_qs
        << int(Kind::ResponseDue) << QDate(2026, 5, 3);
    QTest::newRow("event date") << u"On January 8, 2026, we received your Form I-485."_qs << int(Kind::Event)
                                << QDate(2026, 1, 8);
    QTest::newRow("biometrics")
        << u"We scheduled your biometrics appointment for 03/17/2026 at the Application Support Center."_qs
        << int(Kind::Appointment) << QDate(2026, 3, 17);
    QTest::newRow("es interview")
        << u"El 8 de enero de 2026, programamos una entrevista para su Formulario I-485. La entrevista será el 5 de marzo de 2026 a las 9:30 AM."_qs
        << int(Kind::Interview) << QDate(2026, 3, 5);
    QTest::newRow("es due") << u"Envíe la evidencia solicitada a más tardar el 28 de abril de 2026."_qs
                            << int(Kind::ResponseDue) << QDate(2026, 4, 28);
}

void TestDescriptionDates::dates()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QDate, date);
    QCOMPARE(DescriptionDates::first(text, Kind(kind)), date);
}

void TestDescriptionDates::nothingToFind()
{
    QVERIFY(DescriptionDates::extract(u"We are actively reviewing your case."_qs).isEmpty());
    QVERIFY(DescriptionDates::extract(u"Receipt Number EAC9999103403, Form I-485."_qs).isEmpty());
    QVERIFY(DescriptionDates::extract(u"Due by February 31, 2026"_qs).isEmpty()); // no such day
    const auto both = DescriptionDates::extract(u"On January 8, 2026, we sent a request. Respond by April 2, 2026."_qs);
    QCOMPARE(both.size(), 2);
    QCOMPARE(both[0].kind, Kind::Event);
    QCOMPARE(both[1].kind, Kind::ResponseDue);
}

QTEST_GUILESS_MAIN(TestDescriptionDates)
#include "tst_descriptiondates.moc"
