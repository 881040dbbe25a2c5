#include "domain/ReceiptNumber.h"
#include "i18n/Translations.h"
#include <QCoreApplication>

#include <QTest>

using cw::ReceiptNumber;

class TestReceiptNumber final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { cw::Translations::install(*QCoreApplication::instance(), u"en"_qs); }
    void parse_data();
    void spanishMessages();
    void parse();
    void office();
    void unknownPrefixWarns();
    void errorMessagesNameTheInput();
    void splitList_data();
    void splitList();
};

void TestReceiptNumber::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // normalized number, or empty when rejected
    QTest::addColumn<QString>("errorCode");

    auto good = [](const char *name, const QString &input, const char *expected) {
        QTest::newRow(name) << input << QString::fromLatin1(expected) << QString();
    };
    auto bad = [](const char *name, const QString &input, const char *code) {
        QTest::newRow(name) << input << QString() << QString::fromLatin1(code);
    };

    // What people paste.
    good("plain", QStringLiteral("EAC9999103402"), "EAC9999103402");
    good("lower case", QStringLiteral("eac9999103402"), "EAC9999103402");
    good("mixed case", QStringLiteral("Eac9999103402"), "EAC9999103402");
    good("spaces as on the notice", QStringLiteral("eac 99 991 03402"), "EAC9999103402");
    good("dashes", QStringLiteral("EAC-9999-103402"), "EAC9999103402");
    good("asterisk after prefix", QStringLiteral("IOE*0912345678"), "IOE0912345678");
    good("dots", QStringLiteral("LIN.99.991.06498"), "LIN9999106498");
    good("underscores", QStringLiteral("SRC_9999_102777"), "SRC9999102777");
    good("slash", QStringLiteral("WAC/1234567890"), "WAC1234567890");
    good("en dash", QStringLiteral("NBC\u20131234567890"), "NBC1234567890");
    good("no-break space", QStringLiteral("MSC\u00a01234567890"), "MSC1234567890");
    good("leading and trailing space", QStringLiteral("  YSC1234567890  "), "YSC1234567890");
    good("tab and newline", QStringLiteral("\tEAC9999103403\n"), "EAC9999103403");
    good("double quotes", QStringLiteral("\"EAC9999103403\""), "EAC9999103403");
    good("single quotes", QStringLiteral("'EAC9999103403'"), "EAC9999103403");
    good("parentheses", QStringLiteral("(IOE0912345678)"), "IOE0912345678");
    good("brackets", QStringLiteral("[LIN9999106499]"), "LIN9999106499");
    good("trailing comma", QStringLiteral("SRC9999102778,"), "SRC9999102778");
    good("trailing period", QStringLiteral("SRC9999102778."), "SRC9999102778");
    good("leading hash", QStringLiteral("#EAC9999103404"), "EAC9999103404");
    good("angle quotes", QStringLiteral("\u00abEAC9999103405\u00bb"), "EAC9999103405");
    good("curly quotes", QStringLiteral("\u201cWAC2190012345\u201d"), "WAC2190012345");
    good("unknown prefix kept", QStringLiteral("ABC1234567890"), "ABC1234567890");
    good("field office prefix", QStringLiteral("NYC1234567890"), "NYC1234567890");
    good("mixed separators", QStringLiteral(" ioe - 0912 * 345 678 "), "IOE0912345678");
    good("all zeros", QStringLiteral("EAC0000000000"), "EAC0000000000");

    // What must be refused, each with its own reason.
    bad("empty", QString(), "receipt.empty");
    bad("only spaces", QStringLiteral("   "), "receipt.empty");
    bad("only punctuation", QStringLiteral("--*--"), "receipt.empty");
    bad("digits only", QStringLiteral("9999103402"), "receipt.no_prefix");
    bad("two-letter prefix", QStringLiteral("EA9999103402"), "receipt.bad_prefix");
    bad("four-letter prefix", QStringLiteral("EACX9999103402"), "receipt.bad_prefix");
    bad("nine digits", QStringLiteral("EAC999910340"), "receipt.too_short");
    bad("eleven digits", QStringLiteral("EAC99991034021"), "receipt.too_long");
    bad("prefix only", QStringLiteral("EAC"), "receipt.too_short");
    bad("letter O for zero", QStringLiteral("EAC99991O3402"), "receipt.letter_in_digits");
    bad("letter I for one", QStringLiteral("EAC9999I03402"), "receipt.letter_in_digits");
    bad("letter at the end", QStringLiteral("EAC999910340X"), "receipt.letter_in_digits");
    bad("hash inside", QStringLiteral("EAC9999#103402"), "receipt.invalid_character");
    bad("colon label", QStringLiteral("Receipt: EAC9999103402"), "receipt.invalid_character");
    bad("accented letter", QStringLiteral("EÁC9999103402"), "receipt.invalid_character");
    bad("asylum office ZAR", QStringLiteral("ZAR123456789"), "receipt.asylum");
    bad("asylum office ZLA with dash", QStringLiteral("ZLA-123456789"), "receipt.asylum");
    bad("asylum office ZNY lower case", QStringLiteral("zny123456789"), "receipt.asylum");
    bad("two receipts run together", QStringLiteral("EAC9999103402EAC9999103403"), "receipt.letter_in_digits");
    bad("A-number", QStringLiteral("A012345678"), "receipt.bad_prefix");
    bad("online account number", QStringLiteral("123456789012"), "receipt.no_prefix");
    bad("digits then letters", QStringLiteral("1234567890EAC"), "receipt.no_prefix");
}

