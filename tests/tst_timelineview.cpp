#include "CategoryStyle.h"
#include "TimelineView.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace cw;

namespace {

QList<TimelineEntry> sample()
{
    return {
        {u"2024-01-08"_qs, u"RECEIVED"_qs, u"Case Was Received"_qs, u"Caso Fue Recibido"_qs, {}, {}, false},
        {u"2024-01-31"_qs,
         u"BIOMETRICS_COMPLETED"_qs,
         u"Case Was Updated To Show Fingerprints Were Taken"_qs,
         u"Caso Fue Actualizado Para Mostrar Que Se Tomaron Las Huellas Digitales"_qs,
         {},
         {},
         false},
        {u"2024-02-23T10:15:42"_qs, u"RFE_ISSUED"_qs, u"Request for Additional Evidence Was Sent"_qs,
         u"Se Envió Solicitud de Evidencia Adicional"_qs,
         u"On February 23, 2024, we sent a request. Go to <a href=\"https://www.uscis.gov\">uscis.gov</a>."_qs,
         u"El 23 de febrero de 2024, enviamos una solicitud."_qs, true},
    };
}

} // namespace

class TestTimelineView final : public QObject
{
    Q_OBJECT

private slots:
    void oldestToNewestWithBadges();
    void languageToggle();
    void copyForTheClientInEitherLanguage();
    void emptyCase();
};

void TestTimelineView::oldestToNewestWithBadges()
{
    TimelineView view;
    view.showCase(u"EAC9999103403"_qs, u"I-485"_qs, sample());
    auto *tree = view.findChild<QTreeWidget *>(u"timelineTree"_qs);
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(0)->text(TimelineView::EnglishColumn), u"Case Was Received"_qs);
    QCOMPARE(tree->topLevelItem(2)->text(TimelineView::SpanishColumn), u"Se Envió Solicitud de Evidencia Adicional"_qs);
    QCOMPARE(tree->topLevelItem(2)->text(TimelineView::CategoryColumn), u"RFE issued"_qs);
    QCOMPARE(tree->topLevelItem(2)->background(TimelineView::CategoryColumn).color(),
             CategoryStyle::background(u"RFE_ISSUED"_qs));
    QVERIFY(CategoryStyle::background(u"APPROVED"_qs) != CategoryStyle::background(u"DENIED"_qs));
    QVERIFY(tree->topLevelItem(2)->font(0).bold()); // the current status stands out
    QVERIFY(!tree->topLevelItem(0)->font(0).bold());
    // The description is shown as text: the HTML link is not rendered, its words are.
    const QString english = view.findChild<QPlainTextEdit *>(u"descriptionEnglish"_qs)->toPlainText();
    QVERIFY(english.contains(u"Go to uscis.gov."));
    QVERIFY(!english.contains(u"<a"));
    QCOMPARE(view.findChild<QPlainTextEdit *>(u"descriptionSpanish"_qs)->toPlainText(),
             u"El 23 de febrero de 2024, enviamos una solicitud."_qs);
}

void TestTimelineView::languageToggle()
{
    TimelineView view;
    view.show();
    view.showCase(u"EAC9999103403"_qs, u"I-485"_qs, sample());
    auto *tree = view.findChild<QTreeWidget *>(u"timelineTree"_qs);
    auto *languages = view.findChild<QComboBox *>(u"timelineLanguages"_qs);
    QVERIFY(!tree->isColumnHidden(TimelineView::EnglishColumn) && !tree->isColumnHidden(TimelineView::SpanishColumn));
    languages->setCurrentIndex(1);
    QVERIFY(tree->isColumnHidden(TimelineView::SpanishColumn));
    QVERIFY(!view.findChild<QPlainTextEdit *>(u"descriptionSpanish"_qs)->isVisible());
    languages->setCurrentIndex(2);
    QVERIFY(tree->isColumnHidden(TimelineView::EnglishColumn));
    QVERIFY(!tree->isColumnHidden(TimelineView::SpanishColumn));
    QVERIFY(view.findChild<QPlainTextEdit *>(u"descriptionSpanish"_qs)->isVisible());
}

void TestTimelineView::copyForTheClientInEitherLanguage()
{
    TimelineView view;
    view.showCase(u"EAC9999103403"_qs, u"I-485"_qs, sample());
    QTest::mouseClick(view.findChild<QPushButton *>(u"copySpanishButton"_qs), Qt::LeftButton);
    const QString spanish = QApplication::clipboard()->text();
    QVERIFY2(spanish.startsWith(u"Número de recibo EAC9999103403 (I-485)"), qPrintable(spanish));
    QVERIFY(spanish.contains(u"8 de enero de 2024 — Caso Fue Recibido"));
    QVERIFY(spanish.contains(u"El 23 de febrero de 2024, enviamos una solicitud."));
    QVERIFY(!spanish.contains(u"Case Was"));
    QTest::mouseClick(view.findChild<QPushButton *>(u"copyEnglishButton"_qs), Qt::LeftButton);
    const QString english = QApplication::clipboard()->text();
    QVERIFY(english.startsWith(u"Receipt number EAC9999103403 (I-485)"));
    QVERIFY(english.contains(u"January 31, 2024 — Case Was Updated To Show Fingerprints Were Taken"));
    QVERIFY(!english.contains(u"Caso"));
}

void TestTimelineView::emptyCase()
{
    TimelineView view;
    view.showCase(u"EAC9999103400"_qs, QString(), {});
    QVERIFY(!view.findChild<QPushButton *>(u"copyEnglishButton"_qs)->isEnabled());
    QCOMPARE(view.findChild<QTreeWidget *>(u"timelineTree"_qs)->topLevelItemCount(), 0);
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
