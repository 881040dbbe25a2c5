// SandboxServer, continued: the bodies of case answers and the control endpoint.
#include "sandbox/SandboxServer.h"

#include "domain/ReceiptNumber.h"
#include "sandbox/SandboxCases.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMetaEnum>
#include <QUrlQuery>

namespace cw {

namespace {

QString fillText(QString text, const SandboxCase &c, const QDate &date, bool spanish = false)
{
    const QLocale locale =
        spanish ? QLocale(QLocale::Spanish, QLocale::UnitedStates) : QLocale(QLocale::English, QLocale::UnitedStates);
    const QString format = spanish ? QStringLiteral("d 'de' MMMM 'de' yyyy") : QStringLiteral("MMMM d, yyyy");
    text.replace(QStringLiteral("{date2}"), locale.toString(date.addDays(30), format));
    text.replace(QStringLiteral("{date}"), locale.toString(date, format));
    text.replace(QStringLiteral("{due}"), locale.toString(date.addDays(87), format));
    text.replace(QStringLiteral("{form}"), c.formType);
    text.replace(QStringLiteral("{receipt}"), c.receipt);
    return text;
}

QString topLevelDate(const QDate &date)
{
    // The live service's top-level format: MM-DD-YYYY HH:mm:ss.
    return QDateTime(date, QTime(10, 15, 42)).toString(QStringLiteral("MM-dd-yyyy HH:mm:ss"));
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

SandboxServer::Reply SandboxServer::caseBody(const QString &receipt, std::optional<Fault> fault)
{
    Reply r;
    auto errorBody = [&](int status, const QString &message) {
        r.status = status;
        const Fault shape = fault.value_or(Fault::ErrorCodeMessage);
        if (shape == Fault::ErrorNested)
            r.body = compact(
                QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QString::number(status)},
                                                                  {QStringLiteral("message"), message}}}});
        else if (shape == Fault::ErrorArray)
            r.body = compact(QJsonObject{
                {QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("code"), QString::number(status)},
                                                                  {QStringLiteral("message"), message}}}}});
        else if (shape == Fault::ErrorFault)
            r.body = "  "
                     + compact(
                         QJsonObject{{QStringLiteral("fault"), QJsonObject{{QStringLiteral("faultstring"), message}}}});
        else
            r.body = compact(QJsonObject{{QStringLiteral("code"), status}, {QStringLiteral("message"), message}});
        return r;
    };

    if (!ReceiptNumber::parse(receipt))
        return errorBody(422, QStringLiteral("The receipt number is not valid"));
    const SandboxCase *c = lookup(receipt);
    if (fault == Fault::ErrorCodeMessage || fault == Fault::ErrorNested || fault == Fault::ErrorArray
        || fault == Fault::ErrorFault || !c)
        return errorBody(404, QStringLiteral("The receipt number entered is not found"));

    const int stage = stageOf(receipt);
    const SandboxStage &now = c->script.at(stage);
    const QDate nowDate = c->dateOf(stage);
    QString descEn = fillText(now.descriptionEn, *c, nowDate);
    if (fault == Fault::InvalidJson && !descEn.contains(u'"'))
        descEn += QStringLiteral(" See <a href=\"https://www.uscis.gov/contactcenter\">uscis.gov</a>.");
    if (fault == Fault::AmbiguousJson)
        descEn = QStringLiteral("Your case said \"approved\", and then it said \"pending\", as you can see.");
    const bool ioe = receipt.startsWith(u"IOE");
    const bool empty = fault == Fault::EmptyRecord;

    QJsonObject body;
    if (m_shape == Shape::Nested) {
        QJsonObject cs{{QStringLiteral("receiptNumber"), empty ? QString() : c->receipt},
                       {QStringLiteral("formType"), empty ? QString() : c->formType},
                       {QStringLiteral("current_case_status_text_en"), empty ? QString() : now.titleEn},
                       {QStringLiteral("current_case_status_desc_en"), empty ? QString() : descEn},
                       {QStringLiteral("current_case_status_text_es"), empty ? QString() : now.titleEs},
                       {QStringLiteral("current_case_status_desc_es"),
                        empty ? QString() : fillText(now.descriptionEs, *c, nowDate, true)}};
        if (!ioe) { // IOE receipts come without dates
            cs.insert(QStringLiteral("submittedDate"), topLevelDate(c->submitted));
            cs.insert(QStringLiteral("modifiedDate"), topLevelDate(nowDate));
        }
        if (c->withHistory && stage > 0 && !empty) {
            QJsonArray history;
            for (int i = 0; i < stage; ++i)
                history.append(QJsonObject{{QStringLiteral("date"), c->dateOf(i).toString(Qt::ISODate)},
                                           {QStringLiteral("completed_text_en"), c->script.at(i).titleEn},
                                           {QStringLiteral("completed_text_es"), c->script.at(i).titleEs}});
            cs.insert(QStringLiteral("hist_case_status"), history);
        } else {
            cs.insert(QStringLiteral("hist_case_status"), QJsonValue::Null); // null, not []
        }
        body = QJsonObject{{QStringLiteral("case_status"), cs},
                           {QStringLiteral("message"), QStringLiteral("Query was successful")}};
    } else {
        body = QJsonObject{
            {QStringLiteral("receiptNumber"), empty ? QString() : c->receipt},
            {QStringLiteral("formType"), c->formType},
            {QStringLiteral("submittedDate"), c->submitted.toString(QStringLiteral("MM/dd/yyyy"))},
            {QStringLiteral("modifiedDate"), QDateTime(nowDate, QTime(10, 15)).toString(Qt::ISODate)},
            {QStringLiteral("status"), empty ? QString() : now.titleEn},
            {QStringLiteral("description"), empty ? QString() : descEn},
            {QStringLiteral("statusEsDesc"), empty ? QString() : fillText(now.descriptionEs, *c, nowDate, true)}};
        QJsonArray history;
        for (int i = 0; c->withHistory && i < stage; ++i)
            history.append(QJsonObject{{QStringLiteral("status"), c->script.at(i).titleEn},
                                       {QStringLiteral("date"), c->dateOf(i).toString(QStringLiteral("MM/dd/yyyy"))},
                                       {QStringLiteral("description"), QString()},
                                       {QStringLiteral("descriptionEsDesc"), c->script.at(i).titleEs}});
        body.insert(QStringLiteral("historicalCaseStatuses"), history);
    }
    r.body = compact(body);
    if (fault == Fault::InvalidJson || fault == Fault::AmbiguousJson)
        r.body.replace("\\\"", "\""); // the live sandbox forgets to escape quotes inside HTML
    if (fault == Fault::Truncated)
        r.body.truncate(r.body.size() / 2);
    return r;
}

