#include "notify/NotificationRules.h"

#include "domain/StatusCategory.h"

#include "storage/Database.h"
#include "storage/ObservationStore.h"
#include "storage/SqlValues.h"

namespace cw {

QStringList NotificationRules::defaultCategories()
{
    return categories::alertingByDefault();
}

NotificationRules::NotificationRules(QStringList categories) : m_categories(std::move(categories)) { }

bool NotificationRules::alerts(const StatusEventInfo &event) const
{
    // A change USCIS made while we watched, or a status the firm (or a new CaseWatch) now reads
    // differently — not the first answer for a newly tracked case, and not a date that moved
    // under the same status.
    return eventKindAlerts(event.kind) && m_categories.contains(event.category);
}

Result<QList<StatusEventInfo>> NotificationRules::takePending(const Database &db, int limit) const
{
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto q = execSql(db,
                     QStringLiteral("SELECT %1 FROM status_events e JOIN cases c ON c.id = e.case_id "
                                    "WHERE e.notified_at = '' ORDER BY e.id LIMIT ?")
                         .arg(ObservationStore::eventColumns()),
                     {limit});
    if (!q)
        return q.error();
    QList<StatusEventInfo> alerting;
    QList<qint64> alerted;
    QList<qint64> passed;
    while (q.value().next()) {
        const StatusEventInfo e = ObservationStore::eventFromRow(q.value());
        if (alerts(e)) {
            alerting.append(e);
            alerted.append(e.eventId);
        } else {
            passed.append(e.eventId);
        }
    }
    const QString now = sql::now();
    for (const auto &[ids, mark] : {std::pair{alerted, now}, std::pair{passed, QStringLiteral("-")}}) {
        for (qint64 id : ids) {
            // Only an event nobody claimed yet: on a shared database another desktop may have.
            auto claimed = execSql(
                db, QStringLiteral("UPDATE status_events SET notified_at = ? WHERE id = ? AND notified_at = ''"),
                {mark, id});
            if (!claimed)
                return claimed.error();
            if (mark == now && claimed.value().numRowsAffected() == 0)
                alerting.removeIf([id](const StatusEventInfo &e) { return e.eventId == id; });
        }
    }
    if (Status c = tx.commit(); !c)
        return c.error();
    return alerting;
}

} // namespace cw
