#pragma once

#include "Result.h"
#include "domain/Profile.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace cw {

class Database;

// Applicant and petitioner profiles. Every write is one transaction with its audit row.
class ProfileStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    explicit ProfileStore(const Database &db) : m_db(db) { }

    // Checks and tidies a profile (trims, normalizes the A-number); the error names the field.
    static Result<Profile> validated(Profile profile);

    Result<Profile> add(const Profile &profile);
    Status update(const Profile &profile);
    // Removes the profile and, through the foreign key, its cases and their history.
    Status remove(qint64 id);
    Result<Profile> get(qint64 id) const;
    Result<QList<Profile>> list(std::optional<ProfileKind> kind = std::nullopt, const QString &search = {}) const;

private:
    const Database &m_db;
};

} // namespace cw
