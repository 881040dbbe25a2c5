// Client updates: letters from templates in the client's language, the firm's templates checked
// when saved, Spanish letters never silently mixed with English, "sent" recorded once, .eml files
// an email program reads, and digests that cover exactly the changes since a date.
#include "TestSupport.h"

#include "domain/StatusCategory.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/ObservationStore.h"
#include "storage/ProfileStore.h"
#include "storage/SqlValues.h"
#include "updates/ClientUpdates.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QTest>
#include <QUrlQuery>

using namespace cw;

namespace {

struct Firm
{
    test::TempDatabase t;
    qint64 maria = 0; // Spanish
    qint64 john = 0; // English
    qint64 mariaCase = 0;
    qint64 johnCase = 0;

    Firm()
    {
        Profile m = test::profile(ProfileKind::Applicant, u"María López"_qs);
        m.language = u"es"_qs;
        m.email = u"maria@example.com"_qs;
        maria = ProfileStore(*t.db).add(m)->id;
        john = ProfileStore(*t.db).add(test::profile(ProfileKind::Applicant, u"John Smith"_qs))->id;
        mariaCase = CaseStore(*t.db).add(maria, {ReceiptNumber::parse(u"EAC9999103403").value(), u"I-485"_qs, {}})->id;
        johnCase = CaseStore(*t.db).add(john, {ReceiptNumber::parse(u"LIN9999106498").value(), u"N-400"_qs, {}})->id;
    }
    void record(qint64 caseId, const QString &en, const QString &es, const QString &category, const QString &modified)
    {
        CaseSnapshot s;
        s.statusEn = en;
        s.statusEs = es;
        s.category = category;
        s.modifiedDate = modified;
        QVERIFY(ObservationStore(*t.db).recordSnapshot(caseId, u"demo"_qs, 200, "{}", s));
    }
};

// Subject and body of an .eml, headers unfolded and RFC 2047 words decoded.
QHash<QString, QString> parseEml(const QByteArray &eml, QByteArray *body)
{
    const qsizetype split = eml.indexOf("\r\n\r\n");
    QByteArray head = eml.left(split);
    head.replace("\r\n ", " "); // unfold
    QHash<QString, QString> headers;
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray l = line.trimmed();
        const qsizetype colon = l.indexOf(':');
        QString value = QString::fromLatin1(l.mid(colon + 1).trimmed());
        static const QRegularExpression kWord(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]+)\\?=(?:\\s+(?==\\?))?"));
        QString decoded;
        qsizetype from = 0;
        for (auto it = kWord.globalMatch(value); it.hasNext();) {
            const auto m = it.next();
            decoded += value.mid(from, m.capturedStart() - from);
            decoded += QString::fromUtf8(QByteArray::fromBase64(m.captured(1).toLatin1()));
            from = m.capturedEnd();
        }
        headers.insert(QString::fromLatin1(l.left(colon)).toLower(), decoded + value.mid(from));
    }
    *body = QByteArray::fromBase64(eml.mid(split + 4).replace("\r\n", ""));
    return headers;
}

} // namespace

class TestClientUpdates final : public QObject
{
    Q_OBJECT

private slots:
    void everyCategoryRendersInBothLanguages();
    void templatesAreCheckedWhenSaved();
    void spanishWithoutUscisSpanishIsFlagged();
    void sentIsRecordedOnce();
    void toSendListsAlertingChangesSinceUpdatesBegan();
    void emlIsAnRfc5322MessageInUtf8();
    void digestCoversExactlyTheChangesSince();
};

void TestClientUpdates::everyCategoryRendersInBothLanguages()
{
    Firm f;
    ClientUpdates updates(*f.t.db);
    for (const CategoryTraits &c : categories::all()) {
        const QString category = QString::fromLatin1(c.id);
        QVERIFY(execSql(*f.t.db,
                        u"UPDATE cases SET category = ?, status_en = 'Some Status', status_es = 'Algún Estado', "
                        "modified_date = '2026-11-03' WHERE id = ?"_qs,
                        {category, f.mariaCase}));
        for (const QString &lang : {u"en"_qs, u"es"_qs}) {
            auto d = updates.draft(f.mariaCase, lang);
            QVERIFY2(d, qPrintable(category));
            QVERIFY2(!d->subject.contains(u'{') && !d->body.contains(u'{') && !d->body.contains(u'}'),
                     qPrintable(category + u' ' + lang + u'\n' + d->body));
            QVERIFY(d->body.contains(u"María López"_qs));
            QVERIFY(d->body.contains(MessageTemplates::nextSteps(category, lang)));
            QVERIFY(d->body.contains(lang == u"es" ? u"3 nov 2026"_qs : u"Nov 3, 2026"_qs)); // the month spelled out
            QCOMPARE(d->language, lang);
        }
    }
    // The client's own language when none is asked for.
    QCOMPARE(updates.draft(f.mariaCase)->language, u"es"_qs);
    QCOMPARE(updates.draft(f.johnCase)->language, u"en"_qs);
}

