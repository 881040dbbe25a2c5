#include "SharedDatabase.h"

#include "secrets/CredentialStore.h"
#include "settings/Settings.h"
#include "storage/Database.h"

#include <QUrl>

namespace cw {

void readSharedDatabasePassword(const QString &url, CredentialStore &credentials, QObject *context,
                                std::function<void(QString)> done)
{
    credentials.read(Settings::databasePasswordKey(url), context, [done](Result<std::optional<QString>> stored) {
        done(stored && stored.value() ? *stored.value() : QString());
    });
}

Result<std::unique_ptr<Database>> openSharedDatabase(const QString &url, const QString &password)
{
    return Database::openPostgres(QUrl(url), password);
}

} // namespace cw
