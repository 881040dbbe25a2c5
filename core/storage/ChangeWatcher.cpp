#include "storage/ChangeWatcher.h"

#include "storage/Database.h"

namespace cw {

ChangeWatcher::ChangeWatcher(const Database &db, int intervalMs, QObject *parent) : QObject(parent), m_db(db)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::check);
}

void ChangeWatcher::start()
{
    m_last = fingerprint();
    m_timer.start();
}

QString ChangeWatcher::fingerprint() const
{
    auto q = execSql(m_db, QStringLiteral("SELECT (SELECT COALESCE(MAX(id), 0) FROM status_events), "
                                          "(SELECT COALESCE(MAX(last_checked_at), '') FROM cases), "
                                          "(SELECT count(*) FROM cases)"));
    if (!q || !q.value().next())
        return m_last; // unreachable for a moment: nothing to report
    return q.value().value(0).toString() + u'|' + q.value().value(1).toString() + u'|' + q.value().value(2).toString();
}

void ChangeWatcher::check()
{
    const QString now = fingerprint();
    if (now == m_last)
        return;
    m_last = now;
    emit changed();
}

} // namespace cw
