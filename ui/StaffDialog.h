#pragma once

#include "storage/StaffStore.h"

#include <QDialog>

class QComboBox;
class QPushButton;
class QTreeWidget;

namespace cw {

class Database;

// Team › Staff and Roles: the firm's people (name, email, role, their database login, the desktop
// user linked to them). An administrator adds people, changes roles, marks someone as no longer
// with the firm, and links this desktop's user to a person ("This Is Me"); others see the list.
// On a shared database with roles (db-roles), a role here is what the app shows; the database's
// own roles are what it enforces.
class StaffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffDialog)

public:
    // `rolesEnforced`: the shared database's own roles decide (db-roles); a person with a login of
    // their own then changes role there, as the database's owner, not here.
    StaffDialog(const Database &db, bool mayEdit, QWidget *parent = nullptr, bool rolesEnforced = false);
    void reload();

private:
    void addPerson();
    void setRole();
    void toggleActive();
    void linkMe();
    void updateButtons();
    std::optional<StaffStore::Member> selected() const;

    const Database &m_db;
    bool m_mayEdit;
    bool m_rolesEnforced;
    QList<StaffStore::Member> m_members;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_role;
    QPushButton *m_active;
    QPushButton *m_me;
};

// Case › Assign To…: the attorney and paralegal responsible for the selected cases (or a profile,
// whose cases follow it). Each choice may stay as it is, be cleared, or name a person.
class AssignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignDialog)

public:
    static constexpr qint64 kUnchanged = -1;
    AssignDialog(const QList<StaffStore::Member> &staff, const QString &what, QWidget *parent = nullptr);
    qint64 attorney() const; // kUnchanged, 0 (nobody) or a staff id
    qint64 paralegal() const;

private:
    QComboBox *m_attorney;
    QComboBox *m_paralegal;
};

} // namespace cw
