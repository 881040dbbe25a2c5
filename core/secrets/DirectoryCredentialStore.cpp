#include "secrets/DirectoryCredentialStore.h"

#include <QDir>
#include <QFile>

namespace cw {

DirectoryCredentialStore::DirectoryCredentialStore(QString directory) : m_directory(std::move(directory)) { }

QString DirectoryCredentialStore::fileNameFor(const QString &key)
{
    QString name = key;
    name.replace(u'/', u'-');
    return name;
}

void DirectoryCredentialStore::read(const QString &key, QObject *, ReadCallback callback)
{
    QFile file(QDir(m_directory).filePath(fileNameFor(key)));
    if (!file.exists()) {
        callback(std::optional<QString>());
        return;
    }
    constexpr qint64 kMaxBytes = 64 * 1024;
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxBytes) {
        // The path names no secret; the file's content never reaches a message.
        callback(Error{QStringLiteral("secrets.unreadable"),
                       tr("The credential file %1 cannot be read (or is over 64 KiB). Check the service's "
                          "LoadCredential= line and the file's permissions.")
                           .arg(file.fileName())});
        return;
    }
    callback(std::optional<QString>(QString::fromUtf8(file.readAll()).trimmed()));
}

Error DirectoryCredentialStore::readOnly() const
{
    return Error{QStringLiteral("secrets.read_only"),
                 tr("The credentials come from the service manager (%1) and cannot be changed from here: replace "
                    "the credential file and restart the service.")
                     .arg(m_directory)};
}

void DirectoryCredentialStore::write(const QString &, const QString &, QObject *, DoneCallback callback)
{
    callback(readOnly());
}

void DirectoryCredentialStore::remove(const QString &, QObject *, DoneCallback callback)
{
    callback(readOnly());
}

} // namespace cw
