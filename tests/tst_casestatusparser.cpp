#include "uscis/CaseStatusParser.h"

#include <QJsonDocument>
#include <QTest>

using namespace cw;

namespace {

const CaseSnapshot &snap(const CaseStatusParser::Parsed &p)
{
    static CaseSnapshot empty;
    const auto *s = std::get_if<CaseSnapshot>(&p);
    return s ? *s : empty;
}

QString errorCode(const CaseStatusParser::Parsed &p)
{
    const auto *e = std::get_if<ApiError>(&p);
    return e ? e->code : QString();
}

} // namespace

class TestCaseStatusParser final : public QObject
{
    Q_OBJECT

private slots:
    void nestedShape();
    void nestedNullHistoryAndNoDates();
    void flatShape();
    void unknownFieldsAreTolerated();
    void emptyRecordMeansNoRecord();
    void invalidJsonWithUnescapedQuoteIsRecovered();
    void ambiguousInvalidJsonIsUnreadable();
    void truncatedIsTransient();
    void htmlPageIsTransient();
    void emptyBody();
    void errorBodies_data();
    void errorBodies();
    void dates_data();
    void dates();
    void plainText();
};

void TestCaseStatusParser::nestedShape()
{
    const QByteArray body = R"({"case_status":{"receiptNumber":"EAC9999103403","formType":"I-485",
        "submittedDate":"09-05-2023 14:04:09","modifiedDate":"09-05-2023 14:04:09",
        "current_case_status_text_en":"Case Was Approved","current_case_status_desc_en":"On <b>September 5</b>, we approved",
        "current_case_status_text_es":"Caso Fue Aprobado","current_case_status_desc_es":"El 5 de septiembre, aprobamos",
        "hist_case_status":[{"date":"2023-01-11","completed_text_en":"Case Was Received","completed_text_es":"Caso Fue Recibido"},
                            {"date":"2023-05-02","completed_text_en":"Interview Was Scheduled","completed_text_es":"Entrevista Fue Programada"}]},
        "message":"Query was successful"})";
    const auto parsed = CaseStatusParser::parseSuccess(body);
    QVERIFY(std::holds_alternative<CaseSnapshot>(parsed));
    const CaseSnapshot &s = snap(parsed);
    QCOMPARE(s.receiptNumber, u"EAC9999103403"_qs);
    QCOMPARE(s.formType, u"I-485"_qs);
    QCOMPARE(s.submittedDate, u"2023-09-05T14:04:09"_qs);
    QCOMPARE(s.statusEn, u"Case Was Approved"_qs);
    QCOMPARE(s.statusEs, u"Caso Fue Aprobado"_qs);
    QCOMPARE(s.descriptionEn, u"On <b>September 5</b>, we approved"_qs); // raw kept
    QCOMPARE(s.message, u"Query was successful"_qs);
    QCOMPARE(s.history.size(), 2);
    QCOMPARE(s.history[1].date, u"2023-05-02"_qs);
    QCOMPARE(s.history[1].statusEs, u"Entrevista Fue Programada"_qs);
    QVERIFY(!s.recovered);
}

void TestCaseStatusParser::nestedNullHistoryAndNoDates()
{
    const QByteArray body = R"({"case_status":{"receiptNumber":"IOE0912345678","formType":"N400",
        "current_case_status_text_en":"Case Was Received","current_case_status_desc_en":"x",
        "current_case_status_text_es":"Caso Fue Recibido","current_case_status_desc_es":"y",
        "hist_case_status":null},"message":"Query was successful"})";
    const CaseSnapshot s = snap(CaseStatusParser::parseSuccess(body)); // a copy: the parse result is a temporary
    QCOMPARE(s.formType, u"N400"_qs);
    QVERIFY(s.submittedDate.isEmpty());
    QVERIFY(s.modifiedDate.isEmpty());
    QVERIFY(s.history.isEmpty());
    QCOMPARE(s.statusEn, u"Case Was Received"_qs);
}

