#include "updates/ClientUpdates.h"

#include "domain/StatusCategory.h"
#include "estimate/DecisionEstimator.h"
#include "i18n/DateText.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace cw {

namespace {

// A Spanish letter says so when USCIS gave the status no Spanish text: the client reads the firm's
// description of it, not USCIS's words.
QString noSpanishNote(const QString &status, const QString &language)
{
    if (language != u"es")
        return status;
    const QString note =
        MessageTemplates::resource().value(language).toObject().value(QLatin1String("no_spanish")).toString();
    return note.isEmpty() ? status : MessageTemplates::render(note, {{QStringLiteral("status"), status}});
}

const QJsonObject &resource()
{
    return MessageTemplates::resource();
}

QString lang(const QString &language)
{
    return language == u"es" ? QStringLiteral("es") : QStringLiteral("en");
}

QString dateWords(const QString &iso, const QString &language)
{
    return readableDate(QDate::fromString(iso.left(10), Qt::ISODate), language);
}

// Where client updates began in this database: status changes before it were never drafted (a book
// tracked for years does not turn into thousands of letters at once).
Result<qint64> startingEvent(const Database &db)
{
    auto q = execSql(db, QStringLiteral("SELECT value FROM app_state WHERE name = 'client_updates_from'"));
    if (!q)
        return q.error();
    if (q.value().next())
        return q.value().value(0).toLongLong();
    q.value().finish();
    auto last = execSql(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM status_events"));
    if (!last)
        return last.error();
    const qint64 from = last.value().next() ? last.value().value(0).toLongLong() : 0;
    last.value().finish();
    auto put = execSql(db,
                       QStringLiteral("INSERT INTO app_state (name, value) VALUES ('client_updates_from', ?) "
                                      "ON CONFLICT (name) DO NOTHING"),
                       {QString::number(from)});
    if (!put)
        return put.error();
    put.value().finish();
    // Another desktop may have begun a moment earlier: its starting point is the firm's.
    auto stored = execSql(db, QStringLiteral("SELECT value FROM app_state WHERE name = 'client_updates_from'"));
    if (!stored)
        return stored.error();
    return stored.value().next() ? stored.value().value(0).toLongLong() : from;
}

ClientUpdate fromRow(const QSqlQuery &r)
{
    ClientUpdate u;
    u.id = r.value(0).toLongLong();
    u.caseId = r.value(1).toLongLong();
    u.statusEventId = r.value(2).toLongLong();
    u.kind = r.value(3).toString();
    u.language = r.value(4).toString();
    u.subject = r.value(5).toString();
    u.body = r.value(6).toString();
    u.spanishFallback = r.value(7).toInt() != 0;
    u.sentAt = r.value(8).toString();
    u.sentBy = r.value(9).toString();
    u.receipt = r.value(10).toString();
    u.category = r.value(11).toString();
    u.profileId = r.value(12).toLongLong();
    u.clientName = r.value(13).toString();
    u.email = r.value(14).toString();
    return u;
}

// A letter with its case and client; the category is that of the change it tells about.
const QString kUpdateColumns = QStringLiteral(
    "u.id, u.case_id, COALESCE(u.status_event_id, 0), u.kind, u.language, u.subject, u.body, u.spanish_fallback, "
    "u.sent_at, u.sent_by, c.receipt_number, COALESCE((SELECT e.category FROM status_events e "
    "WHERE e.id = u.status_event_id), c.category), p.id, p.name, p.email");

} // namespace

QString ClientUpdates::formName(const QString &formType, const QString &language)
{
    const QJsonObject form = resource()
                                 .value(QLatin1String("forms"))
                                 .toObject()
                                 .value(DecisionEstimator::normalizedForm(formType))
                                 .toObject();
    const QString name = form.value(lang(language)).toString();
    return name.isEmpty() ? formType : QStringLiteral("%1, %2").arg(formType, name);
}

QString ClientUpdates::categoryWords(const QString &category, const QString &language)
{
    const QJsonObject names = resource().value(lang(language)).toObject().value(QLatin1String("names")).toObject();
    const QString words = names.value(category).toString();
    return words.isEmpty() ? names.value(QLatin1String("OTHER")).toString() : words;
}

Result<MessageTemplate> ClientUpdates::templateFor(const QString &category, const QString &language) const
{
    auto q =
        execSql(m_db, QStringLiteral("SELECT subject, body FROM message_templates WHERE category = ? AND language = ?"),
                {category, lang(language)});
    if (!q)
        return q.error();
    if (q.value().next())
        return MessageTemplate{q.value().value(0).toString(), q.value().value(1).toString()};
    return MessageTemplates::builtIn(category, lang(language));
}

Result<bool> ClientUpdates::hasFirmTemplate(const QString &category) const
{
    auto q = execSql(m_db, QStringLiteral("SELECT count(*) FROM message_templates WHERE category = ?"), {category});
    if (!q)
        return q.error();
    return q.value().next() && q.value().value(0).toInt() > 0;
}

Status ClientUpdates::saveTemplates(const QString &category, const MessageTemplate &en, const MessageTemplate &es)
{
    if (!categories::find(category))
        return Error{QStringLiteral("template.bad_category"), tr("\"%1\" is not a category.").arg(category)};
    if (Status s = MessageTemplates::checkPair(en, es); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    for (const auto &[language, t] : {std::pair{QStringLiteral("en"), en}, std::pair{QStringLiteral("es"), es}}) {
        auto q = execSql(
            m_db,
            QStringLiteral("INSERT INTO message_templates (category, language, subject, body, updated_at, updated_by) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (category, language) DO UPDATE SET "
                           "subject = excluded.subject, body = excluded.body, updated_at = excluded.updated_at, "
                           "updated_by = excluded.updated_by"),
            {category, language, t.subject, t.body, sql::now(), AuditLog::currentActor()});
        if (!q)
            return q.error();
    }
    if (Status a = AuditLog::record(m_db, QStringLiteral("template.save"), category); !a)
        return a;
    return tx.commit();
}

Status ClientUpdates::resetTemplates(const QString &category)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto q = execSql(m_db, QStringLiteral("DELETE FROM message_templates WHERE category = ?"), {category}); !q)
        return q.error();
    if (Status a = AuditLog::record(m_db, QStringLiteral("template.reset"), category); !a)
        return a;
    return tx.commit();
}

