#include "domain/StatusEvent.h"

namespace cw {

QString eventKindId(EventKind kind)
{
    switch (kind) {
    case EventKind::Initial:
        return QStringLiteral("initial");
    case EventKind::StatusChanged:
        return QStringLiteral("status");
    case EventKind::DateOnly:
        return QStringLiteral("date_only");
    case EventKind::Recategorized:
        return QStringLiteral("recategorized");
    case EventKind::None:
        break;
    }
    return {};
}

EventKind eventKindFromId(const QString &id)
{
    for (EventKind k : {EventKind::Initial, EventKind::StatusChanged, EventKind::DateOnly, EventKind::Recategorized})
        if (eventKindId(k) == id)
            return k;
    return EventKind::None;
}

} // namespace cw
