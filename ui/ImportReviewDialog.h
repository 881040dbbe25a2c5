#pragma once

#include "import/I797Extractor.h"

#include <QDialog>
#include <QList>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cw {

class CaseStore;
class ImportJob;
class ProfileStore;
struct Profile;

// Dropped I-797 files (PDFs, photos, fax scans): read in the background (progress, Cancel), then one
// row per receipt found — form, notice, dates, names, whether OCR read it (and turned the page),
// the suggested profile and why it was suggested — with a checkbox each. A notice whose name fits
// no profile suggests a new one named on it; one that fits several, or shows no name, asks for a
// choice (Add waits for it). Receipts already tracked are shown but not offered; files that could
// not be read say why. "Add Cases" adds the checked rows and records each document.
class ImportReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReviewDialog)

public:
    enum Column {
        Receipt,
        File,
        ProfileColumn,
        Why,
        Form,
        Notice,
        NoticeDate,
        Received,
        Priority,
        Names,
        Source,
        Remark,
        ColumnCount
    };

    // `targetProfile`: the profile the files were dropped on (0: suggest one per notice).
    ImportReviewDialog(ProfileStore &profiles, CaseStore &cases, const QStringList &paths, qint64 targetProfile,
                       QWidget *parent = nullptr);
    ~ImportReviewDialog() override;

    // "Receipt notice", "Request for evidence", … for the notice types I797Parser reports.
    static QString noticeTypeName(const QString &id);

    void accept() override;
    void reject() override;
    bool isReading() const;
    // What accept() did: cases added (for the caller's status bar).
    int addedCount() const { return m_added; }

private:
    void fileRead(int index, const ImportedFile &file);
    void readingFinished(bool cancelled);
    void updateAddButton();
    void profileChosen(QTreeWidgetItem *item);
    void addRows(int fileIndex, const ImportedFile &file);

    ProfileStore &m_profiles;
    CaseStore &m_cases;
    qint64 m_targetProfile;
    QList<Profile> m_profileList;
    QList<ImportedFile> m_files;
    ImportJob *m_job;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QPushButton *m_stop;
    QTreeWidget *m_rows;
    QPushButton *m_add;
    QObject *m_wheelGuard;
    int m_total = 0;
    int m_read = 0;
    int m_added = 0;
};

} // namespace cw
