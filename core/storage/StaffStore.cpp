#include "storage/StaffStore.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace cw {

namespace {

StaffStore::Member readMember(const QSqlQuery &r)
{
    StaffStore::Member m;
    m.id = r.value(0).toLongLong();
    m.name = r.value(1).toString();
    m.email = r.value(2).toString();
    m.role = StaffStore::roleFromId(r.value(3).toString()).value_or(StaffStore::Role::ReadOnly);
    m.dbUser = r.value(4).toString();
    m.osUser = r.value(5).toString();
    m.active = r.value(6).toInt() != 0;
    return m;
}

const QString kMemberColumns = QStringLiteral("id, name, email, role, db_user, os_user, active");

} // namespace

QString StaffStore::roleId(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Attorney:
        return QStringLiteral("attorney");
    case Role::Paralegal:
        return QStringLiteral("paralegal");
    case Role::ReadOnly:
        return QStringLiteral("readonly");
    }
    return {};
}

std::optional<StaffStore::Role> StaffStore::roleFromId(const QString &id)
{
    for (Role r : {Role::Admin, Role::Attorney, Role::Paralegal, Role::ReadOnly}) {
        if (roleId(r) == id)
            return r;
    }
    return std::nullopt;
}

QString StaffStore::roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("Administrator");
    case Role::Attorney:
        return tr("Attorney");
    case Role::Paralegal:
        return tr("Paralegal");
    case Role::ReadOnly:
        return tr("Read-only");
    }
    return {};
}

QString StaffStore::dutyId(Duty duty)
{
    return duty == Duty::Attorney ? QStringLiteral("attorney") : QStringLiteral("paralegal");
}

QString StaffStore::desktopUser()
{
    return AuditLog::currentActor();
}

Result<QList<StaffStore::Member>> StaffStore::list(bool includeInactive) const
{
    auto q = execSql(m_db, QStringLiteral("SELECT %1 FROM staff %2 ORDER BY name, id")
                               .arg(kMemberColumns, includeInactive ? QString() : QStringLiteral("WHERE active = 1")));
    if (!q)
        return q.error();
    QList<Member> out;
    while (q.value().next())
        out << readMember(q.value());
    return out;
}

Result<std::optional<StaffStore::Member>> StaffStore::get(qint64 id) const
{
    auto q = execSql(m_db, QStringLiteral("SELECT %1 FROM staff WHERE id = ?").arg(kMemberColumns), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Member>();
    return std::optional<Member>(readMember(q.value()));
}

Result<qint64> StaffStore::add(const Member &member) const
{
    if (member.name.trimmed().isEmpty())
        return Error{QStringLiteral("staff.no_name"), tr("A member of staff needs a name.")};
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto q = execSql(m_db,
                     QStringLiteral("INSERT INTO staff (name, email, role, db_user, os_user, active, created_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                     {member.name.trimmed(), member.email.trimmed(), roleId(member.role), member.dbUser, member.osUser,
                      member.active ? 1 : 0, sql::now()});
    if (!q)
        return q.error();
    const qint64 id = q.value().next() ? q.value().value(0).toLongLong() : 0;
    q.value().finish();
    if (Status a = AuditLog::record(m_db, QStringLiteral("staff.add"), member.name, roleId(member.role)); !a)
        return a.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return id;
}

Status StaffStore::update(const Member &member) const
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto q = execSql(m_db,
                     QStringLiteral("UPDATE staff SET name = ?, email = ?, role = ?, db_user = ?, active = ? "
                                    "WHERE id = ?"),
                     {member.name.trimmed(), member.email.trimmed(), roleId(member.role), member.dbUser,
                      member.active ? 1 : 0, member.id});
    if (!q)
        return q.error();
    if (Status a = AuditLog::record(m_db, QStringLiteral("staff.update"), member.name, roleId(member.role)); !a)
        return a;
    return tx.commit();
}

Status StaffStore::linkDesktop(qint64 memberId) const
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString me = desktopUser();
    if (auto q = execSql(m_db, QStringLiteral("UPDATE staff SET os_user = '' WHERE os_user = ?"), {me}); !q)
        return q.error();
    if (auto q = execSql(m_db, QStringLiteral("UPDATE staff SET os_user = ? WHERE id = ?"), {me, memberId}); !q)
        return q.error();
    if (Status a = AuditLog::record(m_db, QStringLiteral("staff.link"), QString::number(memberId), me); !a)
        return a;
    return tx.commit();
}

