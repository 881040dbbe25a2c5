#pragma once

#include "Result.h"
#include "domain/Profile.h"
#include "import/I797Extractor.h"

#include <QCoreApplication>
#include <QStringList>

namespace cw {

class Database;

// Turns what was read from a file into tracked cases (the profile a notice belongs to is
// ProfileMatcher's suggestion): which receipts are already tracked, and — once a person confirmed — the
// cases added with their form type and the document recorded. Shared by the CLI and the window.
class I797Importer final
{
    Q_DECLARE_TR_FUNCTIONS(I797Importer)

public:
    struct Outcome
    {
        QStringList added;
        QStringList alreadyTracked;
        QList<std::pair<QString, Error>> failed;
        qint64 documentId = 0;
    };

    explicit I797Importer(const Database &db) : m_db(db) { }

    // The form type the notice gives for a receipt.
    static QString formTypeFor(const ImportedFile &file, const QString &receipt);

    Result<bool> isTracked(const QString &receipt) const;

    // Adds the selected receipts to the profile (those tracked already are left where they are)
    // and records the document.
    Result<Outcome> commit(const ImportedFile &file, qint64 profileId, const QStringList &receipts) const;

private:
    const Database &m_db;
};

} // namespace cw
