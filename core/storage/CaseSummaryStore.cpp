#include "storage/CaseSummaryStore.h"

#include "domain/FormType.h"
#include "domain/TextInterner.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QDate>
#include <QSqlQuery>

namespace cw {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.profile_id, p.name, p.kind, c.receipt_number, c.form_type, c.label, c.archived, c.category, "
    "c.status_en, c.status_es, c.last_error_message, c.last_changed_at, c.next_poll_at, c.modified_date, "
    "c.needs_review, c.uscis_form_type FROM cases c JOIN profiles p ON p.id = c.profile_id");

int digits(const QString &s, int from, int count, bool *ok)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9') {
            *ok = false;
            return 0;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

qint64 julianDayOf(const QString &text)
{
    if (text.size() < 10)
        return 0;
    bool ok = true;
    const QDate date(digits(text, 0, 4, &ok), digits(text, 5, 2, &ok), digits(text, 8, 2, &ok));
    return ok && date.isValid() ? date.toJulianDay() : 0;
}

} // namespace

qint64 CaseSummaryStore::parseTimestamp(const QString &text)
{
    // yyyy-MM-ddTHH:mm:ss[.zzz]Z, as sql::timestamp() writes it
    if (text.size() < 20 || text.at(10) != u'T')
        return 0;
    bool ok = true;
    const QDate date(digits(text, 0, 4, &ok), digits(text, 5, 2, &ok), digits(text, 8, 2, &ok));
    const int h = digits(text, 11, 2, &ok), m = digits(text, 14, 2, &ok), sec = digits(text, 17, 2, &ok);
    int ms = 0;
    if (text.size() >= 24 && text.at(19) == u'.')
        ms = digits(text, 20, 3, &ok);
    if (!ok || !date.isValid() || h > 23 || m > 59 || sec > 60)
        return 0;
    constexpr qint64 kEpochDay = 2440588; // 1970-01-01
    return ((date.toJulianDay() - kEpochDay) * 86400 + h * 3600 + m * 60 + sec) * 1000 + ms;
}

Result<std::vector<CaseSummary>> CaseSummaryStore::all() const
{
    return query(QStringLiteral(" ORDER BY c.receipt_number"), {});
}

Result<std::vector<CaseSummary>> CaseSummaryStore::firstPage(int limit) const
{
    return query(QStringLiteral(" ORDER BY c.receipt_number LIMIT ?"), {limit});
}

Result<int> CaseSummaryStore::count() const
{
    auto q = execSql(m_db, QStringLiteral("SELECT COUNT(*) FROM cases"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

Result<std::vector<CaseSummary>> CaseSummaryStore::some(const QList<qint64> &ids) const
{
    std::vector<CaseSummary> out;
    out.reserve(size_t(ids.size()));
    const Status read = sql::forIdChunks(ids, [&](const QList<qint64> &chunk, const QString &marks) -> Status {
        QVariantList bindings;
        for (qint64 id : chunk)
            bindings << id;
        auto part = query(QStringLiteral(" WHERE c.id IN (%1)").arg(marks), bindings);
        if (!part)
            return part.error();
        std::move(part.value().begin(), part.value().end(), std::back_inserter(out));
        return {};
    });
    if (!read)
        return read.error();
    return out;
}

Result<std::vector<CaseSummary>> CaseSummaryStore::query(const QString &where, const QVariantList &bindings) const
{
    auto q = execSql(m_db, kSelect + where, bindings);
    if (!q)
        return q.error();
    TextInterner intern;
    std::vector<CaseSummary> out;
    QSqlQuery &r = q.value();
    while (r.next()) {
        CaseSummary c;
        c.id = r.value(0).toLongLong();
        c.profileId = r.value(1).toLongLong();
        c.profileName = intern(r.value(2).toString());
        c.petitioner = r.value(3).toString() == u"petitioner";
        c.receipt = r.value(4).toString();
        c.formType = intern(r.value(5).toString());
        c.label = intern(r.value(6).toString());
        c.archived = r.value(7).toInt() != 0;
        c.category = intern(r.value(8).toString());
        c.statusEn = intern(r.value(9).toString());
        c.statusEs = intern(r.value(10).toString());
        c.errorMessage = intern(r.value(11).toString());
        c.lastChangedMs = parseTimestamp(r.value(12).toString());
        c.nextCheckMs = parseTimestamp(r.value(13).toString());
        c.statusSinceDay = julianDayOf(r.value(14).toString());
        if (c.statusSinceDay == 0 && c.lastChangedMs > 0)
            c.statusSinceDay = c.lastChangedMs / 86400000 + 2440588;
        c.needsReview = r.value(15).toInt() != 0;
        c.uscisFormType = intern(r.value(16).toString());
        c.formMismatch = formsDiffer(c.formType, c.uscisFormType);
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace cw
