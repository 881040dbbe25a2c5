#include "normalize/StatusNormalizer.h"

#include "domain/StatusCategory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNormalize, "casewatch.core.normalize")

namespace cw {

namespace {

// Words that only a Spanish title has: decides the language of a title no rule knows.
bool looksSpanish(const QString &normalized)
{
    static const QRegularExpression kSpanish(
        QStringLiteral("\\b(fue|caso|se|su|el|la|los|las|del|por|para|esta|tarjeta|solicitud|aviso|envio)\\b"));
    static const QRegularExpression kEnglish(QStringLiteral("\\b(was|the|case|is|and|of|to|my|has|been)\\b"));
    return normalized.count(kSpanish) > normalized.count(kEnglish);
}

// Descriptions are long: the first sentences say what happened, the rest is advice.
constexpr qsizetype kDescriptionChars = 400;

QString stripTags(QString html)
{
    static const QRegularExpression kTag(QStringLiteral("<[^>]*>"));
    return html.remove(kTag);
}

Result<QRegularExpression> compile(const QString &pattern, bool whole)
{
    QRegularExpression re(whole ? QStringLiteral("^(?:%1)$").arg(pattern)
                                : QStringLiteral("\\b(?:%1)\\b").arg(pattern));
    if (!re.isValid())
        return Error{
            QStringLiteral("normalize.bad_pattern"),
            StatusNormalizer::tr("The status table has an invalid pattern \"%1\": %2").arg(pattern, re.errorString())};
    re.optimize();
    return re;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

} // namespace

QStringList StatusNormalizer::categories()
{
    return categories::ids();
}

QString StatusNormalizer::displayName(const QString &category)
{
    return categories::displayName(category);
}

QString StatusNormalizer::sourceId(Source source)
{
    switch (source) {
    case Source::Table:
        return QStringLiteral("table");
    case Source::Rule:
        return QStringLiteral("rule");
    case Source::Firm:
        return QStringLiteral("firm");
    case Source::None:
        break;
    }
    return {};
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
    *this = std::move(loaded.value());
}

Result<StatusNormalizer> StatusNormalizer::fromJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Error{QStringLiteral("normalize.bad_table"),
                     tr("The status table is not valid JSON: %1").arg(error.errorString())};
    const QJsonObject root = doc.object();
    auto checkCategory = [](const QString &category) -> Status {
        if (!categories::find(category))
            return Error{QStringLiteral("normalize.bad_category"),
                         tr("The status table names an unknown category \"%1\".").arg(category)};
        return {};
    };
    StatusNormalizer n(0);
    for (const QJsonValue &rowValue : root.value(QLatin1String("table")).toArray()) {
        const QJsonObject row = rowValue.toObject();
        const QString category = row.value(QLatin1String("category")).toString();
        if (Status s = checkCategory(category); !s)
            return s.error();
        for (const char *language : {"en", "es"}) {
            for (const QString &p : strings(row.value(QLatin1String(language)))) {
                auto re = compile(p, true);
                if (!re)
                    return re.error();
                n.m_table.append(Pattern{category, QString::fromLatin1(language), re.value()});
            }
        }
    }
    for (const auto &[key, target] : {std::pair{"generic", &n.m_generic}, std::pair{"prefixes", &n.m_prefixes}}) {
        for (const QString &p : strings(root.value(QLatin1String(key)))) {
            auto re = compile(p, key == std::string_view("generic"));
            if (!re)
                return re.error();
            target->append(re.value());
        }
    }
    for (const auto &[key, target] :
         {std::pair{"rules", &n.m_rules}, std::pair{"description_rules", &n.m_descriptionRules}}) {
        for (const QJsonValue &ruleValue : root.value(QLatin1String(key)).toArray()) {
            const QJsonObject rule = ruleValue.toObject();
            PhraseRule r;
            r.category = rule.value(QLatin1String("category")).toString();
            r.language = rule.value(QLatin1String("lang")).toString(QStringLiteral("en"));
            if (Status s = checkCategory(r.category); !s)
                return s.error();
            for (const QString &p : strings(rule.value(QLatin1String("all")))) {
                auto re = compile(p, false);
                if (!re)
                    return re.error();
                r.all.append(re.value());
            }
            for (const auto &[field, slot] : {std::pair{"any", &r.any}, std::pair{"none", &r.none}}) {
                const QStringList phrases = strings(rule.value(QLatin1String(field)));
                if (phrases.isEmpty())
                    continue;
                auto re = compile(phrases.join(u'|'), false);
                if (!re)
                    return re.error();
                *slot = re.value();
            }
            if (r.all.isEmpty() && r.any.pattern().isEmpty())
                return Error{QStringLiteral("normalize.bad_rule"),
                             tr("A rule of the status table for \"%1\" has no phrases.").arg(r.category)};
            target->append(std::move(r));
        }
    }
    if (n.m_table.isEmpty() && n.m_rules.isEmpty())
        return Error{QStringLiteral("normalize.empty_table"), tr("The status table has no rules.")};
    return n;
}

bool StatusNormalizer::matches(const PhraseRule &rule, const QString &text)
{
    for (const QRegularExpression &re : rule.all) {
        if (!re.match(text).hasMatch())
            return false;
    }
    if (!rule.any.pattern().isEmpty() && !rule.any.match(text).hasMatch())
        return false;
    return rule.none.pattern().isEmpty() || !rule.none.match(text).hasMatch();
}

const StatusNormalizer::Pattern *StatusNormalizer::tableMatch(const QString &text, const QString &language) const
{
    for (const Pattern &p : m_table) {
        if (p.language == language && p.re.match(text).hasMatch())
            return &p;
    }
    return nullptr;
}

const StatusNormalizer::PhraseRule *StatusNormalizer::ruleMatch(const QString &text, const QString &language) const
{
    for (const PhraseRule &r : m_rules) {
        if (r.language == language && matches(r, text))
            return &r;
    }
    return nullptr;
}

StatusNormalizer::Match StatusNormalizer::classify(const QString &text, const QString &description) const
{
    auto answer = [](const QString &category, const QString &language, Source source, bool fromDescription = false) {
        return Match{category, language, category != u"OTHER", source, fromDescription};
    };
    if (const auto firm = m_firm.constFind(text); firm != m_firm.constEnd())
        return answer(firm.value(), looksSpanish(text) ? QStringLiteral("es") : QStringLiteral("en"), Source::Firm);

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")}) {
        // A title that says nothing by itself: USCIS's description is the second signal.
        if (language == u"en" && !description.isEmpty()) {
            for (const QRegularExpression &generic : m_generic) {
                if (!generic.match(text).hasMatch())
                    continue;
                const QString said = normalizedText(stripTags(description).left(kDescriptionChars));
                for (const PhraseRule &r : m_descriptionRules) {
                    if (matches(r, said))
                        return answer(r.category, language, Source::Rule, true);
                }
                break;
            }
        }
        if (const Pattern *p = tableMatch(text, language))
            return answer(p->category, language, Source::Table);
    }
    // "Case Was Updated To Show That X": X decides when it is understood.
    for (const QRegularExpression &prefix : m_prefixes) {
        const auto m = prefix.match(text);
        if (!m.hasMatch() || m.capturedStart() != 0)
            continue;
        const QString rest = text.mid(m.capturedEnd()).trimmed();
        if (rest.isEmpty())
            break;
        if (const Pattern *p = tableMatch(rest, QStringLiteral("en")))
            return answer(p->category, QStringLiteral("en"), Source::Rule);
        if (const PhraseRule *r = ruleMatch(rest, QStringLiteral("en")))
            return answer(r->category, QStringLiteral("en"), Source::Rule);
        break;
    }
    const QString language = looksSpanish(text) ? QStringLiteral("es") : QStringLiteral("en");
    if (const PhraseRule *r = ruleMatch(text, language))
        return answer(r->category, language, Source::Rule);
    return Match{QStringLiteral("OTHER"), language, false, Source::None, false};
}

StatusNormalizer::Match StatusNormalizer::normalize(const QString &title, const QString &description) const
{
    const QString text = normalizedText(title);
    if (text.isEmpty())
        return Match{QStringLiteral("OTHER"), QString(), false};
    return classify(text, description);
}

StatusNormalizer::Match StatusNormalizer::normalizeStatus(const QString &titleEn, const QString &titleEs,
                                                          const QString &descriptionEn) const
{
    if (!normalizedText(titleEn).isEmpty())
        return normalize(titleEn, descriptionEn);
    return normalize(titleEs);
}

} // namespace cw
