#include "import/I797Parser.h"
#include "import/ReceiptScanner.h"

#include <QTest>

using namespace cw;

class TestReceiptScanner final : public QObject
{
    Q_OBJECT

private slots:
    void finds_data();
    void finds();
    void labelledUnknownPrefixIsTaken();
    void datesAndFormTypes();

private:
    static QStringList receipts(const QString &text)
    {
        QStringList out;
        for (const auto &f : ReceiptScanner::scan(text))
            out << f.receipt.toString();
        return out;
    }
};

void TestReceiptScanner::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << u"Receipt Number IOE0912345678 Case Type I485"_qs << QStringList{u"IOE0912345678"_qs};
    QTest::newRow("several") << u"EAC9999103402, LIN9999106498 and SRC9999102777."_qs
                             << QStringList{u"EAC9999103402"_qs, u"LIN9999106498"_qs, u"SRC9999102777"_qs};
    QTest::newRow("O for 0 in digits") << u"WAC26900I2345"_qs << QStringList{u"WAC2690012345"_qs};
    QTest::newRow("0 for O in prefix") << u"I0E0912345678"_qs << QStringList{u"IOE0912345678"_qs};
    QTest::newRow("l for 1 and 1 for I") << u"1OE09l2345678"_qs << QStringList{u"IOE0912345678"_qs};
    QTest::newRow("S/5 and B/8") << u"SRC999910277S MSC259I234B67"_qs
                                 << QStringList{u"SRC9999102775"_qs, u"MSC2591234867"_qs};
    QTest::newRow("5 for S in prefix") << u"5RC9999102777"_qs << QStringList{u"SRC9999102777"_qs};
    QTest::newRow("stray space") << u"EAC 99991 03402"_qs << QStringList{u"EAC9999103402"_qs};
    QTest::newRow("stray dash") << u"IOE-0912345678"_qs << QStringList{u"IOE0912345678"_qs};
    QTest::newRow("stray dot") << u"LIN99991.06498"_qs << QStringList{u"LIN9999106498"_qs};
    QTest::newRow("lower case") << u"ioe0912345678"_qs << QStringList{u"IOE0912345678"_qs};
    QTest::newRow("phone") << u"call 1-800-375-5283 or 800 375 5283"_qs << QStringList{};
    QTest::newRow("A-number") << u"A# 212-345-678, A212345678, A-212-345-678"_qs << QStringList{};
    QTest::newRow("online account") << u"Online Account Number 0123 4567 8912"_qs << QStringList{};
    QTest::newRow("13 digits") << u"1234567890123"_qs << QStringList{};
    QTest::newRow("invoice") << u"invoice INV2026000123 paid"_qs << QStringList{};
    QTest::newRow("unknown prefix in text") << u"policy ABC1234567890 on file"_qs << QStringList{};
    QTest::newRow("too long") << u"EAC99991034021"_qs << QStringList{};
    QTest::newRow("too short") << u"EAC999910340"_qs << QStringList{};
    QTest::newRow("glued to a word") << u"XEAC9999103402"_qs << QStringList{};
    QTest::newRow("too many separators") << u"EAC 9999 103 402"_qs << QStringList{};
    QTest::newRow("two misread prefix letters") << u"10E0912345678"_qs << QStringList{};
    QTest::newRow("repeated once") << u"EAC9999103402 ... EAC9999103402"_qs << QStringList{u"EAC9999103402"_qs};
}

void TestReceiptScanner::finds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(receipts(text), expected);
}

void TestReceiptScanner::labelledUnknownPrefixIsTaken()
{
    // A field office's receipt the app does not know: taken only under its label.
    QCOMPARE(receipts(u"RECEIPT NUMBER\nNFC1234567890"_qs), QStringList{u"NFC1234567890"_qs});
    QCOMPARE(receipts(u"Receipt Number: NFC1234567890"_qs), QStringList{u"NFC1234567890"_qs});
    QCOMPARE(receipts(u"Receipt Number: NFC1234567890"_qs).size(), 1);
    QVERIFY(ReceiptScanner::scan(u"Receipt Number: NFC1234567890"_qs).first().labelled);
    QCOMPARE(receipts(u"our reference NFC1234567890"_qs), QStringList{});
    // Not when the letters had to be repaired: that is a guess on a guess.
    QCOMPARE(receipts(u"Receipt Number: NF01234567890"_qs), QStringList{});
    // Two misread prefix letters: only where the label says it is the receipt (OCR at 200 dpi).
    QCOMPARE(receipts(u"RECEIPTNUMBER CASE TYPE\n\n10E0912345678 I485"_qs), QStringList{u"IOE0912345678"_qs});
    const auto corrected = ReceiptScanner::scan(u"I0E0912345678"_qs);
    QVERIFY(corrected.first().corrected);
    QVERIFY(!ReceiptScanner::scan(u"IOE0912345678"_qs).first().corrected);
}

void TestReceiptScanner::datesAndFormTypes()
{
    QCOMPARE(I797Parser::parseDate(u"01/15/2026"_qs), QDate(2026, 1, 15));
    QCOMPARE(I797Parser::parseDate(u"January 5, 2026"_qs), QDate(2026, 1, 5));
    QCOMPARE(I797Parser::parseDate(u"Sept. 30, 2025"_qs), QDate(2025, 9, 30));
    QCOMPARE(I797Parser::parseDate(u"2026-02-03"_qs), QDate(2026, 2, 3));
    QVERIFY(!I797Parser::parseDate(u"1 of 2"_qs).isValid());
    QCOMPARE(I797Parser::normalizeFormType(u"I485 - APPLICATION TO REGISTER"_qs), u"I-485"_qs);
    QCOMPARE(I797Parser::normalizeFormType(u"I-129F PETITION FOR ALIEN FIANCE"_qs), u"I-129F"_qs);
    QCOMPARE(I797Parser::normalizeFormType(u"N400 APPLICATION FOR NATURALIZATION"_qs), u"N-400"_qs);
    QCOMPARE(I797Parser::normalizeFormType(u"I-797C, I-765"_qs), u"I-765"_qs);
    QCOMPARE(I797Parser::noticeType(u"Notice Type: Request for Evidence"_qs), u"rfe"_qs);
    QCOMPARE(I797Parser::noticeType(u"Approval Notice ... receipt notice"_qs), u"approval"_qs);
}

QTEST_GUILESS_MAIN(TestReceiptScanner)
#include "tst_receiptscanner.moc"
