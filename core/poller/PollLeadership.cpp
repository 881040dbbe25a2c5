#include "poller/PollLeadership.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSysInfo>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace cw {

namespace {

QString thisUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

} // namespace

PollLeadership::PollLeadership(const Database &db, QString environment, Role role, int leaseSeconds)
    : m_db(db), m_environment(std::move(environment)), m_role(role), m_leaseSeconds(std::max(3, leaseSeconds)),
      m_holderId(newHolderId())
{
    const QString host = QSysInfo::machineHostName();
    const QString user = thisUser();
    if (m_role == Role::Daemon)
        m_label = tr("the polling server on %1").arg(host);
    else if (user.isEmpty())
        m_label = host;
    else
        m_label = tr("%1 on %2").arg(user, host);
}

QString PollLeadership::roleId(Role role)
{
    switch (role) {
    case Role::Daemon:
        return QStringLiteral("daemon");
    case Role::Once:
        return QStringLiteral("once");
    case Role::Desktop:
        break;
    }
    return QStringLiteral("desktop");
}

PollLeadership::Role PollLeadership::roleFromId(const QString &id)
{
    for (Role r : {Role::Daemon, Role::Once})
        if (roleId(r) == id)
            return r;
    return Role::Desktop;
}

QString PollLeadership::thisMachine()
{
    // The machine's own id (/etc/machine-id, the registry's MachineGuid, the hardware UUID): two
    // computers with the same host name are still two; without one, the host name.
    static const QString id = [] {
        const QByteArray unique = QSysInfo::machineUniqueId();
        return unique.isEmpty() ? QSysInfo::machineHostName() : QString::fromLatin1(unique.toHex().left(32));
    }();
    return id;
}

QString PollLeadership::newHolderId()
{
    return QStringLiteral("%1/%2/%3")
        .arg(thisMachine())
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0'));
}

