#pragma once

#include "i18n/Translations.h"

#include <QDate>
#include <QDateTime>
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
    return readableDate(date, Translations::localeFor(language));
}

// A moment a person reads: the date as above, then the time ("Mar 3, 2027, 9:30 AM"; "3 mar 2027, 9:30").
inline QString readableDateTime(const QDateTime &when, const QLocale &locale = QLocale())
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    return QStringLiteral("%1, %2").arg(readableDate(local.date(), locale),
                                        locale.toString(local.time(), QLocale::ShortFormat));
}

} // namespace cw
