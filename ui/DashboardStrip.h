#pragma once

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QHBoxLayout;
class QToolButton;

namespace cw {

class CaseTableModel;

// Counts of the shown cases by category, plus "changed this week", "not checked yet" and
// "errors": each count is a button that filters the case table to it (click again for all).
class DashboardStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardStrip)

public:
    explicit DashboardStrip(const CaseTableModel &model, QWidget *parent = nullptr);

    QString selection() const { return m_selection; }
    void setSelection(const QString &key);
    // The button of a category or a special count (tests, keyboard users).
    QToolButton *button(const QString &key) const { return m_buttons.value(key); }

signals:
    void selectionChanged(const QString &key);

private:
    void rebuild();
    QToolButton *addButton(const QString &key, const QString &text, int count, const QColor &color);

    const CaseTableModel &m_model;
    QHBoxLayout *m_layout;
    QButtonGroup *m_group;
    QHash<QString, QToolButton *> m_buttons;
    QString m_selection;
};

} // namespace cw
