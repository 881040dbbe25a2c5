#pragma once

#include "domain/CaseSnapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <variant>

namespace cw {

// Reads the Case Status API's answers: both response shapes, every date format seen, the
// live sandbox's quirks (null history, missing dates, invalid JSON with an unescaped quote in an
// HTML link) and the many shapes of error bodies (docs/ARCHITECTURE.md §4).
class CaseStatusParser final
{
    Q_DECLARE_TR_FUNCTIONS(CaseStatusParser)

public:
    using Parsed = std::variant<CaseSnapshot, ApiError>;

    // A 200 answer: a snapshot, or why it is not one (no record, unreadable, an HTML page).
    static Parsed parseSuccess(const QByteArray &body);

    // USCIS's own message from an error body of any known shape; empty when there is none.
    static QString errorMessage(const QByteArray &body);

    // Any date USCIS writes, as ISO 8601 (date only when there is no time); empty if unknown.
    static QString isoDate(const QString &text);

    // Escapes quotes that cannot end a JSON string (the sandbox's `<a href="…">` in a
    // description). Returns an empty array when the repair is not unambiguous.
    static QByteArray repairJson(const QByteArray &body);

    // Text for display: tags removed, entities decoded, whitespace folded.
    static QString plainText(const QString &html);

    static bool looksLikeHtml(const QByteArray &body);
};

} // namespace cw
