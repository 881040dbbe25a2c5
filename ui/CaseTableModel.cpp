#include "CaseTableModel.h"

#include "i18n/DateText.h"
#include "domain/StatusCategory.h"

#include "CategoryStyle.h"
#include "domain/ReceiptNumber.h"
#include "normalize/StatusNormalizer.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace cw {

namespace {

int categoryRank(const QString &category)
{
    static const QHash<QString, int> ranks = [] {
        QHash<QString, int> out;
        const QStringList all = StatusNormalizer::categories();
        for (int i = 0; i < all.size(); ++i)
            out.insert(all.at(i), i + 1);
        return out;
    }();
    return ranks.value(category, 0);
}

} // namespace

CaseTableModel::CaseTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_today = QDate::currentDate().toJulianDay();
}

QString CaseTableModel::searchKey(const CaseSummary &c) const
{
    // Receipt, client, form and label: what a paralegal types. Statuses are matched per distinct
    // text (a few hundred), not per row.
    return (c.receipt + u'\x1f' + c.profileName + u'\x1f' + c.formType + u'\x1f' + c.label).toLower();
}

void CaseTableModel::setCases(std::vector<CaseSummary> cases)
{
    beginResetModel();
    m_all = std::move(cases);
    m_keys.clear();
    m_keys.reserve(m_all.size());
    m_indexOfId.clear();
    m_indexOfId.reserve(qsizetype(m_all.size()));
    m_statusTexts = {};
    m_orderDirty = true;
    for (int i = 0; i < int(m_all.size()); ++i) {
        intern(m_all[size_t(i)]);
        m_keys.push_back(searchKey(m_all[size_t(i)]));
        m_indexOfId.insert(m_all[size_t(i)].id, i);
    }
    matchWords();
    computeVisible();
    endResetModel();
    recount();
}

void CaseTableModel::intern(CaseSummary &c)
{
    c.statusEn = m_statusTexts(c.statusEn);
    c.statusEs = m_statusTexts(c.statusEs);
}

void CaseTableModel::matchWords()
{
    m_words.clear();
    const QStringList categories = StatusNormalizer::categories();
    for (const QString &part : m_text.toLower().split(u' ', Qt::SkipEmptyParts)) {
        Word word{part, QString(part).remove(u'-'), {}, {}};
        for (const QString &status : m_statusTexts.texts()) {
            if (status.contains(part, Qt::CaseInsensitive))
                word.statuses.insert(status.constData());
        }
        for (const QString &category : categories) {
            if (StatusNormalizer::displayName(category).contains(part, Qt::CaseInsensitive))
                word.categories.insert(category);
        }
        m_words.push_back(std::move(word));
    }
}

void CaseTableModel::updateCases(const QList<qint64> &ids, std::vector<CaseSummary> fresh)
{
    QSet<qint64> seen;
    bool layout = false;
    int firstRow = INT_MAX, lastRow = -1;
    const qsizetype knownTexts = m_statusTexts.size();
    for (CaseSummary &c : fresh)
        intern(c);
    if (m_statusTexts.size() != knownTexts)
        matchWords(); // a status text never seen before may match the filter
    for (CaseSummary &c : fresh) {
        seen.insert(c.id);
        const auto it = m_indexOfId.constFind(c.id);
        if (it == m_indexOfId.constEnd()) {
            m_indexOfId.insert(c.id, int(m_all.size()));
            m_keys.push_back(searchKey(c));
            m_all.push_back(std::move(c));
            m_rowOfIndex.push_back(-1);
            m_orderDirty = true;
            layout = true;
            continue;
        }
        const int index = *it;
        CaseSummary &old = m_all[size_t(index)];
        const bool wasVisible = m_rowOfIndex[size_t(index)] >= 0;
        // Estimates are refreshed on their own; a decision recorded since ends the wait.
        c.expectedDay =
            categories::isDecision(c.category) || categories::endsWithoutDecision(c.category) ? 0 : old.expectedDay;
        const bool sortKeyMoved = compareIn(m_sortColumn, old, c) != 0;
        old = std::move(c);
        m_keys[size_t(index)] = searchKey(old);
        if (sortKeyMoved)
            m_orderDirty = true;
        if (wasVisible != accepts(old) || (wasVisible && sortKeyMoved)) {
            layout = true;
        } else if (wasVisible) {
            firstRow = std::min(firstRow, m_rowOfIndex[size_t(index)]);
            lastRow = std::max(lastRow, m_rowOfIndex[size_t(index)]);
        }
    }
    // Ids asked for but not read back are gone from the database (removed here or on another
    // desktop): drop them in one pass.
    QSet<int> gone;
    for (qint64 id : ids) {
        const auto it = m_indexOfId.constFind(id);
        if (!seen.contains(id) && it != m_indexOfId.constEnd())
            gone.insert(*it);
    }
    const bool removed = !gone.isEmpty();
    if (removed) {
        std::vector<CaseSummary> kept;
        std::vector<QString> keptKeys;
        kept.reserve(m_all.size() - size_t(gone.size()));
        keptKeys.reserve(kept.capacity());
        m_indexOfId.clear();
        for (int i = 0; i < int(m_all.size()); ++i) {
            if (gone.contains(i))
                continue;
            m_indexOfId.insert(m_all[size_t(i)].id, int(kept.size()));
            kept.push_back(std::move(m_all[size_t(i)]));
            keptKeys.push_back(std::move(m_keys[size_t(i)]));
        }
        m_all = std::move(kept);
        m_keys = std::move(keptKeys);
        m_orderDirty = true;
    }
    if (layout || removed)
        rebuild();
    else if (lastRow >= 0)
        emit dataChanged(index(firstRow, 0), index(lastRow, ColumnCount - 1));
    recount();
}

