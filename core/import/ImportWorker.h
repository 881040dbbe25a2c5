#pragma once

#include "import/I797Extractor.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>

#include <atomic>

namespace cw {

// Reads a batch of files on the import thread (ImportJob owns it). One file at a time, so that a
// 20-page scan does not hold the memory of every page at once; the cancel flag is checked between
// pages and inside OCR.
class ImportWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWorker)

public:
    explicit ImportWorker(const std::atomic<bool> &cancelled) : m_cancelled(cancelled) { }

public slots:
    void run(const QStringList &files);

signals:
    void started(int index, const QString &fileName);
    void fileRead(int index, const cw::ImportedFile &file);
    void finished(bool cancelled);

private:
    const std::atomic<bool> &m_cancelled;
};

} // namespace cw
