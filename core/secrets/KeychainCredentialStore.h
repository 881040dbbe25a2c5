#pragma once

#include "secrets/CredentialStore.h"

#include <QCoreApplication>

namespace cw {

// CredentialStore over QtKeychain: Secret Service (gnome-keyring, KWallet) on Linux, the
// Keychain on macOS, the Credential Manager on Windows. No plaintext fallback.
class KeychainCredentialStore final : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainCredentialStore)

public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("CaseWatch"), int timeoutMs = 30000);

    void read(const QString &key, QObject *context, ReadCallback callback) override;
    void write(const QString &key, const QString &secret, QObject *context, DoneCallback callback) override;
    void remove(const QString &key, QObject *context, DoneCallback callback) override;

    // QtKeychain's error code and text turned into a message a person can act on.
    static Error errorFor(int keychainError, const QString &detail);

    // On Linux, libsecret reports "not found" for items in a locked collection. This asks the
    // Secret Service whether the default collection is locked, so that a locked keyring is
    // reported as such. False where there is no Secret Service.
    static bool defaultCollectionLocked();

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace cw
