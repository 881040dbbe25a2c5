#pragma once

#include "Result.h"
#include "uscis/CaseSnapshot.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace cw {

class Database;

// How deadlines are set when USCIS does not write the date in the notice's description.
struct DeadlinePolicy
{
    int rfeResponseDays = 87;  // 84 days plus 3 for mailing, counted from the RFE's date
    int noidResponseDays = 33; // 30 plus 3
    QList<int> reminderDaysBefore{14, 3};
};

struct Deadline
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString receipt;
    QString profileName;
    QString kind;   // rfe_response | noid_response | interview | biometrics
    QString source; // uscis (written in the description) | default (counted from the event)
    QDate due;
    int remindedDaysBefore = -1;
    bool done = false;
};

// Deadlines and interview/biometrics dates, kept per case; each is set once (a repeated answer
// does not add it again) and reminded once per threshold (14 and 3 days before, by default).
class DeadlineStore final
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineStore)

public:
    explicit DeadlineStore(const Database &db) : m_db(db) {}

    // Adds what a status (and its description) sets. Call inside the observation's transaction.
    Status recordFor(qint64 caseId, const CaseSnapshot &snapshot, const QDate &today, const DeadlinePolicy &policy);
    Result<QList<Deadline>> list(bool includeDone = false) const;
    Status setDone(qint64 id, bool done);
    // Deadlines that just crossed a reminder threshold; each is marked so it reminds once.
    Result<QList<Deadline>> takeReminders(const QDate &today, const DeadlinePolicy &policy);

    static QString kindName(const QString &kind);

private:
    const Database &m_db;
};

} // namespace cw
