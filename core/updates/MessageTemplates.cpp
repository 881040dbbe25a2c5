#include "updates/MessageTemplates.h"

#include "domain/StatusCategory.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cw {

namespace {

QJsonObject language(const QString &lang)
{
    return MessageTemplates::resource().value(lang == u"es" ? QLatin1String("es") : QLatin1String("en")).toObject();
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression kPattern(QStringLiteral("\\{([a-z_]+)\\}"));
    return kPattern;
}

} // namespace

const QJsonObject &MessageTemplates::resource()
{
    // Read once, then only read (a static initialised once is safe on any thread).
    static const QJsonObject kTable = [] {
        QFile file(QStringLiteral(":/casewatch/client_templates.json"));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    }();
    return kTable;
}

QStringList MessageTemplates::placeholders()
{
    return {QStringLiteral("client_name"), QStringLiteral("receipt_number"), QStringLiteral("form"),
            QStringLiteral("form_name"),   QStringLiteral("status"),         QStringLiteral("status_date"),
            QStringLiteral("category"),    QStringLiteral("deadline"),       QStringLiteral("deadline_line"),
            QStringLiteral("next_steps")};
}

MessageTemplate MessageTemplates::builtIn(const QString &, const QString &lang)
{
    // One letter for every category: what differs is {next_steps}, filled per category.
    const QJsonObject l = language(lang);
    return MessageTemplate{l.value(QLatin1String("subject")).toString(), l.value(QLatin1String("body")).toString()};
}

QString MessageTemplates::nextSteps(const QString &category, const QString &lang)
{
    const QJsonObject next = language(lang).value(QLatin1String("next")).toObject();
    const QString text = next.value(category).toString();
    return text.isEmpty() ? next.value(QLatin1String("OTHER")).toString() : text;
}

QString MessageTemplates::deadlineLine(const QString &lang)
{
    return language(lang).value(QLatin1String("deadline_line")).toString();
}

QString MessageTemplates::noDeadline(const QString &lang)
{
    return language(lang).value(QLatin1String("no_deadline")).toString();
}

Status MessageTemplates::check(const MessageTemplate &t, const QString &lang)
{
    const QString name = lang == u"es" ? tr("Spanish") : tr("English");
    if (t.subject.trimmed().isEmpty() || t.body.trimmed().isEmpty())
        return Error{QStringLiteral("template.missing_translation"),
                     tr("The %1 template needs both a subject and a text.").arg(name)};
    const QStringList known = placeholders();
    for (const QString &text : {t.subject, t.body}) {
        auto it = placeholderPattern().globalMatch(text);
        while (it.hasNext()) {
            const QString p = it.next().captured(1);
            if (!known.contains(p))
                return Error{
                    QStringLiteral("template.unknown_placeholder"),
                    tr("The %1 template uses {%2}, which CaseWatch does not know. Use one of: %3.")
                        .arg(name, p, QStringLiteral("{") + known.join(QStringLiteral("}, {")) + QStringLiteral("}"))};
        }
        // A brace that opens no known placeholder would reach the client as it is.
        QString stripped = text;
        stripped.remove(placeholderPattern());
        if (stripped.contains(u'{') || stripped.contains(u'}'))
            return Error{QStringLiteral("template.bad_brace"),
                         tr("The %1 template has a brace that is not part of a {placeholder}.").arg(name)};
    }
    return {};
}

Status MessageTemplates::checkPair(const MessageTemplate &en, const MessageTemplate &es)
{
    if (Status s = check(en, QStringLiteral("en")); !s)
        return s;
    return check(es, QStringLiteral("es"));
}

QString MessageTemplates::render(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    qsizetype from = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(from, m.capturedStart() - from);
        out += values.value(m.captured(1));
        from = m.capturedEnd();
    }
    out += text.mid(from);
    return out;
}

} // namespace cw