void TestClientUpdates::templatesAreCheckedWhenSaved()
{
    Firm f;
    ClientUpdates updates(*f.t.db);
    const MessageTemplate es{u"Su caso {receipt_number}"_qs, u"Hola {client_name}: {status}."_qs};
    auto bad = updates.saveTemplates(u"APPROVED"_qs, {u"Your case"_qs, u"Hello {client_nmae}, {status}."_qs}, es);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, u"template.unknown_placeholder"_qs);
    QVERIFY2(bad.error().message.contains(u"{client_nmae}"_qs), qPrintable(bad.error().message));
    auto missing =
        updates.saveTemplates(u"APPROVED"_qs, {u"Your case"_qs, u"Hello {client_name}"_qs}, {u"Su caso"_qs, u" "_qs});
    QCOMPARE(missing.error().code, u"template.missing_translation"_qs);
    QCOMPARE(updates.saveTemplates(u"APPROVED"_qs, {u"Case"_qs, u"A { brace"_qs}, es).error().code,
             u"template.bad_brace"_qs);
    QVERIFY(!updates.hasFirmTemplate(u"APPROVED"_qs).value());

    QVERIFY(updates.saveTemplates(u"APPROVED"_qs, {u"Approved: {receipt_number}"_qs, u"Great news, {client_name}!"_qs},
                                  es));
    QVERIFY(updates.hasFirmTemplate(u"APPROVED"_qs).value());
    f.record(f.johnCase, u"Case Was Approved"_qs, u"Caso Fue Aprobado"_qs, u"APPROVED"_qs, u"2026-11-03"_qs);
    // Another desktop (another connection to the same database) writes with the firm's template.
    auto other = Database::openSqlite(f.t.path());
    QVERIFY(other);
    auto d = ClientUpdates(*other.value()).draft(f.johnCase);
    QCOMPARE(d->subject, u"Approved: LIN9999106498"_qs);
    QCOMPARE(d->body, u"Great news, John Smith!"_qs);
    QCOMPARE(AuditLog::recent(*f.t.db, 1)->first().action, u"template.save"_qs);
    QVERIFY(updates.resetTemplates(u"APPROVED"_qs));
    QVERIFY(updates.draft(f.johnCase)->body.startsWith(u"Dear John Smith,"_qs));
}

void TestClientUpdates::spanishWithoutUscisSpanishIsFlagged()
{
    Firm f;
    ClientUpdates updates(*f.t.db);
    f.record(f.mariaCase, u"Case Was Approved"_qs, QString(), u"APPROVED"_qs, u"2026-11-03"_qs);
    auto d = updates.draft(f.mariaCase);
    QVERIFY(d->spanishFallback);
    QVERIFY(!d->body.contains(u"Case Was Approved"_qs)); // never English inside a Spanish letter
    QVERIFY(d->body.contains(ClientUpdates::categoryWords(u"APPROVED"_qs, u"es"_qs)));
    QVERIFY(d->body.contains(u"USCIS no publicó este estado en español"_qs)); // the client is told so
    QVERIFY(!updates.draft(f.mariaCase, u"en"_qs)->spanishFallback);
    QVERIFY(!updates.draft(f.mariaCase, u"en"_qs)->body.contains(u"español"_qs));
    f.record(f.mariaCase, u"Card Was Mailed To Me"_qs, u"Tarjeta Fue Enviada Por Correo"_qs, u"CARD_MAILED"_qs,
             u"2026-11-20"_qs);
    d = updates.draft(f.mariaCase);
    QVERIFY(!d->spanishFallback);
    QVERIFY(d->body.contains(u"Tarjeta Fue Enviada Por Correo"_qs));
    QVERIFY(!d->body.contains(u"no publicó"_qs));
}

