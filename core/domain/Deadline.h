#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace cw {

// What a deadline is for. Stored as its id (deadlines.kind).
enum class DeadlineKind { RfeResponse, NoidResponse, Interview, Biometrics };
// Where a deadline is in its life: open until the status event (or the person) that closes it.
enum class DeadlineState { Open, Met, Cancelled, Superseded };

QString deadlineKindId(DeadlineKind kind); // rfe_response | noid_response | interview | biometrics
QString deadlineStateId(DeadlineState state); // open | met | cancelled | superseded
DeadlineState deadlineStateFromId(const QString &id);

// What one USCIS answer does to a case's deadlines (core/interpret/AnswerInterpreter.cpp decides,
// core/storage/DeadlineStore.cpp records).
struct DeadlineOpening
{
    DeadlineKind kind;
    QDate due;
    bool fromUscis = true; // the date is written in the notice; false: counted with the firm's days
};

struct DeadlineClosing
{
    DeadlineKind kind;
    DeadlineState as;
    QDate unlessDue; // valid: only those due on another date (a rescheduled appointment moves)
};

struct DeadlineChanges
{
    QList<DeadlineOpening> opens;
    QList<DeadlineClosing> closes;
    bool isEmpty() const { return opens.isEmpty() && closes.isEmpty(); }
};

struct Deadline
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString receipt;
    QString profileName;
    QString kind; // deadlineKindId()
    QString source; // uscis (written in the description) | default (counted from the event)
    QDate due;
    int remindedDaysBefore = -1;
    bool done = false; // closed: met, cancelled or superseded
    DeadlineState state = DeadlineState::Open;
    QString closedBy; // "event:<status event id>" | "person" | ""
    QString closedAt; // ISO 8601 UTC
    int sequence = 0; // bumped on each change, for calendars (ICS SEQUENCE)
};

} // namespace cw
