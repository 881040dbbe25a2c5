#include "domain/Deadline.h"

namespace cw {

QString deadlineKindId(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::RfeResponse:
        return QStringLiteral("rfe_response");
    case DeadlineKind::NoidResponse:
        return QStringLiteral("noid_response");
    case DeadlineKind::Interview:
        return QStringLiteral("interview");
    case DeadlineKind::Biometrics:
        return QStringLiteral("biometrics");
    }
    return {};
}

QString deadlineStateId(DeadlineState state)
{
    switch (state) {
    case DeadlineState::Open:
        return QStringLiteral("open");
    case DeadlineState::Met:
        return QStringLiteral("met");
    case DeadlineState::Cancelled:
        return QStringLiteral("cancelled");
    case DeadlineState::Superseded:
        return QStringLiteral("superseded");
    }
    return {};
}

DeadlineState deadlineStateFromId(const QString &id)
{
    for (DeadlineState s : {DeadlineState::Met, DeadlineState::Cancelled, DeadlineState::Superseded})
        if (deadlineStateId(s) == id)
            return s;
    return DeadlineState::Open;
}

} // namespace cw
