#include "TestSupport.h"

#include "export/Exporter.h"
#include "interpret/AnswerInterpreter.h"
#include "storage/CaseStore.h"
#include "storage/DeadlineStore.h"
#include "storage/ObservationStore.h"
#include "storage/ProfileStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace cw;

namespace {

const QDate kToday(2026, 6, 1);

CaseSnapshot rfe(const QString &description)
{
    CaseSnapshot s;
    s.formType = u"I-485"_qs;
    s.statusEn = u"Request for Additional Evidence Was Sent"_qs;
    s.statusEs = u"Se Envió Solicitud de Evidencia Adicional"_qs;
    s.category = u"RFE_ISSUED"_qs;
    s.modifiedDate = u"2026-02-01T10:00:00"_qs;
    s.descriptionEn = description;
    return s;
}

// Unfolds an iCalendar text into its logical lines (RFC 5545 §3.1).
QStringList icsLines(const QByteArray &ics)
{
    QStringList out;
    for (const QByteArray &raw : ics.split('\n')) {
        QByteArray line = raw;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith(' ') && !out.isEmpty())
            out.last() += QString::fromUtf8(line.mid(1));
        else if (!line.isEmpty())
            out << QString::fromUtf8(line);
    }
    return out;
}

} // namespace

class TestExporter final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void deadlinesComeFromTheDescriptionOrTheDefault();
    void remindersComeOncePerThreshold();
    void csvHasTheExpectedColumns();
    void icsParsesBack();
    void icsReExportUpdatesTheSameEvent();
    void jsonCarriesHistoryAndDeadlines();

private:
    std::unique_ptr<test::TempDatabase> m_t;
    qint64 m_withDate = 0;
    qint64 m_withoutDate = 0;
};

void TestExporter::init()
{
    m_t = std::make_unique<test::TempDatabase>();
    const qint64 p = ProfileStore(*m_t->db).add(test::profile(ProfileKind::Applicant, u"María López, \"Mary\""_qs))->id;
    m_withDate =
        CaseStore(*m_t->db).add(p, {ReceiptNumber::parse(u"EAC9999103403").value(), u"I-485"_qs, u"=SUM(A1)"_qs})->id;
    m_withoutDate = CaseStore(*m_t->db).add(p, {ReceiptNumber::parse(u"LIN9999106498").value(), {}, {}})->id;
    ObservationStore observations(*m_t->db);
    const CaseSnapshot first =
        rfe(u"On February 1, 2026, we sent a request. Please submit the requested evidence by April 28, 2026."_qs);
    QVERIFY(observations.recordSnapshot(m_withDate, u"demo"_qs, 200, "{}", first,
                                        AnswerInterpreter::deadlines(first, kToday, {})));
    CaseSnapshot later = rfe(u"We sent a request for evidence."_qs);
    later.modifiedDate = u"2026-05-01T10:00:00"_qs;
    QVERIFY(observations.recordSnapshot(m_withoutDate, u"demo"_qs, 200, "{}", later,
                                        AnswerInterpreter::deadlines(later, kToday, {})));
}

void TestExporter::cleanup()
{
    m_t.reset();
}

void TestExporter::deadlinesComeFromTheDescriptionOrTheDefault()
{
    auto all = DeadlineStore(*m_t->db).list();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).receipt, u"EAC9999103403"_qs);
    QCOMPARE(all->at(0).due, QDate(2026, 4, 28));
    QCOMPARE(all->at(0).source, u"uscis"_qs);
    QCOMPARE(all->at(1).due, QDate(2026, 5, 1).addDays(87)); // counted from USCIS's date
    QCOMPARE(all->at(1).source, u"default"_qs);
    // The same answer again sets nothing new.
    CaseSnapshot again = rfe(u"We sent a request for evidence."_qs);
    again.modifiedDate = u"2026-05-01T10:00:00"_qs;
    QVERIFY(ObservationStore(*m_t->db).recordSnapshot(m_withoutDate, u"demo"_qs, 200, "{}", again,
                                                      AnswerInterpreter::deadlines(again, kToday, {})));
    QCOMPARE(DeadlineStore(*m_t->db).list()->size(), 2);
}

void TestExporter::remindersComeOncePerThreshold()
{
    DeadlineStore store(*m_t->db);
    const DeadlinePolicy policy;
    QCOMPARE(store.takeReminders(QDate(2026, 4, 1), policy)->size(), 0); // 27 days before
    QCOMPARE(store.takeReminders(QDate(2026, 4, 14), policy)->size(), 1); // 14 days before
    QCOMPARE(store.takeReminders(QDate(2026, 4, 15), policy)->size(), 0); // already reminded at 14
    auto three = store.takeReminders(QDate(2026, 4, 26), policy); // 2 days before: the 3-day one
    QCOMPARE(three->size(), 1);
    QCOMPARE(three->first().remindedDaysBefore, 3);
    QCOMPARE(store.takeReminders(QDate(2026, 4, 27), policy)->size(), 0);
    QCOMPARE(store.takeReminders(QDate(2026, 5, 1), policy)->size(), 0); // overdue: shown, not reminded
}

