#include "import/ImportWorker.h"

#include <QFileInfo>

namespace cw {

void ImportWorker::run(const QStringList &files)
{
    I797Extractor extractor; // its OCR engine lives and dies on this thread
    const auto cancelled = [this] { return m_cancelled.load(); };
    for (int i = 0; i < files.size(); ++i) {
        if (cancelled()) {
            emit finished(true);
            return;
        }
        emit started(i, QFileInfo(files[i]).fileName());
        emit fileRead(i, extractor.extract(files[i], cancelled));
    }
    emit finished(cancelled());
}

} // namespace cw
