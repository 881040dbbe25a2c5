#include "TemplatesDialog.h"

#include "domain/StatusCategory.h"
#include "updates/ClientUpdates.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw {

namespace {
const QString kLanguages[2] = {QStringLiteral("en"), QStringLiteral("es")};
}

TemplatesDialog::TemplatesDialog(const Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_category(new QComboBox(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Client Letter Templates"));
    setObjectName(QStringLiteral("templatesDialog"));
    resize(900, 560);
    for (const CategoryTraits &c : categories::all())
        m_category->addItem(categories::displayName(QString::fromLatin1(c.id)), QString::fromLatin1(c.id));
    m_category->setAccessibleName(tr("Category"));
    auto *top = new QFormLayout;
    top->addRow(tr("&Category:"), m_category);

    auto *grid = new QGridLayout;
    const QString titles[2] = {tr("English"), tr("Spanish")};
    for (int i = 0; i < 2; ++i) {
        m_subject[i] = new QLineEdit(this);
        m_body[i] = new QPlainTextEdit(this);
        m_subject[i]->setAccessibleName(tr("%1 subject").arg(titles[i]));
        m_body[i]->setAccessibleName(tr("%1 text").arg(titles[i]));
        grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(titles[i]), this), 0, i);
        grid->addWidget(m_subject[i], 1, i);
        grid->addWidget(m_body[i], 2, i);
    }
    auto *help = new QLabel(tr("Placeholders: %1")
                                .arg(QStringLiteral("{") + MessageTemplates::placeholders().join(QStringLiteral("}, {"))
                                     + QStringLiteral("}")),
                            this);
    help->setWordWrap(true);
    help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto *resetButton = box->addButton(tr("&Reset to Built-in"), QDialogButtonBox::ResetRole);
    connect(box->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] { saveShown(); });
    connect(resetButton, &QPushButton::clicked, this, &TemplatesDialog::reset);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 1);
    layout->addWidget(help);
    layout->addWidget(m_status);
    layout->addWidget(box);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] { load(m_category->currentData().toString()); });
    load(m_category->currentData().toString());
}

TemplatesDialog::~TemplatesDialog() = default;

void TemplatesDialog::load(const QString &category)
{
    ClientUpdates updates(m_db);
    for (int i = 0; i < 2; ++i) {
        auto t = updates.templateFor(category, kLanguages[i]);
        m_subject[i]->setText(t ? t->subject : QString());
        m_body[i]->setPlainText(t ? t->body : QString());
    }
    const auto firm = updates.hasFirmTemplate(category);
    const bool own = firm && firm.value();
    m_status->setStyleSheet(QString());
    m_status->setText(
        own ? tr("The firm's own letter for this category.")
            : tr("The built-in letter: {next_steps} is filled with what happens next for this category."));
}

void TemplatesDialog::setTexts(const QString &category, const QString &enSubject, const QString &enBody,
                               const QString &esSubject, const QString &esBody)
{
    m_category->setCurrentIndex(m_category->findData(category));
    m_subject[0]->setText(enSubject);
    m_body[0]->setPlainText(enBody);
    m_subject[1]->setText(esSubject);
    m_body[1]->setPlainText(esBody);
}

bool TemplatesDialog::saveShown()
{
    const Status saved = ClientUpdates(m_db).saveTemplates(
        m_category->currentData().toString(), MessageTemplate{m_subject[0]->text(), m_body[0]->toPlainText()},
        MessageTemplate{m_subject[1]->text(), m_body[1]->toPlainText()});
    m_status->setStyleSheet(saved ? QString() : QStringLiteral("color: #b3261e;"));
    m_status->setText(saved ? tr("Saved. Every computer that shares this database uses these letters now.")
                            : saved.error().message);
    return saved.ok();
}

QString TemplatesDialog::problem() const
{
    return m_status->styleSheet().isEmpty() ? QString() : m_status->text();
}

void TemplatesDialog::reset()
{
    const QString category = m_category->currentData().toString();
    if (Status s = ClientUpdates(m_db).resetTemplates(category); !s) {
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_status->setText(s.error().message);
        return;
    }
    load(category);
}

} // namespace cw
