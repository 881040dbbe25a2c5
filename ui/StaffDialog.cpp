#include "StaffDialog.h"

#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cw {

namespace {

const StaffStore::Role kRoles[] = {StaffStore::Role::Admin, StaffStore::Role::Attorney, StaffStore::Role::Paralegal,
                                   StaffStore::Role::ReadOnly};

QComboBox *roleCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (StaffStore::Role r : kRoles)
        combo->addItem(StaffStore::roleName(r), StaffStore::roleId(r));
    return combo;
}

} // namespace

StaffDialog::StaffDialog(const Database &db, bool mayEdit, QWidget *parent, bool rolesEnforced)
    : QDialog(parent), m_db(db), m_mayEdit(mayEdit), m_rolesEnforced(rolesEnforced), m_list(new QTreeWidget(this)),
      m_add(new QPushButton(tr("&Add Person…"), this)), m_role(new QPushButton(tr("Change &Role…"), this)),
      m_active(new QPushButton(tr("&Left the Firm"), this)), m_me(new QPushButton(tr("&This Is Me"), this))
{
    setWindowTitle(tr("Staff and Roles"));
    setObjectName(QStringLiteral("staffDialog"));
    m_list->setObjectName(QStringLiteral("staffList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Email"), tr("Role"), tr("Database login"), tr("Desktop user")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("The firm's staff"));
    m_add->setObjectName(QStringLiteral("addStaff"));
    m_role->setObjectName(QStringLiteral("changeStaffRole"));
    m_active->setObjectName(QStringLiteral("toggleStaffActive"));
    m_me->setObjectName(QStringLiteral("linkStaffToMe"));
    m_me->setToolTip(tr("Link this desktop's user (%1) to the selected person").arg(StaffStore::desktopUser()));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_role, m_active, m_me})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(box);
    connect(m_add, &QPushButton::clicked, this, &StaffDialog::addPerson);
    connect(m_role, &QPushButton::clicked, this, &StaffDialog::setRole);
    connect(m_active, &QPushButton::clicked, this, &StaffDialog::toggleActive);
    connect(m_me, &QPushButton::clicked, this, &StaffDialog::linkMe);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &StaffDialog::updateButtons);
    resize(760, 360);
    reload();
}

void StaffDialog::reload()
{
    auto all = StaffStore(m_db).list(true);
    m_list->clear();
    m_members = all ? all.value() : QList<StaffStore::Member>();
    if (!all)
        QMessageBox::warning(this, tr("Staff"), all.error().message);
    for (const StaffStore::Member &m : m_members) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, m.id);
        item->setText(0, m.active ? m.name : tr("%1 (left the firm)").arg(m.name));
        item->setText(1, m.email);
        item->setText(2, StaffStore::roleName(m.role));
        item->setText(3, m.dbUser);
        item->setText(4, m.osUser);
    }
    updateButtons();
}

std::optional<StaffStore::Member> StaffDialog::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    for (const StaffStore::Member &m : m_members) {
        if (m.id == item->data(0, Qt::UserRole).toLongLong())
            return m;
    }
    return std::nullopt;
}

void StaffDialog::updateButtons()
{
    const bool one = selected().has_value();
    m_add->setEnabled(m_mayEdit);
    // Where the database enforces roles, a person with a login changes role there: the list must
    // never show a role the database does not give.
    const bool enforcedThere = m_rolesEnforced && one && !selected()->dbUser.isEmpty();
    m_role->setEnabled(m_mayEdit && one && !enforcedThere);
    m_role->setToolTip(enforcedThere
                           ? tr("This person's role is the shared database's: the database's owner changes it "
                                "with casewatch-cli db-roles add %1 --role ROLE.")
                                 .arg(selected()->dbUser)
                           : QString());
    m_active->setEnabled(m_mayEdit && one);
    m_me->setEnabled(m_mayEdit && one);
    if (auto m = selected())
        m_active->setText(m->active ? tr("&Left the Firm") : tr("&Back at the Firm"));
}

void StaffDialog::addPerson()
{
    QDialog form(this);
    form.setWindowTitle(tr("Add Person"));
    auto *name = new QLineEdit(&form);
    auto *email = new QLineEdit(&form);
    QComboBox *role = roleCombo(&form);
    role->setCurrentIndex(2); // paralegal
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    connect(box, &QDialogButtonBox::accepted, &form, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    auto *layout = new QFormLayout(&form);
    layout->addRow(tr("&Name:"), name);
    layout->addRow(tr("&Email:"), email);
    layout->addRow(tr("&Role:"), role);
    layout->addRow(box);
    if (form.exec() != QDialog::Accepted)
        return;
    StaffStore::Member m;
    m.name = name->text();
    m.email = email->text();
    m.role = StaffStore::roleFromId(role->currentData().toString()).value_or(StaffStore::Role::ReadOnly);
    if (auto added = StaffStore(m_db).add(m); !added)
        QMessageBox::warning(this, tr("Person not added"), added.error().message);
    reload();
}

void StaffDialog::setRole()
{
    auto m = selected();
    if (!m)
        return;
    QStringList names;
    for (StaffStore::Role r : kRoles)
        names << StaffStore::roleName(r);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Change Role"), tr("Role of %1:").arg(m->name), names,
                                                 int(names.indexOf(StaffStore::roleName(m->role))), false, &ok);
    if (!ok)
        return;
    m->role = kRoles[std::max<qsizetype>(0, names.indexOf(chosen))];
    if (Status s = StaffStore(m_db).update(*m); !s)
        QMessageBox::warning(this, tr("Role not changed"), s.error().message);
    reload();
}

void StaffDialog::toggleActive()
{
    auto m = selected();
    if (!m)
        return;
    m->active = !m->active;
    if (Status s = StaffStore(m_db).update(*m); !s)
        QMessageBox::warning(this, tr("Person not changed"), s.error().message);
    reload();
}

void StaffDialog::linkMe()
{
    auto m = selected();
    if (!m)
        return;
    if (Status s = StaffStore(m_db).linkDesktop(m->id); !s)
        QMessageBox::warning(this, tr("Not linked"), s.error().message);
    reload();
}

AssignDialog::AssignDialog(const QList<StaffStore::Member> &staff, const QString &what, QWidget *parent)
    : QDialog(parent), m_attorney(new QComboBox(this)), m_paralegal(new QComboBox(this))
{
    setWindowTitle(tr("Assign To"));
    setObjectName(QStringLiteral("assignDialog"));
    m_attorney->setObjectName(QStringLiteral("assignAttorney"));
    m_paralegal->setObjectName(QStringLiteral("assignParalegal"));
    for (QComboBox *combo : {m_attorney, m_paralegal}) {
        combo->addItem(tr("(as it is)"), kUnchanged);
        combo->addItem(tr("(nobody: the profile's)"), 0);
    }
    for (const StaffStore::Member &m : staff) {
        if (!m.active)
            continue;
        if (m.role == StaffStore::Role::Attorney || m.role == StaffStore::Role::Admin)
            m_attorney->addItem(m.name, m.id);
        if (m.role != StaffStore::Role::ReadOnly)
            m_paralegal->addItem(m.name, m.id);
    }
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QFormLayout(this);
    layout->addRow(new QLabel(what, this));
    layout->addRow(tr("Responsible &attorney:"), m_attorney);
    layout->addRow(tr("Responsible &paralegal:"), m_paralegal);
    layout->addRow(box);
}

qint64 AssignDialog::attorney() const
{
    return m_attorney->currentData().toLongLong();
}

qint64 AssignDialog::paralegal() const
{
    return m_paralegal->currentData().toLongLong();
}

} // namespace cw
