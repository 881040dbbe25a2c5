#include "TimelineView.h"

#include "i18n/DateText.h"

#include "CategoryStyle.h"
#include "normalize/StatusNormalizer.h"
#include "uscis/CaseStatusParser.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cw {

namespace {

QDate dateOf(const QString &iso)
{
    return QDate::fromString(iso.left(10), Qt::ISODate);
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_languages(new QComboBox(this)),
      m_copyEnglish(new QPushButton(tr("Copy in &English"), this)),
      m_copySpanish(new QPushButton(tr("Copy in &Spanish"), this)), m_tree(new QTreeWidget(this)),
      m_descriptionEnglish(new QPlainTextEdit(this)), m_descriptionSpanish(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("timelineView"));
    m_title->setObjectName(QStringLiteral("timelineTitle"));
    m_languages->setObjectName(QStringLiteral("timelineLanguages"));
    m_languages->addItem(tr("English and Spanish"));
    m_languages->addItem(tr("English only"));
    m_languages->addItem(tr("Spanish only"));
    m_languages->setAccessibleName(tr("Languages shown in the timeline"));
    m_copyEnglish->setObjectName(QStringLiteral("copyEnglishButton"));
    m_copySpanish->setObjectName(QStringLiteral("copySpanishButton"));
    m_copyEnglish->setToolTip(tr("Copy the timeline in English, ready to paste into an email to the client"));
    m_copySpanish->setToolTip(tr("Copy the timeline in Spanish, ready to paste into an email to the client"));

    m_tree->setObjectName(QStringLiteral("timelineTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("Date"), tr("Category"), tr("USCIS status (English)"), tr("USCIS status (Spanish)")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(tr("Timeline of the selected case"));
    for (QPlainTextEdit *edit : {m_descriptionEnglish, m_descriptionSpanish})
        edit->setReadOnly(true);
    m_descriptionEnglish->setObjectName(QStringLiteral("descriptionEnglish"));
    m_descriptionSpanish->setObjectName(QStringLiteral("descriptionSpanish"));
    m_descriptionEnglish->setAccessibleName(tr("What USCIS says now, in English"));
    m_descriptionSpanish->setAccessibleName(tr("What USCIS says now, in Spanish"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_languages);
    top->addWidget(m_copyEnglish);
    top->addWidget(m_copySpanish);
    auto *descriptions = new QSplitter(Qt::Horizontal, this);
    descriptions->addWidget(m_descriptionEnglish);
    descriptions->addWidget(m_descriptionSpanish);
    auto *body = new QSplitter(Qt::Vertical, this);
    body->addWidget(m_tree);
    body->addWidget(descriptions);
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(body);

    connect(m_languages, &QComboBox::currentIndexChanged, this, &TimelineView::applyLanguages);
    connect(m_copyEnglish, &QPushButton::clicked, this, [this] { copy(false); });
    connect(m_copySpanish, &QPushButton::clicked, this, [this] { copy(true); });
    clear();
}

void TimelineView::clear()
{
    m_entries.clear();
    m_receipt.clear();
    m_tree->clear();
    m_descriptionEnglish->clear();
    m_descriptionSpanish->clear();
    m_title->setText(tr("Select a case to see its timeline."));
    m_copyEnglish->setEnabled(false);
    m_copySpanish->setEnabled(false);
}

void TimelineView::showCase(const QString &receipt, const QString &formType, const QList<TimelineEntry> &entries)
{
    m_receipt = receipt;
    m_formType = formType;
    m_entries = entries;
    m_tree->clear();
    const QLocale locale;
    for (const TimelineEntry &e : entries) {
        auto *item = new QTreeWidgetItem(m_tree);
        const QDate date = dateOf(e.date);
        item->setText(DateColumn, date.isValid() ? readableDate(date, locale) : e.date);
        item->setText(CategoryColumn,
                      StatusNormalizer::displayName(e.category.isEmpty() ? QStringLiteral("OTHER") : e.category));
        item->setBackground(CategoryColumn, CategoryStyle::background(e.category));
        item->setForeground(CategoryColumn, CategoryStyle::foreground(e.category));
        item->setText(EnglishColumn, e.titleEn);
        item->setText(SpanishColumn, e.titleEs);
        if (e.current) {
            QFont bold = item->font(EnglishColumn);
            bold.setBold(true);
            for (int c = 0; c < m_tree->columnCount(); ++c)
                item->setFont(c, bold);
            m_descriptionEnglish->setPlainText(CaseStatusParser::plainText(e.descriptionEn));
            m_descriptionSpanish->setPlainText(CaseStatusParser::plainText(e.descriptionEs));
        }
    }
    m_title->setText(entries.isEmpty() ? tr("%1: USCIS has not been asked yet. Use Check Now.").arg(receipt)
                                       : tr("<b>%1</b> %2 — %n step(s)", nullptr, int(entries.size()))
                                             .arg(receipt.toHtmlEscaped(), formType.toHtmlEscaped()));
    m_copyEnglish->setEnabled(!entries.isEmpty());
    m_copySpanish->setEnabled(!entries.isEmpty());
    applyLanguages();
}

void TimelineView::applyLanguages()
{
    const int mode = m_languages->currentIndex();
    m_tree->setColumnHidden(EnglishColumn, mode == 2);
    m_tree->setColumnHidden(SpanishColumn, mode == 1);
    m_descriptionEnglish->setVisible(mode != 2);
    m_descriptionSpanish->setVisible(mode != 1);
}

QString TimelineView::clientText(bool spanish) const
{
    // Written for the client in one language, whatever language CaseWatch itself shows: these
    // words are content, not interface, so they are chosen here rather than translated.
    const QLocale locale =
        spanish ? QLocale(QLocale::Spanish, QLocale::UnitedStates) : QLocale(QLocale::English, QLocale::UnitedStates);
    const QString format = spanish ? QStringLiteral("d 'de' MMMM 'de' yyyy") : QStringLiteral("MMMM d, yyyy");
    QString out =
        (spanish ? QStringLiteral("Número de recibo %1") : QStringLiteral("Receipt number %1")).arg(m_receipt);
    if (!m_formType.isEmpty())
        out += QStringLiteral(" (%1)").arg(m_formType);
    out += u'\n';
    for (const TimelineEntry &e : m_entries) {
        const QDate date = dateOf(e.date);
        const QString title = spanish && !e.titleEs.isEmpty() ? e.titleEs : e.titleEn;
        out += QStringLiteral("%1 — %2\n").arg(date.isValid() ? locale.toString(date, format) : e.date, title);
        if (e.current) {
            const QString description =
                CaseStatusParser::plainText(spanish && !e.descriptionEs.isEmpty() ? e.descriptionEs : e.descriptionEn);
            if (!description.isEmpty())
                out += u'\n' + description + u'\n';
        }
    }
    return out;
}

void TimelineView::copy(bool spanish)
{
    QApplication::clipboard()->setText(clientText(spanish));
}

} // namespace cw
