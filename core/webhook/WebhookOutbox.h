#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace cw {

class Database;

// One event waiting for (or past) delivery to the firm's webhook.
struct OutboxItem
{
    qint64 id = 0;
    QString eventId; // the UUID the receiver sees as `event_id`: its key for de-duplication
    QString eventType;
    QByteArray payload; // frozen when queued: every attempt sends the same bytes
    int attempts = 0;
    QDateTime nextAttemptAt; // invalid: at once
    QString lastError;
};

struct OutboxStats
{
    int pending = 0;
    int delivered = 0;
    QDateTime oldestPendingAt;
    QString lastError; // of the oldest pending event
    int headAttempts = 0; // attempts made on the oldest pending event
    QDateTime pausedAt; // valid while delivery is paused
    QString pauseReason;
};

// The webhook outbox (schema v5): status changes are queued in the database in the same place as
// the events themselves, so nothing is lost to a crash, a restart or a dead endpoint. Delivery is
// strictly oldest first; a row is claimed with a short lease before it is sent, so two desktops on
// one shared database never send the same event at the same time, and a delivered row is never
// sent again.
class WebhookOutbox final
{
    Q_DECLARE_TR_FUNCTIONS(WebhookOutbox)

public:
    static constexpr const char *kEventType = "case.status.changed";

    explicit WebhookOutbox(const Database &db) : m_db(db) { }

    // Queues the status changes recorded since the last call (only changes USCIS made while the
    // case was watched: not a newly tracked case's first answer, not a date-only change). The
    // first call ever only sets the starting point: switching webhooks on does not replay the
    // past. Returns how many events were queued.
    Result<int> enqueueNew(const QDateTime &now) const;

    // The oldest undelivered event, claimed for `leaseSeconds`; std::nullopt when nothing is
    // pending. An item whose nextAttemptAt lies ahead (or that another desktop holds) is returned
    // unclaimed with `claimed` false, so the caller knows when to look again.
    struct Claim
    {
        OutboxItem item;
        bool claimed = false;
        QDateTime retryAt; // when not claimed: when to look again
    };
    Result<std::optional<Claim>> claimNext(const QDateTime &now, int leaseSeconds) const;

    Status markDelivered(qint64 id, const QDateTime &now) const;
    Status markFailed(qint64 id, const QDateTime &nextAttemptAt, const QString &error) const;

    Result<OutboxStats> stats() const;
    Status pause(const QDateTime &now, const QString &reason) const;
    Status resume() const;

private:
    Result<QString> state(const QString &name) const;
    Status setState(const QString &name, const QString &value) const;

    const Database &m_db;
};

} // namespace cw
