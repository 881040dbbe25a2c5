#include "DashboardStrip.h"

#include "CaseTableModel.h"
#include "CategoryStyle.h"
#include "normalize/StatusNormalizer.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

namespace cw {

DashboardStrip::DashboardStrip(const CaseTableModel &model, QWidget *parent)
    : QWidget(parent), m_model(model), m_layout(new QHBoxLayout(this)), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("dashboardStrip"));
    setAccessibleName(tr("Case counts"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_group->setExclusive(false); // a second click on the selected count shows everything again
    connect(&model, &CaseTableModel::countsChanged, this, &DashboardStrip::rebuild);
    rebuild();
}

void DashboardStrip::setSelection(const QString &key)
{
    if (key == m_selection)
        return;
    m_selection = key;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setChecked(it.key() == key);
    emit selectionChanged(key);
}

QToolButton *DashboardStrip::addButton(const QString &key, const QString &text, int count, const QColor &color)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("dashboard_") + key);
    const QString number = QLocale().toString(count);
    button->setText(QStringLiteral("%1  %2").arg(number, text));
    button->setCheckable(true);
    button->setChecked(key == m_selection);
    button->setAutoRaise(false);
    button->setToolTip(tr("Show only these %n case(s); click again to show all", nullptr, count));
    button->setAccessibleName(tr("%1: %n case(s)", nullptr, count).arg(text));
    button->setStyleSheet(
        QStringLiteral("QToolButton { border-left: 5px solid %1; padding: 3px 8px; }").arg(color.name()));
    connect(button, &QToolButton::clicked, this,
            [this, key](bool checked) { setSelection(checked ? key : QString()); });
    m_group->addButton(button);
    m_layout->addWidget(button);
    m_buttons.insert(key, button);
    return button;
}

void DashboardStrip::rebuild()
{
    const bool hadFocus = focusWidget() && isAncestorOf(focusWidget());
    const QString focused = hadFocus ? m_buttons.key(qobject_cast<QToolButton *>(focusWidget())) : QString();
    for (QToolButton *button : std::as_const(m_buttons)) {
        m_group->removeButton(button);
        delete button;
    }
    m_buttons.clear();
    while (QLayoutItem *item = m_layout->takeAt(0))
        delete item;

    const CaseTableModel::Counts &counts = m_model.counts();
    // Lifecycle order; a category nobody is in is left out unless it is the selected filter.
    for (const QString &category : StatusNormalizer::categories()) {
        const int count = counts.byCategory.value(category);
        if (count > 0 || category == m_selection)
            addButton(category, StatusNormalizer::displayName(category), count, CategoryStyle::background(category));
    }
    if (counts.unchecked > 0 || m_selection == CaseTableModel::kUnchecked)
        addButton(CaseTableModel::kUnchecked, tr("Not checked yet"), counts.unchecked, QColor(0x9a, 0xa0, 0xa6));
    if (counts.errors > 0 || m_selection == CaseTableModel::kErrors)
        addButton(CaseTableModel::kErrors, tr("Errors"), counts.errors, QColor(0xb3, 0x26, 0x1e));
    m_layout->addStretch(1);
    addButton(CaseTableModel::kChangedThisWeek, tr("Changed this week"), counts.changedThisWeek,
              QColor(0x6a, 0x1b, 0x9a));
    if (QToolButton *button = m_buttons.value(focused))
        button->setFocus();
}

} // namespace cw
