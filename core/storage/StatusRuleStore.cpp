#include "storage/TaskStore.h"
#include "storage/StatusRuleStore.h"

#include "domain/StatusCategory.h"
#include "normalize/StatusNormalizer.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace cw {

namespace {

// The key a status row is categorized by: its English title when it has one (StatusNormalizer::
// normalizeStatus), else its Spanish one.
QString keyOf(const QString &en, const QString &es)
{
    const QString k = StatusNormalizer::normalizedText(en);
    return k.isEmpty() ? StatusNormalizer::normalizedText(es) : k;
}

Error badCategory(const QString &category)
{
    return Error{QStringLiteral("statuses.bad_category"),
                 StatusRuleStore::tr("\"%1\" is not a category. Use one of: %2.")
                     .arg(category, categories::ids().join(QStringLiteral(", ")))};
}

} // namespace

Result<QList<StatusRuleStore::Rule>> StatusRuleStore::all() const
{
    auto q = execSql(m_db, QStringLiteral("SELECT title_key, title, category, created_at, created_by FROM status_rules "
                                          "ORDER BY title"));
    if (!q)
        return q.error();
    QList<Rule> out;
    while (q.value().next())
        out.append(Rule{q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString(),
                        q.value().value(3).toString(), q.value().value(4).toString()});
    return out;
}

Result<QHash<QString, QString>> StatusRuleStore::map() const
{
    auto rules = all();
    if (!rules)
        return rules.error();
    QHash<QString, QString> out;
    for (const Rule &r : rules.value())
        out.insert(r.key, r.category);
    return out;
}

Result<QList<StatusRuleStore::UnknownTitle>> StatusRuleStore::unknownTitles() const
{
    QHash<QString, UnknownTitle> byKey;
    QStringList order;
    auto add = [&](const QString &en, const QString &es, int count, bool current) {
        const QString key = keyOf(en, es);
        if (key.isEmpty())
            return;
        auto it = byKey.find(key);
        if (it == byKey.end()) {
            const bool english = !StatusNormalizer::normalizedText(en).isEmpty();
            it = byKey.insert(key,
                              UnknownTitle{english ? en : es, english ? QStringLiteral("en") : QStringLiteral("es")});
            order << key;
        }
        (current ? it->cases : it->historyEntries) += count;
    };
    for (const auto &[table, current] : {std::pair{"cases", true}, std::pair{"history_entries", false}}) {
        auto q = execSql(m_db, QStringLiteral("SELECT status_en, status_es, count(*) FROM %1 WHERE category = 'OTHER' "
                                              "GROUP BY status_en, status_es ORDER BY count(*) DESC")
                                   .arg(QLatin1String(table)));
        if (!q)
            return q.error();
        while (q.value().next())
            add(q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toInt(), current);
    }
    QList<UnknownTitle> out;
    for (const QString &key : order)
        out.append(byKey.value(key));
    std::stable_sort(out.begin(), out.end(), [](const UnknownTitle &a, const UnknownTitle &b) {
        return a.cases + a.historyEntries > b.cases + b.historyEntries;
    });
    return out;
}

Result<StatusRuleStore::Applied> StatusRuleStore::assign(const QString &title, const QString &category,
                                                         const StatusNormalizer &normalizer)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto applied = upsert(title, category, normalizer);
    if (!applied)
        return applied.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return applied;
}

Result<StatusRuleStore::Applied> StatusRuleStore::upsert(const QString &title, const QString &category,
                                                         const StatusNormalizer &normalizer)
{
    const QString key = StatusNormalizer::normalizedText(title);
    if (key.isEmpty())
        return Error{QStringLiteral("statuses.empty_title"), tr("The status title is empty.")};
    if (!categories::find(category))
        return badCategory(category);
    auto q = execSql(m_db,
                     QStringLiteral("INSERT INTO status_rules (title_key, title, category, created_at, created_by) "
                                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (title_key) DO UPDATE SET "
                                    "title = excluded.title, category = excluded.category, "
                                    "created_at = excluded.created_at, created_by = excluded.created_by"),
                     {key, title.simplified(), category, sql::now(), AuditLog::currentActor()});
    if (!q)
        return q.error();
    auto applied = recategorize(key, normalizer);
    if (!applied)
        return applied.error();
    if (Status a = AuditLog::record(m_db, QStringLiteral("status_rule.assign"), title.simplified(),
                                    QStringLiteral("category=%1; cases=%2; history=%3")
                                        .arg(category)
                                        .arg(applied->casesChanged)
                                        .arg(applied->historyChanged));
        !a)
        return a.error();
    return applied;
}

Result<StatusRuleStore::Applied> StatusRuleStore::remove(const QString &title, const StatusNormalizer &normalizer)
{
    const QString key = StatusNormalizer::normalizedText(title);
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto q = execSql(m_db, QStringLiteral("DELETE FROM status_rules WHERE title_key = ?"), {key});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return Error{QStringLiteral("statuses.no_rule"),
                     tr("The firm has no rule for \"%1\". List the rules with: statuses rules.").arg(title)};
    q.value().finish();
    auto applied = recategorize(key, normalizer);
    if (!applied)
        return applied.error();
    if (Status a = AuditLog::record(
            m_db, QStringLiteral("status_rule.remove"), title.simplified(),
            QStringLiteral("cases=%1; history=%2").arg(applied->casesChanged).arg(applied->historyChanged));
        !a)
        return a.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return applied;
}

