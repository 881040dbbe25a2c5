#include "import/ReceiptScanner.h"

#include <QRegularExpression>

namespace cw {

namespace {

// 13 significant characters with at most a few separators between them, not glued to more
// letters or digits on either side.
const QRegularExpression &candidatePattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![A-Za-z0-9])([A-Za-z0-9](?:[ \\-.*'’]?[A-Za-z0-9]){12})(?![A-Za-z0-9])"));
    return re;
}

const QRegularExpression &labelPattern()
{
    static const QRegularExpression re(QStringLiteral("RECEIPT\\s*(?:NUMBER|NO\\.?|#)|N[UÚ]MERO\\s+DE\\s+RECIBO"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

QChar asLetter(QChar c)
{
    switch (c.unicode()) {
    case '0':
        return u'O';
    case '1':
        return u'I';
    case '5':
        return u'S';
    case '8':
        return u'B';
    case 'l':
    case '|':
        return u'I';
    default:
        return c.toUpper();
    }
}

QChar asDigit(QChar c)
{
    switch (c.toUpper().unicode()) {
    case 'O':
    case 'D':
    case 'Q':
        return u'0';
    case 'I':
    case 'L':
    case '|':
        return u'1';
    case 'S':
        return u'5';
    case 'B':
        return u'8';
    case 'Z':
        return u'2';
    default:
        return c;
    }
}

// Whether a "Receipt Number" label stands shortly before `position` (same line or the line above).
bool labelledAt(const QString &text, qsizetype position)
{
    const qsizetype from = std::max<qsizetype>(0, position - 120);
    const QString before = text.mid(from, position - from);
    auto it = labelPattern().globalMatch(before);
    qsizetype last = -1;
    while (it.hasNext())
        last = it.next().capturedEnd();
    if (last < 0)
        return false;
    // On the label's line or the next line with anything on it (OCR leaves blank lines between),
    // and not past another number.
    const QStringList lines = before.mid(last).split(u'\n');
    int filled = 0;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i)
        filled += lines[i].trimmed().isEmpty() ? 0 : 1;
    static const QRegularExpression number(QStringLiteral("[0-9]{4}"));
    return filled == 0 && !before.mid(last).contains(number);
}

} // namespace

QList<ReceiptScanner::Found> ReceiptScanner::scan(const QString &text)
{
    QList<Found> out;
    auto it = candidatePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString raw;
        int separators = 0;
        for (QChar c : m.capturedView(1)) {
            if (c.isLetterOrNumber())
                raw += c;
            else
                ++separators;
        }
        if (raw.size() != 13 || separators > 2)
            continue;
        // The prefix must read as letters: a run of digits is a phone or account number, not a
        // receipt with its letters misread.
        int prefixDigits = 0;
        QString fixed;
        for (int i = 0; i < 3; ++i) {
            prefixDigits += raw[i].isDigit() ? 1 : 0;
            fixed += asLetter(raw[i]);
        }
        int digitLetters = 0;
        for (int i = 3; i < 13; ++i) {
            digitLetters += raw[i].isLetter() ? 1 : 0;
            fixed += asDigit(raw[i]);
        }
        if (prefixDigits > 2 || digitLetters > 3)
            continue;
        auto parsed = ReceiptNumber::parse(fixed);
        if (!parsed)
            continue;
        Found f;
        f.receipt = parsed.value();
        f.position = m.capturedStart(1);
        f.corrected = separators > 0 || fixed != raw.toUpper() || raw != raw.toUpper();
        f.labelled = labelledAt(text, f.position);
        // Guessing at an unknown prefix is only fair where the notice says this is the receipt
        // number, and never when the letters themselves had to be repaired.
        if (!f.receipt.hasKnownPrefix() && (!f.labelled || prefixDigits > 0 || digitLetters > 0))
            continue;
        // Two of three prefix letters misread ("10E…" for IOE) only under the label.
        if (prefixDigits > 1 && !f.labelled)
            continue;
        bool duplicate = false;
        for (const Found &seen : out)
            duplicate = duplicate || seen.receipt == f.receipt;
        if (!duplicate)
            out.append(f);
    }
    return out;
}

} // namespace cw
