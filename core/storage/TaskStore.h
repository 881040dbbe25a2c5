#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace cw {

class Database;

// Tasks made from status changes (schema v11): the firm's rules say which category asks for what
// ("RFE issued → review the RFE and plan the response, for the responsible attorney, due 14 days
// before the response deadline"); each status event makes its rules' tasks once — in the
// transaction that records the event, and unique per event and rule, so two desktops never make
// one twice. A task is owned by the case's responsible attorney or paralegal (the profile's unless
// the case has its own) and follows them when a profile or case is reassigned; done/undo.
class TaskStore final
{
    Q_DECLARE_TR_FUNCTIONS(TaskStore)

public:
    struct Rule
    {
        qint64 id = 0;
        QString category;
        QString title; // '' = the category's own title (defaultTitle)
        QString ownerRole; // "attorney" | "paralegal"
        QString anchor; // "deadline" (the case's open deadline the event set) | "event"
        int offsetDays = 0; // added to the anchor's date (negative: before)
        bool enabled = true;
    };

    struct Task
    {
        qint64 id = 0;
        qint64 caseId = 0;
        QString receipt;
        QString client;
        qint64 statusEventId = 0;
        QString title;
        QString ownerRole;
        qint64 ownerId = 0; // 0: nobody responsible yet
        QString ownerName;
        QDate due;
        QString createdAt;
        QString doneAt;
        QString doneBy;
        int sequence = 0; // raised on every change a calendar must follow (done, undone, reassigned)
        bool isDone() const { return !doneAt.isEmpty(); }
    };

    explicit TaskStore(const Database &db) : m_db(db) { }

    // The title a rule with no title of its own gives ("Review RFE and plan response"), translated.
    static QString defaultTitle(const QString &category);

    Result<QList<Rule>> rules() const;
    // Adds (id 0) or changes a rule; audit-logged. Admins only on a shared database with roles.
    Result<qint64> saveRule(const Rule &rule) const;
    Status removeRule(qint64 id) const;

    // The tasks the rules make for one status event, inside the caller's transaction (the one
    // that records the event). Never twice for the same event and rule.
    Status createForEvent(qint64 eventId) const;

    // Open tasks (and done ones when asked), soonest due first; `ownerId` > 0: that person's only.
    Result<QList<Task>> list(bool includeDone = false, qint64 ownerId = 0) const;
    Result<QList<Task>> forCase(qint64 caseId) const;
    Status markDone(qint64 taskId, bool done) const;

private:
    const Database &m_db;
};

} // namespace cw
