#pragma once

#include "Result.h"

#include <QString>

#include <memory>

namespace cw {

class CredentialStore;
class Database;

// Opens a shared PostgreSQL database with its password from the keychain (when one is stored;
// otherwise libpq's own ~/.pgpass or PGPASSWORD apply). Both composition roots use it; it waits
// for the keychain, so call it before the windows or the command's work start.
Result<std::unique_ptr<Database>> openSharedDatabase(const QString &url, CredentialStore &credentials);

} // namespace cw
