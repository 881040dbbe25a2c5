#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace cw {

// Maps a USCIS status title, English or Spanish, to one of the stable categories of
// DESIGN.md §4. The rules are data (resources/status_categories.json), not code. A title no
// rule knows maps to OTHER and is flagged for a person: never guessed.
class StatusNormalizer final
{
    Q_DECLARE_TR_FUNCTIONS(StatusNormalizer)

public:
    struct Match
    {
        QString category;  // "OTHER" when unknown
        QString language;  // "en", "es", or "" for empty input
        bool known = false;
    };

    // Loads the built-in table.
    StatusNormalizer();
    // Loads a table from JSON (tests; a firm's own overrides later).
    static Result<StatusNormalizer> fromJson(const QByteArray &json);

    Match normalize(const QString &title) const;
    bool isValid() const { return !m_rules.isEmpty(); }

    static QStringList categories();
    static QString normalizedText(const QString &title);
    // Translated name of a category for display.
    static QString displayName(const QString &category);

private:
    explicit StatusNormalizer(int /*empty*/) {}

    struct Rule
    {
        QString category;
        QString language;
        QRegularExpression pattern;
    };
    QList<Rule> m_rules;
};

} // namespace cw
