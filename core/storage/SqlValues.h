#pragma once

#include <QDateTime>
#include <QList>
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

// A value as both engines take it: a null QString would be bound as SQL NULL where the schema
// wants '' for "empty"; flags are INTEGER columns (PostgreSQL will not take "true" there).
inline QVariant forBinding(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? 1 : 0;
    return value;
}

// Runs `run(chunk, marks)` for each run of at most 500 ids ("?,?,…" in `marks`): well under every
// engine's limit on bound values. Stops at the first error.
template<typename Run>
auto forIdChunks(const QList<qint64> &ids, Run run) -> decltype(run(ids, QString()))
{
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QList<qint64> chunk = ids.mid(from, kChunk);
        QString marks = QStringLiteral("?");
        marks += QStringLiteral(",?").repeated(chunk.size() - 1);
        if (auto done = run(chunk, marks); !done)
            return done;
    }
    return {};
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
