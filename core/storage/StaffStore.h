#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cw {

class Database;

// The firm's people and who is responsible for what (schema v11). On a shared database one list
// for every desktop, each person linked to the database login they connect as (db-roles) and to
// the desktop user they work as (linked once); on a single SQLite file the person at the
// computer is the firm's one, implicit, administrator. A profile has a responsible attorney and
// paralegal; its cases inherit them unless a case has its own. Reassigning moves the open tasks
// along (storage/TaskStore.h).
class StaffStore final
{
    Q_DECLARE_TR_FUNCTIONS(StaffStore)

public:
    enum class Role { Admin, Attorney, Paralegal, ReadOnly };
    static QString roleId(Role role); // "admin" | "attorney" | "paralegal" | "readonly"
    static std::optional<Role> roleFromId(const QString &id);
    static QString roleName(Role role); // translated

    struct Member
    {
        qint64 id = 0;
        QString name;
        QString email;
        Role role = Role::Paralegal;
        QString dbUser;
        QString osUser;
        bool active = true;
    };

    // What the person at this desktop may do, and who they are (if the firm has said).
    struct Me
    {
        Role role = Role::Admin;
        std::optional<Member> member;
        bool rolesEnforced = false; // the database's own roles decide (PostgreSQL after db-roles setup)
        bool mayChangeFirmSettings() const { return role == Role::Admin; } // webhook, rules, staff
        bool mayEditCases() const { return role != Role::ReadOnly; } // cases, profiles, tasks
    };

    explicit StaffStore(const Database &db) : m_db(db) { }

    // This desktop's user as CaseWatch names it ("maria@front-desk").
    static QString desktopUser();

    Result<QList<Member>> list(bool includeInactive = false) const;
    Result<std::optional<Member>> get(qint64 id) const;
    Result<qint64> add(const Member &member) const;
    Status update(const Member &member) const;
    // Links this desktop's user to a member (once; a link elsewhere moves here).
    Status linkDesktop(qint64 memberId) const;

    // The role the database gives this connection, and the member this desktop is linked to (or
    // whose database login this is: linked then and there).
    Result<Me> me() const;

    // Responsibility. `staffId` 0 clears it (a case then inherits its profile's again).
    enum class Duty { Attorney, Paralegal };
    static QString dutyId(Duty duty); // "attorney" | "paralegal"
    Status assignProfile(qint64 profileId, Duty duty, qint64 staffId) const;
    Status assignCases(const QList<qint64> &caseIds, Duty duty, qint64 staffId) const;
    // Open tasks of these cases follow whoever is responsible now (a case moved to another profile),
    // inside the caller's transaction.
    Status followResponsibility(const QList<qint64> &caseIds) const;
    // Cases a member is responsible for (directly or through the profile), either duty.
    Result<QList<qint64>> casesOf(qint64 staffId) const;

private:
    Status moveOpenTasks(const QString &caseFilter, const QVariantList &bindings, Duty duty) const;
    const Database &m_db;
};

} // namespace cw