void TestExporter::csvHasTheExpectedColumns()
{
    auto csv = Exporter::casesCsv(*m_t->db);
    QVERIFY(csv);
    QVERIFY(csv->startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv->mid(3).split('\n');
    QCOMPARE(QString::fromUtf8(lines[0]).trimmed().split(u','), Exporter::csvColumns());
    const QString first = QString::fromUtf8(lines[1]);
    QVERIFY(first.startsWith(u"EAC9999103403,\"María López, \"\"Mary\"\"\",applicant,I-485,'=SUM(A1),RFE_ISSUED,"));
    QVERIFY(first.contains(u"2026-04-28"));
    QCOMPARE(lines.size(), 4); // header, two cases, and the final line break
}

void TestExporter::icsParsesBack()
{
    auto ics = Exporter::deadlinesIcs(*m_t->db, QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc()));
    QVERIFY(ics);
    for (const QByteArray &raw : ics->split('\n')) {
        QVERIFY(raw.isEmpty() || raw.endsWith('\r')); // CRLF everywhere
        QVERIFY(raw.size() <= 76); // 75 octets + CR
    }
    const QStringList lines = icsLines(ics.value());
    QCOMPARE(lines.first(), u"BEGIN:VCALENDAR"_qs);
    QCOMPARE(lines.last(), u"END:VCALENDAR"_qs);
    QVERIFY(lines.contains(u"VERSION:2.0"_qs));
    QVERIFY(lines.contains(u"METHOD:PUBLISH"_qs));
    QCOMPARE(lines.count(u"BEGIN:VEVENT"_qs), 2);
    QCOMPARE(lines.count(u"END:VEVENT"_qs), 2);
    QVERIFY(lines.contains(u"DTSTART;VALUE=DATE:20260428"_qs));
    QVERIFY(lines.contains(u"DTEND;VALUE=DATE:20260429"_qs));
    QVERIFY(lines.contains(u"DTSTAMP:20260301T090000Z"_qs));
    QStringList uids;
    for (const QString &l : lines) {
        if (l.startsWith(u"UID:"))
            uids << l;
        if (l.startsWith(u"SUMMARY:"))
            QVERIFY2(l.contains(u"María López\\, \"Mary\""), qPrintable(l)); // commas escaped
    }
    QCOMPARE(uids.size(), 2);
    QVERIFY(uids[0] != uids[1]);
    // A long line is folded and unfolds to the same text.
    const QByteArray longLine = QByteArray("SUMMARY:") + QString(u"é"_qs).repeated(80).toUtf8();
    const QByteArray folded = Exporter::foldIcsLine(longLine);
    QCOMPARE(icsLines(folded).first().toUtf8(), longLine);
}

// A calendar that imported an earlier file must update its event, not add a second one: the same
// UID, a higher SEQUENCE; a closed deadline comes back as cancelled.
void TestExporter::icsReExportUpdatesTheSameEvent()
{
    const QDateTime now(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());
    const auto eventOf = [](const QByteArray &ics, const QString &receipt) {
        QHash<QString, QString> fields;
        QHash<QString, QString> current;
        for (const QString &l : icsLines(ics)) {
            if (l == u"BEGIN:VEVENT")
                current.clear();
            const qsizetype colon = l.indexOf(u':');
            current.insert(l.left(colon), l.mid(colon + 1));
            if (l == u"END:VEVENT" && current.value(u"SUMMARY"_qs).contains(receipt)
                && current.value(u"UID"_qs).startsWith(u"casewatch-deadline-")) // not a task of the case
                fields = current;
        }
        return fields;
    };
    const auto first = eventOf(Exporter::deadlinesIcs(*m_t->db, now).value(), u"EAC9999103403"_qs);
    QVERIFY(!first.isEmpty());
    QCOMPARE(first.value(u"STATUS"_qs), u"CONFIRMED"_qs);
    const int sequence = first.value(u"SEQUENCE"_qs).toInt();

    // The response is received: the deadline is met (closed by that status event).
    CaseSnapshot received = rfe(u"On March 20, 2026, we received your response."_qs);
    received.statusEn = u"Response To USCIS' Request For Evidence Was Received"_qs;
    received.category = u"RFE_RECEIVED"_qs;
    QVERIFY(ObservationStore(*m_t->db).recordSnapshot(m_withDate, u"demo"_qs, 200, "{}", received,
                                                      AnswerInterpreter::deadlines(received, kToday, {})));
    const auto second = eventOf(Exporter::deadlinesIcs(*m_t->db, now).value(), u"EAC9999103403"_qs);
    QCOMPARE(second.value(u"UID"_qs), first.value(u"UID"_qs));
    QVERIFY(second.value(u"SEQUENCE"_qs).toInt() > sequence);
    QCOMPARE(second.value(u"STATUS"_qs), u"CANCELLED"_qs);

    // Opened again by hand: the same event again, confirmed, with a still higher sequence.
    const qint64 id = DeadlineStore(*m_t->db).forCase(m_withDate)->first().id;
    QVERIFY(DeadlineStore(*m_t->db).setDone(id, false));
    const auto third = eventOf(Exporter::deadlinesIcs(*m_t->db, now).value(), u"EAC9999103403"_qs);
    QCOMPARE(third.value(u"UID"_qs), first.value(u"UID"_qs));
    QVERIFY(third.value(u"SEQUENCE"_qs).toInt() > second.value(u"SEQUENCE"_qs).toInt());
    QCOMPARE(third.value(u"STATUS"_qs), u"CONFIRMED"_qs);
}

void TestExporter::jsonCarriesHistoryAndDeadlines()
{
    auto json = Exporter::casesJson(*m_t->db);
    QVERIFY(json);
    const QJsonArray all = QJsonDocument::fromJson(json.value()).array();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0][u"receipt_number"].toString(), u"EAC9999103403"_qs);
    QCOMPARE(all[0][u"category"].toString(), u"RFE_ISSUED"_qs);
    QCOMPARE(all[0][u"deadlines"][0][u"date"].toString(), u"2026-04-28"_qs);
    QVERIFY(all[0][u"history"].isArray());
}

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