void TestClientUpdates::sentIsRecordedOnce()
{
    Firm f;
    ClientUpdates updates(*f.t.db);
    auto stored = updates.save(updates.draft(f.johnCase).value());
    QVERIFY(stored);
    QVERIFY(stored->id > 0);
    QCOMPARE(updates.markSent(stored->id).value(), true);
    QCOMPARE(updates.markSent(stored->id).value(), false);
    auto q = execSql(*f.t.db, u"SELECT count(*) FROM audit_log WHERE action = 'client_update.sent'"_qs);
    QVERIFY(q && q.value().next());
    QCOMPARE(q.value().value(0).toInt(), 1);
    auto row = execSql(*f.t.db, u"SELECT sent_at, sent_by FROM client_updates WHERE id = ?"_qs, {stored->id});
    QVERIFY(row && row.value().next());
    QVERIFY(!row.value().value(0).toString().isEmpty());
    QCOMPARE(row.value().value(1).toString(), AuditLog::currentActor());
}

void TestClientUpdates::toSendListsAlertingChangesSinceUpdatesBegan()
{
    Firm f;
    ClientUpdates updates(*f.t.db);
    f.record(f.johnCase, u"Case Was Received"_qs, {}, u"RECEIVED"_qs, u"2026-10-01"_qs);
    f.record(f.johnCase, u"Request for Additional Evidence Was Sent"_qs, {}, u"RFE_ISSUED"_qs, u"2026-10-20"_qs);
    const QStringList alerting = categories::alertingByDefault();
    QCOMPARE(updates.toSend(alerting)->size(), 0); // what happened before updates began is not drafted
    f.record(f.johnCase, u"Response To USCIS' Request For Evidence Was Received"_qs, {}, u"RFE_RECEIVED"_qs,
             u"2026-11-01"_qs);
    f.record(f.johnCase, u"Case Was Approved"_qs, {}, u"APPROVED"_qs, u"2026-11-20"_qs);
    auto pending = updates.toSend(alerting);
    QCOMPARE(pending->size(), 1); // the approval alerts; the response received does not
    QCOMPARE(pending->first().category, u"APPROVED"_qs);
    QVERIFY(pending->first().statusEventId > 0);
    auto stored = updates.save(pending->first());
    QCOMPARE(updates.toSend(alerting)->size(), 1); // saved, not sent: still to send
    QCOMPARE(updates.toSend(alerting)->first().id, stored->id);
    QVERIFY(updates.markSent(stored->id).value());
    QCOMPARE(updates.toSend(alerting)->size(), 0);
}

void TestClientUpdates::emlIsAnRfc5322MessageInUtf8()
{
    const EmailMessage m{u"María López"_qs, u"maria@example.com"_qs,
                         u"Novedades sobre su caso EAC9999103403 (I-485) — aprobación"_qs,
                         u"Estimada María:\n\nSu caso fue aprobado. ¡Enhorabuena!\n\nAtentamente,"_qs};
    const QByteArray eml = m.eml(QDateTime(QDate(2026, 12, 1), QTime(9, 30), QTimeZone(-5 * 3600)));
    for (const QByteArray &line : eml.split('\n')) {
        QVERIFY2(line.size() <= 79, line.constData()); // 78 + CR
        for (char c : line)
            QVERIFY2(uchar(c) < 0x80, "8-bit byte in a 7-bit message");
    }
    QByteArray body;
    const auto h = parseEml(eml, &body);
    QCOMPARE(h.value(u"subject"_qs), m.subject);
    QCOMPARE(h.value(u"to"_qs), u"María López <maria@example.com>"_qs);
    QCOMPARE(h.value(u"date"_qs), u"Tue, 01 Dec 2026 09:30:00 -0500"_qs);
    QCOMPARE(h.value(u"mime-version"_qs), u"1.0"_qs);
    QCOMPARE(h.value(u"content-type"_qs), u"text/plain; charset=UTF-8"_qs);
    QCOMPARE(QString::fromUtf8(body), QString(m.body).replace(u'\n', u"\r\n"_qs));
    QVERIFY(h.contains(u"x-unsent"_qs));

    // A comma or a quote in a plain-ASCII name stays inside one quoted name; a character outside the
    // Basic Multilingual Plane is never split between two encoded words.
    const EmailMessage comma{
        u"Smith, \"Johnny\" John"_qs, u"john@example.com"_qs,
        u"Caso aprobado \U0001F389\U0001F389\U0001F389\U0001F389\U0001F389\U0001F389\U0001F389\U0001F389 ¡felicidades!"_qs,
        u"x"_qs};
    QByteArray ignored;
    const auto h2 = parseEml(comma.eml(), &ignored);
    QCOMPARE(h2.value(u"to"_qs), u"\"Smith, \\\"Johnny\\\" John\" <john@example.com>"_qs);
    QCOMPARE(h2.value(u"subject"_qs), comma.subject);
    // An address that would break the header is left out rather than written.
    const EmailMessage injected{u"Ana"_qs, u"ana@example.com\r\nBcc: x@example.com"_qs, u"Hi"_qs, u"x"_qs};
    QVERIFY(!injected.eml().contains("Bcc"));

    const QUrl mailto = m.mailto();
    QCOMPARE(mailto.scheme(), u"mailto"_qs);
    QCOMPARE(mailto.path(), u"maria@example.com"_qs);
    const QUrlQuery query(mailto);
    QCOMPARE(query.queryItemValue(u"subject"_qs, QUrl::FullyDecoded), m.subject);
    QCOMPARE(query.queryItemValue(u"body"_qs, QUrl::FullyDecoded), QString(m.body).replace(u'\n', u"\r\n"_qs));
}