Result<ClientUpdate> ClientUpdates::draft(qint64 caseId, const QString &language, qint64 statusEventId) const
{
    auto q = execSql(
        m_db,
        QStringLiteral("SELECT c.receipt_number, c.form_type, c.category, c.status_en, c.status_es, c.modified_date, "
                       "c.last_changed_at, p.id, p.name, p.email, p.language FROM cases c "
                       "JOIN profiles p ON p.id = c.profile_id WHERE c.id = ?"),
        {caseId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{QStringLiteral("case.not_found"), tr("The case is no longer tracked.")};
    const QSqlQuery &r = q.value();
    ClientUpdate u;
    u.caseId = caseId;
    u.statusEventId = statusEventId;
    u.kind = statusEventId ? QStringLiteral("status") : QStringLiteral("manual");
    u.receipt = r.value(0).toString();
    const QString form = r.value(1).toString();
    u.category = r.value(2).toString();
    QString statusEn = r.value(3).toString();
    QString statusEs = r.value(4).toString();
    QString when = r.value(5).toString().isEmpty() ? r.value(6).toString() : r.value(5).toString();
    u.profileId = r.value(7).toLongLong();
    u.clientName = r.value(8).toString();
    u.email = r.value(9).toString();
    u.language = lang(language.isEmpty() ? r.value(10).toString() : language);
    q.value().finish();
    if (statusEventId) {
        // The letter tells about that change, even when the case has moved on since.
        auto e = execSql(m_db,
                         QStringLiteral("SELECT category, status_en, status_es, modified_date, occurred_at "
                                        "FROM status_events WHERE id = ? AND case_id = ?"),
                         {statusEventId, caseId});
        if (!e)
            return e.error();
        if (e.value().next()) {
            u.category = e.value().value(0).toString();
            statusEn = e.value().value(1).toString();
            statusEs = e.value().value(2).toString();
            when =
                e.value().value(3).toString().isEmpty() ? e.value().value(4).toString() : e.value().value(3).toString();
        }
    }
    if (u.category.isEmpty())
        u.category = QStringLiteral("OTHER");
    // The next date that matters for the client: an open response deadline or an appointment.
    QString deadline;
    auto d = execSql(
        m_db, QStringLiteral("SELECT MIN(due_date) FROM deadlines WHERE case_id = ? AND done = 0 AND due_date >= ?"),
        {caseId, QDate::currentDate().toString(Qt::ISODate)});
    if (!d)
        return d.error();
    if (d.value().next() && !d.value().value(0).toString().isEmpty())
        deadline = dateWords(d.value().value(0).toString(), u.language);
    d.value().finish();

    QString status = u.language == u"es" ? statusEs : statusEn;
    if (status.isEmpty()) {
        // Never a mix of languages: the category in the letter's own words, and a flag for the paralegal.
        status = noSpanishNote(categoryWords(u.category, u.language), u.language);
        u.spanishFallback = u.language == u"es";
    }
    const QHash<QString, QString> values{
        {QStringLiteral("client_name"), u.clientName},
        {QStringLiteral("receipt_number"), u.receipt},
        {QStringLiteral("form"), form.isEmpty() ? QStringLiteral("USCIS") : form},
        {QStringLiteral("form_name"), form.isEmpty() ? u.receipt : formName(form, u.language)},
        {QStringLiteral("status"), status},
        {QStringLiteral("status_date"), dateWords(when, u.language)},
        {QStringLiteral("category"), categoryWords(u.category, u.language)},
        {QStringLiteral("deadline"), deadline.isEmpty() ? MessageTemplates::noDeadline(u.language) : deadline},
        {QStringLiteral("deadline_line"), deadline.isEmpty()
                                              ? QString()
                                              : MessageTemplates::render(MessageTemplates::deadlineLine(u.language),
                                                                         {{QStringLiteral("deadline"), deadline}})},
        {QStringLiteral("next_steps"), MessageTemplates::nextSteps(u.category, u.language)},
    };
    auto t = templateFor(u.category, u.language);
    if (!t)
        return t.error();
    u.subject = MessageTemplates::render(t->subject, values);
    u.body = MessageTemplates::render(t->body, values);
    return u;
}

Result<QList<ClientUpdate>> ClientUpdates::toSend(const QStringList &alertCategories) const
{
    QList<ClientUpdate> out;
    auto saved =
        execSql(m_db, QStringLiteral("SELECT %1 FROM client_updates u JOIN cases c ON c.id = u.case_id "
                                     "JOIN profiles p ON p.id = c.profile_id WHERE u.sent_at = '' ORDER BY u.id")
                          .arg(kUpdateColumns));
    if (!saved)
        return saved.error();
    while (saved.value().next())
        out.append(fromRow(saved.value()));
    saved.value().finish();
    auto from = startingEvent(m_db);
    if (!from)
        return from.error();
    auto events =
        execSql(m_db,
                QStringLiteral("SELECT e.id, e.case_id, e.category FROM status_events e WHERE e.id > ? "
                               "AND e.event_kind IN ('status', 'recategorized') AND NOT EXISTS "
                               "(SELECT 1 FROM client_updates u WHERE u.status_event_id = e.id) ORDER BY e.id"),
                {from.value()});
    if (!events)
        return events.error();
    QList<std::pair<qint64, qint64>> fresh;
    while (events.value().next()) {
        if (alertCategories.contains(events.value().value(2).toString()))
            fresh.append({events.value().value(0).toLongLong(), events.value().value(1).toLongLong()});
    }
    events.value().finish();
    for (const auto &[eventId, caseId] : fresh) {
        auto d = draft(caseId, {}, eventId);
        if (d)
            out.append(d.value());
    }
    return out;
}

Result<ClientUpdate> ClientUpdates::save(const ClientUpdate &input)
{
    ClientUpdate u = input;
    if (u.id == 0) {
        // Another desktop may have stored the letter for the same change a moment ago: keep its row.
        auto q = execSql(
            m_db,
            QStringLiteral("INSERT INTO client_updates (case_id, status_event_id, kind, language, subject, body, "
                           "spanish_fallback, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (status_event_id) DO NOTHING RETURNING id"),
            {u.caseId, u.statusEventId ? QVariant(u.statusEventId) : QVariant(QMetaType(QMetaType::LongLong)), u.kind,
             u.language, u.subject, u.body, u.spanishFallback, sql::now()});
        if (!q)
            return q.error();
        if (q.value().next()) {
            u.id = q.value().value(0).toLongLong();
            return u;
        }
        q.value().finish();
        auto existing = execSql(m_db,
                                QStringLiteral("SELECT %1 FROM client_updates u JOIN cases c ON c.id = u.case_id "
                                               "JOIN profiles p ON p.id = c.profile_id WHERE u.status_event_id = ?")
                                    .arg(kUpdateColumns),
                                {u.statusEventId});
        if (!existing)
            return existing.error();
        if (!existing.value().next())
            return Error{QStringLiteral("update.lost"), tr("The letter could not be stored. Try again.")};
        return fromRow(existing.value());
    }
    auto q = execSql(
        m_db,
        QStringLiteral("UPDATE client_updates SET subject = ?, body = ?, language = ? WHERE id = ? AND sent_at = ''"),
        {u.subject, u.body, u.language, u.id});
    if (!q)
        return q.error();
    return u;
}

Result<bool> ClientUpdates::markSent(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto q = execSql(m_db,
                     QStringLiteral("UPDATE client_updates SET sent_at = ?, sent_by = ? WHERE id = ? AND sent_at = ''"),
                     {sql::now(), AuditLog::currentActor(), id});
    if (!q)
        return q.error();
    const bool first = q.value().numRowsAffected() > 0;
    q.value().finish();
    if (first) {
        if (Status a = AuditLog::record(m_db, QStringLiteral("client_update.sent"), QString::number(id)); !a)
            return a.error();
    }
    if (Status c = tx.commit(); !c)
        return c.error();
    return first;
}

Status ClientUpdates::recordDigestSent(const ClientUpdate &digest)
{
    return AuditLog::record(m_db, QStringLiteral("client_update.digest_sent"), QString::number(digest.profileId),
                            QStringLiteral("changes=%1; language=%2").arg(digest.changes).arg(digest.language));
}

Result<ClientUpdate> ClientUpdates::lastSent(qint64 caseId) const
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT %1 FROM client_updates u JOIN cases c ON c.id = u.case_id "
                                    "JOIN profiles p ON p.id = c.profile_id WHERE u.case_id = ? AND u.sent_at <> '' "
                                    "ORDER BY u.sent_at DESC LIMIT 1")
                         .arg(kUpdateColumns),
                     {caseId});
    if (!q)
        return q.error();
    return q.value().next() ? fromRow(q.value()) : ClientUpdate{};
}

