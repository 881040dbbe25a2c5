#pragma once

#include "updates/ClientUpdates.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cw {

class Database;

// Updates to send: a letter for each status change that alerts (and, on request, a weekly digest per
// client), in each client's language, ready to edit, copy, open in the email program (mailto:) or
// save as an .eml for Outlook, and to mark as sent — which is recorded once, with the audit log.
class UpdatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdatesDialog)

public:
    UpdatesDialog(const Database &db, QStringList alertCategories, QWidget *parent = nullptr);
    ~UpdatesDialog() override;

    QListWidget *list() const { return m_list; }
    // For tests and the buttons: the letter shown, with the edits made to it.
    ClientUpdate current() const;
    bool markCurrentSent();
    bool saveCurrentEml(const QString &path);
    void addWeeklyDigests(const QDate &since);

private:
    void reload();
    void show(int row);
    void keepEdits();
    void relanguage(const QString &language);
    void report(const QString &text, bool problem);
    void copy();
    void openInEmail();
    void saveEml();
    void editTemplates();

    const Database &m_db;
    QStringList m_alertCategories;
    QList<ClientUpdate> m_letters;
    int m_shown = -1;
    QListWidget *m_list;
    QLabel *m_to;
    QComboBox *m_language;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLabel *m_fallback;
    QLabel *m_status;
    QList<QPushButton *> m_actions;
};

} // namespace cw
