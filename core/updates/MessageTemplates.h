#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cw {

// A client letter's wording for one category in one language, with placeholders such as
// {client_name}; see MessageTemplates::placeholders().
struct MessageTemplate
{
    QString subject;
    QString body;
};

// The letters CaseWatch writes to clients: the built-in wording for every category in English and
// Spanish (resources/client_templates.json), the placeholders a template may use, the check that
// refuses an unknown placeholder or a missing language, and the rendering itself.
class MessageTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplates)

public:
    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("es")}; }
    static QStringList placeholders();
    // resources/client_templates.json: the built-in letters, category words, form names, digests.
    static const QJsonObject &resource();

    // The built-in template of a category ("OTHER" for an unknown one).
    static MessageTemplate builtIn(const QString &category, const QString &language);
    // The category's own "what happens next" sentence, in that language.
    static QString nextSteps(const QString &category, const QString &language);
    // The sentence that carries {deadline}, and the words for "no date".
    static QString deadlineLine(const QString &language);
    static QString noDeadline(const QString &language);

    // An unknown {placeholder} (named in the error), an unbalanced brace, or an empty subject or body.
    static Status check(const MessageTemplate &t, const QString &language);
    // Both languages present and each one valid.
    static Status checkPair(const MessageTemplate &en, const MessageTemplate &es);
    // Fills every placeholder; the text never keeps a {placeholder}.
    static QString render(const QString &text, const QHash<QString, QString> &values);
};

} // namespace cw
