#include "domain/Profile.h"

namespace cw {

QString profileKindId(ProfileKind kind)
{
    return kind == ProfileKind::Petitioner ? QStringLiteral("petitioner") : QStringLiteral("applicant");
}

bool profileKindFromId(QStringView id, ProfileKind *out)
{
    if (id.compare(u"applicant", Qt::CaseInsensitive) == 0) {
        *out = ProfileKind::Applicant;
        return true;
    }
    if (id.compare(u"petitioner", Qt::CaseInsensitive) == 0) {
        *out = ProfileKind::Petitioner;
        return true;
    }
    return false;
}

} // namespace cw
