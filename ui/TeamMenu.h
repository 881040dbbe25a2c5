#pragma once

#include <QMenu>

namespace cw {

// Team: My Cases (a toggle), Assign Selected Cases To…, Assign Profile To…, Staff and Roles…,
// Tracking Health… The desk (app/gui/DeskTeam.cpp) wires each to its work.
class TeamMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamMenu)

public:
    // `linked`: this desktop's user is a member of staff (My Cases needs one); `mayEdit`: the role
    // may change cases (assigning them).
    TeamMenu(bool linked, bool mayEdit, QWidget *parent = nullptr);

    QAction *myCases;
    QAction *assignCases;
    QAction *assignProfile;
    QAction *staff;
    QAction *health;
};

} // namespace cw