const SandboxCase *SandboxServer::lookup(const QString &receipt)
{
    if (const SandboxCase *known = SandboxCases::find(receipt))
        return known;
    if (!m_serveUnknown)
        return nullptr;
    auto it = m_madeUp.find(receipt);
    if (it == m_madeUp.end()) {
        // Borrow the script of a documented receipt, chosen by the number itself.
        const auto &all = SandboxCases::all();
        SandboxCase c = all.at(int(qHash(receipt) % uint(all.size())));
        c.receipt = receipt;
        it = m_madeUp.insert(receipt, c);
    }
    return &it.value();
}

SandboxServer::Reply SandboxServer::admin(const QHttpServerRequest &request, const QString &what)
{
    // Control endpoint for tests that run the simulator in another process
    // (`casewatch-cli sandbox`). Loopback only, like the whole server.
    Reply r;
    const QUrlQuery q(request.url());
    if (what == u"stats") {
        r.body = compact(QJsonObject{{QStringLiteral("case_requests"), m_stats.caseRequests},
                                     {QStringLiteral("token_requests"), m_stats.tokenRequests},
                                     {QStringLiteral("rate_limited"), m_stats.rateLimited},
                                     {QStringLiteral("ok"), m_stats.ok}});
        return r;
    }
    if (what == u"advance") {
        advance(q.queryItemValue(QStringLiteral("receipt")),
                std::max(1, q.queryItemValue(QStringLiteral("steps")).toInt()));
        r.body = compact(QJsonObject{{QStringLiteral("stage"), stageOf(q.queryItemValue(QStringLiteral("receipt")))}});
        return r;
    }
    if (what == u"fault") {
        const QMetaEnum faults = QMetaEnum::fromType<Fault>();
        bool ok = false;
        const int value = faults.keyToValue(q.queryItemValue(QStringLiteral("name")).toLatin1(), &ok);
        if (!ok) {
            r.status = 400;
            r.body = compact(QJsonObject{{QStringLiteral("message"), QStringLiteral("unknown fault")}});
            return r;
        }
        const double probability = q.queryItemValue(QStringLiteral("probability")).toDouble();
        const int param = q.queryItemValue(QStringLiteral("param")).toInt();
        if (probability > 0)
            setRandomFault(Fault(value), probability, param);
        else
            injectFault(Fault(value), std::max(1, q.queryItemValue(QStringLiteral("count")).toInt()),
                        q.queryItemValue(QStringLiteral("receipt")), param);
        r.body = compact(QJsonObject{{QStringLiteral("ok"), true}});
        return r;
    }
    if (what == u"clear") {
        clearFaults();
        r.body = compact(QJsonObject{{QStringLiteral("ok"), true}});
        return r;
    }
    r.status = 404;
    r.body = compact(QJsonObject{{QStringLiteral("message"), QStringLiteral("unknown control")}});
    return r;
}

} // namespace cw
