#include "storage/CaseStore.h"

#include "storage/AuditLog.h"
#include "storage/StaffStore.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSet>

namespace cw {

namespace {

const QString kColumns = QStringLiteral(
    "c.id, c.profile_id, p.name, c.receipt_number, c.form_type, c.label, c.archived, c.created_at, "
    "c.updated_at, c.category, c.status_en, c.status_es, c.last_checked_at, c.last_changed_at, "
    "c.last_error_code, c.last_error_message, c.description_en, c.description_es, c.modified_date, c.needs_review, "
    "c.uscis_form_type");

TrackedCase fromRow(const QSqlQuery &r)
{
    TrackedCase c;
    c.id = r.value(0).toLongLong();
    c.profileId = r.value(1).toLongLong();
    c.profileName = r.value(2).toString();
    if (auto receipt = ReceiptNumber::parse(r.value(3).toString()))
        c.receipt = receipt.value();
    c.formType = r.value(4).toString();
    c.label = r.value(5).toString();
    c.archived = r.value(6).toInt() != 0;
    c.createdAt = sql::toDateTime(r.value(7));
    c.updatedAt = sql::toDateTime(r.value(8));
    c.category = r.value(9).toString();
    c.statusEn = r.value(10).toString();
    c.statusEs = r.value(11).toString();
    c.lastCheckedAt = sql::toDateTime(r.value(12));
    c.lastChangedAt = sql::toDateTime(r.value(13));
    c.lastErrorCode = r.value(14).toString();
    c.lastErrorMessage = r.value(15).toString();
    c.descriptionEn = r.value(16).toString();
    c.descriptionEs = r.value(17).toString();
    c.modifiedDate = r.value(18).toString();
    c.uscisFormType = r.value(20).toString();
    c.needsReview = r.value(19).toInt() != 0;
    return c;
}

Error caseNotFound(qint64 id)
{
    return Error{QStringLiteral("case.not_found"),
                 CaseStore::tr("There is no case with number %1. List the cases to find the right one.").arg(id)};
}

Error profileNotFound(qint64 id)
{
    return Error{QStringLiteral("profile.not_found"),
                 CaseStore::tr("There is no profile with number %1. Create the profile first, or list "
                               "the profiles to find the right one.")
                     .arg(id)};
}

Error duplicate(const ReceiptNumber &receipt, const QString &owner)
{
    return Error{QStringLiteral("case.duplicate"),
                 CaseStore::tr("%1 is already tracked, for %2. A receipt number can be tracked once; "
                               "move the existing case to another profile if it belongs elsewhere.")
                     .arg(receipt.toString(), owner)};
}

} // namespace

Result<TrackedCase> CaseStore::insertLocked(qint64 profileId, const NewCase &newCase, const QString &profileName)
{
    auto existing = execSql(m_db,
                            QStringLiteral("SELECT p.name FROM cases c JOIN profiles p ON p.id = c.profile_id "
                                           "WHERE c.receipt_number = ?"),
                            {newCase.receipt.toString()});
    if (!existing)
        return existing.error();
    if (existing.value().next())
        return duplicate(newCase.receipt, existing.value().value(0).toString());

    const QString now = sql::now();
    auto q =
        execSql(m_db,
                QStringLiteral("INSERT INTO cases (profile_id, receipt_number, form_type, label, "
                               "archived, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?) RETURNING id"),
                {profileId, newCase.receipt.toString(), newCase.formType.trimmed(), newCase.label.trimmed(), now, now});
    if (!q)
        return q.error();
    TrackedCase c;
    c.id = q.value().next() ? q.value().value(0).toLongLong() : 0; // RETURNING: both engines
    q.value().finish(); // done with the statement before the transaction commits
    c.profileId = profileId;
    c.profileName = profileName;
    c.receipt = newCase.receipt;
    c.formType = newCase.formType.trimmed();
    c.label = newCase.label.trimmed();
    c.createdAt = c.updatedAt = sql::toDateTime(now);
    if (Status a = AuditLog::record(m_db, QStringLiteral("case.add"), c.receipt.toString(),
                                    QStringLiteral("profile %1").arg(profileId));
        !a)
        return a.error();
    return c;
}

Result<TrackedCase> CaseStore::add(qint64 profileId, const NewCase &newCase)
{
    if (!newCase.receipt.isValid())
        return Error{QStringLiteral("receipt.empty"), tr("No receipt number was given.")};
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto inserted = addInTransaction(profileId, newCase);
    if (!inserted)
        return inserted;
    if (Status c = tx.commit(); !c)
        return c.error();
    return inserted;
}

Result<TrackedCase> CaseStore::addInTransaction(qint64 profileId, const NewCase &newCase)
{
    if (!newCase.receipt.isValid())
        return Error{QStringLiteral("receipt.empty"), tr("No receipt number was given.")};
    auto owner = execSql(m_db, QStringLiteral("SELECT name FROM profiles WHERE id = ?"), {profileId});
    if (!owner)
        return owner.error();
    if (!owner.value().next())
        return profileNotFound(profileId);
    return insertLocked(profileId, newCase, owner.value().value(0).toString());
}

QList<CaseStore::BatchItem> CaseStore::addList(qint64 profileId, const QStringList &inputs, const QString &formType,
                                               const QString &label)
{
    QList<BatchItem> items;
    items.reserve(inputs.size());
    for (const QString &input : inputs) {
        BatchItem item;
        item.input = input;
        auto parsed = ReceiptNumber::parse(input);
        if (!parsed)
            item.error = parsed.error();
        else
            item.warning = parsed->warning();
        items.append(item);
    }

    auto failAll = [&items](const Error &e) {
        for (BatchItem &item : items) {
            if (!item.error) {
                item.added.reset();
                item.error = e;
            }
        }
        return items;
    };

    Transaction tx(m_db);
    if (!tx.begun())
        return failAll(tx.begun().error());
    auto owner = execSql(m_db, QStringLiteral("SELECT name FROM profiles WHERE id = ?"), {profileId});
    if (!owner)
        return failAll(owner.error());
    if (!owner.value().next())
        return failAll(profileNotFound(profileId));
    const QString ownerName = owner.value().value(0).toString();

    QSet<QString> seen;
    for (BatchItem &item : items) {
        if (item.error)
            continue;
        const ReceiptNumber receipt = ReceiptNumber::parse(item.input).value();
        if (seen.contains(receipt.toString())) {
            item.error = Error{QStringLiteral("case.duplicate_in_list"),
                               tr("%1 appears more than once in the list; it was added once.").arg(receipt.toString())};
            continue;
        }
        seen.insert(receipt.toString());
        auto inserted = insertLocked(profileId, NewCase{receipt, formType, label}, ownerName);
        if (inserted) {
            item.added = inserted.value();
        } else if (inserted.error().code == u"case.duplicate") {
            item.error = inserted.error();
        } else {
            return failAll(inserted.error());
        }
    }
    if (Status c = tx.commit(); !c)
        return failAll(c.error());
    return items;
}

Status CaseStore::update(const TrackedCase &tc)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto owner = execSql(m_db, QStringLiteral("SELECT 1 FROM profiles WHERE id = ?"), {tc.profileId});
    if (!owner)
        return owner.error();
    if (!owner.value().next())
        return profileNotFound(tc.profileId);
    auto q = execSql(m_db,
                     QStringLiteral("UPDATE cases SET profile_id = ?, form_type = ?, label = ?, archived = ?, "
                                    "last_error_code = '', last_error_message = '', updated_at = ? "
                                    "WHERE id = ?"),
                     {tc.profileId, tc.formType.trimmed(), tc.label.trimmed(), tc.archived ? 1 : 0, sql::now(), tc.id});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return caseNotFound(tc.id);
    if (Status a = AuditLog::record(m_db, QStringLiteral("case.update"), tc.receipt.toString(),
                                    QStringLiteral("profile %1, archived %2").arg(tc.profileId).arg(tc.archived));
        !a)
        return a;
    // Moved to another profile: its open tasks follow the new profile's people (unless the case
    // has its own).
    if (Status f = StaffStore(m_db).followResponsibility({tc.id}); !f)
        return f;
    return tx.commit();
}

