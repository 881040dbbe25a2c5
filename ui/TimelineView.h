#pragma once

#include "domain/CaseSnapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace cw {

// A case's USCIS timeline, oldest to newest, with the current status last: date, category badge,
// and the title in English and Spanish side by side (or one language), the current description
// in both, and a copy of either language ready for an email to the client.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    enum Column { DateColumn, CategoryColumn, EnglishColumn, SpanishColumn };

    explicit TimelineView(QWidget *parent = nullptr);

    void showCase(const QString &receipt, const QString &formType, const QList<TimelineEntry> &entries);
    void clear();
    // The timeline as text for a client, entirely in one language (whatever the UI's).
    QString clientText(bool spanish) const;

private:
    void applyLanguages();
    void copy(bool spanish);

    QString m_receipt;
    QString m_formType;
    QList<TimelineEntry> m_entries;
    QLabel *m_title;
    QComboBox *m_languages;
    QPushButton *m_copyEnglish;
    QPushButton *m_copySpanish;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_descriptionEnglish;
    QPlainTextEdit *m_descriptionSpanish;
};

} // namespace cw
