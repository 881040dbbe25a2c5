#include "storage/ProfileStore.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QRegularExpression>

namespace cw {

namespace {

Error notFound(qint64 id)
{
    return Error{QStringLiteral("profile.not_found"),
                 ProfileStore::tr("There is no profile with number %1. List the profiles to find the "
                                  "right one.")
                     .arg(id)};
}

const QString kColumns =
    QStringLiteral("p.id, p.kind, p.name, p.organization, p.email, p.phone, p.a_number, p.notes, p.created_at, "
                   "p.updated_at, (SELECT count(*) FROM cases c WHERE c.profile_id = p.id), p.language");

Profile fromRow(const QSqlQuery &r)
{
    Profile p;
    p.id = r.value(0).toLongLong();
    profileKindFromId(r.value(1).toString(), &p.kind);
    p.name = r.value(2).toString();
    p.organization = r.value(3).toString();
    p.email = r.value(4).toString();
    p.phone = r.value(5).toString();
    p.aNumber = r.value(6).toString();
    p.notes = r.value(7).toString();
    p.createdAt = sql::toDateTime(r.value(8));
    p.updatedAt = sql::toDateTime(r.value(9));
    p.caseCount = r.value(10).toInt();
    p.language = r.value(11).toString() == u"es" ? QStringLiteral("es") : QStringLiteral("en");
    return p;
}

} // namespace

Result<Profile> ProfileStore::validated(Profile p)
{
    p.name = p.name.simplified();
    p.organization = p.organization.simplified();
    p.email = p.email.trimmed();
    p.phone = p.phone.simplified();
    p.notes = p.notes.trimmed();
    if (p.language != u"es")
        p.language = QStringLiteral("en"); // the two languages CaseWatch writes to clients in
    if (p.name.isEmpty())
        return Error{QStringLiteral("profile.name_missing"),
                     tr("A profile needs a name: the applicant's full name, or the petitioner's name "
                        "or company.")};
    static const QRegularExpression kEmail(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!p.email.isEmpty() && !kEmail.match(p.email).hasMatch())
        return Error{QStringLiteral("profile.bad_email"),
                     tr("\"%1\" is not an email address. Write it as name@example.com, or leave it "
                        "empty.")
                         .arg(p.email)};
    QString digits = p.aNumber;
    digits.remove(QRegularExpression(QStringLiteral("[\\s\\-]")));
    if (digits.startsWith(u'A', Qt::CaseInsensitive))
        digits.remove(0, 1);
    if (!digits.isEmpty()) {
        static const QRegularExpression kDigits(QStringLiteral("^\\d{7,9}$"));
        if (!kDigits.match(digits).hasMatch())
            return Error{QStringLiteral("profile.bad_a_number"),
                         tr("\"%1\" is not an A-number. An A-number is the letter A followed by 7 to "
                            "9 digits, e.g. A012345678; leave it empty if the client has none.")
                             .arg(p.aNumber)};
        p.aNumber = u'A' + digits.rightJustified(9, u'0');
    } else {
        p.aNumber.clear();
    }
    return p;
}

Result<Profile> ProfileStore::add(const Profile &input)
{
    auto checked = validated(input);
    if (!checked)
        return checked.error();
    Profile p = checked.value();
    const QString now = sql::now();

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto q = execSql(
        m_db,
        QStringLiteral("INSERT INTO profiles (kind, name, organization, email, phone, "
                       "a_number, notes, created_at, updated_at, language) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {profileKindId(p.kind), p.name, p.organization, p.email, p.phone, p.aNumber, p.notes, now, now, p.language});
    if (!q)
        return q.error();
    p.id = q.value().next() ? q.value().value(0).toLongLong() : 0; // RETURNING: both engines
    q.value().finish(); // done with the statement before the transaction commits
    if (Status a = AuditLog::record(m_db, QStringLiteral("profile.add"), QString::number(p.id), p.name); !a)
        return a.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    p.createdAt = p.updatedAt = sql::toDateTime(now);
    return p;
}

Status ProfileStore::update(const Profile &input)
{
    auto checked = validated(input);
    if (!checked)
        return checked.error();
    const Profile &p = checked.value();

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto q = execSql(m_db,
                     QStringLiteral("UPDATE profiles SET kind = ?, name = ?, organization = ?, email = ?, "
                                    "phone = ?, a_number = ?, notes = ?, updated_at = ?, language = ? WHERE id = ?"),
                     {profileKindId(p.kind), p.name, p.organization, p.email, p.phone, p.aNumber, p.notes, sql::now(),
                      p.language, p.id});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return notFound(p.id);
    if (Status a = AuditLog::record(m_db, QStringLiteral("profile.update"), QString::number(p.id), p.name); !a)
        return a;
    return tx.commit();
}

Status ProfileStore::remove(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto existing = get(id);
    if (!existing)
        return existing.error();
    auto q = execSql(m_db, QStringLiteral("DELETE FROM profiles WHERE id = ?"), {id});
    if (!q)
        return q.error();
    const QString details = tr("%1 (with %n case(s))", nullptr, existing->caseCount).arg(existing->name);
    if (Status a = AuditLog::record(m_db, QStringLiteral("profile.remove"), QString::number(id), details); !a)
        return a;
    return tx.commit();
}

Result<Profile> ProfileStore::get(qint64 id) const
{
    auto q = execSql(m_db, QStringLiteral("SELECT %1 FROM profiles p WHERE p.id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(id);
    return fromRow(q.value());
}

Result<QList<Profile>> ProfileStore::list(std::optional<ProfileKind> kind, const QString &search) const
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList bindings;
    if (kind) {
        where += QStringLiteral(" AND p.kind = ?");
        bindings << profileKindId(*kind);
    }
    if (!search.trimmed().isEmpty()) {
        where += QStringLiteral(" AND (lower(p.name) LIKE ? OR lower(p.organization) LIKE ? "
                                "OR lower(p.email) LIKE ? OR p.a_number LIKE ?)");
        const QString pattern = u'%' + search.trimmed().toLower() + u'%';
        bindings << pattern << pattern << pattern << pattern;
    }
    auto q = execSql(
        m_db, QStringLiteral("SELECT %1 FROM profiles p%2 ORDER BY p.kind, lower(p.name), p.id").arg(kColumns, where),
        bindings);
    if (!q)
        return q.error();
    QList<Profile> out;
    while (q.value().next())
        out.append(fromRow(q.value()));
    return out;
}

} // namespace cw
