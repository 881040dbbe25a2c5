#pragma once

#include "Result.h"
#include "domain/StatusEvent.h"

#include <QStringList>

namespace cw {

class Database;

// Which status changes alert the firm (by default: RFE issued, intent to deny, interview
// scheduled, approved, denied, rejected), and the guarantee of one alert per status event ever:
// an event is claimed in the database before anyone is told, so repeated polls, restarts — and
// other desktops on a shared database — never alert it twice.
class NotificationRules final
{
public:
    static QStringList defaultCategories();

    explicit NotificationRules(QStringList categories = defaultCategories());

    bool alerts(const StatusEventInfo &event) const;
    const QStringList &categories() const { return m_categories; }

    // Claims every event not yet considered: returns those that alert (oldest first) and marks
    // them notified; events that do not alert are marked as passed over.
    Result<QList<StatusEventInfo>> takePending(const Database &db, int limit = 1000) const;

private:
    QStringList m_categories;
};

} // namespace cw
