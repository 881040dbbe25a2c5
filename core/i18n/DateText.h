#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace cw {

// A date a person reads, with the month spelled out so that no one reads 3/11 as March or November:
// "Mar 3, 2027" in English, "3 mar 2027" in Spanish. Machine formats (CSV, JSON) stay ISO 8601.
inline QString readableDate(const QDate &date, const QLocale &locale = QLocale())
{
    if (!date.isValid())
        return {};
    return locale.language() == QLocale::Spanish ? locale.toString(date, QStringLiteral("d MMM yyyy"))
                                                 : locale.toString(date, QStringLiteral("MMM d, yyyy"));
}

// The same for a language code of a client's letter ("en" or "es"), whatever the app's language.
inline QString readableDate(const QDate &date, const QString &language)
{
    return readableDate(date, QLocale(language == u"es" ? QStringLiteral("es_US") : QStringLiteral("en_US")));
}

} // namespace cw
