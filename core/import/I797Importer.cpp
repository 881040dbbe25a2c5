#include "import/I797Importer.h"

#include "import/DocumentStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

namespace cw {

QString I797Importer::formTypeFor(const ImportedFile &file, const QString &receipt)
{
    for (const I797Notice &n : file.notices) {
        if (n.receipts.contains(receipt))
            return n.formType;
    }
    return {};
}

Result<bool> I797Importer::isTracked(const QString &receipt) const
{
    auto parsed = ReceiptNumber::parse(receipt);
    if (!parsed)
        return parsed.error();
    auto found = CaseStore(m_db).findByReceipt(parsed.value());
    if (!found)
        return found.error();
    return found.value().has_value();
}

Result<I797Importer::Outcome> I797Importer::commit(const ImportedFile &file, qint64 profileId,
                                                   const QStringList &receipts) const
{
    // The file's cases and its document record in one transaction: an interruption (a crash, a
    // killed process) leaves either all of them or none, never cases without their document.
    Outcome out;
    CaseStore cases(m_db);
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    for (const QString &r : receipts) {
        auto parsed = ReceiptNumber::parse(r);
        if (!parsed) {
            out.failed.append({r, parsed.error()});
            continue;
        }
        auto existing = cases.findByReceipt(parsed.value());
        if (!existing)
            return existing.error();
        if (existing.value()) {
            out.alreadyTracked << r;
            continue;
        }
        // Each case behind a savepoint: on PostgreSQL a failed insert (another desktop added the
        // same receipt a moment ago) would otherwise abort the whole file's transaction.
        if (auto sp = execSql(m_db, QStringLiteral("SAVEPOINT import_case")); !sp)
            return sp.error();
        auto added = cases.addInTransaction(profileId, {parsed.value(), formTypeFor(file, r), {}});
        if (auto end = execSql(m_db, added ? QStringLiteral("RELEASE SAVEPOINT import_case")
                                           : QStringLiteral("ROLLBACK TO SAVEPOINT import_case"));
            !end)
            return end.error();
        if (!added)
            out.failed.append({r, added.error()});
        else
            out.added << r;
    }
    auto document = DocumentStore(m_db).record(file, profileId);
    if (!document)
        return document.error();
    out.documentId = document.value();
    if (Status c = tx.commit(); !c)
        return c.error();
    return out;
}

} // namespace cw