void CaseTableModel::setProfileFilter(qint64 profileId)
{
    if (profileId == m_profileId)
        return;
    m_profileId = profileId;
    rebuild();
    recount();
}

void CaseTableModel::setCaseSetFilter(std::optional<QSet<qint64>> ids)
{
    m_only = std::move(ids);
    rebuild();
    recount();
}

void CaseTableModel::setDashboardFilter(const QString &selection)
{
    if (selection == m_dashboard)
        return;
    m_dashboard = selection;
    rebuild();
}

void CaseTableModel::setTextFilter(const QString &text)
{
    const QString before = m_text;
    m_text = text.simplified();
    if (m_text == before)
        return;
    matchWords();
    beginResetModel();
    if (!before.isEmpty() && m_text.startsWith(before)) {
        // Typing on: only the rows still shown can match, and their order holds.
        std::vector<int> kept;
        kept.reserve(m_visible.size());
        for (int index : m_visible) {
            if (accepts(m_all[size_t(index)]))
                kept.push_back(index);
            else
                m_rowOfIndex[size_t(index)] = -1;
        }
        m_visible = std::move(kept);
        for (int row = 0; row < int(m_visible.size()); ++row)
            m_rowOfIndex[size_t(m_visible[size_t(row)])] = row;
    } else {
        computeVisible();
    }
    endResetModel();
}

bool CaseTableModel::changedThisWeek(const CaseSummary &c) const
{
    // By USCIS's date for the status (else the day CaseWatch saw it change): adding a firm's
    // whole book does not make every case "changed this week".
    return c.statusSinceDay > 0 && m_today - c.statusSinceDay < 7;
}

bool CaseTableModel::inScope(const CaseSummary &c) const
{
    return (m_profileId == 0 || c.profileId == m_profileId) && (!m_only || m_only->contains(c.id));
}

bool CaseTableModel::accepts(const CaseSummary &c) const
{
    if (!inScope(c))
        return false;
    if (!m_dashboard.isEmpty()) {
        if (m_dashboard == kChangedThisWeek) {
            if (!changedThisWeek(c))
                return false;
        } else if (m_dashboard == kErrors) {
            if (c.errorMessage.isEmpty())
                return false;
        } else if (m_dashboard == kUnchecked) {
            if (!c.category.isEmpty())
                return false;
        } else if (c.category != m_dashboard) {
            return false;
        }
    }
    if (m_text.isEmpty())
        return true;
    const QString &key = m_keys[size_t(&c - m_all.data())];
    // Every word must be found: in the receipt, client, form or label, or in the status (either
    // language) or the category's name.
    for (const Word &word : m_words) {
        if (key.contains(word.text) || (word.compact != word.text && key.contains(word.compact))
            || word.statuses.contains(c.statusEn.constData()) || word.statuses.contains(c.statusEs.constData())
            || word.categories.contains(c.category))
            continue;
        return false;
    }
    return true;
}