void TestCaseStatusParser::flatShape()
{
    const QByteArray body = R"({"receiptNumber":"LIN9999106498","formType":"I-140","submittedDate":"01/08/2024",
        "modifiedDate":"2024-03-01T10:15:00Z","status":"Request for Additional Evidence Was Sent",
        "description":"We sent a request","statusEsDesc":"Enviamos una solicitud",
        "historicalCaseStatuses":[{"status":"Case Was Received","date":"01/08/2024","description":"","descriptionEsDesc":"Caso Fue Recibido"}]})";
    const CaseSnapshot s = snap(CaseStatusParser::parseSuccess(body)); // a copy: the parse result is a temporary
    QCOMPARE(s.receiptNumber, u"LIN9999106498"_qs);
    QCOMPARE(s.statusEn, u"Request for Additional Evidence Was Sent"_qs);
    QCOMPARE(s.descriptionEs, u"Enviamos una solicitud"_qs);
    QCOMPARE(s.submittedDate, u"2024-01-08"_qs);
    QCOMPARE(s.modifiedDate, u"2024-03-01T10:15:00Z"_qs);
    QCOMPARE(s.history.size(), 1);
    QCOMPARE(s.history[0].date, u"2024-01-08"_qs);
    QCOMPARE(s.history[0].statusEs, u"Caso Fue Recibido"_qs);
}

void TestCaseStatusParser::unknownFieldsAreTolerated()
{
    const QByteArray body = R"({"case_status":{"receiptNumber":"EAC9999103403","formType":"I-485","newField":{"a":1},
        "current_case_status_text_en":"Case Was Received","hist_case_status":[]},"message":"ok","extra":[1,2]})";
    QCOMPARE(snap(CaseStatusParser::parseSuccess(body)).statusEn, u"Case Was Received"_qs);
}

void TestCaseStatusParser::emptyRecordMeansNoRecord()
{
    const QByteArray body = R"({"case_status":{"receiptNumber":"","formType":"","current_case_status_text_en":"",
        "current_case_status_text_es":"","hist_case_status":null},"message":""})";
    const auto parsed = CaseStatusParser::parseSuccess(body);
    QCOMPARE(errorCode(parsed), u"uscis.not_found"_qs);
    QVERIFY(!std::get<ApiError>(parsed).transient);
    QVERIFY(std::get<ApiError>(parsed).message.contains(u"no record"));
}

void TestCaseStatusParser::invalidJsonWithUnescapedQuoteIsRecovered()
{
    // What the live sandbox sends for about a third of its receipts.
    const QByteArray body =
        R"({"case_status":{"receiptNumber":"EAC9999103405","formType":"I-130",)"
        R"("current_case_status_text_en":"Case Was Received",)"
        R"("current_case_status_desc_en":"Go to <a href="https://egov.uscis.gov/" target="_blank">Case Status Online</a> to see it.",)"
        R"("current_case_status_text_es":"Caso Fue Recibido","hist_case_status":null},"message":"ok"})";
    QJsonParseError e{};
    QJsonDocument::fromJson(body, &e);
    QVERIFY(e.error != QJsonParseError::NoError); // really invalid
    const auto parsed = CaseStatusParser::parseSuccess(body);
    QVERIFY2(std::holds_alternative<CaseSnapshot>(parsed), qPrintable(errorCode(parsed)));
    const CaseSnapshot &s = snap(parsed);
    QVERIFY(s.recovered);
    QCOMPARE(s.descriptionEn,
             u"Go to <a href=\"https://egov.uscis.gov/\" target=\"_blank\">Case Status Online</a> to see it."_qs);
    QCOMPARE(s.statusEs, u"Caso Fue Recibido"_qs);
}

void TestCaseStatusParser::ambiguousInvalidJsonIsUnreadable()
{
    const QByteArray body =
        R"({"case_status":{"receiptNumber":"EAC9999103405","current_case_status_text_en":"Case Was Received",)"
        R"("current_case_status_desc_en":"It said "approved", and then "pending", as you see.","hist_case_status":null}})";
    const auto parsed = CaseStatusParser::parseSuccess(body);
    QCOMPARE(errorCode(parsed), u"uscis.unreadable"_qs);
    const ApiError &e = std::get<ApiError>(parsed);
    QVERIFY(!e.transient);
    QVERIFY(e.message.contains(u"unreadable"));
    QVERIFY(!e.message.contains(u"approved")); // the body is not echoed
}