void TestClientUpdates::digestCoversExactlyTheChangesSince()
{
    Firm f;
    f.record(f.johnCase, u"Case Was Received"_qs, {}, u"RECEIVED"_qs, u"2026-10-01"_qs);
    f.record(f.johnCase, u"Interview Was Scheduled"_qs, {}, u"INTERVIEW_SCHEDULED"_qs, u"2026-10-15"_qs);
    f.record(f.johnCase, u"Interview Was Completed"_qs, {}, u"INTERVIEW_COMPLETED"_qs, u"2026-11-10"_qs);
    f.record(f.mariaCase, u"Case Was Received"_qs, u"Caso Fue Recibido"_qs, u"RECEIVED"_qs, u"2026-10-01"_qs);
    f.record(f.mariaCase, u"Case Was Approved"_qs, u"Caso Fue Aprobado"_qs, u"APPROVED"_qs, u"2026-11-20"_qs);
    // When CaseWatch saw each change: the interview scheduled in October, the rest in November.
    QVERIFY(execSql(
        *f.t.db,
        u"UPDATE status_events SET occurred_at = '2026-10-16T12:00:00.000Z' WHERE status_en = 'Interview Was Scheduled'"_qs));
    QVERIFY(execSql(
        *f.t.db,
        u"UPDATE status_events SET occurred_at = '2026-11-21T12:00:00.000Z' WHERE status_en <> 'Interview Was Scheduled'"_qs));
    auto digest = ClientUpdates(*f.t.db).digest(QDate(2026, 11, 1));
    QVERIFY(digest);
    QCOMPARE(digest->size(), 2);
    const ClientUpdate &john = digest->at(0).clientName == u"John Smith" ? digest->at(0) : digest->at(1);
    const ClientUpdate &maria = digest->at(0).clientName == u"John Smith" ? digest->at(1) : digest->at(0);
    QCOMPARE(john.changes, 1);
    QVERIFY(john.body.contains(u"Interview Was Completed (Nov 10, 2026)"_qs));
    QVERIFY(!john.body.contains(u"Interview Was Scheduled"_qs));
    QVERIFY(john.subject.contains(u"Nov 1, 2026"_qs));
    QCOMPARE(maria.language, u"es"_qs);
    QCOMPARE(maria.changes, 1);
    QVERIFY(maria.body.contains(u"Caso Fue Aprobado (20 nov 2026)"_qs));
    QVERIFY(maria.subject.contains(u"1 nov 2026"_qs));
    // From October on: the scheduled interview too; from December: nothing.
    QCOMPARE(ClientUpdates(*f.t.db).digest(QDate(2026, 10, 1))->at(0).changes
                 + ClientUpdates(*f.t.db).digest(QDate(2026, 10, 1))->at(1).changes,
             3);
    QCOMPARE(ClientUpdates(*f.t.db).digest(QDate(2026, 12, 1))->size(), 0);
}

QTEST_GUILESS_MAIN(TestClientUpdates)
#include "tst_clientupdates.moc"
