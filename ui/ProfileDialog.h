#pragma once

#include "domain/Profile.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cw {

// Creates or edits an applicant or petitioner profile. It validates before closing and shows
// what is wrong next to the form instead of closing with bad data.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    explicit ProfileDialog(const Profile &profile, QWidget *parent = nullptr);

    Profile profile() const;

    void accept() override;

private:
    Profile m_profile;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_organization;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_aNumber;
    QComboBox *m_language;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
};

} // namespace cw