bool PollLeadership::holderProcessGone(const QString &holderId)
{
    const QStringList parts = holderId.split(u'/');
    if (parts.size() != 3 || parts.at(0) != thisMachine())
        return false; // another computer's: only its lease tells
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
#if defined(Q_OS_UNIX)
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#elif defined(Q_OS_WIN)
    HANDLE process = OpenProcess(SYNCHRONIZE, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_INVALID_PARAMETER; // no such process
    const bool ended = WaitForSingleObject(process, 0) == WAIT_OBJECT_0;
    CloseHandle(process);
    return ended;
#else
    return false;
#endif
}

QString PollLeadership::nowSql() const
{
    // Seconds since the epoch by the database server's clock.
    return m_db.engine() == Database::Engine::PostgreSql ? QStringLiteral("EXTRACT(EPOCH FROM clock_timestamp())")
                                                         : QStringLiteral("((julianday('now') - 2440587.5) * 86400.0)");
}

Result<PollLeadership::Outcome> PollLeadership::tryLead()
{
    if (auto q = execSql(m_db,
                         QStringLiteral("INSERT INTO poll_leader (environment) VALUES (?) "
                                        "ON CONFLICT (environment) DO NOTHING"),
                         {m_environment});
        !q)
        return q.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const bool postgres = m_db.engine() == Database::Engine::PostgreSql;
    if (postgres) {
        // A desktop that went to sleep holding this row's lock must not hang every other poller:
        // give up this tick (and follow) after two seconds of waiting.
        if (auto t = execSql(m_db, QStringLiteral("SET LOCAL lock_timeout = '2s'")); !t)
            return t.error();
    }
    auto q = execSql(m_db,
                     QStringLiteral("SELECT holder, label, role, lease_until - %1, handoff_to FROM poll_leader "
                                    "WHERE environment = ?%2")
                         .arg(nowSql(), postgres ? QStringLiteral(" FOR UPDATE") : QString()),
                     {m_environment});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{QStringLiteral("poller.leader"),
                     tr("The database has no poller lease for %1.").arg(m_environment)};
    const QString holder = q.value().value(0).toString();
    Holder current{holder, q.value().value(1).toString(), roleFromId(q.value().value(2).toString()),
                   q.value().value(3).toDouble()};
    const QString handoffTo = q.value().value(4).toString();
    q.value().finish();

    Outcome out;
    const QString lease = QStringLiteral("%1 + %2").arg(nowSql()).arg(m_leaseSeconds);
    if (holder == m_holderId) {
        if (!handoffTo.isEmpty() && handoffTo != m_holderId) {
            // A polling server asked for the lease: it is the server's now (its renewal names it).
            if (auto u = execSql(m_db,
                                 QStringLiteral("UPDATE poll_leader SET holder = ?, label = ?, role = ?, "
                                                "lease_until = %1, handoff_to = '', since = ? WHERE environment = ?")
                                     .arg(lease),
                                 {handoffTo, tr("the polling server"), roleId(Role::Daemon),
                                  sql::timestamp(QDateTime::currentDateTimeUtc()), m_environment});
                !u)
                return u.error();
            out.leader = Holder{handoffTo, tr("the polling server"), Role::Daemon, double(m_leaseSeconds)};
        } else {
            if (auto u = execSql(m_db,
                                 QStringLiteral("UPDATE poll_leader SET label = ?, role = ?, lease_until = %1 "
                                                "WHERE environment = ?")
                                     .arg(lease),
                                 {m_label, roleId(m_role), m_environment});
                !u)
                return u.error();
            out.leading = true;
        }
    } else if (const bool gone = !holder.isEmpty() && holderProcessGone(holder);
               holder.isEmpty() || current.secondsLeft <= 0 || gone) {
        if (auto u = execSql(
                m_db,
                QStringLiteral("UPDATE poll_leader SET holder = ?, label = ?, role = ?, lease_until = %1, "
                               "handoff_to = '', since = ? WHERE environment = ?")
                    .arg(lease),
                {m_holderId, m_label, roleId(m_role), sql::timestamp(QDateTime::currentDateTimeUtc()), m_environment});
            !u)
            return u.error();
        out.leading = true;
        out.tookOver = true;
        out.previousHolder = holder;
        // Its lease still running with nobody holding it: it resigned a moment ago (lease_until is
        // set a second ahead on resigning).
        out.previousMayStillSend = !holder.isEmpty() || current.secondsLeft > 0;
    } else {
        if (m_role == Role::Daemon && current.role == Role::Desktop && handoffTo != m_holderId) {
            if (auto u = execSql(m_db, QStringLiteral("UPDATE poll_leader SET handoff_to = ? WHERE environment = ?"),
                                 {m_holderId, m_environment});
                !u)
                return u.error();
        }
        out.leader = current;
    }
    if (Status c = tx.commit(); !c)
        return c.error();
    return out;
}

Result<std::optional<PollLeadership::Holder>> PollLeadership::currentLeader() const
{
    auto q =
        execSql(m_db,
                QStringLiteral("SELECT holder, label, role, lease_until - %1 FROM poll_leader WHERE environment = ?")
                    .arg(nowSql()),
                {m_environment});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Holder>();
    Holder h{q.value().value(0).toString(), q.value().value(1).toString(), roleFromId(q.value().value(2).toString()),
             q.value().value(3).toDouble()};
    q.value().finish();
    if (h.id.isEmpty() || h.secondsLeft <= 0 || holderProcessGone(h.id))
        return std::optional<Holder>();
    return std::optional<Holder>(h);
}

Status PollLeadership::resign()
{
    auto q = execSql(m_db,
                     QStringLiteral("UPDATE poll_leader SET holder = '', label = '', role = '', lease_until = %1 + 1 "
                                    "WHERE environment = ? AND holder = ?")
                         .arg(nowSql()),
                     {m_environment, m_holderId});
    if (!q)
        return q.error();
    return {};
}

} // namespace cw
