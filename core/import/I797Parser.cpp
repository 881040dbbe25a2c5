#include "import/I797Parser.h"

#include "import/ReceiptScanner.h"

#include <QRegularExpression>

namespace cw {

namespace {

const char *const kLabels[] = {
    "RECEIPT NUMBER", "CASE TYPE",  "RECEIVED DATE", "PRIORITY DATE", "NOTICE DATE", "NOTICE TYPE", "PAGE",
    "APPLICANT",      "PETITIONER", "BENEFICIARY",   "RECEIPT #",     "USCIS A#",    "A#"};

const QRegularExpression &datePattern()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b|"
                       "\\b(January|February|March|April|May|June|July|August|September|October|November|December|"
                       "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Where `label` stands in `line` as a label: in capitals as USCIS prints it, or in any case
// when a colon follows. -1 when it does not.
qsizetype labelAt(const QString &line, const QString &label)
{
    // Built once, read-only afterwards: the import thread and the command line share it safely.
    static const QHash<QString, QRegularExpression> patterns = [] {
        QHash<QString, QRegularExpression> out;
        for (const char *l : kLabels) {
            QString escaped = QRegularExpression::escape(QString::fromLatin1(l));
            escaped.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
            out.insert(QString::fromLatin1(l),
                       QRegularExpression(QStringLiteral("(?<![A-Za-z])(?:%1(?![A-Za-z])|(?i:%1)\\s*:)").arg(escaped)));
        }
        return out;
    }();
    const auto it = patterns.constFind(label);
    if (it == patterns.constEnd())
        return -1;
    const auto m = it->match(line);
    return m.hasMatch() ? m.capturedStart() : -1;
}

struct LabelHit
{
    QString label;
    qsizetype position;
    qsizetype end;
};

QList<LabelHit> labelsIn(const QString &line)
{
    QList<LabelHit> hits;
    for (const char *l : kLabels) {
        const QString label = QString::fromLatin1(l);
        const qsizetype at = labelAt(line, label);
        if (at < 0)
            continue;
        bool inside = false; // "A#" inside "USCIS A#"
        for (const LabelHit &h : hits)
            inside = inside || (at >= h.position && at < h.end);
        if (!inside)
            hits.append({label, at, at + label.size()});
    }
    std::sort(hits.begin(), hits.end(), [](const LabelHit &a, const LabelHit &b) { return a.position < b.position; });
    return hits;
}

QString restAfter(const QString &line, const LabelHit &hit, const QList<LabelHit> &hits)
{
    qsizetype end = line.size();
    for (const LabelHit &h : hits) {
        if (h.position > hit.position) {
            end = h.position;
            break;
        }
    }
    QString rest = line.mid(hit.end, end - hit.end);
    while (!rest.isEmpty() && (rest.front().isSpace() || rest.front() == u':' || rest.front() == u'#'))
        rest.remove(0, 1);
    return rest.trimmed();
}

QStringList datesIn(const QString &text)
{
    QStringList out;
    auto it = datePattern().globalMatch(text);
    while (it.hasNext())
        out << it.next().captured(0);
    return out;
}

// The value of a label: after it on its line, else — a boxed header — on the next line, at the
// label's place among the labels of its kind.
QString valueOf(const QStringList &lines, const QString &label, bool wantDate)
{
    for (int i = 0; i < lines.size(); ++i) {
        const QList<LabelHit> hits = labelsIn(lines[i]);
        for (int h = 0; h < hits.size(); ++h) {
            if (hits[h].label != label)
                continue;
            const QString rest = restAfter(lines[i], hits[h], hits);
            if (wantDate) {
                const QStringList dates = datesIn(rest);
                if (!dates.isEmpty())
                    return dates.first();
            } else if (!rest.isEmpty()) {
                return rest;
            }
            // Table layout: the values line below.
            int next = i + 1;
            while (next < lines.size() && lines[next].trimmed().isEmpty())
                ++next;
            if (next >= lines.size() || !labelsIn(lines[next]).isEmpty())
                continue;
            if (wantDate) {
                int index = 0;
                for (int k = 0; k < h; ++k)
                    index += hits[k].label.endsWith(u"DATE") ? 1 : 0;
                const QStringList dates = datesIn(lines[next]);
                if (index < dates.size())
                    return dates[index];
            } else if (hits.size() == 1 || label == u"CASE TYPE") {
                // Beside the receipt number, the case type is the one value that starts with a
                // form number: the caller picks it out of the whole line.
                return lines[next].trimmed();
            }
        }
    }
    return {};
}

QString cleanName(QString name)
{
    // What follows a name on the same line: an A-number, a date of birth, a case type.
    static const QRegularExpression tail(QStringLiteral("\\s{2,}.*$|\\s+(?:A#|A-?\\d|DOB|C/O).*$|[0-9].*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    name = name.trimmed();
    name.remove(tail);
    name = name.simplified();
    // OCR's leftovers of the box's rules at either end ("| MARIA LOPEZ _").
    while (!name.isEmpty() && !name.front().isLetter())
        name.remove(0, 1);
    while (!name.isEmpty() && !name.back().isLetter() && name.back() != u'.')
        name.chop(1);
    while (name.endsWith(u',') || name.endsWith(u'.'))
        name.chop(1);
    name = name.simplified();
    int letters = 0;
    for (QChar c : name)
        letters += c.isLetter() ? 1 : 0;
    return letters >= 3 ? name : QString();
}

// An A-number on a line of its own ("A# 212-345-678", "A212 345 678", "USCIS A# 212345678").
bool isANumberLine(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:USCIS\\s+)?A\\s*#?\\s*:?\\s*-?\\s*\\d{3}[\\s-]?\\d{3}[\\s-]?\\d{2,3}\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(line).hasMatch();
}

// A header box's values line with the values of the other labels on its row taken out — dates,
// "1 of 2", receipt and A-numbers — leaving the party's name ("01/20/2026   MARIA LOPEZ" under
// "NOTICE DATE   APPLICANT").
QString withoutOtherValues(QString line)
{
    static const QRegularExpression others(
        QStringLiteral(
            "\\b\\d+\\s+of\\s+\\d+\\b|\\b[A-Z]{3}\\d{10}\\b|(?:USCIS\\s+)?\\bA\\s*#?\\s*-?\\d{3}[\\s-]?\\d{3}[\\s-]?"
            "\\d{2,3}\\b"),
        QRegularExpression::CaseInsensitiveOption);
    line.replace(datePattern(), QStringLiteral("  "));
    line.replace(others, QStringLiteral("  "));
    return line;
}

// Whether a cleaned value can be a party's name: not a date's month, a label, a page number or a
// sentence of the notice's body.
bool plausibleName(const QString &name)
{
    static const QRegularExpression month(
        QStringLiteral("^(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|"
                       "SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList labelWords{
        u"PAGE"_qs,     u"NOTICE"_qs,   u"DATE"_qs, u"RECEIPT"_qs,   u"TYPE"_qs,       u"CASE"_qs,        u"NUMBER"_qs,
        u"PRIORITY"_qs, u"RECEIVED"_qs, u"OF"_qs,   u"APPLICANT"_qs, u"PETITIONER"_qs, u"BENEFICIARY"_qs, u"USCIS"_qs};
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 6 || month.match(words.first()).hasMatch())
        return false;
    int lowercase = 0;
    for (const QString &w : words) {
        if (labelWords.contains(w.toUpper()) && words.size() <= 2)
            return false;
        lowercase += w.front().isLower() ? 1 : 0;
    }
    return lowercase * 2 <= int(words.size()); // a sentence, not a name
}

// Labels whose values on a row of the header box can be told apart from a name (dates, "1 of 2",
// receipt and A-numbers, a case type) — and so removed from the values line.
bool valueIsRecognisable(const QString &label)
{
    return label.endsWith(u"DATE") || label == u"PAGE" || label == u"RECEIPT NUMBER" || label == u"RECEIPT #"
           || label == u"USCIS A#" || label == u"A#";
}

// The party's name for a label (APPLICANT, PETITIONER, BENEFICIARY) in every layout USCIS prints:
// "Applicant: NAME"; the label alone above the name; the label with the A-number beside it, or an
// A-number line between label and name; the label beside NOTICE DATE (or other labels), the name
// below at its place among their values. Only the header block is searched (the body mentions
// "the applicant" in sentences), and a value that cannot be a name is not taken for one.
QString nameFor(const QStringList &allLines, const QString &label)
{
    constexpr int kHeaderLines = 40;
    const QStringList lines = allLines.mid(0, kHeaderLines);
    for (int i = 0; i < lines.size(); ++i) {
        const QList<LabelHit> hits = labelsIn(lines[i]);
        for (int h = 0; h < hits.size(); ++h) {
            const LabelHit &hit = hits[h];
            if (hit.label != label)
                continue;
            const QString rest = restAfter(lines[i], hit, hits);
            if (!isANumberLine(rest) && !isANumberLine(QStringLiteral("A") + rest)) {
                const QString beside = cleanName(withoutOtherValues(rest));
                if (!beside.isEmpty() && plausibleName(beside) && plausibleName(withoutOtherValues(rest).simplified()))
                    return beside;
            }
            // Below: the next line with anything on it, past an A-number line.
            int next = i + 1;
            for (int seen = 0; next < lines.size(); ++next) {
                if (lines[next].trimmed().isEmpty())
                    continue;
                if (isANumberLine(lines[next]) && seen++ == 0)
                    continue;
                break;
            }
            if (next >= lines.size() || !labelsIn(lines[next]).isEmpty())
                continue;
            QString value = lines[next];
            QList<LabelHit> others;
            for (const LabelHit &o : hits) {
                if (o.label != label && o.label != u"A#" && o.label != u"USCIS A#")
                    others << o;
            }
            if (!others.isEmpty()) {
                // A row of labels: the value in this label's column where the columns can be told
                // apart, else what is left once the others' values are taken out — unless another
                // party's name shares the row (then nothing: no guessing which is whose).
                static const QRegularExpression gap(QStringLiteral("\\s{2,}|\\t"));
                const QStringList columns = value.trimmed().split(gap, Qt::SkipEmptyParts);
                if (columns.size() == hits.size()) {
                    value = columns[h];
                } else {
                    bool recognisable = true;
                    for (const LabelHit &o : others)
                        recognisable = recognisable && valueIsRecognisable(o.label);
                    if (!recognisable)
                        continue;
                }
            }
            // The line as printed must read as a name too (a sentence cut at its first digit
            // would not be one).
            const QString raw = withoutOtherValues(value).simplified();
            const QString name = cleanName(raw);
            if (!name.isEmpty() && plausibleName(name) && raw.split(u' ').size() <= 8 && plausibleName(raw.left(200)))
                return name;
        }
    }
    return {};
}

} // namespace

QDate I797Parser::parseDate(const QString &text)
{
    const auto m = datePattern().match(text);
    if (!m.hasMatch())
        return {};
    if (!m.captured(1).isEmpty())
        return QDate(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt());
    if (!m.captured(4).isEmpty())
        return QDate(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    static const QStringList months{u"jan"_qs, u"feb"_qs, u"mar"_qs, u"apr"_qs, u"may"_qs, u"jun"_qs,
                                    u"jul"_qs, u"aug"_qs, u"sep"_qs, u"oct"_qs, u"nov"_qs, u"dec"_qs};
    const int month = int(months.indexOf(m.captured(7).left(3).toLower())) + 1;
    return QDate(m.captured(9).toInt(), month, m.captured(8).toInt());
}

QString I797Parser::normalizeFormType(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("\\b([IN])[- ]?(\\d{3}[A-Z]?)\\b"));
    // As CASE TYPE prints it ("I485 - APPLICATION …"), where OCR may read the I as 1, l or |.
    static const QRegularExpression caseType(QStringLiteral("(?:^|\\s)([IN1L|])[- ]?(\\d{3}[A-Z]?)\\s+-\\s"));
    const QString upper = text.toUpper();
    for (const QRegularExpression *re : {&form, &caseType}) {
        auto it = re->globalMatch(upper);
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.captured(2).startsWith(u"797"))
                continue; // the notice's own form, not the case's
            const QString letter = m.captured(1) == u"N" ? QStringLiteral("N") : QStringLiteral("I");
            return letter + u'-' + m.captured(2);
        }
    }
    return {};
}

