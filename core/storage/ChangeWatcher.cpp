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

ChangeWatcher::Fingerprint ChangeWatcher::fingerprint() const
{
    auto q = execSql(m_db, QStringLiteral("SELECT (SELECT COALESCE(MAX(id), 0) FROM status_events), "
                                          "(SELECT COALESCE(MAX(last_checked_at), '') FROM cases), "
                                          "(SELECT count(*) FROM cases), "
                                          "(SELECT COALESCE(MAX(id), 0) FROM audit_log)"));
    if (!q || !q.value().next())
        return m_last; // unreachable for a moment: nothing to report
    const QSqlQuery &row = q.value();
    return {row.value(0).toString(), row.value(1).toString(), row.value(2).toString(), row.value(3).toString()};
}

void ChangeWatcher::check()
{
    const Fingerprint now = fingerprint();
    if (now == m_last)
        return;
    const Fingerprint before = std::exchange(m_last, now);
    if (now.caseCount != before.caseCount || now.newestEdit != before.newestEdit) {
        emit changed();
        return;
    }
    // The cases checked since the last look (an event always comes with a check).
    auto q = execSql(m_db, QStringLiteral("SELECT id FROM cases WHERE last_checked_at > ?"), {before.newestCheck});
    if (!q) {
        emit changed();
        return;
    }
    QList<qint64> ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    if (ids.isEmpty())
        emit changed(); // something moved that the checks do not show: read everything
    else
        emit casesChanged(ids);
}

} // namespace cw
