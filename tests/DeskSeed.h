#pragma once

#include "domain/Profile.h"
#include "storage/CaseStore.h"
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/ObservationStore.h"
#include "storage/ProfileStore.h"
#include "storage/SqlValues.h"

#include <QDateTime>

namespace cw::test {

// A temporary database with the stores the window is built from.
struct Stores
{
    TempDatabase t;
    ProfileStore profiles{*t.db};
    CaseStore cases{*t.db};
    ObservationStore observations{*t.db};
};

// Two clients, seven cases in known states: 3 RFEs (one changed today), 2 approvals,
// 1 received (changed 30 days ago), 1 never checked.
inline QList<qint64> seedDesk(ProfileStore &profiles, CaseStore &cases, const Database &db)
{
    Profile person;
    person.name = u"Maria Garcia"_qs;
    auto maria = profiles.add(person);
    Profile company;
    company.kind = ProfileKind::Petitioner;
    company.name = u"Acme Robotics LLC"_qs;
    auto acme = profiles.add(company);
    const struct
    {
        qint64 profile;
        const char *receipt;
        const char *category;
        int changedDaysAgo;
    } rows[] = {{maria->id, "IOE0912345601", "RFE_ISSUED", 0}, {maria->id, "IOE0912345602", "APPROVED", 40},
                {maria->id, "IOE0912345603", "", -1},          {acme->id, "EAC9999103401", "RFE_ISSUED", 12},
                {acme->id, "EAC9999103402", "RFE_ISSUED", 20}, {acme->id, "EAC9999103403", "APPROVED", 60},
                {acme->id, "LIN9999106498", "RECEIVED", 30}};
    QList<qint64> ids;
    for (const auto &row : rows) {
        auto added =
            cases.add(row.profile, {ReceiptNumber::parse(QString::fromLatin1(row.receipt)).value(), u"I-485"_qs, {}});
        ids << added->id;
        if (row.changedDaysAgo < 0)
            continue;
        const QString category = QString::fromLatin1(row.category);
        auto updated =
            execSql(db, u"UPDATE cases SET category = ?, status_en = ?, last_changed_at = ? WHERE id = ?"_qs,
                    {category, u"Status "_qs + category,
                     sql::timestamp(QDateTime::currentDateTimeUtc().addDays(-row.changedDaysAgo)), added->id});
        if (!updated)
            qWarning("seed: %s", qPrintable(updated.error().message));
    }
    return ids;
}

} // namespace cw::test
