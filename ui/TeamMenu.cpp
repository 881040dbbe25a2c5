#include "TeamMenu.h"

namespace cw {

TeamMenu::TeamMenu(bool linked, bool mayEdit, QWidget *parent)
    : QMenu(tr("&Team"), parent), myCases(addAction(tr("&My Cases"))),
      assignCases(addAction(tr("&Assign Selected Cases To…"))), assignProfile(addAction(tr("Assign &Profile To…"))),
      staff(nullptr), health(nullptr)
{
    setObjectName(QStringLiteral("teamMenu"));
    myCases->setObjectName(QStringLiteral("actionMyCases"));
    myCases->setCheckable(true);
    myCases->setEnabled(linked);
    myCases->setToolTip(linked ? tr("Only the cases you are responsible for")
                               : tr("Available once this desktop's user is linked to a member of staff"));
    assignCases->setObjectName(QStringLiteral("actionAssignCases"));
    assignCases->setVisible(mayEdit);
    assignProfile->setObjectName(QStringLiteral("actionAssignProfile"));
    assignProfile->setVisible(mayEdit);
    addSeparator();
    staff = addAction(tr("&Staff and Roles…"));
    staff->setObjectName(QStringLiteral("actionStaff"));
    health = addAction(tr("Tracking &Health…"));
    health->setObjectName(QStringLiteral("actionTrackingHealth"));
}

} // namespace cw
