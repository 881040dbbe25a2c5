#pragma once

#include "Result.h"
#include "domain/TrackedCase.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace cw {

class Database;

struct CaseFilter
{
    std::optional<qint64> profileId;
    bool includeArchived = true;
};

// Tracked receipts. A receipt is unique in the database; a case belongs to one profile.
class CaseStore final
{
    Q_DECLARE_TR_FUNCTIONS(CaseStore)

public:
    struct NewCase
    {
        ReceiptNumber receipt;
        QString formType;
        QString label;
    };

    // One line of a pasted list: either the case that was added, or why it was not.
    struct BatchItem
    {
        QString input;
        std::optional<TrackedCase> added;
        std::optional<Error> error;
        QString warning; // a valid number with an unknown prefix
    };

    explicit CaseStore(const Database &db) : m_db(db) { }
    const Database &database() const { return m_db; }

    Result<TrackedCase> add(qint64 profileId, const NewCase &newCase);
    // The same, inside a transaction the caller holds (an import records its cases and the document
    // they came from in one).
    Result<TrackedCase> addInTransaction(qint64 profileId, const NewCase &newCase);
    // Parses every input; adds the good ones in one transaction, reports each bad one.
    QList<BatchItem> addList(qint64 profileId, const QStringList &inputs, const QString &formType = {},
                             const QString &label = {});
    // Changes the profile, form type, label and archived flag. Editing clears a permanent error so
    // that the poller tries the case again.
    Status update(const TrackedCase &trackedCase);
    Status remove(qint64 id);

    Result<TrackedCase> get(qint64 id) const;
    Result<std::optional<TrackedCase>> findByReceipt(const ReceiptNumber &receipt) const;
    Result<QList<TrackedCase>> list(const CaseFilter &filter = {}) const;

private:
    Result<TrackedCase> insertLocked(qint64 profileId, const NewCase &newCase, const QString &profileName);

    const Database &m_db;
};

} // namespace cw
