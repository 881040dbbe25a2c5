#pragma once

#include "Result.h"
#include "import/I797Extractor.h"

#include <QJsonObject>
#include <optional>

namespace cw {

class Database;

// Imported I-797 files (schema v6): name, SHA-256, what was read from them. A file dropped again
// is recognised by its hash, whatever it is called now.
class DocumentStore final
{
public:
    struct Document
    {
        qint64 id = 0;
        QString sha256;
        QString fileName;
        qint64 profileId = 0;
        QStringList receipts;
        QString importedAt;
    };

    explicit DocumentStore(const Database &db) : m_db(db) { }

    Result<std::optional<Document>> findBySha256(const QString &sha256) const;
    // Records (or, for a file seen before, updates) a document; returns its id.
    Result<qint64> record(const ImportedFile &file, qint64 profileId) const;

    // The JSON both the CLI and the stored record use for one file.
    static QJsonObject toJson(const ImportedFile &file);

private:
    const Database &m_db;
};

} // namespace cw
