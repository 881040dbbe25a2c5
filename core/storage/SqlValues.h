#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace cw::sql {

// Timestamps are stored as ISO 8601 UTC text with milliseconds: they sort as text on both engines.
inline QString timestamp(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

inline QString now()
{
    return timestamp(QDateTime::currentDateTimeUtc());
}

inline QDateTime toDateTime(const QVariant &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt;
}

} // namespace cw::sql
