#include "uscis/CaseStatusParser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace cw {

namespace {

ApiError unreadable(int status = 200)
{
    return ApiError{QStringLiteral("uscis.unreadable"),
                    CaseStatusParser::tr("USCIS sent an unreadable answer. The case was not changed; it will "
                                         "be checked again later."),
                    false, status, -1};
}

ApiError noRecord()
{
    return ApiError{QStringLiteral("uscis.not_found"),
                    CaseStatusParser::tr("USCIS returned no record for this receipt number. Check the number "
                                         "against the notice; a protected case also answers this way."),
                    false, 200, -1};
}

QString str(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

CaseSnapshot fromNested(const QJsonObject &root, const QJsonObject &cs)
{
    CaseSnapshot s;
    s.receiptNumber = str(cs, QLatin1String("receiptNumber"));
    s.formType = str(cs, QLatin1String("formType"));
    s.submittedDate = CaseStatusParser::isoDate(str(cs, QLatin1String("submittedDate")));
    s.modifiedDate = CaseStatusParser::isoDate(str(cs, QLatin1String("modifiedDate")));
    s.statusEn = str(cs, QLatin1String("current_case_status_text_en"));
    s.descriptionEn = str(cs, QLatin1String("current_case_status_desc_en"));
    s.statusEs = str(cs, QLatin1String("current_case_status_text_es"));
    s.descriptionEs = str(cs, QLatin1String("current_case_status_desc_es"));
    s.message = str(root, QLatin1String("message"));
    // `null` (not []) when there is no history.
    const QJsonArray history = cs.value(QLatin1String("hist_case_status")).toArray();
    for (const QJsonValue &v : history) {
        const QJsonObject h = v.toObject();
        s.history.append(HistoryEntry{CaseStatusParser::isoDate(str(h, QLatin1String("date"))),
                                      str(h, QLatin1String("completed_text_en")),
                                      str(h, QLatin1String("completed_text_es")),
                                      {}});
    }
    return s;
}

CaseSnapshot fromFlat(const QJsonObject &o)
{
    CaseSnapshot s;
    s.receiptNumber = str(o, QLatin1String("receiptNumber"));
    s.formType = str(o, QLatin1String("formType"));
    s.submittedDate = CaseStatusParser::isoDate(str(o, QLatin1String("submittedDate")));
    s.modifiedDate = CaseStatusParser::isoDate(str(o, QLatin1String("modifiedDate")));
    s.statusEn = str(o, QLatin1String("status"));
    s.descriptionEn = str(o, QLatin1String("description"));
    s.statusEs = str(o, QLatin1String("statusEs"));
    s.descriptionEs = str(o, QLatin1String("statusEsDesc"));
    const QJsonArray history = o.value(QLatin1String("historicalCaseStatuses")).toArray();
    for (const QJsonValue &v : history) {
        const QJsonObject h = v.toObject();
        s.history.append(HistoryEntry{CaseStatusParser::isoDate(str(h, QLatin1String("date"))),
                                      str(h, QLatin1String("status")),
                                      str(h, QLatin1String("descriptionEsDesc")),
                                      {}});
    }
    return s;
}

} // namespace

bool CaseStatusParser::looksLikeHtml(const QByteArray &body)
{
    const QByteArray head = body.trimmed().left(256).toLower();
    return head.startsWith('<') || head.contains("<html") || head.contains("<!doctype");
}

CaseStatusParser::Parsed CaseStatusParser::parseSuccess(const QByteArray &rawBody)
{
    const QByteArray body = rawBody.trimmed();
    if (body.isEmpty())
        return ApiError{QStringLiteral("uscis.empty"),
                        tr("USCIS sent an empty answer. The case will be checked again shortly."), true, 200, -1};
    if (looksLikeHtml(body))
        // A proxy or gateway page instead of the API's answer: worth another try.
        return ApiError{QStringLiteral("uscis.html_page"),
                        tr("A web page came back instead of USCIS's answer (a proxy, firewall or maintenance "
                           "page). The case will be checked again shortly."),
                        true, 200, -1};

    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    bool recovered = false;
    if (error.error != QJsonParseError::NoError) {
        // A body cut short ends inside a value: the connection dropped, try again.
        const bool truncated = error.offset >= body.size() - 1 || !body.endsWith('}');
        const QByteArray repaired = truncated ? QByteArray() : repairJson(body);
        if (!repaired.isEmpty())
            doc = QJsonDocument::fromJson(repaired, &error);
        if (repaired.isEmpty() || error.error != QJsonParseError::NoError) {
            if (truncated)
                return ApiError{QStringLiteral("uscis.truncated"),
                                tr("USCIS's answer was cut short (the connection dropped). The case will be "
                                   "checked again shortly."),
                                true, 200, -1};
            return unreadable();
        }
        recovered = true;
    }
    if (!doc.isObject())
        return unreadable();

    const QJsonObject root = doc.object();
    CaseSnapshot snapshot;
    if (root.value(QLatin1String("case_status")).isObject())
        snapshot = fromNested(root, root.value(QLatin1String("case_status")).toObject());
    else if (root.contains(QLatin1String("receiptNumber")) || root.contains(QLatin1String("status")))
        snapshot = fromFlat(root);
    else if (!errorMessage(body).isEmpty())
        return ApiError{QStringLiteral("uscis.error"), tr("USCIS answered: %1").arg(errorMessage(body)), true, 200, -1};
    else
        return unreadable();
    snapshot.recovered = recovered;

    // An unknown receipt can come back as 200 with empty fields.
    if (snapshot.statusEn.isEmpty() && snapshot.statusEs.isEmpty())
        return noRecord();
    return snapshot;
}

QString CaseStatusParser::errorMessage(const QByteArray &rawBody)
{
    const QByteArray body = rawBody.trimmed();
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    auto msg = [](const QJsonObject &obj) {
        for (const char *key : {"message", "faultstring", "error_description", "Error", "detail"}) {
            const QJsonValue v = obj.value(QLatin1String(key));
            if (v.isString() && !v.toString().trimmed().isEmpty())
                return v.toString().trimmed();
        }
        return QString();
    };
    if (o.value(QLatin1String("fault")).isObject())
        return msg(o.value(QLatin1String("fault")).toObject());
    if (o.value(QLatin1String("error")).isObject())
        return msg(o.value(QLatin1String("error")).toObject());
    if (o.value(QLatin1String("errors")).isArray()) {
        QStringList all;
        for (const QJsonValue &v : o.value(QLatin1String("errors")).toArray()) {
            const QString m = msg(v.toObject());
            if (!m.isEmpty())
                all << m;
        }
        return all.join(QStringLiteral("; "));
    }
    if (const QString m = msg(o); !m.isEmpty())
        return m;
    if (o.value(QLatin1String("error")).isString())
        return o.value(QLatin1String("error")).toString();
    return {};
}

QString CaseStatusParser::isoDate(const QString &input)
{
    const QString text = input.simplified();
    if (text.isEmpty())
        return {};
    static const char *const withTime[] = {"MM-dd-yyyy HH:mm:ss", "MM/dd/yyyy HH:mm:ss",    "yyyy-MM-dd HH:mm:ss",
                                           "MM-dd-yyyy HH:mm",    "MM/dd/yyyy hh:mm:ss AP", "MM/dd/yyyy h:mm:ss AP"};
    for (const char *format : withTime) {
        const QDateTime dt = QLocale::c().toDateTime(text, QString::fromLatin1(format));
        if (dt.isValid())
            return dt.toString(Qt::ISODate);
    }
    for (Qt::DateFormat f : {Qt::ISODateWithMs, Qt::ISODate}) {
        const QDateTime dt = QDateTime::fromString(text, f);
        if (dt.isValid() && text.contains(u'T'))
            return dt.timeSpec() == Qt::LocalTime ? dt.toString(Qt::ISODate) : dt.toUTC().toString(Qt::ISODate);
    }
    static const char *const dateOnly[] = {"yyyy-MM-dd",   "MM-dd-yyyy",  "MM/dd/yyyy",  "M/d/yyyy",
                                           "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "yyyyMMdd"};
    for (const char *format : dateOnly) {
        const QDate d = QLocale::c().toDate(text, QString::fromLatin1(format));
        if (d.isValid())
            return d.toString(Qt::ISODate);
    }
    return {};
}

QByteArray CaseStatusParser::repairJson(const QByteArray &body)
{
    // Walk the text as JSON would. Inside a string, a quote that is not followed (after blanks)
    // by one of , } ] : cannot close the string, so it must be a quote USCIS forgot to escape.
    QByteArray out;
    out.reserve(body.size() + 16);
    bool inString = false;
    int repairs = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (!inString) {
            if (c == '"')
                inString = true;
            out.append(c);
            continue;
        }
        if (c == '\\') {
            out.append(c);
            if (i + 1 < body.size())
                out.append(body[++i]);
            continue;
        }
        if (c == '"') {
            qsizetype j = i + 1;
            while (j < body.size() && (body[j] == ' ' || body[j] == '\t' || body[j] == '\r' || body[j] == '\n'))
                ++j;
            const char next = j < body.size() ? body[j] : '\0';
            if (next == ',' || next == '}' || next == ']' || next == ':' || next == '\0') {
                inString = false;
                out.append(c);
            } else {
                out.append("\\\"");
                ++repairs;
            }
            continue;
        }
        out.append(c);
    }
    if (inString || repairs == 0)
        return {};
    return out;
}

QString CaseStatusParser::plainText(const QString &html)
{
    static const QRegularExpression kBreaks(QStringLiteral("<\\s*(br|/p|/li|/div)\\s*/?>"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression kTags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.replace(kBreaks, QStringLiteral(" "));
    text.remove(kTags);
    const std::pair<const char *, const char *> entities[] = {{"&nbsp;", " "}, {"&amp;", "&"},  {"&quot;", "\""},
                                                              {"&#39;", "'"},  {"&apos;", "'"}, {"&lt;", "<"},
                                                              {"&gt;", ">"}};
    for (const auto &[entity, replacement] : entities)
        text.replace(QLatin1String(entity), QLatin1String(replacement), Qt::CaseInsensitive);
    return text.simplified();
}

} // namespace cw
