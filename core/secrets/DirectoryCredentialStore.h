#pragma once

#include "secrets/CredentialStore.h"

#include <QCoreApplication>

namespace cw {

// Secrets a service manager hands to a polling server: one file a key in a directory only the
// service can read — systemd's LoadCredential= ($CREDENTIALS_DIRECTORY), so that a server with no
// desktop session (and no keychain) can poll. Read-only; the key's "/" becomes "-" in the file
// name (uscis-api/production → uscis-api-production). Files are at most 64 KiB.
class DirectoryCredentialStore final : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryCredentialStore)

public:
    explicit DirectoryCredentialStore(QString directory);

    static QString fileNameFor(const QString &key);

    void read(const QString &key, QObject *context, ReadCallback callback) override;
    void write(const QString &key, const QString &secret, QObject *context, DoneCallback callback) override;
    void remove(const QString &key, QObject *context, DoneCallback callback) override;

private:
    Error readOnly() const;
    QString m_directory;
};

} // namespace cw
