#include "CaseTableModel.h"

#include "normalize/StatusNormalizer.h"

#include <QLocale>

namespace cw {

CaseTableModel::CaseTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void CaseTableModel::setCases(QList<TrackedCase> cases)
{
    beginResetModel();
    m_cases = std::move(cases);
    endResetModel();
}

const TrackedCase *CaseTableModel::caseAt(int row) const
{
    return row >= 0 && row < m_cases.size() ? &m_cases.at(row) : nullptr;
}

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    const TrackedCase *c = caseAt(index.row());
    if (!c)
        return {};
    if (role == CaseIdRole)
        return c->id;
    if (role == Qt::ToolTipRole && index.column() == ReceiptColumn)
        return c->receipt.hasKnownPrefix() ? c->receipt.office() : c->receipt.warning();
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && !c->lastErrorMessage.isEmpty())
        return c->lastErrorMessage;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ReceiptColumn:
        return c->receipt.toString();
    case OfficeColumn:
        return c->receipt.hasKnownPrefix() ? c->receipt.office() : tr("Unknown office (%1)").arg(c->receipt.prefix());
    case FormColumn:
        return c->formType;
    case LabelColumn:
        return c->archived ? tr("%1 (archived)").arg(c->label) : c->label;
    case CategoryColumn:
        return c->category.isEmpty() ? QString() : StatusNormalizer::displayName(c->category);
    case StatusColumn: {
        if (!c->lastErrorMessage.isEmpty())
            return tr("Error: %1").arg(c->lastErrorMessage);
        // USCIS's own words, in the language the app is shown in when USCIS gave them.
        const bool spanish = QLocale().language() == QLocale::Spanish && !c->statusEs.isEmpty();
        const QString status = spanish ? c->statusEs : c->statusEn;
        return status.isEmpty() ? tr("Not checked yet") : status;
    }
    case CheckedColumn:
        return c->lastCheckedAt.isValid()
                   ? QLocale().toString(c->lastCheckedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    default:
        return {};
    }
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReceiptColumn:
        return tr("Receipt number");
    case OfficeColumn:
        return tr("Office");
    case FormColumn:
        return tr("Form");
    case LabelColumn:
        return tr("Label");
    case CategoryColumn:
        return tr("Category");
    case StatusColumn:
        return tr("USCIS status");
    case CheckedColumn:
        return tr("Last checked");
    default:
        return {};
    }
}

} // namespace cw