QString I797Parser::noticeType(const QString &text)
{
    const std::pair<const char *, const char *> kinds[] = {
        {"request for evidence", "rfe"},
        {"intent to deny", "noid"},
        {"approval notice", "approval"},
        {"receipt notice", "receipt"},
        {"transfer notice", "transfer"},
        {"notice of transfer", "transfer"},
        {"appear for interview", "interview"},
        {"interview notice", "interview"},
        {"biometrics appointment", "biometrics"},
        {"asc appointment", "biometrics"},
        {"rejection notice", "rejection"},
        {"notice of decision", "denial"},
        {"denial notice", "denial"},
    };
    qsizetype best = -1;
    QString type = QStringLiteral("other");
    const QString lower = text.toLower();
    for (const auto &[phrase, kind] : kinds) {
        const qsizetype at = lower.indexOf(QLatin1String(phrase));
        if (at >= 0 && (best < 0 || at < best)) {
            best = at;
            type = QString::fromLatin1(kind);
        }
    }
    return type;
}

QList<I797Notice> I797Parser::parse(const QList<Page> &pages)
{
    QList<I797Notice> notices;
    QList<QString> texts; // per notice
    for (int p = 0; p < pages.size(); ++p) {
        const QList<ReceiptScanner::Found> found = ReceiptScanner::scan(pages[p].text);
        const ReceiptScanner::Found *main = nullptr;
        for (const auto &f : found) {
            if (f.labelled) {
                main = &f;
                break;
            }
        }
        const bool startsNotice =
            main && (notices.isEmpty() || !notices.last().receipts.contains(main->receipt.toString()));
        if (startsNotice || (notices.isEmpty() && !found.isEmpty())) {
            I797Notice n;
            n.firstPage = p;
            notices.append(n);
            texts.append(QString());
        }
        if (notices.isEmpty())
            continue; // a cover page before the first notice
        I797Notice &n = notices.last();
        n.lastPage = p;
        n.fromOcr = n.fromOcr || pages[p].fromOcr;
        if (pages[p].turned != 0 && n.turned == 0)
            n.turned = pages[p].turned;
        if (main && !n.receipts.contains(main->receipt.toString()))
            n.receipts.prepend(main->receipt.toString());
        for (const auto &f : found) {
            if (!n.receipts.contains(f.receipt.toString()))
                n.receipts.append(f.receipt.toString());
            n.corrected = n.corrected || f.corrected;
        }
        texts.last() += pages[p].text + u'\n';
    }
    for (int i = 0; i < notices.size(); ++i) {
        I797Notice &n = notices[i];
        const QStringList lines = texts[i].split(u'\n');
        n.formType = normalizeFormType(valueOf(lines, QStringLiteral("CASE TYPE"), false));
        if (n.formType.isEmpty()) {
            // The CASE TYPE label itself unreadable (a poor scan): its value still has the shape
            // "I485 - APPLICATION …" somewhere in the notice.
            static const QRegularExpression caseTypeValue(
                QStringLiteral("([IN1|])[- ]?(\\d{3}[A-Z]?)\\s+[-–]\\s+[A-Z]{4,}"));
            const auto m = caseTypeValue.match(texts[i]);
            if (m.hasMatch() && !m.captured(2).startsWith(u"797"))
                n.formType = (m.captured(1) == u"N" ? QStringLiteral("N-") : QStringLiteral("I-")) + m.captured(2);
        }
        if (n.formType.isEmpty()) {
            static const QRegularExpression formLine(QStringLiteral("\\bForm\\s+([IN]-?\\d{3}[A-Z]?)"));
            auto it = formLine.globalMatch(texts[i]);
            while (it.hasNext() && n.formType.isEmpty())
                n.formType = normalizeFormType(it.next().captured(1));
        }
        const QString typeLabel = valueOf(lines, QStringLiteral("NOTICE TYPE"), false);
        n.noticeType = noticeType(typeLabel.isEmpty() ? texts[i] : typeLabel);
        if (n.noticeType == u"other" && !typeLabel.isEmpty())
            n.noticeType = noticeType(texts[i]);
        n.noticeDate = parseDate(valueOf(lines, QStringLiteral("NOTICE DATE"), true));
        n.receivedDate = parseDate(valueOf(lines, QStringLiteral("RECEIVED DATE"), true));
        n.priorityDate = parseDate(valueOf(lines, QStringLiteral("PRIORITY DATE"), true));
        for (const auto &[label, list] :
             {std::pair{"APPLICANT", &n.applicants}, std::pair{"PETITIONER", &n.petitioners},
              std::pair{"BENEFICIARY", &n.beneficiaries}}) {
            const QString name = nameFor(lines, QString::fromLatin1(label));
            if (!name.isEmpty())
                list->append(name);
        }
    }
    return notices;
}

} // namespace cw
