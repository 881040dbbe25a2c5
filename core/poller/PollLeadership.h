#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cw {

class Database;

// One poller at a time per USCIS environment on a database, so that all the firm's desktops
// together stay within its one API key's rate limit (docs/ARCHITECTURE.md §2, "One poller per
// firm"). The leader holds a lease in the database, timed by the database's own clock (desktops'
// clocks need not agree), and renews it while it polls. A leader that stops renewing is replaced
// when its lease ends — at once when it ran on this computer and its process is gone. A polling
// server (`casewatch-cli poll --daemon`) asks a desktop leader to hand over, and the desktop does
// at its next renewal. Whoever takes over gives back the cases the previous leader had claimed.
class PollLeadership final
{
    Q_DECLARE_TR_FUNCTIONS(PollLeadership)

public:
    enum class Role { Desktop, Daemon, Once };
    struct Holder
    {
        QString id;
        QString label; // "maria on FRONTDESK", for the status bar
        Role role = Role::Desktop;
        double secondsLeft = 0;
    };
    struct Outcome
    {
        bool leading = false;
        bool tookOver = false; // became the leader with this call
        QString previousHolder; // when taken over: whose lease it was (empty: nobody's)
        // Taken over from, or handed over by, another poller: its last requests may still be in the
        // one-second window USCIS counts, so the new one leaves the next second clear.
        bool previousMayStillSend = false;
        std::optional<Holder> leader; // when not leading: who is (none: the lease is free)
    };

    PollLeadership(const Database &db, QString environment, Role role, int leaseSeconds);

    // Takes the lease, or renews it; a leader asked to hand over resigns instead.
    Result<Outcome> tryLead();
    // Gives the lease up (a leader that stops, pauses or is blocked).
    Status resign();
    // Who holds a live lease now, without taking it (std::nullopt: nobody polls).
    Result<std::optional<Holder>> currentLeader() const;

    const QString &holderId() const { return m_holderId; }
    const QString &label() const { return m_label; }
    int leaseSeconds() const { return m_leaseSeconds; }

    static QString roleId(Role role);
    static Role roleFromId(const QString &id);
    // "machine/pid/nonce": unique per poller, and names the process that holds a lease.
    static QString newHolderId();
    // True when `holderId` names a process on this computer that no longer runs.
    static bool holderProcessGone(const QString &holderId);

private:
    QString nowSql() const;
    static QString thisMachine();

    const Database &m_db;
    QString m_environment;
    Role m_role;
    int m_leaseSeconds;
    QString m_holderId;
    QString m_label;
};

} // namespace cw
