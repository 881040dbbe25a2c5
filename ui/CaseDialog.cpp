#include "CaseDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cw {

CaseDialog::CaseDialog(const TrackedCase &trackedCase, const QList<Profile> &profiles, QWidget *parent)
    : QDialog(parent), m_case(trackedCase), m_profile(new QComboBox(this)), m_formType(new QLineEdit(this)),
      m_label(new QLineEdit(this)), m_archived(new QCheckBox(tr("&Archived (no longer checked)"), this))
{
    setWindowTitle(tr("Edit Case %1").arg(trackedCase.receipt.toString()));
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_formType->setObjectName(QStringLiteral("formTypeEdit"));
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_archived->setObjectName(QStringLiteral("archivedCheck"));
    for (const Profile &p : profiles) {
        const QString kind = p.kind == ProfileKind::Petitioner ? tr("petitioner") : tr("applicant");
        m_profile->addItem(tr("%1 (%2)").arg(p.name, kind), p.id);
        if (p.id == trackedCase.profileId)
            m_profile->setCurrentIndex(m_profile->count() - 1);
    }
    m_formType->setText(trackedCase.formType);
    m_label->setText(trackedCase.label);
    m_archived->setChecked(trackedCase.archived);

    auto *receipt = new QLabel(trackedCase.receipt.toString(), this);
    receipt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("Receipt number:"), receipt);
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(tr("&Form type:"), m_formType);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(QString(), m_archived);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

TrackedCase CaseDialog::trackedCase() const
{
    TrackedCase c = m_case;
    c.profileId = m_profile->currentData().toLongLong();
    c.formType = m_formType->text().trimmed();
    c.label = m_label->text().trimmed();
    c.archived = m_archived->isChecked();
    return c;
}

} // namespace cw
