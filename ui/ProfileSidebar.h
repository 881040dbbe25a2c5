#pragma once

#include "Result.h"

#include <QWidget>

class QLineEdit;
class QStandardItemModel;
class QTreeView;

namespace cw {

class ProfileStore;

// The left side of the desk: "All cases", then applicants and petitioners, searchable. Files
// dropped on a profile are reported with that profile.
class ProfileSidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSidebar)

public:
    static constexpr qint64 kAllCases = 0;

    explicit ProfileSidebar(ProfileStore &profiles, QWidget *parent = nullptr);

    // The selected profile, or kAllCases.
    qint64 selectedProfileId() const;
    void selectProfile(qint64 id);
    void clearSearch();
    QLineEdit *searchField() const { return m_search; }
    QTreeView *view() const { return m_view; }
    // The profile under a point of the view's viewport (a drop), 0 for none.
    qint64 profileAt(const QPoint &viewportPos) const;

public slots:
    // Reads the profiles again (names, counts), keeping the selection.
    Status reload();

signals:
    void profileSelected(qint64 id);
    void profileActivated(qint64 id); // double-click or Enter on a profile

private:
    ProfileStore &m_profiles;
    QLineEdit *m_search;
    QTreeView *m_view;
    QStandardItemModel *m_model;
};

} // namespace cw
