#include "ImportReviewDialog.h"

#include "i18n/DateText.h"

#include "import/DocumentStore.h"
#include "import/I797Importer.h"
#include "import/ImportJob.h"
#include "import/ProfileMatcher.h"
#include "storage/CaseStore.h"
#include "storage/ProfileStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cw {

namespace {

constexpr int kFileIndexRole = Qt::UserRole + 1;
constexpr int kSuggestionRole = Qt::UserRole + 2; // the suggestion's own explanation and id

// A profile combo in a long list changes only once it has been clicked or tabbed into: a wheel
// scrolling the list over it must not pick a client.
class WheelGuard final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel) {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && !widget->hasFocus()) {
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

QString shortDate(const QDate &d)
{
    return readableDate(d);
}

} // namespace

QString ImportReviewDialog::noticeTypeName(const QString &id)
{
    static const std::pair<const char *, const char *> kNames[] = {
        {"receipt", QT_TR_NOOP("Receipt notice")},
        {"approval", QT_TR_NOOP("Approval notice")},
        {"rfe", QT_TR_NOOP("Request for evidence")},
        {"noid", QT_TR_NOOP("Intent to deny")},
        {"transfer", QT_TR_NOOP("Transfer notice")},
        {"interview", QT_TR_NOOP("Interview notice")},
        {"biometrics", QT_TR_NOOP("Biometrics appointment")},
        {"rejection", QT_TR_NOOP("Rejection notice")},
        {"denial", QT_TR_NOOP("Decision (denial)")},
        {"other", QT_TR_NOOP("Other notice")},
    };
    for (const auto &[key, name] : kNames) {
        if (id == QLatin1String(key))
            return tr(name);
    }
    return id;
}

