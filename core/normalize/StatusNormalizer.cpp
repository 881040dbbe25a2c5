#include "normalize/StatusNormalizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNormalize, "casewatch.core.normalize")

namespace cw {

namespace {

// Stable identifiers: stored, and shown only through displayName().
const char *const kCategories[] = {
    "RECEIVED",
    "BIOMETRICS_SCHEDULED",
    "BIOMETRICS_COMPLETED",
    "IN_REVIEW",
    "RFE_ISSUED",
    "RFE_RECEIVED",
    "NOID_ISSUED",
    "INTERVIEW_SCHEDULED",
    "INTERVIEW_COMPLETED",
    "TRANSFERRED",
    "APPROVED",
    "CARD_PRODUCED",
    "CARD_MAILED",
    "CARD_DELIVERED",
    "OATH_SCHEDULED",
    "DENIED",
    "REJECTED",
    "WITHDRAWN",
    "TERMINATED",
    "REOPENED",
    "FEE_ISSUE",
    "DOCUMENT_MAILED",
    "UPDATED",
    "OTHER",
};

// Words that only a Spanish title has: decides the language of a title no rule knows.
bool looksSpanish(const QString &normalized)
{
    static const QRegularExpression kSpanish(
        QStringLiteral("\\b(fue|caso|se|su|el|la|los|las|del|por|para|esta|tarjeta|solicitud|aviso|envio)\\b"));
    static const QRegularExpression kEnglish(QStringLiteral("\\b(was|the|case|is|and|of|to|my|has|been)\\b"));
    return normalized.count(kSpanish) > normalized.count(kEnglish);
}

} // namespace

QStringList StatusNormalizer::categories()
{
    QStringList out;
    for (const char *c : kCategories)
        out << QString::fromLatin1(c);
    return out;
}

QString StatusNormalizer::displayName(const QString &category)
{
    static const char *const kNames[][2] = {
        {"RECEIVED", QT_TRANSLATE_NOOP("StatusNormalizer", "Received")},
        {"BIOMETRICS_SCHEDULED", QT_TRANSLATE_NOOP("StatusNormalizer", "Biometrics scheduled")},
        {"BIOMETRICS_COMPLETED", QT_TRANSLATE_NOOP("StatusNormalizer", "Biometrics taken")},
        {"IN_REVIEW", QT_TRANSLATE_NOOP("StatusNormalizer", "In review")},
        {"RFE_ISSUED", QT_TRANSLATE_NOOP("StatusNormalizer", "RFE issued")},
        {"RFE_RECEIVED", QT_TRANSLATE_NOOP("StatusNormalizer", "RFE response received")},
        {"NOID_ISSUED", QT_TRANSLATE_NOOP("StatusNormalizer", "Intent to deny issued")},
        {"INTERVIEW_SCHEDULED", QT_TRANSLATE_NOOP("StatusNormalizer", "Interview scheduled")},
        {"INTERVIEW_COMPLETED", QT_TRANSLATE_NOOP("StatusNormalizer", "Interview completed")},
        {"TRANSFERRED", QT_TRANSLATE_NOOP("StatusNormalizer", "Transferred")},
        {"APPROVED", QT_TRANSLATE_NOOP("StatusNormalizer", "Approved")},
        {"CARD_PRODUCED", QT_TRANSLATE_NOOP("StatusNormalizer", "Card being produced")},
        {"CARD_MAILED", QT_TRANSLATE_NOOP("StatusNormalizer", "Card mailed")},
        {"CARD_DELIVERED", QT_TRANSLATE_NOOP("StatusNormalizer", "Card delivered")},
        {"OATH_SCHEDULED", QT_TRANSLATE_NOOP("StatusNormalizer", "Oath ceremony scheduled")},
        {"DENIED", QT_TRANSLATE_NOOP("StatusNormalizer", "Denied")},
        {"REJECTED", QT_TRANSLATE_NOOP("StatusNormalizer", "Rejected")},
        {"WITHDRAWN", QT_TRANSLATE_NOOP("StatusNormalizer", "Withdrawn")},
        {"TERMINATED", QT_TRANSLATE_NOOP("StatusNormalizer", "Terminated")},
        {"REOPENED", QT_TRANSLATE_NOOP("StatusNormalizer", "Reopened")},
        {"FEE_ISSUE", QT_TRANSLATE_NOOP("StatusNormalizer", "Fee issue")},
        {"DOCUMENT_MAILED", QT_TRANSLATE_NOOP("StatusNormalizer", "Document mailed")},
        {"UPDATED", QT_TRANSLATE_NOOP("StatusNormalizer", "Updated")},
        {"OTHER", QT_TRANSLATE_NOOP("StatusNormalizer", "Needs review")},
    };
    for (const auto &[id, name] : kNames) {
        if (category == QLatin1String(id))
            return tr(name);
    }
    return category;
}

QString StatusNormalizer::normalizedText(const QString &title)
{
    const QString decomposed = title.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // accents: "está" -> "esta"
        if (c == u'\'' || c == u'\u2019' || c == u'`')
            continue; // "USCIS' Request" -> "uscis request"
        out.append(c.isLetterOrNumber() ? c : QChar(u' '));
    }
    return out.simplified();
}

StatusNormalizer::StatusNormalizer()
{
    QFile file(QStringLiteral(":/casewatch/status_categories.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcNormalize) << "the built-in status table is missing from the resources";
        return;
    }
    auto loaded = fromJson(file.readAll());
    if (!loaded) {
        qCCritical(lcNormalize) << "the built-in status table is invalid:" << loaded.error().message;
        return;
    }
    m_rules = std::move(loaded.value().m_rules);
}

Result<StatusNormalizer> StatusNormalizer::fromJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Error{QStringLiteral("normalize.bad_table"),
                     tr("The status table is not valid JSON: %1").arg(error.errorString())};
    const QStringList known = categories();
    StatusNormalizer n(0);
    for (const QJsonValue &ruleValue : doc.object().value(QLatin1String("rules")).toArray()) {
        const QJsonObject rule = ruleValue.toObject();
        const QString category = rule.value(QLatin1String("category")).toString();
        if (!known.contains(category))
            return Error{QStringLiteral("normalize.bad_category"),
                         tr("The status table names an unknown category \"%1\".").arg(category)};
        for (const char *language : {"en", "es"}) {
            for (const QJsonValue &p : rule.value(QLatin1String(language)).toArray()) {
                QRegularExpression re(QStringLiteral("^(?:%1)$").arg(p.toString()));
                if (!re.isValid())
                    return Error{QStringLiteral("normalize.bad_pattern"),
                                 tr("The status table has an invalid pattern \"%1\": %2").arg(p.toString(), re.errorString())};
                re.optimize();
                n.m_rules.append(Rule{category, QString::fromLatin1(language), re});
            }
        }
    }
    if (n.m_rules.isEmpty())
        return Error{QStringLiteral("normalize.empty_table"), tr("The status table has no rules.")};
    return n;
}

StatusNormalizer::Match StatusNormalizer::normalize(const QString &title) const
{
    const QString text = normalizedText(title);
    if (text.isEmpty())
        return Match{QStringLiteral("OTHER"), QString(), false};
    for (const Rule &rule : m_rules) {
        if (rule.pattern.match(text).hasMatch())
            return Match{rule.category, rule.language, true};
    }
    return Match{QStringLiteral("OTHER"), looksSpanish(text) ? QStringLiteral("es") : QStringLiteral("en"), false};
}

} // namespace cw
