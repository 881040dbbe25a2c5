#pragma once

#include "domain/CaseSummary.h"
#include "domain/TextInterner.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>
#include <vector>

namespace cw {

// Every case of the firm, held as small cached rows, shown through a filtered and sorted index.
// Filtering and sorting never go back to the database, and a status change updates its rows in
// place: at 100,000 cases a keystroke costs a scan of cached keys, not a query.
class CaseTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseTableModel)

public:
    // Why a case's form is flagged (the table's tooltip, the details).
    static QString formMismatchText(const QString &recorded, const QString &uscis);
    enum Column {
        ReceiptColumn,
        ClientColumn,
        FormColumn,
        LabelColumn,
        CategoryColumn,
        StatusColumn,
        LastChangeColumn,
        DaysColumn,
        NextCheckColumn,
        ErrorColumn,
        ExpectedColumn,
        ColumnCount
    };
    enum Role { CaseIdRole = Qt::UserRole + 1, CategoryRole, SortRole };

    // What the dashboard counts: per category, plus the cases without an answer yet, those whose
    // last check failed, and those that changed in the last seven days.
    struct Counts
    {
        QHash<QString, int> byCategory;
        int unchecked = 0;
        int errors = 0;
        int changedThisWeek = 0;
        int total = 0;
    };

    // A dashboard selection: one category, or one of these.
    static inline const QString kChangedThisWeek = QStringLiteral("changed-this-week");
    static inline const QString kErrors = QStringLiteral("errors");
    static inline const QString kUnchecked = QStringLiteral("unchecked");

    explicit CaseTableModel(QObject *parent = nullptr);

    // The whole firm, after a start or a reload.
    void setCases(std::vector<CaseSummary> cases);
    // Fresh rows for `ids` (a status change, an edit): updated in place; an id without a row in
    // `fresh` was removed, a new id is added.
    void updateCases(const QList<qint64> &ids, std::vector<CaseSummary> fresh);
    // The median expected decision of each pending case (Julian days; a case not named has none).
    void setExpectedDays(const QHash<qint64, qint64> &expected);

    // 0 = every profile.
    void setProfileFilter(qint64 profileId);
    // "My cases": only these (std::nullopt: every case).
    void setCaseSetFilter(std::optional<QSet<qint64>> ids);
    bool hasCaseSetFilter() const { return m_only.has_value(); }
    // "" = everything; a category name, or kChangedThisWeek / kErrors / kUnchecked.
    void setDashboardFilter(const QString &selection);
    void setTextFilter(const QString &text);
    QString dashboardFilter() const { return m_dashboard; }
    qint64 profileFilter() const { return m_profileId; }

    const CaseSummary *caseAt(int row) const;
    int rowOfCase(qint64 id) const;
    int totalCases() const { return int(m_all.size()); }
    // Counted over the selected profile (or the whole firm), before the dashboard and text filters.
    const Counts &counts() const { return m_counts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countsChanged();

private:
    bool inScope(const CaseSummary &c) const;
    bool changedThisWeek(const CaseSummary &c) const;
    bool accepts(const CaseSummary &c) const;
    bool lessThan(int a, int b) const;
    // <0, 0, >0 as `a` sorts before, with or after `b` by that column (ties are left to the caller).
    static int compareIn(int column, const CaseSummary &a, const CaseSummary &b);
    QString searchKey(const CaseSummary &c) const;
    void rebuild(); // the shown rows from the filters, as a model reset
    void recount();
    void computeVisible();
    void intern(CaseSummary &c);
    void matchWords();

    // One word of the text filter, with the distinct status texts and categories it matches.
    struct Word
    {
        QString text;
        QString compact; // without dashes, for receipts typed as EAC-99-…
        QSet<const QChar *> statuses;
        QSet<QString> categories;
    };

    std::vector<CaseSummary> m_all;
    mutable QHash<qint64, QString> m_dayTexts; // Julian day -> date as shown
    std::vector<QString> m_keys; // lower-case search text, parallel to m_all
    std::vector<int> m_order; // every index into m_all, in sort order (kept between keystrokes)
    bool m_orderDirty = true;
    std::vector<int> m_visible; // indexes into m_all that pass the filters, in display order
    QHash<qint64, int> m_indexOfId;
    std::vector<int> m_rowOfIndex; // m_all index → visible row, or -1

    qint64 m_profileId = 0;
    std::optional<QSet<qint64>> m_only;
    QString m_dashboard;
    QString m_text;
    std::vector<Word> m_words;
    TextInterner m_statusTexts; // across reads, so that a status is one pointer for the filter
    int m_sortColumn = ReceiptColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qint64 m_today = 0; // for "days in status" and "changed this week", renewed on every recount
    Counts m_counts;
};

} // namespace cw
