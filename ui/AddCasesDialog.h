#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cw {

// Paste a list of receipt numbers (one per line, or separated by commas, or several on a line).
// Each entry is checked as it is typed; OK adds the good ones and the main window reports the rest.
class AddCasesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddCasesDialog)

public:
    explicit AddCasesDialog(const QString &profileName, QWidget *parent = nullptr);

    QStringList entries() const;
    QString formType() const;
    QString label() const;

private:
    void updatePreview();

    QPlainTextEdit *m_receipts;
    QLineEdit *m_formType;
    QLineEdit *m_label;
    QListWidget *m_preview;
    QLabel *m_summary;
    QPushButton *m_ok = nullptr;
};

} // namespace cw
