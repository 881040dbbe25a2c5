#pragma once

#include "Result.h"
#include "domain/Deadline.h"
#include "domain/Policies.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace cw {

class Database;

// Deadlines and interview/biometrics dates, kept per case, with their lifecycle: each is opened once
// (a repeated answer does not add it again), closed by the status event or the person that closed
// it (core/interpret/AnswerInterpreter.cpp decides which), and reminded once per threshold (14 and
// 3 days before, by default) while it is open.
class DeadlineStore final
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineStore)

public:
    explicit DeadlineStore(const Database &db) : m_db(db) { }

    // Records what a status event opens and closes. Call inside the observation's transaction.
    Status apply(qint64 caseId, qint64 eventId, const DeadlineChanges &changes);
    Result<QList<Deadline>> list(bool includeClosed = false) const;
    Result<QList<Deadline>> forCase(qint64 caseId) const;
    // Marked done by a person (met), or opened again (undo).
    Status setDone(qint64 id, bool done);
    // Deadlines that just crossed a reminder threshold; each is marked so it reminds once.
    Result<QList<Deadline>> takeReminders(const QDate &today, const DeadlinePolicy &policy);

    static QString kindName(const QString &kind);

private:
    const Database &m_db;
};

} // namespace cw
