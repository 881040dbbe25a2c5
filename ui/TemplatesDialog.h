#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cw {

class Database;

// The firm's client letters, per category, in English and Spanish side by side. Saving checks both
// at once: an unknown {placeholder} or a missing translation is refused with what is wrong, before
// any client could receive it. Stored in the database, so every desktop uses the same letters.
class TemplatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesDialog)

public:
    explicit TemplatesDialog(const Database &db, QWidget *parent = nullptr);
    ~TemplatesDialog() override;

    // For tests and the Save button: false, with the reason shown, when the templates are refused.
    bool saveShown();
    QString problem() const;
    void setTexts(const QString &category, const QString &enSubject, const QString &enBody, const QString &esSubject,
                  const QString &esBody);

private:
    void load(const QString &category);
    void reset();

    const Database &m_db;
    QComboBox *m_category;
    QLineEdit *m_subject[2];
    QPlainTextEdit *m_body[2];
    QLabel *m_status;
};

} // namespace cw