Result<QList<std::pair<QString, QString>>> StatusRuleStore::spellingsOf(const QString &table, const QString &key) const
{
    auto q = execSql(m_db, QStringLiteral("SELECT DISTINCT status_en, status_es FROM %1").arg(table));
    if (!q)
        return q.error();
    QList<std::pair<QString, QString>> out;
    while (q.value().next()) {
        const QString en = q.value().value(0).toString();
        const QString es = q.value().value(1).toString();
        if (keyOf(en, es) == key)
            out.append({en, es});
    }
    return out;
}

Result<StatusRuleStore::Applied> StatusRuleStore::recategorize(const QString &key, const StatusNormalizer &builtIn)
{
    // The categories as they stand with the database's rules, inside this transaction.
    auto firm = map();
    if (!firm)
        return firm.error();
    StatusNormalizer normalizer = builtIn;
    normalizer.setFirmRules(std::move(firm.value()));

    Applied applied;
    // History: few distinct titles, many rows. Find the raw spellings that carry this key (an index on
    // (status_en, status_es) makes this a scan of the index), then update each spelling at once.
    auto matching = spellingsOf(QStringLiteral("history_entries"), key);
    if (!matching)
        return matching.error();
    for (const auto &[en, es] : matching.value()) {
        const QString category = normalizer.normalizeStatus(en, es).category;
        auto u = execSql(m_db,
                         QStringLiteral("UPDATE history_entries SET category = ? WHERE status_en = ? AND status_es = ? "
                                        "AND category <> ?"),
                         {category, en, es, category});
        if (!u)
            return u.error();
        applied.historyChanged += u.value().numRowsAffected();
    }

    // Cases: the current status, with USCIS's description (a generic title reads it).
    auto caseSpellings = spellingsOf(QStringLiteral("cases"), key);
    if (!caseSpellings)
        return caseSpellings.error();
    const QString now = sql::now();
    for (const auto &[en, es] : caseSpellings.value()) {
        auto c = execSql(m_db,
                         QStringLiteral("SELECT id, category, description_en, modified_date FROM cases "
                                        "WHERE status_en = ? AND status_es = ?"),
                         {en, es});
        if (!c)
            return c.error();
        struct Change
        {
            qint64 id;
            QString previous, category, modified;
            bool known;
        };
        QList<Change> changes;
        while (c.value().next()) {
            const auto m = normalizer.normalizeStatus(en, es, c.value().value(2).toString());
            const QString previous = c.value().value(1).toString();
            if (m.category != previous)
                changes.append(Change{c.value().value(0).toLongLong(), previous, m.category,
                                      c.value().value(3).toString(), m.known});
        }
        c.value().finish();
        for (const Change &ch : changes) {
            auto u = execSql(m_db, QStringLiteral("UPDATE cases SET category = ?, needs_review = ? WHERE id = ?"),
                             {ch.category, ch.known ? 0 : 1, ch.id});
            if (!u)
                return u.error();
            // One event per case whose meaning changed: it alerts once (claimed in the database)
            // if the new category alerts, and the webhook and the desk see it like any change.
            auto e =
                execSql(m_db,
                        QStringLiteral("INSERT INTO status_events (case_id, occurred_at, previous_category, category, "
                                       "status_en, status_es, modified_date, event_kind) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, 'recategorized') RETURNING id"),
                        {ch.id, now, ch.previous, ch.category, en, es, ch.modified});
            if (!e)
                return e.error();
            const qint64 eventId = e.value().next() ? e.value().value(0).toLongLong() : 0;
            e.value().finish();
            if (Status t = TaskStore(m_db).createForEvent(eventId); !t) // what the new meaning asks of staff
                return t.error();
            ++applied.casesChanged;
            ++applied.events;
        }
    }
    return applied;
}

Result<QByteArray> StatusRuleStore::exportJson() const
{
    auto rules = all();
    if (!rules)
        return rules.error();
    QJsonArray list;
    for (const Rule &r : rules.value())
        list.append(QJsonObject{{QStringLiteral("title"), r.title}, {QStringLiteral("category"), r.category}});
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("rules"), list}})
        .toJson(QJsonDocument::Indented);
}

Result<int> StatusRuleStore::importJson(const QByteArray &json, const StatusNormalizer &normalizer)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonArray list = doc.object().value(QLatin1String("rules")).toArray();
    if (!doc.isObject() || !doc.object().value(QLatin1String("rules")).isArray())
        return Error{QStringLiteral("statuses.bad_file"),
                     tr("The file is not a CaseWatch status rules file (a JSON object with a \"rules\" list).")};
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    for (const QJsonValue &v : list) {
        const QString title = v.toObject().value(QLatin1String("title")).toString();
        const QString category = v.toObject().value(QLatin1String("category")).toString();
        if (auto applied = upsert(title, category, normalizer); !applied)
            return Error{applied.error().code, tr("Rule \"%1\": %2").arg(title, applied.error().message)};
    }
    if (Status c = tx.commit(); !c)
        return c.error();
    return int(list.size());
}

} // namespace cw
