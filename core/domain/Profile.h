#pragma once

#include <QDateTime>
#include <QString>

namespace cw {

enum class ProfileKind { Applicant, Petitioner };

QString profileKindId(ProfileKind kind); // "applicant" | "petitioner"
bool profileKindFromId(QStringView id, ProfileKind *out); // false for anything else

// A client of the firm: the person applying (applicant/beneficiary) or the employer or relative
// filing for them (petitioner).
struct Profile
{
    qint64 id = 0;
    ProfileKind kind = ProfileKind::Applicant;
    QString name;
    QString organization;
    QString email;
    QString phone;
    QString aNumber; // optional alien registration number, "A" + 8 or 9 digits
    QString notes;
    QString language = QStringLiteral("en"); // the client's letters: "en" or "es"
    QDateTime createdAt;
    QDateTime updatedAt;
    int caseCount = 0; // filled by list queries
};

} // namespace cw
