#include "UpdatesDialog.h"

#include "i18n/DateText.h"

#include "TemplatesDialog.h"
#include "domain/StatusCategory.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace cw {

UpdatesDialog::UpdatesDialog(const Database &db, QStringList alertCategories, QWidget *parent)
    : QDialog(parent), m_db(db), m_alertCategories(std::move(alertCategories)), m_list(new QListWidget(this)),
      m_to(new QLabel(this)), m_language(new QComboBox(this)), m_subject(new QLineEdit(this)),
      m_body(new QPlainTextEdit(this)), m_fallback(new QLabel(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Updates to Send"));
    setObjectName(QStringLiteral("updatesDialog"));
    resize(960, 600);
    m_list->setObjectName(QStringLiteral("updatesList"));
    m_list->setAccessibleName(tr("Updates to send"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Spanish"), QStringLiteral("es"));
    m_language->setAccessibleName(tr("Language of the letter"));
    m_subject->setAccessibleName(tr("Subject"));
    m_body->setAccessibleName(tr("Letter"));
    m_fallback->setWordWrap(true);
    m_fallback->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_status->setWordWrap(true);

    auto *editor = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("S&ubject:"), m_subject);
    auto *right = new QVBoxLayout(editor);
    right->setContentsMargins(0, 0, 0, 0);
    right->addLayout(form);
    right->addWidget(m_body, 1);
    right->addWidget(m_fallback);
    auto *buttons = new QHBoxLayout;
    auto addButton = [&](const QString &text, auto slot) {
        auto *b = new QPushButton(text, editor);
        m_actions << b;
        buttons->addWidget(b);
        connect(b, &QPushButton::clicked, this, slot);
    };
    addButton(tr("&Copy"), [this] { copy(); });
    addButton(tr("&Open in Email Program"), [this] { openInEmail(); });
    addButton(tr("Save .&eml…"), [this] { saveEml(); });
    addButton(tr("&Mark as Sent"), [this] { markCurrentSent(); });
    right->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(editor);
    splitter->setSizes({380, 580});

    auto *top = new QHBoxLayout;
    auto *digests = new QPushButton(tr("Add &Weekly Digests"), this);
    auto *templates = new QPushButton(tr("&Templates…"), this);
    top->addWidget(new QLabel(tr("A letter for each status change that alerts, in each client's language."), this), 1);
    top->addWidget(digests);
    top->addWidget(templates);
    connect(digests, &QPushButton::clicked, this, [this] { addWeeklyDigests(QDate::currentDate().addDays(-7)); });
    connect(templates, &QPushButton::clicked, this, &UpdatesDialog::editTemplates);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, &UpdatesDialog::show);
    connect(m_language, &QComboBox::activated, this, [this] { relanguage(m_language->currentData().toString()); });
    reload();
}

UpdatesDialog::~UpdatesDialog() = default;

void UpdatesDialog::reload()
{
    auto letters = ClientUpdates(m_db).toSend(m_alertCategories);
    if (!letters) {
        report(letters.error().message, true);
        return;
    }
    m_letters = letters.value();
    m_shown = -1;
    m_list->clear();
    for (const ClientUpdate &u : m_letters) {
        const QString what = u.kind == u"digest" ? tr("weekly digest") : categories::displayName(u.category);
        m_list->addItem(QStringLiteral("%1 — %2 — %3 (%4)")
                            .arg(u.clientName, u.receipt, what, u.language == u"es" ? tr("Spanish") : tr("English")));
        if (u.spanishFallback)
            m_list->item(m_list->count() - 1)->setToolTip(tr("USCIS gave no Spanish text for this status."));
    }
    if (m_letters.isEmpty())
        report(tr("Nothing to send: every status change that alerts has been told to its client."), false);
    m_list->setCurrentRow(m_letters.isEmpty() ? -1 : 0);
    show(m_list->currentRow());
}

void UpdatesDialog::keepEdits()
{
    if (m_shown < 0 || m_shown >= m_letters.size())
        return;
    m_letters[m_shown].subject = m_subject->text();
    m_letters[m_shown].body = m_body->toPlainText();
}

void UpdatesDialog::show(int row)
{
    keepEdits();
    m_shown = row;
    const bool any = row >= 0 && row < m_letters.size();
    for (QPushButton *b : std::as_const(m_actions))
        b->setEnabled(any);
    m_subject->setEnabled(any);
    m_body->setEnabled(any);
    m_language->setEnabled(any && m_letters[row].kind != u"digest");
    if (!any) {
        m_to->clear();
        m_subject->clear();
        m_body->clear();
        m_fallback->hide();
        return;
    }
    const ClientUpdate &u = m_letters[row];
    m_to->setText(u.email.isEmpty() ? tr("%1 (no email address on file)").arg(u.clientName)
                                    : QStringLiteral("%1 <%2>").arg(u.clientName, u.email));
    m_language->setCurrentIndex(u.language == u"es" ? 1 : 0);
    m_subject->setText(u.subject);
    m_body->setPlainText(u.body);
    m_fallback->setText(
        tr("USCIS gave no Spanish text for this status: the letter uses the template's own Spanish words "
           "for it. Check it before sending."));
    m_fallback->setVisible(u.spanishFallback);
}

void UpdatesDialog::relanguage(const QString &language)
{
    if (m_shown < 0 || m_letters[m_shown].language == language)
        return;
    const ClientUpdate was = m_letters[m_shown];
    auto redrafted = ClientUpdates(m_db).draft(was.caseId, language, was.statusEventId);
    if (!redrafted) {
        report(redrafted.error().message, true);
        return;
    }
    redrafted.value().id = was.id;
    m_letters[m_shown] = redrafted.value();
    m_shown = -1; // the redrafted text replaces the shown one
    show(m_list->currentRow());
}

ClientUpdate UpdatesDialog::current() const
{
    if (m_shown < 0 || m_shown >= m_letters.size())
        return {};
    ClientUpdate u = m_letters[m_shown];
    u.subject = m_subject->text();
    u.body = m_body->toPlainText();
    return u;
}

bool UpdatesDialog::markCurrentSent()
{
    const int row = m_shown;
    if (row < 0)
        return false;
    ClientUpdates updates(m_db);
    ClientUpdate u = current();
    QString message = tr("Recorded as sent to %1.").arg(u.clientName);
    if (u.kind == u"digest") {
        // A digest is no one status change: the audit log keeps that it went out.
        if (Status a = updates.recordDigestSent(u); !a) {
            report(a.error().message, true);
            return false;
        }
    } else {
        auto stored = updates.save(u);
        if (!stored) {
            report(stored.error().message, true);
            return false;
        }
        auto sent = updates.markSent(stored->id);
        if (!sent) {
            report(sent.error().message, true);
            return false;
        }
        if (!sent.value())
            message = tr("Already recorded as sent to %1, by %2.")
                          .arg(u.clientName, stored->sentBy.isEmpty() ? tr("another computer") : stored->sentBy);
    }
    m_letters.removeAt(row);
    m_shown = -1;
    delete m_list->takeItem(row);
    report(message, false);
    show(m_list->currentRow());
    return true;
}

bool UpdatesDialog::saveCurrentEml(const QString &path)
{
    QFile file(path);
    // A client's letter: created readable by its owner only (a file that already exists keeps its
    // permissions but is made private too).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(current().message().eml()) < 0) {
        report(tr("Could not write %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    report(tr("Saved %1: open it to send it from your email program.").arg(path), false);
    return true;
}

void UpdatesDialog::addWeeklyDigests(const QDate &since)
{
    auto digests = ClientUpdates(m_db).digest(since);
    if (!digests) {
        report(digests.error().message, true);
        return;
    }
    keepEdits();
    const int firstAdded = m_list->count();
    for (const ClientUpdate &u : digests.value()) {
        m_letters.append(u);
        m_list->addItem(
            QStringLiteral("%1 — %2 (%3)")
                .arg(u.clientName, tr("weekly digest"), u.language == u"es" ? tr("Spanish") : tr("English")));
    }
    if (m_shown < 0 && m_list->count() > firstAdded)
        m_list->setCurrentRow(firstAdded);
    report(digests->isEmpty() ? tr("No client had a status change since %1.").arg(readableDate(since))
                              : tr("%n weekly digest(s) added.", nullptr, int(digests->size())),
           false);
}

void UpdatesDialog::copy()
{
    const ClientUpdate u = current();
    QApplication::clipboard()->setText(u.subject + QStringLiteral("\n\n") + u.body);
    report(tr("Copied the letter to %1.").arg(u.clientName), false);
}

void UpdatesDialog::openInEmail()
{
    const ClientUpdate u = current();
    if (!QDesktopServices::openUrl(u.message().mailto()))
        report(tr("No email program could be opened. Use Copy, or save an .eml file."), true);
}

void UpdatesDialog::saveEml()
{
    const ClientUpdate u = current();
    const QString name = QStringLiteral("%1 %2.eml").arg(u.clientName, u.receipt).simplified();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Letter"), name, tr("Email messages (*.eml)"));
    if (!path.isEmpty())
        saveCurrentEml(path);
}

void UpdatesDialog::editTemplates()
{
    TemplatesDialog dialog(m_db, this);
    dialog.exec();
}

void UpdatesDialog::report(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
}

} // namespace cw
