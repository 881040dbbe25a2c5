#include "import/DocumentStore.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cw {

namespace {

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue firstOr(const QList<I797Notice> &notices, const std::function<QJsonValue(const I797Notice &)> &get)
{
    for (const I797Notice &n : notices) {
        const QJsonValue v = get(n);
        if (!v.isNull() && !(v.isString() && v.toString().isEmpty()))
            return v;
    }
    return QJsonValue();
}

} // namespace

QJsonObject DocumentStore::toJson(const ImportedFile &file)
{
    QJsonArray notices;
    QJsonArray names;
    for (const I797Notice &n : file.notices) {
        for (const QString &name : n.names()) {
            if (!names.contains(name))
                names.append(name);
        }
        notices.append(QJsonObject{
            {QStringLiteral("receipts"), QJsonArray::fromStringList(n.receipts)},
            {QStringLiteral("form_type"), n.formType.isEmpty() ? QJsonValue() : QJsonValue(n.formType)},
            {QStringLiteral("notice_type"), n.noticeType},
            {QStringLiteral("notice_date"), date(n.noticeDate)},
            {QStringLiteral("received_date"), date(n.receivedDate)},
            {QStringLiteral("priority_date"), date(n.priorityDate)},
            {QStringLiteral("applicants"), QJsonArray::fromStringList(n.applicants)},
            {QStringLiteral("petitioners"), QJsonArray::fromStringList(n.petitioners)},
            {QStringLiteral("beneficiaries"), QJsonArray::fromStringList(n.beneficiaries)},
            {QStringLiteral("pages"), QJsonArray{n.firstPage + 1, n.lastPage + 1}},
            {QStringLiteral("method"), n.fromOcr ? QStringLiteral("ocr") : QStringLiteral("text")},
            {QStringLiteral("ocr_corrected"), n.corrected},
            {QStringLiteral("turned"), n.turned},
        });
    }
    // Page by page: how it was read, which way it was turned, whether it held a receipt number (a
    // fax's cover sheet holds none).
    QJsonArray pageReads;
    for (const PageRead &r : file.pageReads) {
        pageReads.append(QJsonObject{{QStringLiteral("method"), r.ocr ? QStringLiteral("ocr") : QStringLiteral("text")},
                                     {QStringLiteral("turned"), r.turned},
                                     {QStringLiteral("turned_by"), r.turnedBy.isEmpty() ? QJsonValue() : r.turnedBy},
                                     {QStringLiteral("receipts"), r.receipts}});
    }
    QJsonArray withoutReceipts;
    if (!file.error) {
        for (int page : file.pagesWithoutReceipts())
            withoutReceipts.append(page);
    }
    QJsonObject error;
    if (file.error)
        error =
            QJsonObject{{QStringLiteral("code"), file.error->code}, {QStringLiteral("message"), file.error->message}};
    return QJsonObject{
        {QStringLiteral("file"), file.path},
        {QStringLiteral("sha256"), file.sha256.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(file.sha256))},
        {QStringLiteral("pages"), file.pages},
        {QStringLiteral("receipts"), QJsonArray::fromStringList(file.receipts())},
        {QStringLiteral("form_type"),
         firstOr(file.notices, [](const I797Notice &n) { return QJsonValue(n.formType); })},
        {QStringLiteral("notice_type"),
         firstOr(file.notices, [](const I797Notice &n) { return QJsonValue(n.noticeType); })},
        {QStringLiteral("notice_date"), firstOr(file.notices, [](const I797Notice &n) { return date(n.noticeDate); })},
        {QStringLiteral("received_date"),
         firstOr(file.notices, [](const I797Notice &n) { return date(n.receivedDate); })},
        {QStringLiteral("priority_date"),
         firstOr(file.notices, [](const I797Notice &n) { return date(n.priorityDate); })},
        {QStringLiteral("names"), names},
        {QStringLiteral("method"), file.pages > 0 ? QJsonValue(file.method()) : QJsonValue()},
        {QStringLiteral("notices"), notices},
        {QStringLiteral("format"), file.format.isEmpty() ? QJsonValue() : QJsonValue(file.format)},
        {QStringLiteral("page_reads"), pageReads},
        {QStringLiteral("pages_without_receipts"), withoutReceipts},
        {QStringLiteral("error"), file.error ? QJsonValue(error) : QJsonValue()},
    };
}

Result<std::optional<DocumentStore::Document>> DocumentStore::findBySha256(const QString &sha256) const
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT id, sha256, file_name, COALESCE(profile_id, 0), receipts, imported_at "
                                    "FROM documents WHERE sha256 = ?"),
                     {sha256});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Document>();
    const QSqlQuery &r = q.value();
    return std::optional<Document>(
        Document{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toLongLong(),
                 r.value(4).toString().split(u' ', Qt::SkipEmptyParts), r.value(5).toString()});
}

Result<qint64> DocumentStore::record(const ImportedFile &file, qint64 profileId) const
{
    QJsonObject extracted = toJson(file);
    extracted.remove(QStringLiteral("file")); // the path on this desktop says nothing on another
    const QVariantList values{QString::fromLatin1(file.sha256),
                              file.fileName,
                              profileId > 0 ? QVariant(profileId) : QVariant(QMetaType::fromType<qint64>()),
                              file.method(),
                              file.pages,
                              file.receipts().join(u' '),
                              QString::fromUtf8(QJsonDocument(extracted).toJson(QJsonDocument::Compact)),
                              sql::now()};
    auto q = execSql(m_db,
                     QStringLiteral("INSERT INTO documents (sha256, file_name, profile_id, method, pages, receipts, "
                                    "extracted, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                    "ON CONFLICT (sha256) DO UPDATE SET file_name = excluded.file_name, "
                                    "profile_id = excluded.profile_id, imported_at = excluded.imported_at"),
                     values);
    if (!q)
        return q.error();
    auto found = findBySha256(QString::fromLatin1(file.sha256));
    if (!found)
        return found.error();
    return found.value() ? found.value()->id : qint64(0);
}

} // namespace cw
