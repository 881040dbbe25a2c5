#include "StatusReviewDialog.h"

#include "domain/StatusCategory.h"
#include "storage/StatusRuleStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cw {

namespace {

enum UnknownColumn { TitleColumn, CasesColumn, HistoryColumn, CategoryColumn };

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return t;
}

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setToolTip(text);
    return i;
}

} // namespace

StatusReviewDialog::StatusReviewDialog(const Database &db, const StatusNormalizer &builtIn, QWidget *parent)
    : QDialog(parent), m_db(db), m_builtIn(builtIn)
{
    setWindowTitle(tr("Statuses to Review"));
    resize(820, 560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("USCIS titles CaseWatch does not recognize are shown as \"Needs review\" and never "
                                "alert. Choose what each one means: every case and history entry with that title "
                                "is updated at once, on every computer that shares this database, and an alert is "
                                "raised once if the new category alerts."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    layout->addWidget(new QLabel(tr("Titles to review:"), this));
    m_unknown = makeTable({tr("USCIS title"), tr("Cases"), tr("History entries"), tr("Means")}, this);
    m_unknown->setAccessibleName(tr("Titles to review"));
    layout->addWidget(m_unknown, 2);
    m_assign = new QPushButton(tr("&Assign Category"), this);
    layout->addWidget(m_assign, 0, Qt::AlignRight);

    layout->addWidget(new QLabel(tr("The firm's rules:"), this));
    m_rules = makeTable({tr("USCIS title"), tr("Category"), tr("Added by")}, this);
    m_rules->setAccessibleName(tr("The firm's rules"));
    layout->addWidget(m_rules, 1);
    auto *ruleButtons = new QHBoxLayout;
    m_remove = new QPushButton(tr("&Remove Rule"), this);
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    auto *importButton = new QPushButton(tr("&Import…"), this);
    ruleButtons->addWidget(exportButton);
    ruleButtons->addWidget(importButton);
    ruleButtons->addStretch();
    ruleButtons->addWidget(m_remove);
    layout->addLayout(ruleButtons);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);

    connect(m_assign, &QPushButton::clicked, this, &StatusReviewDialog::assignSelected);
    connect(m_remove, &QPushButton::clicked, this, &StatusReviewDialog::removeSelected);
    connect(exportButton, &QPushButton::clicked, this, &StatusReviewDialog::exportRules);
    connect(importButton, &QPushButton::clicked, this, &StatusReviewDialog::importRules);
    reload();
}

StatusReviewDialog::~StatusReviewDialog() = default;

void StatusReviewDialog::reload()
{
    StatusRuleStore store(m_db);
    auto unknown = store.unknownTitles();
    auto rules = store.all();
    if (!unknown || !rules) {
        report((unknown ? rules.error() : unknown.error()).message, true);
        return;
    }
    m_unknown->setRowCount(0);
    for (const auto &t : unknown.value()) {
        const int row = m_unknown->rowCount();
        m_unknown->insertRow(row);
        m_unknown->setItem(row, TitleColumn, item(t.title));
        m_unknown->setItem(row, CasesColumn, item(QString::number(t.cases)));
        m_unknown->setItem(row, HistoryColumn, item(QString::number(t.historyEntries)));
        auto *choice = new QComboBox(m_unknown);
        choice->addItem(tr("(choose)"), QString());
        for (const CategoryTraits &c : categories::all()) {
            if (c.category != Category::Other)
                choice->addItem(categories::displayName(QString::fromLatin1(c.id)), QString::fromLatin1(c.id));
        }
        choice->setAccessibleName(tr("Category for %1").arg(t.title));
        m_unknown->setCellWidget(row, CategoryColumn, choice);
    }
    m_rules->setRowCount(0);
    for (const auto &r : rules.value()) {
        const int row = m_rules->rowCount();
        m_rules->insertRow(row);
        m_rules->setItem(row, 0, item(r.title));
        m_rules->setItem(row, 1, item(categories::displayName(r.category)));
        m_rules->setItem(row, 2, item(r.createdBy));
    }
    m_unknown->resizeColumnsToContents();
    m_unknown->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_assign->setEnabled(m_unknown->rowCount() > 0);
    m_remove->setEnabled(m_rules->rowCount() > 0);
    if (m_unknown->rowCount() == 0)
        report(tr("Every USCIS title in this database is recognized."), false);
}

bool StatusReviewDialog::assignRow(int row, const QString &category)
{
    if (row < 0 || row >= m_unknown->rowCount())
        return false;
    const QString title = m_unknown->item(row, TitleColumn)->text();
    auto applied = StatusRuleStore(m_db).assign(title, category, m_builtIn);
    if (!applied) {
        report(applied.error().message, true);
        return false;
    }
    reload();
    report(tr("\"%1\" now means %2: %n case(s) updated.", nullptr, applied->casesChanged)
               .arg(title, categories::displayName(category)),
           false);
    emit rulesChanged();
    return true;
}

void StatusReviewDialog::assignSelected()
{
    const int row = m_unknown->currentRow();
    if (row < 0) {
        report(tr("Select a title first, then choose what it means."), true);
        return;
    }
    auto *choice = qobject_cast<QComboBox *>(m_unknown->cellWidget(row, CategoryColumn));
    const QString category = choice ? choice->currentData().toString() : QString();
    if (category.isEmpty()) {
        report(tr("Choose what the title means in the \"Means\" column first."), true);
        return;
    }
    assignRow(row, category);
}

void StatusReviewDialog::removeSelected()
{
    const int row = m_rules->currentRow();
    if (row < 0) {
        report(tr("Select a rule to remove."), true);
        return;
    }
    const QString title = m_rules->item(row, 0)->text();
    auto applied = StatusRuleStore(m_db).remove(title, m_builtIn);
    if (!applied) {
        report(applied.error().message, true);
        return;
    }
    reload();
    report(tr("Rule removed: \"%1\" is read as CaseWatch reads it on its own again.").arg(title), false);
    emit rulesChanged();
}

void StatusReviewDialog::exportRules()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Status Rules"), QStringLiteral("casewatch-status-rules.json"), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    auto bytes = StatusRuleStore(m_db).exportJson();
    QFile file(path);
    if (!bytes || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(bytes.value()) != bytes->size()) {
        report(bytes ? tr("Could not write %1: %2").arg(path, file.errorString()) : bytes.error().message, true);
        return;
    }
    report(tr("The firm's rules were saved to %1.").arg(path), false);
}

void StatusReviewDialog::importRules()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Status Rules"), QString(), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report(tr("Could not read %1: %2").arg(path, file.errorString()), true);
        return;
    }
    auto imported = StatusRuleStore(m_db).importJson(file.read(4 * 1024 * 1024), m_builtIn);
    if (!imported) {
        report(imported.error().message, true);
        return;
    }
    reload();
    report(tr("%n rule(s) imported.", nullptr, imported.value()), false);
    emit rulesChanged();
}

void StatusReviewDialog::report(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
}

} // namespace cw