void TestReceiptNumber::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, errorCode);

    const auto result = ReceiptNumber::parse(input);
    if (expected.isEmpty()) {
        QVERIFY2(!result.ok(),
                 qPrintable(QStringLiteral("accepted as %1").arg(result.ok() ? result->toString() : QString())));
        QCOMPARE(result.error().code, errorCode);
        QVERIFY(!result.error().message.isEmpty());
    } else {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->toString(), expected);
        QCOMPARE(result->toString().size(), 13);
        QVERIFY(result->isValid());
    }
}

void TestReceiptNumber::office()
{
    QCOMPARE(ReceiptNumber::parse(u"EAC9999103402")->office(), QStringLiteral("Vermont Service Center"));
    QCOMPARE(ReceiptNumber::parse(u"wac1234567890")->office(), QStringLiteral("California Service Center"));
    QCOMPARE(ReceiptNumber::parse(u"LIN1234567890")->office(), QStringLiteral("Nebraska Service Center"));
    QCOMPARE(ReceiptNumber::parse(u"SRC1234567890")->office(), QStringLiteral("Texas Service Center"));
    QCOMPARE(ReceiptNumber::parse(u"NBC1234567890")->office(), QStringLiteral("National Benefits Center"));
    QVERIFY(ReceiptNumber::parse(u"MSC1234567890")->office().contains(u"Missouri"));
    QVERIFY(ReceiptNumber::parse(u"IOE1234567890")->office().contains(u"online"));
    QCOMPARE(ReceiptNumber::parse(u"YSC1234567890")->office(), QStringLiteral("Potomac Service Center"));
    QCOMPARE(ReceiptNumber::knownPrefixes().size(), 8);
    QVERIFY(ReceiptNumber::parse(u"ABC1234567890")->office().isEmpty());
}

void TestReceiptNumber::unknownPrefixWarns()
{
    const auto known = ReceiptNumber::parse(u"EAC9999103402");
    QVERIFY(known->hasKnownPrefix());
    QVERIFY(known->warning().isEmpty());
    const auto unknown = ReceiptNumber::parse(u"QQQ1234567890");
    QVERIFY(unknown.ok());
    QVERIFY(!unknown->hasKnownPrefix());
    QVERIFY(unknown->warning().contains(u"QQQ"));
}

void TestReceiptNumber::errorMessagesNameTheInput()
{
    const auto tooShort = ReceiptNumber::parse(u"EAC-99991-0340");
    QVERIFY(!tooShort.ok());
    QVERIFY(tooShort.error().message.contains(u"EAC-99991-0340"));
    QVERIFY(tooShort.error().message.contains(u"9 digits"));
    const auto letter = ReceiptNumber::parse(u"EAC99991O3402");
    QVERIFY(letter.error().message.contains(u"'O'"));
    QVERIFY(letter.error().message.contains(u"0"));
    const auto asylum = ReceiptNumber::parse(u"ZAR123456789");
    QVERIFY(asylum.error().message.contains(u"asylum"));
}

void TestReceiptNumber::splitList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("lines") << QStringLiteral("EAC9999103402\nLIN9999106498\r\nSRC9999102777")
                           << QStringList{u"EAC9999103402"_qs, u"LIN9999106498"_qs, u"SRC9999102777"_qs};
    QTest::newRow("commas and semicolons")
        << QStringLiteral("EAC9999103402, LIN9999106498;SRC9999102777")
        << QStringList{u"EAC9999103402"_qs, u"LIN9999106498"_qs, u"SRC9999102777"_qs};
    QTest::newRow("spaces inside one number")
        << QStringLiteral("eac 99 991 03402") << QStringList{u"eac 99 991 03402"_qs};
    QTest::newRow("several on a line") << QStringLiteral("EAC9999103402 LIN9999106498  SRC9999102777")
                                       << QStringList{u"EAC9999103402"_qs, u"LIN9999106498"_qs, u"SRC9999102777"_qs};
    QTest::newRow("blank lines skipped") << QStringLiteral("\n\nEAC9999103402\n   \n")
                                         << QStringList{u"EAC9999103402"_qs};
    QTest::newRow("bad entry kept for its error")
        << QStringLiteral("EAC9999103402\nnot a number") << QStringList{u"EAC9999103402"_qs, u"not a number"_qs};
    QTest::newRow("spreadsheet column with tabs")
        << QStringLiteral("EAC9999103402\tI-485\tMaria") << QStringList{u"EAC9999103402"_qs, u"I-485"_qs, u"Maria"_qs};
}

void TestReceiptNumber::splitList()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(ReceiptNumber::splitList(text), expected);
}

void TestReceiptNumber::spanishMessages()
{
    cw::Translations::install(*QCoreApplication::instance(), u"es"_qs);
    const auto tooShort = ReceiptNumber::parse(u"EAC99");
    QVERIFY(tooShort.error().message.contains(u"2 dígitos"));
    QCOMPARE(ReceiptNumber::parse(u"EAC9999103402")->office(), u"Centro de Servicio de Vermont"_qs);
    cw::Translations::install(*QCoreApplication::instance(), u"en"_qs);
    QVERIFY(ReceiptNumber::parse(u"EAC99").error().message.contains(u"2 digits"));
}

QTEST_GUILESS_MAIN(TestReceiptNumber)
#include "tst_receiptnumber.moc"
