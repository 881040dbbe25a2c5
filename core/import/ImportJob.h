#pragma once

#include "import/I797Extractor.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace cw {

// Reads dropped files off the GUI thread: a worker on a thread of its own, talked to by queued
// signals only. Folders are searched for notices (PDFs and pictures). cancel() stops at the next page (or inside OCR);
// the destructor cancels, quits and waits.
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    // The files a drop means: files as given, folders searched (subfolders too) for notices.
    static QStringList expand(const QStringList &paths);
    // What a notice's file may be called: PDF, and the pictures I797Extractor reads ("pdf", "jpg", …).
    static const QStringList &noticeSuffixes();
    static bool looksLikeNotice(const QString &fileName);

    void start(const QStringList &files);
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_running; }

signals:
    void started(int index, const QString &fileName);
    void fileRead(int index, const cw::ImportedFile &file);
    void finished(bool cancelled);
    void runRequested(const QStringList &files); // to the worker

private:
    QThread m_thread;
    std::atomic<bool> m_cancelled{false};
    bool m_running = false;
};

} // namespace cw
