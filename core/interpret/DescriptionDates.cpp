#include "interpret/DescriptionDates.h"

#include "normalize/StatusNormalizer.h"
#include "uscis/CaseStatusParser.h"

#include <QRegularExpression>

namespace cw {

namespace {

const char *const kSpanishMonths[] = {"enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
                                      "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};

QDate spanishDate(int day, const QString &month, int year)
{
    for (int m = 0; m < 12; ++m) {
        if (month == QLatin1String(kSpanishMonths[m]) || (m == 8 && month == u"setiembre"))
            return QDate(year, m + 1, day);
    }
    return {};
}

DescriptionDates::Kind classify(const QString &before)
{
    // The words just before a date say what it is; the nearest clue wins.
    static const QRegularExpression kDue(QStringLiteral(
        "(\\bby\\b|no later than|\\bdue\\b|deadline|respond|a mas tardar|antes del|fecha limite|plazo)[^.]{0,40}$"));
    static const QRegularExpression kInterview(QStringLiteral("(interview|entrevista)[^.]{0,80}$"));
    static const QRegularExpression kAppointment(
        QStringLiteral("(appointment|biometric|fingerprint|cita|biometric|huellas)[^.]{0,80}$"));
    if (kDue.match(before).hasMatch())
        return DescriptionDates::Kind::ResponseDue;
    if (kInterview.match(before).hasMatch())
        return DescriptionDates::Kind::Interview;
    if (kAppointment.match(before).hasMatch())
        return DescriptionDates::Kind::Appointment;
    return DescriptionDates::Kind::Event;
}

} // namespace

QString DescriptionDates::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Event:
        return QStringLiteral("event");
    case Kind::Interview:
        return QStringLiteral("interview");
    case Kind::ResponseDue:
        return QStringLiteral("response_due");
    case Kind::Appointment:
        return QStringLiteral("appointment");
    }
    return {};
}

QList<DescriptionDates::Found> DescriptionDates::extract(const QString &description)
{
    // Work on folded text (no accents, lower case) so both languages read alike.
    const QString text = StatusNormalizer::normalizedText(CaseStatusParser::plainText(description));
    static const QRegularExpression kEnglish(
        QStringLiteral("\\b(january|february|march|april|may|june|july|august|september|october|november|december) "
                       "(\\d{1,2}) (\\d{4})\\b"));
    static const QRegularExpression kSpanish(
        QStringLiteral("\\b(\\d{1,2}) de "
                       "(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
                       "diciembre) de (\\d{4})\\b"));
    static const QRegularExpression kNumeric(QStringLiteral("\\b(\\d{1,2}) (\\d{1,2}) (\\d{4})\\b"));

    struct Hit
    {
        qsizetype at;
        QDate date;
    };
    QList<Hit> hits;
    for (auto it = kEnglish.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QDate d = QLocale::c().toDate(m.captured(1) + u' ' + m.captured(2) + u' ' + m.captured(3),
                                            QStringLiteral("MMMM d yyyy"));
        hits.append({m.capturedStart(), d});
    }
    for (auto it = kSpanish.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        hits.append({m.capturedStart(), spanishDate(m.captured(1).toInt(), m.captured(2), m.captured(3).toInt())});
    }
    for (auto it = kNumeric.globalMatch(text); it.hasNext();) {
        const auto m = it.next(); // 05/01/2026 arrives as "05 01 2026" once punctuation is folded: US order
        hits.append({m.capturedStart(), QDate(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt())});
    }
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.at < b.at; });

    QList<Found> out;
    for (const Hit &h : std::as_const(hits)) {
        if (!h.date.isValid())
            continue;
        out.append(Found{classify(text.left(h.at)), h.date});
    }
    return out;
}

QDate DescriptionDates::first(const QString &description, Kind kind)
{
    for (const Found &f : extract(description)) {
        if (f.kind == kind)
            return f.date;
    }
    return {};
}

} // namespace cw
