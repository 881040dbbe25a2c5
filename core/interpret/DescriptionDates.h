#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace cw {

// The dates a USCIS description carries, by what they mean: "The interview will take place on
// March 5, 2026", "Please submit the requested evidence by May 1, 2026", "a más tardar el 5 de
// marzo de 2026". English and Spanish; HTML is tolerated.
class DescriptionDates final
{
public:
    enum class Kind { Event, Interview, ResponseDue, Appointment };

    struct Found
    {
        Kind kind;
        QDate date;
    };

    static QList<Found> extract(const QString &description);
    // The first date of one kind, or an invalid date.
    static QDate first(const QString &description, Kind kind);
    static QString kindId(Kind kind);
};

} // namespace cw