Status CaseStore::remove(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto existing = get(id);
    if (!existing)
        return existing.error();
    auto q = execSql(m_db, QStringLiteral("DELETE FROM cases WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (Status a = AuditLog::record(m_db, QStringLiteral("case.remove"), existing->receipt.toString(),
                                    QStringLiteral("profile %1").arg(existing->profileId));
        !a)
        return a;
    return tx.commit();
}

Result<TrackedCase> CaseStore::get(qint64 id) const
{
    auto q = execSql(
        m_db,
        QStringLiteral("SELECT %1 FROM cases c JOIN profiles p ON p.id = c.profile_id WHERE c.id = ?").arg(kColumns),
        {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return caseNotFound(id);
    return fromRow(q.value());
}

Result<std::optional<TrackedCase>> CaseStore::findByReceipt(const ReceiptNumber &receipt) const
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT %1 FROM cases c JOIN profiles p ON p.id = c.profile_id "
                                    "WHERE c.receipt_number = ?")
                         .arg(kColumns),
                     {receipt.toString()});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<TrackedCase>();
    return std::optional<TrackedCase>(fromRow(q.value()));
}

Result<QList<TrackedCase>> CaseStore::list(const CaseFilter &filter) const
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList bindings;
    if (filter.profileId) {
        where += QStringLiteral(" AND c.profile_id = ?");
        bindings << *filter.profileId;
    }
    if (!filter.includeArchived)
        where += QStringLiteral(" AND c.archived = 0");
    auto q = execSql(m_db,
                     QStringLiteral("SELECT %1 FROM cases c JOIN profiles p ON p.id = c.profile_id%2 "
                                    "ORDER BY c.receipt_number")
                         .arg(kColumns, where),
                     bindings);
    if (!q)
        return q.error();
    QList<TrackedCase> out;
    while (q.value().next())
        out.append(fromRow(q.value()));
    return out;
}

} // namespace cw