int CaseTableModel::compareIn(int column, const CaseSummary &a, const CaseSummary &b)
{
    const auto order = [](qint64 x, qint64 y) { return x < y ? -1 : int(x > y); };
    switch (column) {
    case ReceiptColumn:
        return a.receipt.compare(b.receipt);
    case ClientColumn:
        return a.profileName.compare(b.profileName, Qt::CaseInsensitive);
    case FormColumn:
        return a.formType.compare(b.formType, Qt::CaseInsensitive);
    case LabelColumn:
        return a.label.compare(b.label, Qt::CaseInsensitive);
    case CategoryColumn:
        return categoryRank(a.category) - categoryRank(b.category);
    case StatusColumn:
        return a.statusEn.compare(b.statusEn, Qt::CaseInsensitive);
    case LastChangeColumn:
        return order(a.statusSinceDay, b.statusSinceDay);
    // More days in status = an older status date; never checked counts as no days at all.
    case DaysColumn:
        return -order(a.statusSinceDay > 0 ? a.statusSinceDay : LLONG_MAX,
                      b.statusSinceDay > 0 ? b.statusSinceDay : LLONG_MAX);
    case NextCheckColumn:
        return order(a.nextCheckMs, b.nextCheckMs);
    case ErrorColumn:
        return a.errorMessage.compare(b.errorMessage);
    // No estimate sorts after every date.
    case ExpectedColumn:
        return order(a.expectedDay > 0 ? a.expectedDay : LLONG_MAX, b.expectedDay > 0 ? b.expectedDay : LLONG_MAX);
    default:
        return 0;
    }
}

bool CaseTableModel::lessThan(int ia, int ib) const
{
    const CaseSummary &a = m_all[size_t(ia)];
    const CaseSummary &b = m_all[size_t(ib)];
    int diff = compareIn(m_sortColumn, a, b);
    if (diff == 0)
        diff = a.receipt.compare(b.receipt);
    return m_sortOrder == Qt::AscendingOrder ? diff < 0 : diff > 0;
}

void CaseTableModel::rebuild()
{
    beginResetModel();
    computeVisible();
    endResetModel();
}

void CaseTableModel::computeVisible()
{
    m_today = QDate::currentDate().toJulianDay(); // the desk stays open for days
    if (m_orderDirty || m_order.size() != m_all.size()) {
        // Sorted once per sort or data change; a keystroke only walks this order.
        m_order.resize(m_all.size());
        std::iota(m_order.begin(), m_order.end(), 0);
        std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return lessThan(a, b); });
        m_orderDirty = false;
    }
    m_visible.clear();
    m_rowOfIndex.assign(m_all.size(), -1);
    for (int i : m_order) {
        if (accepts(m_all[size_t(i)]))
            m_visible.push_back(i);
    }
    for (int row = 0; row < int(m_visible.size()); ++row)
        m_rowOfIndex[size_t(m_visible[size_t(row)])] = row;
}

void CaseTableModel::recount()
{
    m_today = QDate::currentDate().toJulianDay();
    Counts counts;
    for (const CaseSummary &c : m_all) {
        if (!inScope(c))
            continue;
        ++counts.total;
        if (c.category.isEmpty())
            ++counts.unchecked;
        else
            ++counts.byCategory[c.category];
        if (!c.errorMessage.isEmpty())
            ++counts.errors;
        if (changedThisWeek(c))
            ++counts.changedThisWeek;
    }
    m_counts = std::move(counts);
    emit countsChanged();
}

void CaseTableModel::setExpectedDays(const QHash<qint64, qint64> &expected)
{
    for (CaseSummary &c : m_all)
        c.expectedDay = expected.value(c.id, 0);
    if (m_sortColumn == ExpectedColumn) {
        m_orderDirty = true;
        rebuild();
    } else if (!m_visible.empty()) {
        emit dataChanged(index(0, ExpectedColumn), index(int(m_visible.size()) - 1, ExpectedColumn), {Qt::DisplayRole});
    }
}

void CaseTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_orderDirty = true;
    rebuild();
}

const CaseSummary *CaseTableModel::caseAt(int row) const
{
    return row >= 0 && row < int(m_visible.size()) ? &m_all[size_t(m_visible[size_t(row)])] : nullptr;
}

int CaseTableModel::rowOfCase(qint64 id) const
{
    const auto it = m_indexOfId.constFind(id);
    return it == m_indexOfId.constEnd() ? -1 : m_rowOfIndex[size_t(*it)];
}

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int CaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

} // namespace cw
