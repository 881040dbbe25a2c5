#include "ProfileSidebar.h"

#include "storage/ProfileStore.h"

#include <QLineEdit>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace cw {

namespace {
constexpr int kProfileIdRole = Qt::UserRole + 1;
constexpr qint64 kNoProfile = -1; // group headers
} // namespace

ProfileSidebar::ProfileSidebar(ProfileStore &profiles, QWidget *parent)
    : QWidget(parent), m_profiles(profiles), m_search(new QLineEdit(this)), m_view(new QTreeView(this)),
      m_model(new QStandardItemModel(this))
{
    m_search->setObjectName(QStringLiteral("profileSearch"));
    m_search->setPlaceholderText(tr("Search profiles (Ctrl+Shift+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search profiles"));
    m_view->setObjectName(QStringLiteral("profileView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Profiles"));
    m_view->setAccessibleDescription(
        tr("All cases, then applicants and petitioners; drop I-797 notices on a profile to add them to it"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view);

    connect(m_search, &QLineEdit::textChanged, this, &ProfileSidebar::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(kProfileIdRole).toLongLong();
        if (id != kNoProfile && index.isValid())
            emit profileSelected(id);
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(kProfileIdRole).toLongLong();
        if (id > 0)
            emit profileActivated(id);
    });
}

qint64 ProfileSidebar::selectedProfileId() const
{
    const qint64 id = m_view->currentIndex().data(kProfileIdRole).toLongLong();
    return id > 0 ? id : kAllCases;
}

qint64 ProfileSidebar::profileAt(const QPoint &viewportPos) const
{
    const qint64 id = m_view->indexAt(viewportPos).data(kProfileIdRole).toLongLong();
    return id > 0 ? id : 0;
}

void ProfileSidebar::clearSearch()
{
    m_search->clear();
}

void ProfileSidebar::selectProfile(qint64 id)
{
    for (int g = 0; g < m_model->rowCount(); ++g) {
        QStandardItem *top = m_model->item(g);
        if (top->data(kProfileIdRole).toLongLong() == id) {
            m_view->setCurrentIndex(top->index());
            return;
        }
        for (int r = 0; r < top->rowCount(); ++r) {
            if (top->child(r)->data(kProfileIdRole).toLongLong() == id) {
                m_view->setCurrentIndex(top->child(r)->index());
                return;
            }
        }
    }
}

Status ProfileSidebar::reload()
{
    const qint64 keep = m_view->currentIndex().isValid() ? selectedProfileId() : -2;
    auto listed = m_profiles.list(std::nullopt, m_search->text());
    if (!listed)
        return listed.error();
    const QSignalBlocker block(m_view->selectionModel());
    m_model->clear();
    int total = 0;
    auto *all = new QStandardItem;
    all->setData(kAllCases, kProfileIdRole);
    auto *applicants = new QStandardItem;
    auto *petitioners = new QStandardItem;
    for (QStandardItem *group : {all, applicants, petitioners}) {
        QFont font = group->font();
        font.setBold(true);
        group->setFont(font);
    }
    for (QStandardItem *group : {applicants, petitioners}) {
        group->setData(kNoProfile, kProfileIdRole);
        group->setSelectable(false);
    }
    for (const Profile &p : listed.value()) {
        const bool showOrganization =
            !p.organization.isEmpty() && p.organization.compare(p.name, Qt::CaseInsensitive) != 0;
        auto *item = new QStandardItem(showOrganization ? tr("%1 — %2").arg(p.name, p.organization) : p.name);
        item->setData(p.id, kProfileIdRole);
        item->setToolTip(tr("%n case(s)", nullptr, p.caseCount));
        total += p.caseCount;
        (p.kind == ProfileKind::Petitioner ? petitioners : applicants)->appendRow(item);
    }
    all->setText(m_search->text().isEmpty() ? tr("All cases (%L1)").arg(total) : tr("All cases"));
    all->setToolTip(tr("Every case of the firm"));
    applicants->setText(tr("Applicants (%L1)").arg(applicants->rowCount()));
    petitioners->setText(tr("Petitioners (%L1)").arg(petitioners->rowCount()));
    m_model->appendRow(all);
    m_model->appendRow(applicants);
    m_model->appendRow(petitioners);
    m_view->expandAll();
    selectProfile(keep == -2 ? kAllCases : keep); // a first start opens on the whole firm
    if (!m_view->currentIndex().isValid())
        m_view->setCurrentIndex(all->index());
    // Tell the desk even when the same profile is selected again: its facts may have changed.
    emit profileSelected(selectedProfileId());
    return {};
}

} // namespace cw
