#pragma once

#include "Result.h"
#include "domain/CaseSummary.h"

#include <QList>

#include <vector>

namespace cw {

class Database;

// Reads the case table's rows in one indexed query: the whole firm at start, then only the cases
// that changed. Repeated texts (a status, a form, a client's name) share one string.
class CaseSummaryStore final
{
public:
    explicit CaseSummaryStore(const Database &db) : m_db(db) { }

    // Every case (archived ones too), ordered by receipt number.
    Result<std::vector<CaseSummary>> all() const;
    // The first `limit` cases by receipt number: what the table shows first while the rest loads.
    Result<std::vector<CaseSummary>> firstPage(int limit) const;
    Result<int> count() const;
    // Only these cases; ids that no longer exist are simply absent.
    Result<std::vector<CaseSummary>> some(const QList<qint64> &ids) const;

    // "2024-05-01T10:00:00.000Z" → UTC milliseconds, without QDateTime's general parser (it is the
    // slowest part of loading 100,000 rows). 0 for anything else.
    static qint64 parseTimestamp(const QString &text);

private:
    Result<std::vector<CaseSummary>> query(const QString &where, const QVariantList &bindings) const;

    const Database &m_db;
};

} // namespace cw
