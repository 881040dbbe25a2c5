#include "domain/ReceiptNumber.h"

#include <QHash>
#include <QRegularExpression>

namespace cw {

namespace {

struct Office
{
    const char *prefix;
    const char *name;
};

// The offices whose receipts the Case Status API serves (docs/ARCHITECTURE.md §4).
constexpr Office kOffices[] = {
    {"EAC", QT_TRANSLATE_NOOP("ReceiptNumber", "Vermont Service Center")},
    {"WAC", QT_TRANSLATE_NOOP("ReceiptNumber", "California Service Center")},
    {"LIN", QT_TRANSLATE_NOOP("ReceiptNumber", "Nebraska Service Center")},
    {"SRC", QT_TRANSLATE_NOOP("ReceiptNumber", "Texas Service Center")},
    {"NBC", QT_TRANSLATE_NOOP("ReceiptNumber", "National Benefits Center")},
    {"MSC", QT_TRANSLATE_NOOP("ReceiptNumber", "Missouri Service Center (National Benefits Center)")},
    {"IOE", QT_TRANSLATE_NOOP("ReceiptNumber", "USCIS Electronic Immigration System (online filing)")},
    {"YSC", QT_TRANSLATE_NOOP("ReceiptNumber", "Potomac Service Center")},
};

bool isSeparator(QChar c)
{
    // What people type or paste between the parts of a receipt number.
    return c.isSpace() || c == u'-' || c == u'*' || c == u'.' || c == u'_' || c == u'/' || c == u'\u2013'
           || c == u'\u2014' || c == u'\u00a0';
}

bool isSurrounding(QChar c)
{
    return c.isSpace() || c.isPunct() || c.isSymbol();
}

bool isAsciiLetter(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

Error error(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

} // namespace

QStringList ReceiptNumber::knownPrefixes()
{
    QStringList out;
    for (const auto &office : kOffices)
        out << QString::fromLatin1(office.prefix);
    return out;
}

QString ReceiptNumber::officeForPrefix(QStringView prefix)
{
    for (const auto &office : kOffices) {
        if (prefix.compare(QLatin1String(office.prefix), Qt::CaseInsensitive) == 0)
            return tr(office.name);
    }
    return {};
}

QString ReceiptNumber::warning() const
{
    if (!isValid() || hasKnownPrefix())
        return {};
    return tr("The prefix %1 is not one of the USCIS service centers this app knows (%2). "
              "Check the number against the notice; it is kept as entered.")
        .arg(prefix(), knownPrefixes().join(QStringLiteral(", ")));
}

Result<ReceiptNumber> ReceiptNumber::parse(QStringView input)
{
    // Strip whatever surrounds the number: quotes, brackets, trailing commas, a leading '#'.
    qsizetype begin = 0;
    qsizetype end = input.size();
    while (begin < end && isSurrounding(input[begin]))
        ++begin;
    while (end > begin && isSurrounding(input[end - 1]))
        --end;
    const QStringView trimmed = input.mid(begin, end - begin);
    if (trimmed.isEmpty())
        return error("receipt.empty", tr("No receipt number was given. A receipt number looks like "
                                         "EAC9912345678: three letters and ten digits."));

    QString compact;
    compact.reserve(trimmed.size());
    for (QChar c : trimmed) {
        if (isSeparator(c))
            continue;
        const QChar upper = c.toUpper();
        if (!isAsciiLetter(upper) && !isAsciiDigit(upper))
            return error("receipt.invalid_character",
                         tr("\"%1\" contains the character '%2', which cannot be part of a receipt "
                            "number. Use only three letters and ten digits, e.g. EAC9912345678.")
                             .arg(trimmed.toString(), c));
        compact.append(upper);
    }

    qsizetype letters = 0;
    while (letters < compact.size() && isAsciiLetter(compact[letters]))
        ++letters;
    const QString digits = compact.mid(letters);

    if (letters == 0)
        return error("receipt.no_prefix",
                     tr("\"%1\" does not start with the three-letter office prefix (such as EAC, WAC, "
                        "LIN, SRC, NBC, MSC or IOE). Copy the number from the notice including its "
                        "letters.")
                         .arg(trimmed.toString()));
    if (letters != 3)
        return error("receipt.bad_prefix",
                     tr("\"%1\" starts with %n letter(s); a receipt number starts with exactly three "
                        "(such as EAC or IOE).",
                        nullptr, int(letters))
                         .arg(trimmed.toString()));

    const QString prefix = compact.left(3);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (!isAsciiDigit(digits[i])) {
            QString hint;
            if (digits[i] == u'O')
                hint = tr(" Did you mean the digit 0?");
            else if (digits[i] == u'I' || digits[i] == u'L')
                hint = tr(" Did you mean the digit 1?");
            return error("receipt.letter_in_digits",
                         tr("\"%1\" has the letter '%2' where a digit belongs: after the three-letter "
                            "prefix come ten digits.%3")
                             .arg(trimmed.toString(), digits[i], hint));
        }
    }

    if (prefix.startsWith(u'Z') && digits.size() == 9)
        return error("receipt.asylum", tr("%1 is an asylum-office receipt number. The USCIS Case Status API does not "
                                          "serve asylum-office cases; track it on the asylum office's own channels.")
                                           .arg(compact));
    if (digits.size() < 10)
        return error("receipt.too_short",
                     tr("\"%1\" has %n digit(s) after the prefix; a receipt number has ten. A digit "
                        "may be missing.",
                        nullptr, int(digits.size()))
                         .arg(trimmed.toString()));
    if (digits.size() > 10)
        return error("receipt.too_long", tr("\"%1\" has %n digit(s) after the prefix; a receipt number has ten. Two "
                                            "numbers may have run together, or a digit was typed twice.",
                                            nullptr, int(digits.size()))
                                             .arg(trimmed.toString()));

    return ReceiptNumber(compact);
}

QStringList ReceiptNumber::splitList(QStringView text)
{
    static const QRegularExpression kLineSplit(QStringLiteral("[\\r\\n,;\\t|]+"));
    // Several complete receipts separated only by spaces: "EAC9999103402 LIN9999106498".
    static const QRegularExpression kRunTogether(QStringLiteral("\\b[A-Za-z]{3}\\d{10}\\b"));
    QStringList out;
    const QStringList chunks = text.toString().split(kLineSplit, Qt::SkipEmptyParts);
    for (const QString &chunk : chunks) {
        if (chunk.trimmed().isEmpty())
            continue;
        QStringList whole;
        auto it = kRunTogether.globalMatch(chunk);
        while (it.hasNext())
            whole << it.next().captured(0);
        QString rest = chunk;
        for (const QString &w : std::as_const(whole))
            rest.remove(w);
        if (whole.size() > 1 && rest.trimmed().isEmpty())
            out << whole;
        else
            out << chunk.trimmed();
    }
    return out;
}

} // namespace cw
