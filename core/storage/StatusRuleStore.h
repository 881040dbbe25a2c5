#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace cw {

class Database;
class StatusNormalizer;

// The firm's own status assignments ("this title means RFE_ISSUED"), kept in the database so that
// every desktop on a shared database uses them. Assigning or removing one re-categorizes every case
// and history entry with that title in the same transaction, records one status event for each case
// whose current category changes (so an alert is raised once, by whichever desktop claims it), and
// is audit-logged.
class StatusRuleStore final
{
    Q_DECLARE_TR_FUNCTIONS(StatusRuleStore)

public:
    struct Rule
    {
        QString key; // normalized title
        QString title; // as it was assigned
        QString category;
        QString createdAt;
        QString createdBy;
    };

    // A title no rule knows, with how many cases show it now and how many history entries hold it.
    struct UnknownTitle
    {
        QString title;
        QString language; // "en" or "es"
        int cases = 0;
        int historyEntries = 0;
    };

    struct Applied
    {
        int casesChanged = 0;
        int historyChanged = 0;
        int events = 0; // status events recorded (each alerts once if its category alerts)
    };

    explicit StatusRuleStore(const Database &db) : m_db(db) { }

    Result<QList<Rule>> all() const;
    // normalized title -> category, for StatusNormalizer::setFirmRules.
    Result<QHash<QString, QString>> map() const;
    Result<QList<UnknownTitle>> unknownTitles() const;

    // `normalizer` is the built-in one (its own firm rules are replaced by the database's).
    Result<Applied> assign(const QString &title, const QString &category, const StatusNormalizer &normalizer);
    Result<Applied> remove(const QString &title, const StatusNormalizer &normalizer);

    // {"version":1,"rules":[{"title","category"}]}
    Result<QByteArray> exportJson() const;
    // Assigns every rule of an exported file, all or nothing; returns how many rules it held.
    Result<int> importJson(const QByteArray &json, const StatusNormalizer &normalizer);

private:
    Result<Applied> upsert(const QString &title, const QString &category, const StatusNormalizer &normalizer);
    Result<Applied> recategorize(const QString &key, const StatusNormalizer &normalizer);
    // The (English, Spanish) spellings in `table` whose title normalizes to `key`.
    Result<QList<std::pair<QString, QString>>> spellingsOf(const QString &table, const QString &key) const;

    const Database &m_db;
};

} // namespace cw