Result<StaffStore::Me> StaffStore::me() const
{
    Me out;
    QString login;
    if (m_db.engine() == Database::Engine::PostgreSql) {
        // The database's roles decide (storage/DatabaseRoles.h): the tables' owner and superusers
        // are administrators; where roles were never set up, everyone is, as before roles.
        auto q = execSql(
            m_db, QStringLiteral("SELECT current_user, "
                                 "COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false), "
                                 // Set up for this database, not only somewhere in the cluster: its
                                 // app_state is guarded by row-level security (db-roles setup).
                                 "COALESCE((SELECT c.relrowsecurity FROM pg_class c JOIN pg_namespace n ON "
                                 "n.oid = c.relnamespace WHERE c.relname = 'app_state' AND n.nspname = "
                                 "current_schema()), false) AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                                 "'casewatch_admin'), "
                                 "COALESCE((SELECT tableowner = current_user FROM pg_tables WHERE tablename = 'cases' "
                                 "AND schemaname = current_schema()), false)"));
        if (!q)
            return q.error();
        if (q.value().next()) {
            login = q.value().value(0).toString();
            const bool super = q.value().value(1).toBool();
            out.rolesEnforced = q.value().value(2).toBool();
            const bool owner = q.value().value(3).toBool();
            q.value().finish();
            if (out.rolesEnforced && !super && !owner) {
                out.role = Role::ReadOnly;
                for (Role r : {Role::Admin, Role::Attorney, Role::Paralegal}) {
                    const QString group = QStringLiteral("casewatch_") + roleId(r);
                    auto member = execSql(m_db,
                                          QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE "
                                                         "rolname = ?) THEN pg_has_role(current_user, ?, 'MEMBER') "
                                                         "ELSE false END"),
                                          {group, group});
                    if (!member)
                        return member.error();
                    if (member.value().next() && member.value().value(0).toBool()) {
                        out.role = r;
                        break;
                    }
                }
            }
        }
    }
    // Who: the member linked to this desktop, else the one whose database login this is (linked
    // now, so the next desktop user change is noticed).
    auto q = execSql(m_db,
                     QStringLiteral("SELECT %1 FROM staff WHERE active = 1 AND (os_user = ? OR (db_user <> '' AND "
                                    "db_user = ?)) ORDER BY os_user = ? DESC LIMIT 1")
                         .arg(kMemberColumns),
                     {desktopUser(), login, desktopUser()});
    if (!q)
        return q.error();
    if (q.value().next())
        out.member = readMember(q.value());
    q.value().finish();
    if (!out.rolesEnforced && out.member && m_db.engine() == Database::Engine::PostgreSql)
        out.role = out.member->role; // no database roles: the firm's list says, the app enforces
    return out;
}

Status StaffStore::moveOpenTasks(const QString &caseFilter, const QVariantList &bindings, Duty duty) const
{
    // Open tasks of that duty follow whoever is responsible now for their case.
    const QString column = duty == Duty::Attorney ? QStringLiteral("attorney_id") : QStringLiteral("paralegal_id");
    auto q = execSql(m_db,
                     QStringLiteral("UPDATE tasks SET owner_id = (SELECT COALESCE(c.%1, p.%1) FROM cases c JOIN "
                                    "profiles p ON p.id = c.profile_id WHERE c.id = tasks.case_id), "
                                    "sequence = sequence + 1 WHERE done_at = '' AND owner_role = ? AND case_id IN (%2)")
                         .arg(column, caseFilter),
                     QVariantList{dutyId(duty)} + bindings);
    if (!q)
        return q.error();
    return {};
}

Status StaffStore::assignProfile(qint64 profileId, Duty duty, qint64 staffId) const
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString column = duty == Duty::Attorney ? QStringLiteral("attorney_id") : QStringLiteral("paralegal_id");
    const QVariant who = staffId > 0 ? QVariant(staffId) : QVariant(QMetaType::fromType<qint64>());
    if (auto q = execSql(m_db, QStringLiteral("UPDATE profiles SET %1 = ? WHERE id = ?").arg(column), {who, profileId});
        !q)
        return q.error();
    if (Status m = moveOpenTasks(QStringLiteral("SELECT id FROM cases WHERE profile_id = ?"), {profileId}, duty); !m)
        return m;
    if (Status a = AuditLog::record(m_db, QStringLiteral("profile.assign"), QString::number(profileId),
                                    dutyId(duty) + u'=' + QString::number(staffId));
        !a)
        return a;
    return tx.commit();
}

Status StaffStore::assignCases(const QList<qint64> &caseIds, Duty duty, qint64 staffId) const
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString column = duty == Duty::Attorney ? QStringLiteral("attorney_id") : QStringLiteral("paralegal_id");
    const QVariant who = staffId > 0 ? QVariant(staffId) : QVariant(QMetaType::fromType<qint64>());
    Status done = sql::forIdChunks(caseIds, [&](const QList<qint64> &chunk, const QString &marks) -> Status {
        QVariantList ids;
        for (qint64 id : chunk)
            ids << id;
        if (auto q = execSql(m_db, QStringLiteral("UPDATE cases SET %1 = ? WHERE id IN (%2)").arg(column, marks),
                             QVariantList{who} + ids);
            !q)
            return q.error();
        return moveOpenTasks(marks, ids, duty);
    });
    if (!done)
        return done;
    if (Status a = AuditLog::record(m_db, QStringLiteral("case.assign"), QStringLiteral("%1 cases").arg(caseIds.size()),
                                    dutyId(duty) + u'=' + QString::number(staffId));
        !a)
        return a;
    return tx.commit();
}

Status StaffStore::followResponsibility(const QList<qint64> &caseIds) const
{
    return sql::forIdChunks(caseIds, [&](const QList<qint64> &chunk, const QString &marks) -> Status {
        QVariantList ids;
        for (qint64 id : chunk)
            ids << id;
        if (Status a = moveOpenTasks(marks, ids, Duty::Attorney); !a)
            return a;
        return moveOpenTasks(marks, ids, Duty::Paralegal);
    });
}

Result<QList<qint64>> StaffStore::casesOf(qint64 staffId) const
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT c.id FROM cases c JOIN profiles p ON p.id = c.profile_id WHERE "
                                    "COALESCE(c.attorney_id, p.attorney_id) = ? OR "
                                    "COALESCE(c.paralegal_id, p.paralegal_id) = ? ORDER BY c.id"),
                     {staffId, staffId});
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q.value().next())
        out << q.value().value(0).toLongLong();
    return out;
}

} // namespace cw
