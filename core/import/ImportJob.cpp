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

const QStringList &ImportJob::noticeSuffixes()
{
    static const QStringList suffixes{u"pdf"_qs, u"jpg"_qs,  u"jpeg"_qs, u"png"_qs,
                                      u"tif"_qs, u"tiff"_qs, u"heic"_qs, u"heif"_qs};
    return suffixes;
}

bool ImportJob::looksLikeNotice(const QString &fileName)
{
    return noticeSuffixes().contains(QFileInfo(fileName).suffix().toLower());
}

QStringList ImportJob::expand(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        QStringList found;
        while (it.hasNext()) {
            const QString file = it.next();
            if (looksLikeNotice(file))
                found << file;
        }
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
