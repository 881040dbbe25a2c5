#pragma once

#include "Result.h"
#include "domain/Deadline.h"
#include "domain/CaseSnapshot.h"
#include "domain/StatusEvent.h"
#include "domain/CaseSnapshot.h"

#include <QCoreApplication>
#include <QDateTime>

class QSqlQuery;

namespace cw {

class Database;

// Records what USCIS answered for a case, in one transaction: the raw observation, the history
// entries (each once), the case's current status, and — only when the status changed — exactly
// one status event. Recording the same answer twice adds an observation and nothing else.
class ObservationStore final
{
    Q_DECLARE_TR_FUNCTIONS(ObservationStore)

public:
    struct Recorded
    {
        EventKind kind = EventKind::None;
        qint64 eventId = 0;
        QString previousCategory;
        QString category;
        QString occurredAt; // as stored
        QDateTime previousChangedAt; // when the case last moved before this answer
    };

    explicit ObservationStore(const Database &db) : m_db(db) { }

    // Records an interpreted answer (core/interpret/AnswerInterpreter.h): the observation, history
    // entries once, the case, one status event if it changed, and — with that event — what it does
    // to the case's deadlines. One transaction.
    Result<Recorded> recordSnapshot(qint64 caseId, const QString &environment, int httpStatus,
                                    const QByteArray &rawBody, const CaseSnapshot &snapshot,
                                    const DeadlineChanges &deadlines = {});
    // A failed fetch. A permanent error marks the case (shown to people, and the poller stops
    // retrying it until someone edits it); a transient one is only kept as an observation.
    Status recordFailure(qint64 caseId, const QString &environment, int httpStatus, const QByteArray &rawBody,
                         const ApiError &error);

    Result<QList<HistoryEntry>> history(qint64 caseId) const;
    // History oldest to newest, then the current status (when USCIS has answered).
    Result<QList<TimelineEntry>> timeline(qint64 caseId) const;
    // Status events after `afterId`, oldest first (the `events` command's cursor is the last id).
    Result<QList<StatusEventInfo>> eventsAfter(qint64 afterId, int limit) const;

    // The columns and row mapping of a status event joined with its case ("e" and "c"), for every
    // query that lists events.
    static QString eventColumns();
    static StatusEventInfo eventFromRow(const QSqlQuery &row);

private:
    const Database &m_db;
};

} // namespace cw
