#pragma once

#include "domain/TrackedCase.h"

#include <QAbstractTableModel>
#include <QList>

namespace cw {

// The cases of the selected profile, as a table.
class CaseTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseTableModel)

public:
    enum Column { ReceiptColumn, OfficeColumn, FormColumn, LabelColumn, CategoryColumn, StatusColumn, CheckedColumn, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1 };

    explicit CaseTableModel(QObject *parent = nullptr);

    void setCases(QList<TrackedCase> cases);
    const TrackedCase *caseAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<TrackedCase> m_cases;
};

} // namespace cw
