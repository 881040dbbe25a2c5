#include "webhook/WebhookEvent.h"

#include <QJsonDocument>
#include <QUuid>

namespace cw {

QByteArray WebhookEvent::toJson() const
{
    QJsonObject o{
        {QStringLiteral("event_id"), eventId},
        {QStringLiteral("event_type"), eventType},
        {QStringLiteral("occurred_at"), occurredAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("receipt_number"), receiptNumber},
        {QStringLiteral("status_category"), statusCategory},
        {QStringLiteral("status_text"), statusText},
        {QStringLiteral("previous_category"), previousCategory.isEmpty() ? QJsonValue() : QJsonValue(previousCategory)},
        {QStringLiteral("metadata"), metadata},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

WebhookEvent WebhookEvent::sample(const QDateTime &now)
{
    WebhookEvent e;
    e.eventId = newEventId();
    e.eventType = QStringLiteral("webhook.test");
    e.occurredAt = now;
    // A sandbox receipt: production never serves it, so a receiver cannot mistake it for a client's.
    e.receiptNumber = QStringLiteral("EAC9999103403");
    e.statusCategory = QStringLiteral("APPROVED");
    e.statusText = QStringLiteral("Case Was Approved");
    e.previousCategory = QStringLiteral("RFE_RECEIVED");
    e.metadata = QJsonObject{{QStringLiteral("test"), true}, {QStringLiteral("source"), QStringLiteral("casewatch")}};
    return e;
}

QString WebhookEvent::newEventId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace cw
