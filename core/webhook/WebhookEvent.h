#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cw {

// The JSON a firm's webhook receives (the fields of the case-tracking webhook the product was
// specified from): `event_id`, `event_type`, `occurred_at`, `receipt_number`, `status_category`,
// `status_text`, `previous_category` and `metadata`. New optional fields may be added; none is
// ever renamed.
struct WebhookEvent
{
    QString eventId; // a UUID, fixed when the event is queued
    QString eventType;
    QDateTime occurredAt;
    QString receiptNumber;
    QString statusCategory;
    QString statusText; // English, as USCIS wrote it
    QString previousCategory; // empty: none (sent as null)
    QJsonObject metadata;

    QByteArray toJson() const;
    // A signed sample the firm's IT can send from Settings to check its receiver.
    static WebhookEvent sample(const QDateTime &now);
    static QString newEventId();
};

} // namespace cw