Result<QList<ClientUpdate>> ClientUpdates::digest(const QDate &since) const
{
    auto q =
        execSql(m_db,
                QStringLiteral("SELECT p.id, p.name, p.email, p.language, c.receipt_number, c.form_type, e.category, "
                               "e.status_en, e.status_es, e.modified_date, e.occurred_at FROM status_events e "
                               "JOIN cases c ON c.id = e.case_id JOIN profiles p ON p.id = c.profile_id "
                               "WHERE e.occurred_at >= ? AND e.event_kind IN ('status', 'recategorized') "
                               "ORDER BY p.name, p.id, e.occurred_at, e.id"),
                {sql::timestamp(QDateTime(since, QTime(0, 0)).toUTC())}); // the day as the firm lives it
    if (!q)
        return q.error();
    QList<ClientUpdate> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        if (out.isEmpty() || out.last().profileId != r.value(0).toLongLong()) {
            ClientUpdate u;
            u.kind = QStringLiteral("digest");
            u.changes = 0;
            u.profileId = r.value(0).toLongLong();
            u.clientName = r.value(1).toString();
            u.email = r.value(2).toString();
            u.language = lang(r.value(3).toString());
            const QJsonObject d = resource().value(u.language).toObject().value(QLatin1String("digest")).toObject();
            const QHash<QString, QString> head{{QStringLiteral("client_name"), u.clientName},
                                               {QStringLiteral("date"), readableDate(since, u.language)}};
            u.subject = MessageTemplates::render(d.value(QLatin1String("subject")).toString(), head);
            u.body = MessageTemplates::render(d.value(QLatin1String("intro")).toString(), head);
            out.append(u);
        }
        ClientUpdate &u = out.last();
        const QString category = r.value(6).toString();
        QString status = u.language == u"es" ? r.value(8).toString() : r.value(7).toString();
        if (status.isEmpty()) {
            status = noSpanishNote(categoryWords(category, u.language), u.language);
            u.spanishFallback = u.spanishFallback || u.language == u"es";
        }
        const QString form = r.value(5).toString();
        const QString when = r.value(9).toString().isEmpty() ? r.value(10).toString() : r.value(9).toString();
        const QJsonObject d = resource().value(u.language).toObject().value(QLatin1String("digest")).toObject();
        u.body += u'\n'
                  + MessageTemplates::render(d.value(QLatin1String("line")).toString(),
                                             {{QStringLiteral("form"), form.isEmpty() ? QStringLiteral("USCIS") : form},
                                              {QStringLiteral("receipt_number"), r.value(4).toString()},
                                              {QStringLiteral("status"), status},
                                              {QStringLiteral("status_date"), dateWords(when, u.language)}});
        ++u.changes;
    }
    for (ClientUpdate &u : out) {
        const QJsonObject d = resource().value(u.language).toObject().value(QLatin1String("digest")).toObject();
        u.body += u'\n' + d.value(QLatin1String("outro")).toString();
    }
    return out;
}

} // namespace cw
