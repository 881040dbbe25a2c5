#include "CaseTableModel.h"
#include "i18n/DateText.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QTest>

using namespace cw;

// Dates no one can misread, in both languages: the month spelled out wherever a person reads a
// date; US Spanish (es_US) conventions chosen in one place.
class TestDateText final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(*qApp, u"en"_qs); }
    void readable_data();
    void readable();
    void spanishIsUsSpanish();
    void theTableSpellsTheMonthAndSortsByDate_data();
    void theTableSpellsTheMonthAndSortsByDate();
};

void TestDateText::readable_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en Nov 3") << u"en"_qs << QDate(2026, 11, 3) << u"Nov 3, 2026"_qs;
    QTest::newRow("en Mar 11") << u"en"_qs << QDate(2026, 3, 11) << u"Mar 11, 2026"_qs;
    QTest::newRow("es 3 nov") << u"es"_qs << QDate(2026, 11, 3) << u"3 nov 2026"_qs;
    QTest::newRow("es 11 mar") << u"es"_qs << QDate(2026, 3, 11) << u"11 mar 2026"_qs;
    QTest::newRow("invalid") << u"es"_qs << QDate() << QString();
}

void TestDateText::readable()
{
    QFETCH(QString, language);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(readableDate(date, language), expected);
    // The app's own language gives the same.
    Translations::install(*qApp, language);
    QCOMPARE(readableDate(date), expected);
    if (date.isValid()) {
        const QString at = readableDateTime(QDateTime(date, QTime(9, 30)));
        QVERIFY2(at.startsWith(expected + u", "_qs), qPrintable(at));
        QVERIFY(at.contains(u"9:30"));
    }
}

void TestDateText::spanishIsUsSpanish()
{
    const QLocale es = Translations::localeFor(u"es"_qs);
    QCOMPARE(es.name(), u"es_US"_qs);
    QCOMPARE(es.toString(14400), u"14,400"_qs); // never 14.400
    QCOMPARE(Translations::localeFor(u"en"_qs).name(), u"en_US"_qs);
    QCOMPARE(Translations::install(*qApp, u"es"_qs).name(), u"es_US"_qs);
    QCOMPARE(QLocale().name(), u"es_US"_qs);
}

void TestDateText::theTableSpellsTheMonthAndSortsByDate_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("november");
    QTest::newRow("English") << u"en"_qs << u"Nov 3, 2026"_qs;
    QTest::newRow("Spanish") << u"es"_qs << u"3 nov 2026"_qs;
}

void TestDateText::theTableSpellsTheMonthAndSortsByDate()
{
    QFETCH(QString, language);
    QFETCH(QString, november);
    Translations::install(*qApp, language);
    CaseTableModel model;
    std::vector<CaseSummary> rows(3);
    const QDate dates[] = {QDate(2026, 11, 3), QDate(2026, 3, 11), QDate(2025, 12, 31)};
    for (int i = 0; i < 3; ++i) {
        rows[i].id = i + 1;
        rows[i].receipt = u"EAC999910340%1"_qs.arg(i);
        rows[i].statusSinceDay = dates[i].toJulianDay();
    }
    model.setCases(std::move(rows));
    model.sort(CaseTableModel::LastChangeColumn, Qt::AscendingOrder);
    QStringList shown;
    for (int r = 0; r < model.rowCount(); ++r)
        shown << model.index(r, CaseTableModel::LastChangeColumn).data().toString();
    // Sorted by the date, not by its text ("3 nov" would sort before "11 mar" as text).
    QCOMPARE(shown.size(), 3);
    QCOMPARE(shown.at(2), november);
    QVERIFY(shown.at(0).contains(u"2025"));
}

QTEST_MAIN(TestDateText)
#include "tst_datetext.moc"
