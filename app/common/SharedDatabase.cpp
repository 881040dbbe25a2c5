#include "SharedDatabase.h"

#include "secrets/CredentialStore.h"
#include "settings/Settings.h"
#include "storage/Database.h"

#include <QEventLoop>
#include <QUrl>

namespace cw {

Result<std::unique_ptr<Database>> openSharedDatabase(const QString &url, CredentialStore &credentials)
{
    QString password;
    QEventLoop loop;
    bool done = false;
    QObject context;
    credentials.read(Settings::databasePasswordKey(url), &context, [&](Result<std::optional<QString>> stored) {
        if (stored && stored.value())
            password = *stored.value();
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return Database::openPostgres(QUrl(url), password);
}

} // namespace cw
