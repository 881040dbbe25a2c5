#include "domain/CaseSnapshot.h"

namespace cw {

ApiErrorKind apiErrorKind(const QString &code, bool transient)
{
    if (code == u"uscis.rate_limited")
        return ApiErrorKind::RateLimited;
    if (code == u"uscis.unauthorized")
        return ApiErrorKind::Unauthorized;
    if (code == u"uscis.credentials_rejected" || code == u"uscis.no_credentials" || code == u"uscis.redirect"
        || code == u"uscis.token_redirect")
        return ApiErrorKind::CredentialsProblem;
    if (code == u"uscis.token_network" || code == u"uscis.token_failed")
        return ApiErrorKind::Transient;
    return transient ? ApiErrorKind::Transient : ApiErrorKind::Permanent;
}

} // namespace cw
