#include "AddCasesDialog.h"

#include "domain/ReceiptNumber.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw {

AddCasesDialog::AddCasesDialog(const QString &profileName, QWidget *parent)
    : QDialog(parent), m_receipts(new QPlainTextEdit(this)), m_formType(new QLineEdit(this)),
      m_label(new QLineEdit(this)), m_preview(new QListWidget(this)), m_summary(new QLabel(this))
{
    setWindowTitle(tr("Add Cases for %1").arg(profileName));
    m_receipts->setObjectName(QStringLiteral("receiptsEdit"));
    m_receipts->setPlaceholderText(tr("Paste or type receipt numbers, one per line, e.g.\nEAC9999103402\n"
                                      "IOE-0912-345-678"));
    m_receipts->setAccessibleName(tr("Receipt numbers"));
    m_receipts->setTabChangesFocus(true);
    m_formType->setObjectName(QStringLiteral("formTypeEdit"));
    m_formType->setPlaceholderText(tr("Optional, e.g. I-485"));
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_label->setPlaceholderText(tr("Optional note shown with the case"));
    m_preview->setObjectName(QStringLiteral("previewList"));
    m_preview->setAccessibleName(tr("What will be added"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Receipt numbers:"), m_receipts);
    form->addRow(tr("&Form type:"), m_formType);
    form->addRow(tr("&Label:"), m_label);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddCasesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddCasesDialog::reject);
    connect(m_receipts, &QPlainTextEdit::textChanged, this, &AddCasesDialog::updatePreview);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(560, 460);
    updatePreview();
}

QStringList AddCasesDialog::entries() const
{
    return ReceiptNumber::splitList(m_receipts->toPlainText());
}

QString AddCasesDialog::formType() const
{
    return m_formType->text().trimmed();
}

QString AddCasesDialog::label() const
{
    return m_label->text().trimmed();
}

void AddCasesDialog::updatePreview()
{
    m_preview->clear();
    int good = 0;
    int bad = 0;
    for (const QString &entry : entries()) {
        const auto parsed = ReceiptNumber::parse(entry);
        auto *item = new QListWidgetItem(m_preview);
        if (parsed) {
            ++good;
            const QString warning = parsed->warning();
            item->setText(warning.isEmpty() ? tr("%1 — %2").arg(parsed->toString(), parsed->office())
                                            : tr("%1 — warning: %2").arg(parsed->toString(), warning));
            item->setData(Qt::UserRole, true);
        } else {
            ++bad;
            item->setText(parsed.error().message);
            item->setForeground(QColor(0xb0, 0x00, 0x20));
            item->setData(Qt::UserRole, false);
        }
    }
    m_summary->setText(tr("%n receipt number(s) will be added.", nullptr, good) + u' '
                       + (bad ? tr("%n entry(ies) cannot be added and will be skipped.", nullptr, bad) : QString()));
    m_ok->setEnabled(good > 0);
}

} // namespace cw
