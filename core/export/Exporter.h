#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>

namespace cw {

class Database;

// The firm's data for other programs: cases with their current status as CSV (spreadsheets),
// cases with histories and deadlines as JSON, and deadlines and appointments as an iCalendar file
// (RFC 5545) that Outlook and Google Calendar import.
class Exporter final
{
public:
    static QStringList csvColumns();
    static Result<QByteArray> casesCsv(const Database &db);
    static Result<QByteArray> casesJson(const Database &db);
    static Result<QByteArray> deadlinesIcs(const Database &db, const QDateTime &nowUtc);

    static QByteArray foldIcsLine(const QByteArray &line); // 75 octets a line, continuation with a space
    static QString escapeIcsText(const QString &text);
};

} // namespace cw
