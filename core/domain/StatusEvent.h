#pragma once

#include <QMetaType>
#include <QString>

namespace cw {

// What kind of change a recorded status event is. Stored as its id (status_events.kind).
enum class EventKind {
    None, // nothing changed (no event)
    Initial, // the first answer for a case
    StatusChanged, // a new status
    DateOnly, // the same status, a new date
    Recategorized, // the same status, read differently (a firm rule changed)
};

QString eventKindId(EventKind kind);
EventKind eventKindFromId(const QString &id);
// Whether an event of this kind is news for a person (alerts, webhooks, letters).
inline bool eventKindAlerts(EventKind kind)
{
    return kind == EventKind::StatusChanged || kind == EventKind::Recategorized;
}

struct StatusEventInfo
{
    qint64 eventId = 0;
    qint64 caseId = 0;
    QString receipt;
    EventKind kind = EventKind::None;
    QString previousCategory;
    QString category;
    QString statusEn;
    QString statusEs;
    QString occurredAt; // ISO 8601 UTC
};

} // namespace cw

Q_DECLARE_METATYPE(cw::StatusEventInfo)
