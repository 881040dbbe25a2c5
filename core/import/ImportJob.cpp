#include "import/ImportJob.h"

#include "import/ImportWorker.h"

#include <QDirIterator>
#include <QFileInfo>

namespace cw {

ImportJob::ImportJob(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<cw::ImportedFile>();
    m_thread.setObjectName(QStringLiteral("casewatch-import"));
    auto *worker = new ImportWorker(m_cancelled);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &ImportJob::runRequested, worker, &ImportWorker::run);
    connect(worker, &ImportWorker::started, this, &ImportJob::started);
    connect(worker, &ImportWorker::fileRead, this, &ImportJob::fileRead);
    connect(worker, &ImportWorker::finished, this, [this](bool cancelled) {
        m_running = false;
        emit finished(cancelled);
    });
    m_thread.start();
}

ImportJob::~ImportJob()
{
    m_cancelled = true;
    m_thread.quit();
    m_thread.wait();
}

QStringList ImportJob::expand(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        QDirIterator it(path, {QStringLiteral("*.pdf"), QStringLiteral("*.PDF")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList found;
        while (it.hasNext())
            found << it.next();
        found.sort();
        files << found;
    }
    return files;
}

void ImportJob::start(const QStringList &files)
{
    m_cancelled = false;
    m_running = true;
    emit runRequested(files);
}

} // namespace cw
