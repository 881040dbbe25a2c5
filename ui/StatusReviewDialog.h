#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cw {

class Database;
class StatusNormalizer;

// Statuses to review: every USCIS title CaseWatch could not categorize (OTHER), with how many cases
// and history entries carry it, and a category to assign to each; the firm's rules, with Remove;
// Export and Import of the rules as JSON. Each change is one transaction in the database
// (storage/StatusRuleStore) and is shared by every desktop on a shared database.
class StatusReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusReviewDialog)

public:
    StatusReviewDialog(const Database &db, const StatusNormalizer &builtIn, QWidget *parent = nullptr);
    ~StatusReviewDialog() override;

    // For tests: assigns `category` to the unknown title in `row`.
    bool assignRow(int row, const QString &category);
    QTableWidget *unknownTable() const { return m_unknown; }
    QTableWidget *rulesTable() const { return m_rules; }

signals:
    // Rules changed: cases and history entries may have new categories, and alerts may be due.
    void rulesChanged();

private:
    void reload();
    void assignSelected();
    void removeSelected();
    void exportRules();
    void importRules();
    void report(const QString &text, bool problem);

    const Database &m_db;
    const StatusNormalizer &m_builtIn;
    QTableWidget *m_unknown;
    QTableWidget *m_rules;
    QPushButton *m_assign;
    QPushButton *m_remove;
    QLabel *m_status;
};

} // namespace cw
