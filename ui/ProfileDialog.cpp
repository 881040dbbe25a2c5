#include "ProfileDialog.h"

#include "storage/ProfileStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cw {

ProfileDialog::ProfileDialog(const Profile &profile, QWidget *parent)
    : QDialog(parent), m_profile(profile), m_kind(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_organization(new QLineEdit(this)), m_email(new QLineEdit(this)), m_phone(new QLineEdit(this)),
      m_aNumber(new QLineEdit(this)), m_language(new QComboBox(this)), m_notes(new QPlainTextEdit(this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(profile.id ? tr("Edit Profile") : tr("New Profile"));
    m_kind->addItem(tr("Applicant"), int(ProfileKind::Applicant));
    m_kind->addItem(tr("Petitioner"), int(ProfileKind::Petitioner));
    m_kind->setCurrentIndex(profile.kind == ProfileKind::Petitioner ? 1 : 0);
    m_name->setText(profile.name);
    m_organization->setText(profile.organization);
    m_email->setText(profile.email);
    m_phone->setText(profile.phone);
    m_aNumber->setText(profile.aNumber);
    m_aNumber->setPlaceholderText(tr("Optional, e.g. A012345678"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Spanish"), QStringLiteral("es"));
    m_language->setCurrentIndex(profile.language == u"es" ? 1 : 0);
    m_language->setAccessibleName(tr("Language of the client's letters"));
    m_notes->setPlainText(profile.notes);
    m_notes->setTabChangesFocus(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    const std::pair<QWidget *, const char *> names[] = {
        {m_kind, "kindCombo"},  {m_name, "nameEdit"},        {m_organization, "organizationEdit"},
        {m_email, "emailEdit"}, {m_phone, "phoneEdit"},      {m_aNumber, "aNumberEdit"},
        {m_notes, "notesEdit"}, {m_problem, "problemLabel"}, {m_language, "languageCombo"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Organization:"), m_organization);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&A-number:"), m_aNumber);
    form->addRow(tr("&Letters in:"), m_language);
    form->addRow(tr("No&tes:"), m_notes);
    m_kind->setAccessibleName(tr("Profile kind"));
    m_name->setAccessibleName(tr("Name"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_name->setFocus();
}

Profile ProfileDialog::profile() const
{
    Profile p = m_profile;
    p.kind = ProfileKind(m_kind->currentData().toInt());
    p.name = m_name->text();
    p.organization = m_organization->text();
    p.email = m_email->text();
    p.phone = m_phone->text();
    p.aNumber = m_aNumber->text();
    p.notes = m_notes->toPlainText();
    p.language = m_language->currentData().toString();
    return p;
}

void ProfileDialog::accept()
{
    const auto checked = ProfileStore::validated(profile());
    if (!checked) {
        m_problem->setText(checked.error().message);
        m_problem->show();
        return;
    }
    m_problem->hide();
    QDialog::accept();
}

} // namespace cw
