#pragma once

#include "domain/Profile.h"
#include "domain/TrackedCase.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace cw {

// Edits a tracked case: which profile it belongs to, its form type, label and archived flag.
class CaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDialog)

public:
    CaseDialog(const TrackedCase &trackedCase, const QList<Profile> &profiles, QWidget *parent = nullptr);

    TrackedCase trackedCase() const;

private:
    TrackedCase m_case;
    QComboBox *m_profile;
    QLineEdit *m_formType;
    QLineEdit *m_label;
    QCheckBox *m_archived;
};

} // namespace cw
