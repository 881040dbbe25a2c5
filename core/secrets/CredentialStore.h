#pragma once

#include "Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace cw {

// Where secrets live: the OS keychain in the product. Every call is asynchronous and calls its
// callback exactly once, on every path (success, error, timeout), unless `context` died first.
// Secrets never reach a file, a log, QSettings, SQLite or a command line through this interface.
class CredentialStore
{
public:
    using ReadCallback = std::function<void(Result<std::optional<QString>>)>;
    using DoneCallback = std::function<void(Status)>;

    virtual ~CredentialStore() = default;

    // The secret stored under `key`, or std::nullopt when there is none.
    virtual void read(const QString &key, QObject *context, ReadCallback callback) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, DoneCallback callback) = 0;
    // Removing a key that does not exist succeeds.
    virtual void remove(const QString &key, QObject *context, DoneCallback callback) = 0;
};

} // namespace cw