void TestCaseStatusParser::truncatedIsTransient()
{
    const QByteArray body = R"({"case_status":{"receiptNumber":"EAC9999103403","formType":"I-485","current_case_sta)";
    const auto parsed = CaseStatusParser::parseSuccess(body);
    QCOMPARE(errorCode(parsed), u"uscis.truncated"_qs);
    QVERIFY(std::get<ApiError>(parsed).transient);
}

void TestCaseStatusParser::htmlPageIsTransient()
{
    const auto parsed = CaseStatusParser::parseSuccess("\n  <!DOCTYPE html><html><body>Maintenance</body></html>");
    QCOMPARE(errorCode(parsed), u"uscis.html_page"_qs);
    QVERIFY(std::get<ApiError>(parsed).transient);
}

void TestCaseStatusParser::emptyBody()
{
    QCOMPARE(errorCode(CaseStatusParser::parseSuccess("   ")), u"uscis.empty"_qs);
}

void TestCaseStatusParser::errorBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("code+message") << QByteArray(R"({"code":429,"message":"Spike Arrest Violation"})")
                                  << u"Spike Arrest Violation"_qs;
    QTest::newRow("message only") << QByteArray(R"({"message":"Receipt not found"})") << u"Receipt not found"_qs;
    QTest::newRow("nested error, code as string")
        << QByteArray(R"({"error":{"code":"404","message":"Not here"}})") << u"Not here"_qs;
    QTest::newRow("errors array") << QByteArray(
        R"({"errors":[{"code":"422","message":"Bad receipt"},{"code":"1","message":"Second"}]})")
                                  << u"Bad receipt; Second"_qs;
    QTest::newRow("apigee fault") << QByteArray(
        R"({"fault":{"faultstring":"Invalid access token","detail":{"errorcode":"x"}}})")
                                  << u"Invalid access token"_qs;
    QTest::newRow("leading whitespace") << QByteArray("\n\t  {\"message\":\"Padded\"}") << u"Padded"_qs;
    QTest::newRow("not json") << QByteArray("Service Unavailable") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestCaseStatusParser::errorBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(CaseStatusParser::errorMessage(body), message);
}

void TestCaseStatusParser::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::newRow("top level") << u"09-05-2023 14:04:09"_qs << u"2023-09-05T14:04:09"_qs;
    QTest::newRow("history") << u"2023-01-11"_qs << u"2023-01-11"_qs;
    QTest::newRow("us slashes") << u"01/08/2024"_qs << u"2024-01-08"_qs;
    QTest::newRow("us slashes, no padding") << u"1/8/2024"_qs << u"2024-01-08"_qs;
    QTest::newRow("iso utc") << u"2024-03-01T10:15:00Z"_qs << u"2024-03-01T10:15:00Z"_qs;
    QTest::newRow("iso offset") << u"2024-03-01T10:15:00-05:00"_qs << u"2024-03-01T15:15:00Z"_qs;
    QTest::newRow("iso ms") << u"2024-03-01T10:15:00.123Z"_qs << u"2024-03-01T10:15:00Z"_qs;
    QTest::newRow("space separated") << u"2024-03-01 10:15:00"_qs << u"2024-03-01T10:15:00"_qs;
    QTest::newRow("12-hour") << u"03/01/2024 10:15:00 PM"_qs << u"2024-03-01T22:15:00"_qs;
    QTest::newRow("words") << u"January 5, 2024"_qs << u"2024-01-05"_qs;
    QTest::newRow("short month") << u"Jan 5, 2024"_qs << u"2024-01-05"_qs;
    QTest::newRow("compact") << u"20240105"_qs << u"2024-01-05"_qs;
    QTest::newRow("garbage") << u"next Tuesday"_qs << QString();
    QTest::newRow("impossible date") << u"02-30-2024 10:00:00"_qs << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestCaseStatusParser::dates()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QCOMPARE(CaseStatusParser::isoDate(text), iso);
}

void TestCaseStatusParser::plainText()
{
    QCOMPARE(CaseStatusParser::plainText(
                 u"On <b>May 1</b>, we sent it.<br/>Go to <a href=\"x\">this&nbsp;page</a> &amp; check."_qs),
             u"On May 1, we sent it. Go to this page & check."_qs);
}

QTEST_GUILESS_MAIN(TestCaseStatusParser)
#include "tst_casestatusparser.moc"