ImportReviewDialog::ImportReviewDialog(ProfileStore &profiles, CaseStore &cases, const QStringList &paths,
                                       qint64 targetProfile, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_cases(cases), m_targetProfile(targetProfile), m_job(new ImportJob(this)),
      m_progress(new QProgressBar(this)), m_progressLabel(new QLabel(this)),
      m_stop(new QPushButton(tr("&Stop Reading"), this)), m_rows(new QTreeWidget(this)), m_add(nullptr),
      m_wheelGuard(new WheelGuard(this))
{
    setWindowTitle(tr("Import I-797 Notices"));
    setObjectName(QStringLiteral("importReviewDialog"));
    if (auto all = m_profiles.list())
        m_profileList = all.value();
    const QStringList files = ImportJob::expand(paths);
    m_total = int(files.size());
    m_files.resize(m_total);

    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, std::max(1, m_total));
    m_progressLabel->setObjectName(QStringLiteral("importProgressLabel"));
    m_stop->setObjectName(QStringLiteral("stopReadingButton"));
    m_rows->setObjectName(QStringLiteral("importRows"));
    m_rows->setColumnCount(ColumnCount);
    m_rows->setHeaderLabels({tr("Receipt"), tr("File"), tr("Profile"), tr("Why this profile"), tr("Form"), tr("Notice"),
                             tr("Notice date"), tr("Received"), tr("Priority date"), tr("Names"), tr("Read from"),
                             tr("Remark")});
    m_rows->setRootIsDecorated(false);
    m_rows->setAlternatingRowColors(true);
    m_rows->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rows->setAccessibleName(tr("Receipt numbers found"));

    auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = box->addButton(tr("&Add Cases"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addCasesButton"));
    m_add->setEnabled(false);
    connect(box, &QDialogButtonBox::accepted, this, &ImportReviewDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &ImportReviewDialog::reject);
    connect(m_stop, &QPushButton::clicked, m_job, &ImportJob::cancel);
    connect(m_rows, &QTreeWidget::itemChanged, this, &ImportReviewDialog::updateAddButton);
    connect(m_job, &ImportJob::started, this, [this](int index, const QString &name) {
        m_progressLabel->setText(tr("Reading %1 (%2 of %3)…").arg(name).arg(index + 1).arg(m_total));
    });
    connect(m_job, &ImportJob::fileRead, this, &ImportReviewDialog::fileRead);
    connect(m_job, &ImportJob::finished, this, &ImportReviewDialog::readingFinished);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progressLabel);
    layout->addLayout(progressRow);
    layout->addWidget(m_rows, 1);
    layout->addWidget(box);
    resize(1200, 480);

    if (files.isEmpty()) {
        readingFinished(false);
        m_progressLabel->setText(tr("No notices (PDFs or pictures) were found in what was dropped."));
        return;
    }
    m_job->start(files);
}

ImportReviewDialog::~ImportReviewDialog() = default;

bool ImportReviewDialog::isReading() const
{
    return m_job->isRunning();
}

void ImportReviewDialog::fileRead(int index, const ImportedFile &file)
{
    if (index < 0 || index >= m_files.size())
        return;
    m_files[index] = file;
    m_progress->setValue(++m_read);
    addRows(index, file);
}

void ImportReviewDialog::addRows(int fileIndex, const ImportedFile &file)
{
    const QSignalBlocker blocker(m_rows);
    if (file.error) {
        auto *item = new QTreeWidgetItem(m_rows);
        item->setText(File, file.fileName);
        item->setToolTip(File, file.path);
        item->setText(Remark, file.error->message);
        // The whole row says what is wrong with the file: it is what the person must act on.
        item->setText(Receipt, file.error->message);
        item->setToolTip(Receipt, file.path);
        item->setForeground(Receipt, QColor(0xb0, 0x00, 0x20));
        item->setData(Receipt, kFileIndexRole, -1);
        item->setFlags(Qt::ItemIsEnabled);
        item->setFirstColumnSpanned(true);
        return;
    }
    const DocumentStore documents(m_cases.database());
    const I797Importer importer(m_cases.database());
    auto before = documents.findBySha256(QString::fromLatin1(file.sha256));
    for (const I797Notice &notice : file.notices) {
        const ProfileSuggestion suggestion = ProfileMatcher::suggest(m_profileList, notice, m_targetProfile);
        for (const QString &receipt : notice.receipts) {
            auto *item = new QTreeWidgetItem(m_rows);
            item->setData(Receipt, kFileIndexRole, fileIndex);
            item->setText(Receipt, receipt);
            item->setText(File, file.fileName);
            item->setToolTip(File, file.path);
            item->setText(Form, notice.formType);
            item->setText(Notice, noticeTypeName(notice.noticeType));
            item->setData(Notice, Qt::UserRole, notice.noticeType);
            item->setText(NoticeDate, shortDate(notice.noticeDate));
            item->setText(Received, shortDate(notice.receivedDate));
            item->setText(Priority, shortDate(notice.priorityDate));
            item->setText(Names, notice.names().join(QStringLiteral("; ")));
            if (!notice.fromOcr)
                item->setText(Source, tr("Text"));
            else if (notice.turned != 0)
                item->setText(Source, tr("OCR, page turned %1° (check it)").arg(notice.turned));
            else
                item->setText(Source, tr("OCR (check it)"));
            if (notice.fromOcr)
                item->setToolTip(Source, tr("Read from a scan or photo: compare the receipt number with the paper "
                                            "before adding it."));
            item->setText(Why, suggestion.explanation());
            item->setToolTip(Why, suggestion.explanation());
            item->setData(Why, Qt::UserRole, suggestion.whyId());
            item->setData(Why, kSuggestionRole, QStringList{suggestion.explanation(), suggestion.whyId()});

            // The choices: a profile must be chosen where the notice does not settle it; a new
            // profile named on the notice whenever a name was read.
            auto *profile = new QComboBox(m_rows);
            profile->setObjectName(QStringLiteral("profileCombo"));
            const bool mustChoose = suggestion.why == ProfileSuggestion::Why::SeveralMatch
                                    || suggestion.why == ProfileSuggestion::Why::NoName;
            if (mustChoose)
                profile->addItem(tr("Choose a profile…"), QVariant());
            if (!notice.applicants.isEmpty())
                profile->addItem(tr("New applicant: %1").arg(notice.applicants.first()),
                                 QStringLiteral("new:applicant:") + notice.applicants.first());
            else if (!notice.petitioners.isEmpty())
                profile->addItem(tr("New petitioner: %1").arg(notice.petitioners.first()),
                                 QStringLiteral("new:petitioner:") + notice.petitioners.first());
            for (const Profile &p : m_profileList)
                profile->addItem(p.name, p.id);
            if (suggestion.profileId > 0)
                profile->setCurrentIndex(std::max(0, profile->findData(suggestion.profileId)));
            else
                profile->setCurrentIndex(0); // "Choose…", or the new profile named on the notice
            profile->setToolTip(suggestion.explanation());
            profile->setFocusPolicy(Qt::StrongFocus);
            profile->installEventFilter(m_wheelGuard);
            m_rows->setItemWidget(item, ProfileColumn, profile);
            connect(profile, &QComboBox::activated, this, [this, item] { profileChosen(item); });

            const auto tracked = importer.isTracked(receipt);
            const bool isTracked = tracked && tracked.value();
            item->setFlags(isTracked ? Qt::ItemIsSelectable
                                     : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Receipt, isTracked || mustChoose ? Qt::Unchecked : Qt::Checked);
            QStringList remarks;
            if (isTracked)
                remarks << tr("Already tracked");
            if (before && before.value())
                remarks << tr("This file was imported on %1").arg(before.value()->importedAt.left(10));
            item->setText(Remark, remarks.join(QStringLiteral("; ")));
        }
    }
    if (const QList<int> blank = file.pagesWithoutReceipts(); !blank.isEmpty() && file.pages > 1) {
        QStringList pages;
        for (int p : blank)
            pages << QString::number(p);
        const QString remark = tr("No receipt number on %n page(s): %1 (a cover sheet?)", nullptr, int(blank.size()))
                                   .arg(pages.join(u", "));
        for (int i = 0; i < m_rows->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_rows->topLevelItem(i);
            if (item->data(Receipt, kFileIndexRole).toInt() != fileIndex)
                continue;
            item->setText(Remark,
                          item->text(Remark).isEmpty() ? remark : item->text(Remark) + QStringLiteral("; ") + remark);
        }
    }
    updateAddButton();
}

void ImportReviewDialog::readingFinished(bool cancelled)
{
    m_stop->setEnabled(false);
    m_progress->setValue(m_progress->maximum());
    int receipts = 0;
    int problems = 0;
    for (int i = 0; i < m_rows->topLevelItemCount(); ++i) {
        if (m_rows->topLevelItem(i)->data(Receipt, kFileIndexRole).toInt() < 0)
            ++problems;
        else
            ++receipts;
    }
    QString text = tr("%n receipt number(s) found", nullptr, receipts);
    if (problems > 0)
        text += QStringLiteral("; ") + tr("%n file(s) could not be read", nullptr, problems);
    if (cancelled)
        text += QStringLiteral("; ") + tr("reading was stopped after %n file(s)", nullptr, m_read);
    m_progressLabel->setText(text + u'.');
    updateAddButton();
}

void ImportReviewDialog::updateAddButton()
{
    int checked = 0;
    int unchosen = 0; // checked, but with no profile chosen
    for (int i = 0; i < m_rows->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_rows->topLevelItem(i);
        if (item->checkState(Receipt) != Qt::Checked)
            continue;
        ++checked;
        auto *combo = qobject_cast<QComboBox *>(m_rows->itemWidget(item, ProfileColumn));
        unchosen += combo && !combo->currentData().isValid() ? 1 : 0;
    }
    m_add->setText(tr("&Add %n Case(s)", nullptr, checked));
    m_add->setEnabled(checked > 0 && unchosen == 0 && !isReading());
    m_add->setToolTip(unchosen > 0 ? tr("Choose a profile for each checked receipt first.") : QString());
}

void ImportReviewDialog::profileChosen(QTreeWidgetItem *item)
{
    auto *combo = qobject_cast<QComboBox *>(m_rows->itemWidget(item, ProfileColumn));
    if (!combo)
        return;
    const QStringList suggested = item->data(Why, kSuggestionRole).toStringList();
    if (combo->currentData().isValid()) {
        item->setText(Why, tr("Chosen by you."));
        item->setData(Why, Qt::UserRole, QStringLiteral("chosen"));
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(Receipt, Qt::Checked); // updateAddButton follows (itemChanged)
    } else if (suggested.size() == 2) { // back to "Choose a profile…": as suggested, unchecked
        item->setText(Why, suggested[0]);
        item->setData(Why, Qt::UserRole, suggested[1]);
        item->setCheckState(Receipt, Qt::Unchecked);
    }
    updateAddButton();
}

void ImportReviewDialog::accept()
{
    if (isReading())
        return;
    // Checked rows grouped by file and chosen profile; new profiles created once each.
    QHash<QString, qint64> created;
    QMap<std::pair<int, qint64>, QStringList> groups;
    QStringList problems;
    for (int i = 0; i < m_rows->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_rows->topLevelItem(i);
        if (item->checkState(Receipt) != Qt::Checked)
            continue;
        auto *combo = qobject_cast<QComboBox *>(m_rows->itemWidget(item, ProfileColumn));
        const QVariant choice = combo ? combo->currentData() : QVariant();
        if (!choice.isValid())
            continue; // no profile chosen (Add stays disabled while one is checked)
        qint64 profileId = 0;
        if (choice.typeId() == QMetaType::QString) {
            const QString key = choice.toString();
            if (!created.contains(key)) {
                Profile p;
                p.kind = key.startsWith(u"new:petitioner:") ? ProfileKind::Petitioner : ProfileKind::Applicant;
                p.name = key.section(u':', 2);
                auto added = m_profiles.add(p);
                if (!added) {
                    problems << added.error().message;
                    continue;
                }
                created.insert(key, added.value().id);
            }
            profileId = created.value(key);
        } else {
            profileId = choice.toLongLong();
        }
        groups[{item->data(Receipt, kFileIndexRole).toInt(), profileId}] << item->text(Receipt);
    }
    const I797Importer importer(m_cases.database());
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        auto done = importer.commit(m_files.at(it.key().first), it.key().second, it.value());
        if (!done) {
            problems << done.error().message;
            continue;
        }
        m_added += int(done->added.size());
        for (const auto &[receipt, error] : done->failed)
            problems << receipt + QStringLiteral(": ") + error.message;
    }
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Some cases were not added"), problems.join(u'\n'));
    QDialog::accept();
}

void ImportReviewDialog::reject()
{
    m_job->cancel();
    QDialog::reject();
}

} // namespace cw
