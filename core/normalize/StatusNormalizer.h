#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace cw {

// Maps a USCIS status title, English or Spanish, to one of the stable categories of
// domain/StatusCategory.h. The knowledge is data (resources/status_categories.json: exact titles,
// then ordered phrase rules), plus the firm's own assignments (storage/StatusRuleStore.h), which
// come first. A title nothing knows maps to OTHER and is flagged for a person: never guessed.
// Copies are cheap (the compiled patterns are shared) and each thread uses its own.
class StatusNormalizer final
{
    Q_DECLARE_TR_FUNCTIONS(StatusNormalizer)

public:
    // How an answer was reached.
    enum class Source { None, Table, Rule, Firm };

    struct Match
    {
        QString category; // "OTHER" when unknown
        QString language; // "en", "es", or "" for empty input
        bool known = false;
        Source source = Source::None;
        bool fromDescription = false; // the title was generic; USCIS's description decided
    };

    // Loads the built-in table.
    StatusNormalizer();
    // Loads a table from JSON (tests; see the built-in table for the format).
    static Result<StatusNormalizer> fromJson(const QByteArray &json);

    // The category of one title; `description` (USCIS's text for that status, raw) is read only
    // when the title is too generic to say anything by itself.
    Match normalize(const QString &title, const QString &description = {}) const;
    // A case's current status or a history entry: the English title whenever USCIS sent one,
    // the Spanish one only when it did not.
    Match normalizeStatus(const QString &titleEn, const QString &titleEs, const QString &descriptionEn = {}) const;
    bool isValid() const { return !m_table.isEmpty(); }

    // The firm's assignments: normalized title -> category. Replaces the previous set.
    void setFirmRules(QHash<QString, QString> rules) { m_firm = std::move(rules); }
    const QHash<QString, QString> &firmRules() const { return m_firm; }

    static QStringList categories();
    static QString normalizedText(const QString &title);
    // Translated name of a category for display.
    static QString displayName(const QString &category);
    static QString sourceId(Source source); // "table" | "rule" | "firm" | ""

private:
    explicit StatusNormalizer(int /*empty*/) { }

    struct Pattern
    {
        QString category;
        QString language;
        QRegularExpression re;
    };
    struct PhraseRule
    {
        QString category;
        QString language;
        QList<QRegularExpression> all;
        QRegularExpression any; // invalid when the rule has no "any"
        QRegularExpression none;
    };

    const Pattern *tableMatch(const QString &text, const QString &language) const;
    const PhraseRule *ruleMatch(const QString &text, const QString &language) const;
    static bool matches(const PhraseRule &rule, const QString &text);
    Match classify(const QString &text, const QString &description) const;

    QList<Pattern> m_table;
    QList<QRegularExpression> m_generic;
    QList<QRegularExpression> m_prefixes;
    QList<PhraseRule> m_rules;
    QList<PhraseRule> m_descriptionRules;
    QHash<QString, QString> m_firm;
};

} // namespace cw
