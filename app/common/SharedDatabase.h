#pragma once

#include "Result.h"

#include <QObject>
#include <QString>

#include <functional>

#include <memory>

namespace cw {

class CredentialStore;
class Database;

// Reads a shared PostgreSQL database's password from the keychain (empty when none is stored:
// libpq's own ~/.pgpass or PGPASSWORD then apply) and calls `done` with it, from the event loop.
void readSharedDatabasePassword(const QString &url, CredentialStore &credentials, QObject *context,
                                std::function<void(QString)> done);
// Opens a shared PostgreSQL database with that password.
Result<std::unique_ptr<Database>> openSharedDatabase(const QString &url, const QString &password);

} // namespace cw
